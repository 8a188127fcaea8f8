/**
 * A button's words when it shows a short word ("Review", "Edit") and its name for screen readers
 * says what it acts on ("Review the reminder for MA-240001"): a table row's buttons would
 * otherwise all be called the same. Web Awesome's `<wa-button>` does not pass an `aria-label` on
 * the element to the button inside its shadow root, so the name is the button's content: the
 * short word shown and hidden from assistive technology, the full name read and hidden from sight
 * (the page's `.visually-hidden`, shared/page-styles.ts).
 *
 *   html`<wa-button @click=${review}>${buttonName(words.review, words.reviewFor(serial))}</wa-button>`
 */
import { html, type TemplateResult } from 'lit';

export function buttonName(shown: string, name: string): TemplateResult {
  return html`<span aria-hidden="true">${shown}</span><span class="visually-hidden">${name}</span>`;
}
