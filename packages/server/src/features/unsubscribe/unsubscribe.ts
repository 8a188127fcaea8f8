/**
 * One-click unsubscribe (RFC 8058) from the links in the concierge's e-mails: a token from an
 * e-mail withdraws its owner's consent to service e-mails, recorded in their consent history
 * (`consents`: a `granted: 0` entry with its time and the source `one_click_unsubscribe`), so the
 * next reminder is dropped, not sent (features/care/care-reminder-sending.ts).
 *
 * It says nothing of the token: an unknown one, one already used, or one whose owner had withdrawn
 * already changes nothing, and the caller answers every one the same. Used again, a token withdraws
 * again (one click after a renewed consent is a renewed wish), but a consent already withdrawn gets
 * no second entry.
 */
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { newId } from '../../ids.ts';
import { hashUnsubscribeToken } from '../care/care-reminder-sending.ts';

/** The consent-history source of a withdrawal by an e-mail's unsubscribe link. */
export const oneClickUnsubscribeSource = 'one_click_unsubscribe';

/** Longest token looked up: ours are 43 characters; anything much longer is not one. */
const tokenMaxLength = 128;

/** Withdraws the service-e-mail consent of the token's owner, if the token is one; answers nothing either way. */
export async function unsubscribeByToken(db: Db, clock: Clock, token: string): Promise<void> {
  if (token.length === 0 || token.length > tokenMaxLength) return;
  const found = await db.selectFrom('unsubscribe_tokens').select(['owner_id', 'purpose']).where('token_hash', '=', hashUnsubscribeToken(token)).executeTakeFirst();
  if (!found) return;
  await db.transaction().execute(async (tx) => {
    const latest = await tx
      .selectFrom('consents')
      .select('granted')
      .where('owner_id', '=', found.owner_id)
      .where('channel', '=', 'email')
      .where('purpose', '=', found.purpose)
      .orderBy('recorded_at', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    if (latest?.granted === 0) return;
    await tx
      .insertInto('consents')
      .values({ id: newId('cns'), owner_id: found.owner_id, channel: 'email', purpose: found.purpose, granted: 0, recorded_at: clock.now().toISOString(), source: oneClickUnsubscribeSource })
      .execute();
  });
}
