/**
 * The layout every console page shares, drawn with Web Awesome's design tokens so the theme
 * (light or dark, the brand's colours) reaches inside each page's shadow root. Narrow first:
 * everything stacks at 320 px, tables scroll sideways inside their own box, never the page.
 */
import { css } from 'lit';

export const pageStyles = css`
  :host {
    display: block;
    color: var(--wa-color-text-normal);
    font-size: var(--wa-font-size-m);
  }
  h1 {
    font-size: var(--wa-font-size-2xl);
    margin: 0 0 var(--wa-space-s);
  }
  h2 {
    font-size: var(--wa-font-size-l);
    margin: var(--wa-space-xl) 0 var(--wa-space-s);
  }
  h1:focus {
    outline: none;
  }
  p {
    margin: 0 0 var(--wa-space-m);
  }
  .intro {
    color: var(--wa-color-text-quiet);
    max-width: 70ch;
  }
  form {
    display: grid;
    gap: var(--wa-space-m);
    max-width: 36rem;
  }
  /* A form's groups (the piece, the owner, the gift): framed, their fields stacked like the form's. */
  fieldset {
    display: grid;
    gap: var(--wa-space-m);
    min-width: 0;
    margin: 0;
    padding: var(--wa-space-m);
    border: 1px solid var(--wa-color-surface-border);
    border-radius: var(--wa-border-radius-m);
  }
  legend {
    font-weight: var(--wa-font-weight-semibold);
    padding-inline: var(--wa-space-2xs);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--wa-space-s);
    align-items: center;
  }
  wa-callout {
    margin-block: var(--wa-space-m);
  }
  .field-error::part(hint) {
    color: var(--wa-color-danger-on-quiet);
  }
  .field-error {
    --wa-form-control-border-color: var(--wa-color-danger-border-loud, var(--wa-color-danger-on-quiet));
  }
  .table-box {
    overflow-x: auto;
    max-width: 100%;
    /* The containing block of visually hidden text in its cells, so that text cannot widen the page. */
    position: relative;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    min-width: 36rem;
  }
  caption {
    text-align: start;
    color: var(--wa-color-text-quiet);
    padding-block-end: var(--wa-space-xs);
  }
  th,
  td {
    text-align: start;
    padding: var(--wa-space-xs) var(--wa-space-s);
    border-block-end: 1px solid var(--wa-color-surface-border);
    vertical-align: middle;
  }
  th {
    font-weight: var(--wa-font-weight-semibold);
  }
  /* A serial or a model's reference ("MA-240031", "3105R-OR") reads as one word: never broken at its hyphen in a narrow column. */
  td code,
  td .reference {
    white-space: nowrap;
  }
  ul.cards {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: var(--wa-space-s);
  }
  ul.cards > li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--wa-space-s);
    justify-content: space-between;
    align-items: center;
    padding: var(--wa-space-s) var(--wa-space-m);
    border: 1px solid var(--wa-color-surface-border);
    border-radius: var(--wa-border-radius-m);
    overflow-wrap: anywhere;
  }
  .quiet {
    color: var(--wa-color-text-quiet);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
