/**
 * Theme tokens shared by every widget. Brands set the public `--atelier-*` custom properties
 * (they inherit through the shadow boundary); the widgets read them through private `--_*`
 * properties that hold the light or dark default. Defaults meet WCAG 2.2 AA contrast
 * (text ≥ 4.5:1, borders and focus ring ≥ 3:1) on their own background.
 */
import { css } from 'lit';

const light = css`
  --_color-background: var(--atelier-color-background, #ffffff);
  --_color-surface: var(--atelier-color-surface, #f6f5f2);
  --_color-text: var(--atelier-color-text, #1c1b19);
  --_color-muted: var(--atelier-color-muted, #5a5750);
  --_color-border: var(--atelier-color-border, #767268);
  --_color-accent: var(--atelier-color-accent, #1f3a5f);
  --_color-on-accent: var(--atelier-color-on-accent, #ffffff);
  --_color-focus: var(--atelier-color-focus, #1f5fbf);
  --_color-error: var(--atelier-color-error, #b3261e);
  --_color-success: var(--atelier-color-success, #1e6b3a);
`;

const dark = css`
  --_color-background: var(--atelier-color-background, #17171a);
  --_color-surface: var(--atelier-color-surface, #222226);
  --_color-text: var(--atelier-color-text, #f2f0ea);
  --_color-muted: var(--atelier-color-muted, #c2bfb6);
  --_color-border: var(--atelier-color-border, #8e8b84);
  --_color-accent: var(--atelier-color-accent, #b9cdf0);
  --_color-on-accent: var(--atelier-color-on-accent, #10213a);
  --_color-focus: var(--atelier-color-focus, #8fb8ff);
  --_color-error: var(--atelier-color-error, #ffb4ab);
  --_color-success: var(--atelier-color-success, #8fd9a8);
`;

export const themeStyles = css`
  :host {
    ${light}
    --_radius: var(--atelier-radius, 6px);
    --_font: var(--atelier-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--atelier-font-size, 1rem);
    --_spacing: var(--atelier-spacing, 1rem);
    /* WCAG 2.2 target size (2.5.8) asks for at least 24 by 24 CSS pixels. */
    --_min-target-px: 24px;
    color-scheme: light;
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_color-text);
    background: var(--_color-background);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
      color-scheme: dark;
    }
  }
  :host([theme='dark']) {
    ${dark}
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* A keyboard focus only. An element a widget moves the focus to (an alert, an error summary, a
     result: tabindex -1) gets the frame when the person is using the keyboard, where they need to see
     where the focus went; after a click the browser does not match :focus-visible, and no box appears
     around a heading or a panel the person did not ask to focus (issue 20). */
  :focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  /* Every invalid control, input or select, in every widget. A thick start edge tells it apart
     without its colour, also in forced-colors mode where the system replaces the colours. */
  [aria-invalid='true'] {
    border-color: var(--_color-error);
    border-width: 2px;
    border-inline-start-width: 6px;
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
