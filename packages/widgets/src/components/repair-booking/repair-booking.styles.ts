import { css } from 'lit';

export const repairBookingStyles = css`
  /* The booking's internal elements draw into this shadow root: laid out as if their content were the widget's own. */
  atelier-repair-booking-piece,
  atelier-repair-booking-service,
  atelier-repair-booking-centre,
  atelier-repair-booking-slot-picker,
  atelier-repair-booking-contact,
  atelier-repair-booking-review,
  atelier-repair-booking-confirmation {
    display: contents;
  }
  form {
    display: grid;
    gap: var(--_spacing);
  }
  h2 {
    display: grid;
    gap: 0.125em;
  }
  .step-indicator {
    color: var(--_color-muted);
    font-size: 0.6em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  h3 {
    margin: 0;
    font-size: 1em;
  }
  input:not([type='radio']),
  select,
  textarea {
    width: 100%;
  }
  .choice-group {
    display: grid;
    gap: 0.25em;
  }
  .group-title,
  .day-title {
    font-weight: 600;
  }
  .choice {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    font-weight: 400;
  }
  input[type='radio'] {
    flex: none;
    width: var(--_min-target-px);
    height: var(--_min-target-px);
    margin: 0;
    accent-color: var(--_color-accent);
  }
  .centre {
    padding: 0.5em;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .centre-text {
    display: grid;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_spacing);
    align-items: end;
  }
  .filters .field {
    flex: 1 1 12em;
  }
  .slots,
  .mail-in,
  .slot-day {
    display: grid;
    gap: 0.75em;
  }
  /* The days, then the shown day's times, in a grid: two weeks and a day's times fit one phone screen. */
  .slot-day-strip {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(4.75em, 1fr));
    gap: 0.375em;
  }
  .slot-day .slot-row {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(7.5em, 1fr));
  }
  button.slot-day-button {
    display: grid;
    justify-items: center;
    gap: 0;
    padding: 0.25em;
    line-height: 1.2;
    color: var(--_color-text);
    background: transparent;
    border: 1px solid var(--_color-border);
  }
  button.slot-day-button .weekday {
    font-size: 0.8125em;
    color: inherit;
  }
  button.slot-day-button .date {
    font-weight: 600;
  }
  button.slot-day-button .full {
    font-size: 0.75em;
  }
  button.slot-day-button.all-taken {
    color: var(--_color-muted);
    border-style: dashed;
  }
  button.slot-day-button[aria-pressed='true'] {
    color: var(--_color-on-accent);
    background: var(--_color-accent);
    border-color: var(--_color-accent);
  }
  button.slot-day-button:focus-visible {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  .day-title {
    margin: 0;
  }
  .zone {
    font-weight: 600;
  }
  .slot-row,
  .slot-nav,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  button.slot {
    padding: 0.25em 0.75em;
    font-weight: 500;
    color: var(--_color-text);
    background: transparent;
    border: 1px solid var(--_color-border);
  }
  button.slot[aria-pressed='true'] {
    color: var(--_color-on-accent);
    background: var(--_color-accent);
    border-color: var(--_color-accent);
    /* Chosen is also told without colour: a thicker frame survives forced colours. */
    outline: 2px solid var(--_color-accent);
    outline-offset: 2px;
  }
  button.slot[aria-disabled='true'] {
    color: var(--_color-muted);
    text-decoration: line-through;
    cursor: not-allowed;
    border-style: dashed;
  }
  button.slot:focus-visible {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  button.link {
    min-height: var(--_min-target-px);
    padding: 0;
    color: var(--_color-text);
    background: none;
    border: none;
    text-decoration: underline;
  }
  .review {
    display: grid;
    gap: 0.5em;
    margin: 0;
  }
  /* Term, value and "change" on one line while they fit, each under the other on a phone: a grid
     kept three columns at 375 px and cut values into a few letters per line. */
  .review-row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5em;
    padding-block-end: 0.5em;
    border-bottom: 1px solid var(--_color-border);
  }
  dt {
    flex: 1 1 8em;
    font-weight: 600;
  }
  .review-row dd {
    flex: 3 1 14em;
  }
  .review-row dd:last-child {
    flex: none;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .alert,
  .summary,
  .notice {
    padding: var(--_spacing);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .alert,
  .summary {
    border: 2px solid var(--_color-error);
  }
  .summary h3 {
    margin: 0 0 0.5em;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  a {
    color: var(--_color-text);
    text-decoration: underline;
  }
  .summary a {
    display: block;
    min-height: var(--_min-target-px);
  }
  .success {
    display: grid;
    gap: var(--_spacing);
    padding-inline-start: var(--_spacing);
    border-inline-start: 4px solid var(--_color-success);
  }
  .tracking {
    display: grid;
    gap: 0.5em;
    justify-items: start;
    padding: var(--_spacing);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .tracking-code {
    font-family: ui-monospace, 'SF Mono', Menlo, Consolas, monospace;
    font-size: 2em;
    font-weight: 700;
    letter-spacing: 0.08em;
  }
  .tracking-code .dash {
    padding-inline: 0.15em;
    color: var(--_color-muted);
  }
  @media (forced-colors: active) {
    button.slot-day-button[aria-pressed='true'],
    button.slot[aria-pressed='true'] {
      border-width: 3px;
    }
  }
`;
