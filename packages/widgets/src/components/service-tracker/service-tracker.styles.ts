import { css } from 'lit';

export const serviceTrackerStyles = css`
  /* The tracker's internal elements draw into this shadow root: laid out as if their content were the widget's own. */
  atelier-service-tracker-lookup,
  atelier-service-tracker-repair,
  atelier-service-tracker-estimate,
  atelier-service-tracker-rating {
    display: contents;
  }
  h3 {
    margin: 0 0 0.5em;
    font-size: 1.125em;
  }
  h4 {
    margin: 0;
    font-size: 1em;
  }
  form,
  .tracker,
  .field,
  .confirm {
    display: grid;
    gap: calc(var(--_spacing) * 0.5);
  }
  form,
  .tracker {
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
  .upcoming {
    color: var(--_color-muted);
    font-weight: 400;
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
    margin: 0;
    font-size: 1em;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  a {
    color: var(--_color-text);
    text-decoration: underline;
    display: block;
    min-height: var(--_min-target-px);
  }
  .timeline {
    margin: 0;
    padding: 0;
    list-style: none;
    border-inline-start: 2px solid var(--_color-border);
  }
  .timeline li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    padding: 0.25em 0 0.25em 1em;
  }
  .timeline .current {
    font-weight: 600;
    background: var(--_color-surface);
    border-inline-start: 4px solid var(--_color-accent);
    margin-inline-start: -3px;
  }
  .tag {
    font-size: 0.875em;
    font-style: italic;
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
  .instructions {
    white-space: pre-line;
  }
  .punctuality {
    display: inline-block;
    margin-inline-start: 0.5em;
    font-weight: 600;
  }
  .on-time {
    color: var(--_color-success);
  }
  .late {
    color: var(--_color-error);
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    color: var(--_color-muted);
    padding-block-end: 0.5em;
  }
  th,
  td {
    padding: 0.5em;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--_color-border);
  }
  .amount {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
    background: var(--_color-surface);
  }
  .covered {
    display: block;
    font-size: 0.875em;
    color: var(--_color-success);
    font-weight: 600;
  }
  .confirm {
    padding: var(--_spacing);
    border: 2px solid var(--_color-accent);
    border-radius: var(--_radius);
  }
  .decision,
  .thanks {
    padding: calc(var(--_spacing) * 0.75);
    border-inline-start: 4px solid var(--_color-success);
    background: var(--_color-surface);
  }
  .scores {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
  }
  .score {
    display: flex;
    gap: 0.4em;
    align-items: center;
    font-weight: 400;
  }
  input[type='radio'] {
    width: var(--_min-target-px);
    height: var(--_min-target-px);
    margin: 0;
    accent-color: var(--_color-accent);
  }
  .code {
    white-space: nowrap;
  }
`;
