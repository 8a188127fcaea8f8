import { css } from 'lit';

export const warrantyActivationStyles = css`
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
  p {
    margin: 0;
  }
  form {
    display: grid;
    gap: var(--_spacing);
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
  .marker,
  .hint {
    color: var(--_color-muted);
    font-weight: 400;
  }
  .hint {
    font-size: 0.875em;
  }
  /* No specificity of its own, so the shared invalid styling (themes/) wins over this border. */
  :where(input:not([type='checkbox']), select) {
    width: 100%;
    min-height: 2.75em;
    padding: 0.5em 0.75em;
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-background);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .check {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    font-weight: 400;
  }
  input[type='checkbox'] {
    flex: none;
    width: var(--_min-target-px);
    height: var(--_min-target-px);
    margin: 0;
    accent-color: var(--_color-accent);
  }
  .error {
    color: var(--_color-error);
    font-size: 0.875em;
    font-weight: 600;
  }
  .alert,
  .summary {
    padding: var(--_spacing);
    border: 2px solid var(--_color-error);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .summary h3 {
    margin: 0 0 0.5em;
    font-size: 1em;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  a {
    color: var(--_color-text);
    text-decoration: underline;
    /* Links in the summary are the only way some people reach a field: keep them easy to hit.
       A block, not an inline-block, so the list bullet sits on the link's first line, not its last. */
    display: block;
    min-height: var(--_min-target-px);
  }
  button {
    justify-self: start;
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
  .success {
    border-inline-start: 4px solid var(--_color-success);
  }
  .success:focus,
  .summary:focus,
  .alert:focus {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
`;
