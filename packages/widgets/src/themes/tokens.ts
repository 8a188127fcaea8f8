/**
 * Theme tokens shared by every widget. Brands set the public `--atelier-*` custom properties
 * (they inherit through the shadow boundary); the widgets read them through private `--_*`
 * properties that hold the default. Each colour default is a `light-dark()` pair resolved against
 * the widget's `color-scheme` (light, dark, or the visitor's with `theme="auto"`), and a brand gives
 * its own dark values the same way: `--atelier-color-text: light-dark(#1a1a1a, #f5f0e6)`. A plain
 * colour is used in both schemes (the development-time contrast check, development/contrast-check.ts, says
 * when that fails in one of them). Defaults meet WCAG 2.2 AA contrast (text ≥ 4.5:1, borders and
 * focus ring ≥ 3:1) on their own background in both schemes.
 */
import { css } from 'lit';

export const themeStyles = css`
  :host {
    --_color-background: var(--atelier-color-background, light-dark(#ffffff, #17171a));
    --_color-surface: var(--atelier-color-surface, light-dark(#f6f5f2, #222226));
    --_color-text: var(--atelier-color-text, light-dark(#1c1b19, #f2f0ea));
    --_color-muted: var(--atelier-color-muted, light-dark(#5a5750, #c2bfb6));
    --_color-border: var(--atelier-color-border, light-dark(#767268, #8e8b84));
    --_color-accent: var(--atelier-color-accent, light-dark(#1f3a5f, #b9cdf0));
    --_color-on-accent: var(--atelier-color-on-accent, light-dark(#ffffff, #10213a));
    --_color-focus: var(--atelier-color-focus, light-dark(#1f5fbf, #8fb8ff));
    --_color-error: var(--atelier-color-error, light-dark(#b3261e, #ffb4ab));
    --_color-success: var(--atelier-color-success, light-dark(#1e6b3a, #8fd9a8));
    --_radius: var(--atelier-radius, 6px);
    /* The text font (--atelier-font, its first name, still works); without either, none: \`font-family\`
       below then has no value and inherits the page's font. A widget reads as part of the retailer's page,
       and the browser matches no font the page has not matched already: the stack it had by default
       (system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif) made Chromium look up each missing family
       in the widget's first layout, 30–45 ms of a task at 4× CPU slowdown (issue 18, \`bench:first-render\`). */
    --_font: var(--atelier-font-text, var(--atelier-font));
    --_font-display: var(--atelier-font-display, var(--_font));
    --_font-size: var(--atelier-font-size, 1rem);
    --_heading-size: var(--atelier-heading-size, 1.375em);
    --_heading-weight: var(--atelier-heading-weight, 700);
    --_heading-letter-spacing: var(--atelier-heading-letter-spacing, normal);
    --_spacing: var(--atelier-spacing, 1rem);
    --_focus-width: var(--atelier-focus-width, 3px);
    /* WCAG 2.2 target size (2.5.8) asks for at least 24 by 24 CSS pixels. */
    --_min-target-px: 24px;
    color-scheme: light dark;
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_color-text);
    background: var(--_color-background);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  /* While a part of the first screen waits a frame to draw (base/widget-part.ts), what follows it is
     not shown: it would move down when the part draws, a layout shift in view. */
  [data-atelier-drawing] ~ * {
    visibility: hidden;
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
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  /* Every invalid control, input or select, in every widget. A thick start edge tells it apart
     without its colour, also in forced-colors mode where the system replaces the colours. A brand
     that restyles the controls' borders restyles this state with ::part(invalid). */
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
