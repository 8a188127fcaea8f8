/**
 * Why the tracker shows no repair, or did not record a decision or a rating, and how it says so: one
 * alert shape for the lookup form, the repair's header, the estimate and the rating.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { classifyFailure } from '../../base/failure.ts';
import type { Failure } from '../../base/failure.ts';
import type { ServiceTrackerMessages } from './locales/en.ts';

/** Why a lookup showed no repair; an unknown code and a wrong e-mail are one and the same answer. */
export type LookupProblem =
  | { kind: 'unknown' }
  | { kind: 'link-invalid' }
  | { kind: 'rate-limited'; waitSeconds: number | undefined }
  | { kind: 'offline' }
  | { kind: 'error' };

export type OwnerAction = 'decision' | 'rating';

/** Why a decision or a rating was not recorded; shown next to the step that failed. */
export type ActionProblem = { action: OwnerAction } & (
  | { kind: 'expired' }
  | { kind: 'changed' }
  | { kind: 'rate-limited'; waitSeconds: number | undefined }
  | { kind: 'offline' }
  | { kind: 'error' }
);

const secondsPerMinute = 60;
const rateLimitedStatus = 429;

/** Codes meaning the repair moved on while the owner was looking at it: reloading shows where it stands. */
const statusChangedCodes = new Set(['repair_status_changed', 'invalid_transition', 'repair_not_returned', 'already_rated']);

function retryAfterSeconds(error: unknown): number | undefined {
  const seconds = typeof error === 'object' && error !== null ? (error as { retryAfterSeconds?: unknown }).retryAfterSeconds : undefined;
  return typeof seconds === 'number' && seconds > 0 ? seconds : undefined;
}

/** Why a lookup failed; `fromLink` when the proof came from an e-mail's link rather than the form. */
export function lookupProblemOf(error: unknown, fromLink: boolean): LookupProblem {
  const failure = classifyFailure(error);
  if (failure.kind === 'offline' || failure.kind === 'timeout') return { kind: 'offline' };
  if (failure.kind === 'unexpected') {
    console.error('[atelier] could not look the repair up.', error);
    return { kind: 'error' };
  }
  // A malformed code or token in a link is as unknown as a wrong one: the same answer either way.
  if (failure.code === 'unknown_repair' || failure.kind === 'fields') return fromLink ? { kind: 'link-invalid' } : { kind: 'unknown' };
  if (failure.code === 'rate_limited' || failure.status === rateLimitedStatus) return { kind: 'rate-limited', waitSeconds: retryAfterSeconds(error) };
  console.error('[atelier] the lookup was refused.', error);
  return { kind: 'error' };
}

/**
 * What a failed decision or rating calls for: an alert next to it; `look-up-again` when the proof no
 * longer opens the repair (the link lapsed while the page was open); `field-errors` when the server
 * named the owner's fields at fault.
 */
export function actionProblemOf(action: OwnerAction, failure: Failure, error: unknown): ActionProblem | 'look-up-again' | 'field-errors' {
  if (failure.kind === 'offline' || failure.kind === 'timeout') return { action, kind: 'offline' };
  if (failure.kind === 'unexpected') {
    console.error('[atelier] the repair could not be updated.', error);
    return { action, kind: 'error' };
  }
  if (failure.code === 'estimate_expired') return { action, kind: 'expired' };
  if (statusChangedCodes.has(failure.code)) return { action, kind: 'changed' };
  if (failure.code === 'unknown_repair') return 'look-up-again';
  if (failure.code === 'rate_limited' || (failure.kind === 'refused' && failure.status === rateLimitedStatus)) {
    return { action, kind: 'rate-limited', waitSeconds: retryAfterSeconds(error) };
  }
  if (failure.kind === 'fields') return 'field-errors';
  console.error('[atelier] the repair update was refused.', error);
  return { action, kind: 'error' };
}

function formatWait(m: ServiceTrackerMessages, seconds: number): string {
  const inMinutes = seconds >= secondsPerMinute;
  return new Intl.NumberFormat(m.languageTag, { style: 'unit', unit: inMinutes ? 'minute' : 'second', unitDisplay: 'long' }).format(
    inMinutes ? Math.ceil(seconds / secondsPerMinute) : Math.ceil(seconds),
  );
}

function rateLimitedText(m: ServiceTrackerMessages, waitSeconds: number | undefined): string {
  return waitSeconds === undefined ? m.rateLimitedNoWait : m.rateLimited(formatWait(m, waitSeconds));
}

export interface AlertOptions {
  /** A "Try again" button, disabled while `retryDisabled`. */
  retry?: () => void;
  retryDisabled?: boolean;
  className?: string;
}

/** An alert the widget can move the focus to, with an optional "Try again". */
export function trackerAlert(m: ServiceTrackerMessages, text: string, options: AlertOptions = {}): TemplateResult {
  return html`<div class="alert ${options.className ?? ''}" part="error alert" role="alert" tabindex="-1">
    <p>${text}</p>
    ${options.retry
      ? html`<button part="button secondary-button" type="button" class="secondary" ?disabled=${options.retryDisabled} @click=${options.retry}>${m.retry}</button>`
      : nothing}
  </div>`;
}

/** What went wrong, in words: the kinds of the two problems share their words where they share a kind. */
function problemText(m: ServiceTrackerMessages, problem: LookupProblem | ActionProblem): string {
  switch (problem.kind) {
    case 'unknown':
      return m.unknownRepair;
    case 'link-invalid':
      return m.linkNoLongerValid;
    case 'expired':
      return m.estimateExpired;
    case 'changed':
      return m.statusChanged;
    case 'rate-limited':
      return rateLimitedText(m, problem.waitSeconds);
    case 'offline':
      return m.offline;
    case 'error':
      return m.unexpectedError;
  }
}

/** A failed lookup: a wrong code or e-mail cannot be retried as it is, the rest can. */
export function lookupProblemAlert(
  m: ServiceTrackerMessages,
  problem: LookupProblem | undefined,
  retry: () => void,
  retryDisabled: boolean,
): TemplateResult | typeof nothing {
  if (!problem) return nothing;
  const retriable = problem.kind !== 'unknown' && problem.kind !== 'link-invalid';
  return trackerAlert(m, problemText(m, problem), retriable ? { retry, retryDisabled } : {});
}

/** A decision or rating not recorded, next to the step that failed (`.action-alert`, where the focus goes). */
export function actionProblemAlert(m: ServiceTrackerMessages, problem: ActionProblem | undefined, action: OwnerAction): TemplateResult | typeof nothing {
  if (problem?.action !== action) return nothing;
  return trackerAlert(m, problemText(m, problem), { className: 'action-alert' });
}
