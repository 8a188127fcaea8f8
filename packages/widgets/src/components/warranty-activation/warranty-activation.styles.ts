import { css } from 'lit';

export const warrantyActivationStyles = css`
  form {
    display: grid;
    gap: var(--_spacing);
  }
  .marker,
  .hint {
    color: var(--_color-muted);
    font-weight: 400;
  }
  /* The checkbox rule below is more specific, so checkboxes keep their own width. */
  input,
  select {
    width: 100%;
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
  }
  .success {
    border-inline-start: 4px solid var(--_color-success);
    padding: 0.5em 1em;
  }
`;
