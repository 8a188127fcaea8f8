/**
 * <console-confirm>: asks before an action that cannot be undone (revoking a key, deactivating a
 * person). A Web Awesome dialog: focus moves into it and back, Escape cancels. Fires
 * `console-confirmed` when the person confirms; the page then runs the action. What the action
 * needs asked (a reason) goes in its default slot, with `confirmDisabled` until it is given.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/dialog/dialog.js';
import { html, LitElement, type TemplateResult } from 'lit';

export const confirmedEvent = 'console-confirmed';

/** An action waiting for the person's yes: what the dialog says, and what runs on confirmation. */
export interface PendingConfirmation {
  label: string;
  message: string;
  confirmLabel: string;
  run(): Promise<void>;
}

/**
 * The page's confirmation dialog, open while an action is pending. `onClosed` runs when it closes
 * either way (cancelled, or after `run` was started), so the page forgets the pending action.
 */
export function renderConfirm(pending: PendingConfirmation | undefined, cancelLabel: string, onClosed: () => void): TemplateResult {
  return html`<console-confirm
    .open=${pending !== undefined}
    .label=${pending?.label ?? ''}
    .message=${pending?.message ?? ''}
    .confirmLabel=${pending?.confirmLabel ?? ''}
    .cancelLabel=${cancelLabel}
    @console-confirm-closed=${onClosed}
    @console-confirmed=${() => void pending?.run()}
  ></console-confirm>`;
}

export class ConsoleConfirm extends LitElement {
  static override properties = {
    open: { type: Boolean },
    label: {},
    message: {},
    confirmLabel: { attribute: false },
    cancelLabel: { attribute: false },
    confirmDisabled: { type: Boolean, attribute: false },
  };

  declare open: boolean;
  declare label: string;
  declare message: string;
  declare confirmLabel: string;
  declare cancelLabel: string;
  declare confirmDisabled: boolean;

  constructor() {
    super();
    this.open = false;
    this.label = '';
    this.message = '';
    this.confirmLabel = '';
    this.cancelLabel = '';
    this.confirmDisabled = false;
  }

  #close(): void {
    this.open = false;
    this.dispatchEvent(new Event('console-confirm-closed'));
  }

  override render() {
    return html`<wa-dialog
      label=${this.label}
      ?open=${this.open}
      @wa-after-hide=${(event: Event) => {
        if (event.target === event.currentTarget) this.#close();
      }}
    >
      <p>${this.message}</p>
      <slot></slot>
      <wa-button slot="footer" appearance="outlined" @click=${() => this.#close()}>${this.cancelLabel}</wa-button>
      <wa-button
        slot="footer"
        variant="danger"
        ?disabled=${this.confirmDisabled}
        @click=${() => {
          // Confirmed first: a page forgets the pending action when the dialog closes.
          this.dispatchEvent(new Event(confirmedEvent));
          this.#close();
        }}
        >${this.confirmLabel}</wa-button
      >
    </wa-dialog>`;
  }
}

customElements.define('console-confirm', ConsoleConfirm);

declare global {
  interface HTMLElementTagNameMap {
    'console-confirm': ConsoleConfirm;
  }
}
