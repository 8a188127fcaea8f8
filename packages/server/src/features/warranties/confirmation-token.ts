/**
 * Single-use confirmation tokens: 32 random bytes sent only in the e-mailed link, stored as a
 * SHA-256 hash so a copy of the database cannot confirm anything.
 */
import { createHash, randomBytes } from 'node:crypto';
import { actorScopeOf } from '../../http/principal.ts';
import { admitAttempt } from '../../attempt-limits.ts';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { Caller } from '../../http/operation-route.ts';
import { newId } from '../../ids.ts';
import { attemptLimits } from '../../limits.ts';

const confirmationTokenBytes = 32;
export const confirmationTokenLifetimeMs = 7 * 24 * 60 * 60 * 1000;
/** The fragment key the activation widget reads the token from. */
export const confirmationLinkFragmentKey = 'atelier-confirmation';
/** The fragment parameter (`atelier-consents=ask`) by which a link asks the page to put the consent questions before confirming. */
export const askConsentsFragmentKey = 'atelier-consents';

export function hashConfirmationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface IssuedConfirmationToken {
  token: string;
  expiresAt: Date;
}

export async function issueConfirmationToken(db: Db, warrantyId: string, now: Date): Promise<IssuedConfirmationToken> {
  const token = randomBytes(confirmationTokenBytes).toString('base64url');
  const expiresAt = new Date(now.getTime() + confirmationTokenLifetimeMs);
  await db
    .insertInto('confirmation_tokens')
    .values({
      id: newId('ctk'),
      warranty_id: warrantyId,
      token_hash: hashConfirmationToken(token),
      expires_at: expiresAt.toISOString(),
      consumed_at: null,
      created_at: now.toISOString(),
    })
    .execute();
  return { token, expiresAt };
}

/**
 * The token travels in the URL fragment, which browsers never send to a server: it stays out
 * of access logs and Referer headers; the widget on that page reads it and POSTs it.
 */
export function confirmationLink(publicUrl: string, token: string, askConsents = false): string {
  const base = publicUrl.split('#')[0] ?? publicUrl;
  // After the token, so whatever reads the link up to the token reads it as before.
  return `${base}#${confirmationLinkFragmentKey}=${token}${askConsents ? `&${askConsentsFragmentKey}=ask` : ''}`;
}

/**
 * Counts one confirmation attempt of `caller` (per network and key, exactly: attempt-limits.ts),
 * before the token is looked up; throws `too_many_attempts` once the budget is spent. A token's
 * 256 bits cannot be guessed, but nobody should get to try.
 */
export async function admitConfirmationAttempt(db: Db, clock: Clock, caller: Pick<Caller, 'actor' | 'clientNetwork'>): Promise<void> {
  await admitAttempt(
    db,
    clock.now(),
    [{ limit: attemptLimits.confirmationPerNetwork, subject: `${actorScopeOf(caller.actor)}:${caller.clientNetwork}` }],
    'Too many confirmation links were tried from this network. Please try again later.',
  );
}
