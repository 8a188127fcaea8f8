/**
 * The layout and controls every Atelier widget draws the same way: the panel, headings, fieldsets,
 * fields, labels, hints, field errors, text inputs, text areas and selects, and buttons. Each widget adds its own rules after
 * these, so it can only extend them (e.g. where its buttons sit), never restate them.
 */
import { css } from 'lit';

export const formStyles = css`
  .panel {
    display: grid;
    gap: var(--_spacing);
    padding: var(--_spacing);
    border-radius: var(--_radius);
    background: var(--_color-background);
  }
  h2,
  h3 {
    font-family: var(--_font-display);
    font-weight: var(--_heading-weight);
    letter-spacing: var(--_heading-letter-spacing);
  }
  h2 {
    margin: 0;
    font-size: var(--_heading-size);
    line-height: 1.25;
  }
  p {
    margin: 0;
  }
  fieldset {
    display: grid;
    gap: calc(var(--_spacing) * 0.75);
    margin: 0;
    padding: var(--_spacing);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  legend {
    padding: 0 0.25em;
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: 0.25em;
  }
  label {
    font-weight: 500;
  }
  /* A date's day, month and year (forms/date-field.ts): one field, its legend drawn as a label. */
  fieldset.date-field {
    gap: 0.25em;
    min-width: 0;
    padding: 0;
    border: none;
  }
  fieldset.date-field > legend {
    padding: 0;
    margin-bottom: 0.25em;
    font-weight: 500;
  }
  .date-parts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .date-part {
    display: grid;
    gap: 0.125em;
  }
  .date-part > label {
    font-size: 0.875em;
    font-weight: 400;
  }
  .date-day {
    width: 4em;
  }
  .date-year {
    width: 5.5em;
  }
  .hint {
    color: var(--_color-muted);
    font-size: 0.875em;
  }
  /* No specificity of its own, so the shared invalid styling (tokens.ts) and a widget's own rules win.
     Radios are left out too: a text box's height and padding would push their circle below the label. */
  :where(input:not([type='checkbox'], [type='radio']), select, textarea) {
    min-height: 2.75em;
    padding: 0.5em 0.75em;
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-background);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  textarea {
    resize: vertical;
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
    color: var(--_color-text);
    background: transparent;
    border-color: var(--_color-border);
  }
  button[disabled] {
    cursor: progress;
    opacity: 0.75;
  }
  /* Its own casing and spacing: a brand's ::part(label) rule (upper case, letter spacing) does not
     reach "(required)", which reads as a word, not as part of the label. */
  .marker {
    text-transform: none;
    letter-spacing: normal;
  }
`;
