/**
 * Why the owner portal did not do what the owner asked, and how it says so: one alert shape for the
 * sign-in, the pieces, a piece and its reports. A failure that may not have reached the server
 * (offline, a 5xx) keeps what was typed and offers "Try again"; a session that ended sends the owner
 * back to sign in, with everything they typed kept.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { classifyFailure } from '../../base/failure.ts';
import type { OwnerPortalMessages } from './locales/en.ts';
import type { PasskeyRefusal } from './passkey-ceremony.ts';

export type PortalProblem =
  | { kind: 'session-ended' }
  | { kind: 'code-invalid' }
  | { kind: 'link-invalid' }
  | { kind: 'expired' }
  | { kind: 'unknown-piece' }
  | { kind: 'already-stolen' }
  | { kind: 'already-lost' }
  | { kind: 'not-stolen' }
  | { kind: 'unavailable' }
  | { kind: 'rate-limited'; waitSeconds: number | undefined }
  | { kind: 'offline' }
  | { kind: 'passkey'; why: PasskeyRefusal }
  | { kind: 'error' };

const unauthorizedStatus = 401;
const rateLimitedStatus = 429;
const secondsPerMinute = 60;

/** The server's refusals the portal explains in words of its own. */
const problemOfCode: Readonly<Record<string, PortalProblem>> = {
  invalid_sign_in_link: { kind: 'code-invalid' },
  sign_in_link_expired: { kind: 'expired' },
  unknown_serial: { kind: 'unknown-piece' },
  already_reported_stolen: { kind: 'already-stolen' },
  already_reported_lost: { kind: 'already-lost' },
  not_reported_stolen: { kind: 'not-stolen' },
  item_unavailable: { kind: 'unavailable' },
};

function retryAfterSeconds(error: unknown): number | undefined {
  const seconds = typeof error === 'object' && error !== null ? (error as { retryAfterSeconds?: unknown }).retryAfterSeconds : undefined;
  return typeof seconds === 'number' && seconds > 0 ? seconds : undefined;
}

/** What a failed call means to the owner; `fromLink` when a link's token was being exchanged. */
export function problemOf(error: unknown, fromLink = false): PortalProblem {
  const failure = classifyFailure(error);
  if (failure.kind === 'offline' || failure.kind === 'timeout') return { kind: 'offline' };
  if (failure.kind === 'unexpected') {
    console.error('[atelier] the owner space could not answer.', error);
    return { kind: 'error' };
  }
  const status = failure.kind === 'refused' ? failure.status : undefined;
  // No session, or one that ended (idle, signed out elsewhere): the same for the owner.
  if (status === unauthorizedStatus || failure.code === 'session_expired' || failure.code === 'unauthorized') return { kind: 'session-ended' };
  if (failure.code === 'rate_limited' || failure.code === 'too_many_attempts' || status === rateLimitedStatus) {
    return { kind: 'rate-limited', waitSeconds: retryAfterSeconds(error) };
  }
  const known = problemOfCode[failure.code];
  if (known) return known.kind === 'code-invalid' && fromLink ? { kind: 'link-invalid' } : known;
  // A link's token the contract refuses is as unusable as a used one.
  if (fromLink) return { kind: 'link-invalid' };
  console.error('[atelier] the owner space refused the request.', error);
  return { kind: 'error' };
}

/** A problem worth "Try again" as it stands: the same request may go through later. */
export function isRetriable(problem: PortalProblem): boolean {
  return problem.kind === 'offline' || problem.kind === 'error' || problem.kind === 'rate-limited';
}

function formatWait(m: OwnerPortalMessages, seconds: number): string {
  const inMinutes = seconds >= secondsPerMinute;
  return new Intl.NumberFormat(m.languageTag, { style: 'unit', unit: inMinutes ? 'minute' : 'second', unitDisplay: 'long' }).format(
    inMinutes ? Math.ceil(seconds / secondsPerMinute) : Math.ceil(seconds),
  );
}

function problemText(m: OwnerPortalMessages, problem: PortalProblem): string {
  switch (problem.kind) {
    case 'session-ended':
      return m.sessionEnded;
    case 'code-invalid':
      return m.codeInvalid;
    case 'link-invalid':
      return m.linkInvalid;
    case 'expired':
      return m.codeExpired;
    case 'unknown-piece':
      return m.unknownPiece;
    case 'already-stolen':
      return m.alreadyStolen;
    case 'already-lost':
      return m.alreadyLost;
    case 'not-stolen':
      return m.notStolen;
    case 'unavailable':
      return m.unavailable;
    case 'rate-limited':
      return problem.waitSeconds === undefined ? m.rateLimitedNoWait : m.rateLimited(formatWait(m, problem.waitSeconds));
    case 'offline':
      return m.offline;
    case 'passkey':
      return m.passkeys.refused[problem.why];
    case 'error':
      return m.unexpectedError;
  }
}

/** The alert the focus moves to (`.alert`), with "Try again" when `retry` is given and the problem is worth it. */
export function problemAlert(
  m: OwnerPortalMessages,
  problem: PortalProblem | undefined,
  retry: (() => void) | undefined,
  retryDisabled: boolean,
): TemplateResult | typeof nothing {
  if (!problem) return nothing;
  return html`<div class="alert" part="error alert" role="alert" tabindex="-1">
    <p>${problemText(m, problem)}</p>
    ${retry && isRetriable(problem)
      ? html`<button part="button secondary-button" type="button" class="secondary" ?disabled=${retryDisabled} @click=${retry}>${m.retry}</button>`
      : nothing}
  </div>`;
}
