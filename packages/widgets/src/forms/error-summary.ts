/**
 * The error summary and the focus rules every form follows: after a failed submit the summary
 * takes the focus and lists each error with its field's label; a linked error moves the focus to
 * its field (a link's own jump would leave the shadow root's focus behind).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { FieldError } from '@atelier/client/contract';
import { fieldId } from './field-id.ts';

export interface ErrorSummaryOptions {
  /** "Please correct 2 fields:" */
  title: string;
  /** Between a label and its error: typography differs (French `\u202f: `, CJK `：`). */
  labelSeparator: string;
  /** A field's label, or `undefined` for an error about no field the form shows (listed without a link). */
  labelOf(path: string): string | undefined;
  errorText(error: FieldError): string;
  /** Where the focus goes for a field (`#field-…` when not given). */
  focusTarget?(path: string): HTMLElement | null | undefined;
}

/** Focuses `selector` in `root` once the host has drawn its latest state. */
export async function focusAfterUpdate(host: { updateComplete: Promise<unknown>; renderRoot: ParentNode }, selector: string): Promise<void> {
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
}

export function fieldControl(root: ParentNode, path: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`#${fieldId(path)}`);
}

/** The summary (focusable, `.summary`), or nothing when there is no error to list. */
export function errorSummary(root: ParentNode, errors: readonly FieldError[], options: ErrorSummaryOptions): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  const focus = (event: Event, path: string): void => {
    event.preventDefault();
    (options.focusTarget?.(path) ?? fieldControl(root, path))?.focus();
  };
  return html`<div class="summary" part="error error-summary" tabindex="-1" role="group" aria-labelledby="summary-title">
    <h3 id="summary-title">${options.title}</h3>
    <ul>
      ${errors.map((error) => {
        const label = options.labelOf(error.path);
        return label === undefined
          ? html`<li>${options.errorText(error)}</li>`
          : html`<li>
              <a href="#${fieldId(error.path)}" @click=${(event: Event) => focus(event, error.path)}
                >${label}${options.labelSeparator}${options.errorText(error)}</a
              >
            </li>`;
      })}
    </ul>
  </div>`;
}
