import { css } from 'lit';

export const provenanceStyles = css`
  .panel {
    display: grid;
    gap: var(--_spacing);
    padding: var(--_spacing);
    border-radius: var(--_radius);
    background: var(--_color-background);
  }
  h2 {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.25;
  }
  h3 {
    margin: 0 0 0.5em;
    font-size: 1.125em;
  }
  p {
    margin: 0;
  }
  form,
  .record,
  .field {
    display: grid;
    gap: calc(var(--_spacing) * 0.5);
  }
  .record {
    gap: var(--_spacing);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  label {
    font-weight: 500;
  }
  .hint,
  time {
    color: var(--_color-muted);
  }
  .hint {
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  input {
    flex: 1 1 16em;
    min-width: 0;
    min-height: 2.75em;
    padding: 0.5em 0.75em;
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-background);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  input[readonly] {
    background: var(--_color-surface);
  }
  .error {
    color: var(--_color-error);
    font-size: 0.875em;
    font-weight: 600;
  }
  button {
    min-height: 2.75em;
    min-width: var(--_min-target-px);
    padding: 0.5em 1.25em;
    font: inherit;
    font-weight: 600;
    color: var(--_color-on-accent);
    background: var(--_color-accent);
    border: 2px solid var(--_color-accent);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  button.secondary {
    justify-self: start;
    color: var(--_color-text);
    background: transparent;
    border-color: var(--_color-border);
  }
  button[disabled] {
    cursor: progress;
    opacity: 0.75;
  }
  .alert {
    display: grid;
    gap: 0.5em;
    padding: var(--_spacing);
    border: 2px solid var(--_color-error);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .verification {
    padding: calc(var(--_spacing) * 0.75);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  /* The mark beside the text, not above it: it hangs at the first line while the text wraps. */
  .verified {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    border-inline-start: 4px solid var(--_color-success);
  }
  .unverified {
    display: grid;
    gap: 0.25em;
    border: 3px solid var(--_color-error);
    color: var(--_color-text);
  }
  /* The one thing nobody may miss: full-width, inverted colours, a thick frame. */
  .stolen {
    display: grid;
    gap: 0.25em;
    padding: var(--_spacing);
    color: var(--_color-background);
    background: var(--_color-error);
    border: 4px solid var(--_color-error);
    border-radius: var(--_radius);
    font-weight: 600;
  }
  .stolen-title {
    font-size: 1.5em;
    line-height: 1.2;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .facts {
    display: grid;
    gap: 0.25em 1em;
    margin: 0;
  }
  .facts div {
    display: grid;
    grid-template-columns: minmax(8em, 14em) 1fr;
    gap: 1em;
  }
  .facts dt {
    color: var(--_color-muted);
  }
  .facts dd {
    margin: 0;
  }
  .entries {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .timeline {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding-inline-start: 1.5em;
    border-inline-start: 2px solid var(--_color-border);
  }
  .timeline li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
  }
  .event-type {
    font-weight: 600;
  }
  .timeline .alarm .event-type {
    color: var(--_color-error);
  }
  .event-place,
  .event-detail {
    color: var(--_color-muted);
  }
  .share {
    display: grid;
    gap: calc(var(--_spacing) * 0.5);
  }
  .copy-status {
    min-height: 1.5em;
    font-size: 0.875em;
  }
  /* A QR code must stay dark on light to scan, whatever the theme or contrast mode. */
  .qr {
    width: 10em;
    height: 10em;
    forced-color-adjust: none;
  }
  .qr-light {
    fill: #ffffff;
  }
  .qr-dark {
    fill: #000000;
  }
  [tabindex='-1']:focus {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    /* Colours are replaced by the system's: the frame and the marks carry the warning instead. */
    .stolen {
      border: 0.5em double CanvasText;
    }
    .unverified {
      border: 0.375em double CanvasText;
    }
    .verified {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    .panel {
      padding: 0;
    }
    .lookup,
    .no-print,
    .loading {
      display: none;
    }
    .stolen {
      color: #000000;
      background: #ffffff;
      border: 0.5em double #000000;
    }
    .record,
    .share {
      break-inside: auto;
    }
    section,
    .timeline li {
      break-inside: avoid;
    }
  }
`;
