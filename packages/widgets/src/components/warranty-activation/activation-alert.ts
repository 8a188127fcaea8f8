/**
 * The alert above the activation form or the consent questions: why the confirmation link did not
 * work, or why the last submission did not go through, with a retry where one can help. Nothing the
 * buyer typed is lost meanwhile: the form keeps its answers.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Failure } from '../../base/failure.ts';
import { messageOfRefusal, refusalCode } from './activation-request.ts';
import { failureAlertId } from './activation-form.ts';
import type { WarrantyActivationMessages } from './locales/en.ts';

/** Why an e-mailed confirmation link could not confirm the warranty. */
export type ConfirmationProblem = 'expired' | 'transferEnded' | 'invalid' | 'offline' | 'unexpected';

export interface ActivationAlertView {
  m: WarrantyActivationMessages;
  confirmationProblem: ConfirmationProblem | undefined;
  /** Tries the confirmation again; absent when the link's token is gone (nothing to retry with). */
  retryConfirmation: (() => void) | undefined;
  /** The last submission's failure, if it failed. */
  failure: Failure | undefined;
  online: boolean;
  /** A submission is under way: its retry waits. */
  pending: boolean;
  retrySubmission: () => void;
}

export function activationAlert({ m, confirmationProblem, retryConfirmation, failure, online, pending, retrySubmission }: ActivationAlertView): TemplateResult | typeof nothing {
  if (confirmationProblem) {
    const text = {
      expired: m.confirmationExpired,
      transferEnded: m.confirmationTransferEnded,
      invalid: m.confirmationInvalid,
      offline: m.offline,
      unexpected: m.unexpectedError,
    }[confirmationProblem];
    return html`<div class="alert" part="error alert" role="alert" tabindex="-1">
      <p>${text}</p>
      ${retryConfirmation ? html`<button part="button secondary-button" type="button" class="secondary" @click=${retryConfirmation}>${m.retry}</button>` : nothing}
    </div>`;
  }
  // Offline before anything was sent: said at once, as the submission would fail.
  const shown = failure ?? (online ? undefined : ({ kind: 'offline' } as const));
  if (!shown) return nothing;
  const refusal = refusalCode(shown);
  const text = shown.kind === 'offline' || shown.kind === 'timeout' ? m[shown.kind] : m[(refusal && messageOfRefusal[refusal]) || 'unexpectedError'];
  const canRetry = shown.kind === 'offline' || shown.kind === 'timeout' || shown.kind === 'unexpected';
  return html`<div class="alert" id=${failureAlertId} part="error alert" role="alert" tabindex="-1">
    <p>${text}</p>
    ${canRetry && failure
      ? html`<button part="button secondary-button" type="button" class="secondary" ?disabled=${pending} @click=${retrySubmission}>${m.retry}</button>`
      : nothing}
  </div>`;
}
