import { css } from 'lit';

export const ownerPortalStyles = css`
  /* The portal's internal elements draw into this shadow root: laid out as if their content were the widget's own. */
  atelier-owner-portal-account,
  atelier-owner-portal-sign-in,
  atelier-owner-portal-pieces,
  atelier-owner-portal-piece,
  atelier-owner-portal-from-the-brand {
    display: contents;
  }
  h3 {
    margin: 0;
    font-size: 1.125em;
  }
  form,
  .field,
  .piece-view,
  .confirm,
  .account {
    display: grid;
    gap: calc(var(--_spacing) * 0.5);
  }
  form,
  .piece-view {
    gap: var(--_spacing);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  button {
    justify-self: start;
  }
  .marker,
  time,
  .reference,
  .place {
    color: var(--_color-muted);
    font-weight: 400;
  }
  .reference {
    font-size: 0.875em;
  }
  .alert,
  .summary {
    display: grid;
    gap: 0.5em;
    padding: var(--_spacing);
    border: 2px solid var(--_color-error);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .summary h3 {
    font-size: 1em;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .summary a {
    color: var(--_color-text);
  }
  .account {
    padding-block-end: var(--_spacing);
    border-block-end: 1px solid var(--_color-border);
  }
  .pieces {
    display: grid;
    gap: var(--_spacing);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .piece {
    display: grid;
    gap: calc(var(--_spacing) * 0.75);
    padding: var(--_spacing);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .facts {
    display: grid;
    gap: 0.5em;
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .serial {
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .status.stolen dd,
  .overdue {
    color: var(--_color-error);
    font-weight: 600;
  }
  .contact {
    margin-block-start: 0.5em;
  }
  /* A warranty condition reads as a note under its care's date. */
  .condition {
    color: var(--_color-muted);
    font-size: 0.9375em;
  }
  /* The retailer's contact links look like the secondary buttons they act as. */
  a.button {
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
    padding: 0.5em 1.25em;
    font-weight: 600;
    color: var(--_color-text);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    text-decoration: none;
  }
  a {
    color: var(--_color-text);
    text-decoration: underline;
  }
  .timeline {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0 0 0 1em;
    list-style: none;
    border-inline-start: 2px solid var(--_color-border);
  }
  .timeline li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
  }
  .booking {
    display: grid;
    gap: var(--_spacing);
    padding-block-start: var(--_spacing);
    border-block-start: 1px solid var(--_color-border);
  }
  .booking .row {
    align-items: center;
    justify-content: space-between;
  }
  .confirm {
    padding: var(--_spacing);
    border: 2px solid var(--_color-accent);
    border-radius: var(--_radius);
  }
  .outcome,
  .notice {
    padding: calc(var(--_spacing) * 0.75);
    border-inline-start: 4px solid var(--_color-success);
    background: var(--_color-surface);
  }
  /* The brand's words: a single line break of theirs kept. */
  .message-text {
    white-space: pre-line;
  }
  .papers,
  .papers-section {
    display: grid;
    gap: var(--_spacing);
  }
  .papers {
    margin-block-start: var(--_spacing);
  }
  .papers-section {
    padding-block-start: var(--_spacing);
    border-block-start: 1px solid var(--_color-border);
  }
  h4 {
    margin: 0;
    font-size: 1em;
  }
  .papers-outcome:empty {
    margin: 0;
  }
  #calendar-feed-url {
    inline-size: 100%;
    font-family: ui-monospace, monospace;
  }
`;
