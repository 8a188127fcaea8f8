import { css } from 'lit';

export const provenanceStyles = css`
  /* The widget's internal elements draw into this shadow root: laid out as if their content were the widget's own. */
  atelier-provenance-lookup,
  atelier-provenance-record,
  atelier-provenance-share {
    display: contents;
  }
  h3 {
    margin: 0 0 0.5em;
    font-size: 1.125em;
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
  time {
    color: var(--_color-muted);
  }
  .hint {
    overflow-wrap: anywhere;
  }
  input {
    flex: 1 1 16em;
    min-width: 0;
  }
  input[readonly] {
    background: var(--_color-surface);
  }
  button.secondary {
    justify-self: start;
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
  .verified.under-warning {
    border-inline-start-color: var(--_color-border);
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
  /* Term and value side by side while both fit, the value under its term on a phone: a grid
     column for the terms took 14em first and squeezed values to a word per line at 375 px. */
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  .facts dt {
    flex: 0 1 14em;
    color: var(--_color-muted);
  }
  .facts dd {
    flex: 1 1 12em;
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
  /* Printed only: the share link as text, since an input box clips a long URL on paper. */
  .printed-link {
    display: none;
  }
  @media print {
    /* Paper is white and browsers drop backgrounds when printing: whatever the theme or a brand's
       colours, the record prints dark on light, and only frames and words set things apart. */
    .panel {
      --_color-background: #ffffff;
      --_color-surface: #ffffff;
      --_color-text: #000000;
      --_color-muted: #404040;
      --_color-border: #000000;
      --_color-error: #000000;
      --_color-success: #000000;
      color-scheme: light;
      color: var(--_color-text);
      padding: 0;
      overflow-wrap: break-word;
    }
    /* Block flow, not grid: Chromium honours "keep together" and "keep with next" reliably there,
       and a grid split across pages drew the share section over the last event. */
    .panel,
    .record,
    .timeline {
      display: block;
    }
    .record > * + *,
    .record > atelier-provenance-share > .share {
      margin-block-start: var(--_spacing);
    }
    .timeline li + li {
      margin-block-start: 0.5em;
    }
    .lookup,
    .no-print,
    .loading,
    button {
      display: none;
    }
    .panel :is(:focus, :focus-visible) {
      outline: none;
    }
    /* On screen its text is the background colour, on a coloured fill that paper loses. */
    .stolen {
      color: var(--_color-text);
      background: var(--_color-background);
      border: 0.5em double var(--_color-text);
    }
    .printed-link {
      display: block;
      overflow-wrap: anywhere;
    }
    .printed-link a {
      color: inherit;
    }
    h2,
    h3 {
      break-after: avoid;
    }
    /* Small units stay whole; sections may split between them, so a long history fills its pages. */
    .verification,
    .stolen,
    .alert,
    .facts > div,
    .entries li,
    .timeline li,
    .share {
      break-inside: avoid;
    }
  }
`;
