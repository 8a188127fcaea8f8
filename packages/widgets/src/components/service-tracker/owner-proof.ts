/**
 * How the owner proves a repair is theirs, and where the widget keeps that proof: the tracking
 * code with either the e-mail they typed or the token of the e-mailed tracker link
 * (`<page>#atelier-tracker=<TRACKING-CODE>.<linkToken>`). The link's fragment is taken out of the
 * address bar at once, so it is neither bookmarked, shared nor seen by the page's analytics; the
 * proof is kept in this tab's sessionStorage so a reload still shows the repair, and is gone when
 * the tab closes.
 */
import { trackerLinkFragmentKey } from '@atelier/client/contract';
import { takeFragmentParameter } from '../../base/url-fragment.ts';

export type OwnerProof = { trackingCode: string; email: string } | { trackingCode: string; linkToken: string };

/** One key per page origin; the widget follows one repair per tab. */
const storageKey = 'atelier-service-tracker:proof';

/** Separates the tracking code from the token in the link: neither contains a dot. */
const codeTokenSeparator = '.';

/**
 * Takes the tracker link out of the page URL: answers its proof and rewrites the address bar
 * without it (keeping any other fragment parameter), or answers `undefined` when there is none.
 */
export function takeProofFromLink(): OwnerProof | undefined {
  const value = takeFragmentParameter(trackerLinkFragmentKey);
  if (value === undefined) return undefined;
  const separatorAt = value.indexOf(codeTokenSeparator);
  if (separatorAt <= 0) return undefined;
  const trackingCode = value.slice(0, separatorAt).trim();
  const linkToken = value.slice(separatorAt + 1).trim();
  return trackingCode && linkToken ? { trackingCode, linkToken } : undefined;
}

function isOwnerProof(value: unknown): value is OwnerProof {
  if (typeof value !== 'object' || value === null) return false;
  const proof = value as Record<string, unknown>;
  if (typeof proof['trackingCode'] !== 'string') return false;
  return typeof proof['email'] === 'string' || typeof proof['linkToken'] === 'string';
}

/** The proof this tab used last, if any. Storage may be unavailable (blocked, sandboxed frame): then nothing is kept. */
export function storedProof(): OwnerProof | undefined {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(storageKey) ?? 'null');
    return isOwnerProof(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

export function storeProof(proof: OwnerProof): void {
  try {
    sessionStorage.setItem(storageKey, JSON.stringify(proof));
  } catch {
    // Without storage a reload asks for the code and e-mail again; nothing else depends on it.
  }
}

export function forgetProof(): void {
  try {
    sessionStorage.removeItem(storageKey);
  } catch {
    // Nothing was stored.
  }
}
