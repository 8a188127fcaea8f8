/**
 * E-mailed sign-in links: 32 random bytes, sent only in the link's fragment
 * (`<PUBLIC_ORIGIN>/console/#sign-in=<token>`, which browsers never send to a server, so it
 * stays out of logs and Referer headers), stored as a SHA-256, used once, by a POST (a mail
 * scanner following the link cannot burn it).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import type { SignInLinksTable } from '../../db/schema.ts';
import { AtelierError } from '../../errors.ts';

const signInTokenBytes = 32;
/** The fragment key the console reads the token from. */
export const signInLinkFragmentKey = 'sign-in';
/** Where the console is served on the API's origin. */
export const consolePath = '/console/';

function hashSignInToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function consoleSignInLink(publicOrigin: string, token: string): string {
  return `${publicOrigin}${consolePath}#${signInLinkFragmentKey}=${token}`;
}

/** Issues a link for `personId`, valid `lifetimeMs` from `now`; answers the token, to be e-mailed and forgotten. */
export async function issueSignInLink(
  db: Db,
  input: { personId: string; purpose: SignInLinksTable['purpose']; now: Date; lifetimeMs: number },
): Promise<string> {
  const token = randomBytes(signInTokenBytes).toString('base64url');
  await db
    .insertInto('sign_in_links')
    .values({
      token_hash: hashSignInToken(token),
      person_id: input.personId,
      purpose: input.purpose,
      created_at: input.now.toISOString(),
      expires_at: new Date(input.now.getTime() + input.lifetimeMs).toISOString(),
      used_at: null,
    })
    .execute();
  return token;
}

/**
 * Uses the link of `token` once, answering whose it is. Unknown, used, or a deactivated person's:
 * 404 `invalid_sign_in_link` alike; past its time: 410 `sign_in_link_expired`. Two concurrent uses
 * of one token: the conditional update lets exactly one through.
 */
export async function useSignInLink(db: Db, token: string, now: Date): Promise<{ personId: string }> {
  const tokenHash = hashSignInToken(token);
  const link = await db
    .selectFrom('sign_in_links')
    .innerJoin('people', 'people.id', 'sign_in_links.person_id')
    .select(['sign_in_links.person_id', 'sign_in_links.expires_at', 'sign_in_links.used_at', 'people.status'])
    .where('sign_in_links.token_hash', '=', tokenHash)
    .executeTakeFirst();
  const unknown = new AtelierError('invalid_sign_in_link', 'This sign-in link is not valid, or was used already. Ask for a new one.');
  if (!link || link.used_at !== null || link.status === 'deactivated') throw unknown;
  if (link.expires_at <= now.toISOString()) {
    throw new AtelierError('sign_in_link_expired', 'This sign-in link has expired. Ask for a new one.');
  }
  const used = await db.updateTable('sign_in_links').set({ used_at: now.toISOString() }).where('token_hash', '=', tokenHash).where('used_at', 'is', null).executeTakeFirst();
  if (used.numUpdatedRows === 0n) throw unknown;
  return { personId: link.person_id };
}

/** A deactivated person's links stop working (they would anyway: useSignInLink checks the person). */
export async function voidSignInLinksOf(db: Db, personId: string, now: Date): Promise<void> {
  await db.updateTable('sign_in_links').set({ used_at: now.toISOString() }).where('person_id', '=', personId).where('used_at', 'is', null).execute();
}
