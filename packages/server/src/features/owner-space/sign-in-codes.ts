/**
 * An owner's e-mailed code and link: one request issues both, good for
 * `ownerSignInCodeLifetimeMinutes`, and using either one uses up the other (one row, one `used_at`).
 * The link's token is 256 random bits, stored as its SHA-256; the code is 8 digits, stored as a
 * hash salted with the row's id and the server's secret salt (the lookup audit's), so a copy of the
 * table alone cannot be searched for codes.
 *
 * Every request writes its row, an address that is no owner's included (`owner_id` null: the row
 * can never be used), so the work done and the answer are the same whoever the address belongs to.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { ownerSignInCodeDigits } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';
import { AtelierError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import { hashSessionToken } from '../sessions/cookie.ts';

const ownerSignInTokenBytes = 32;
const codeRange = 10 ** ownerSignInCodeDigits;
/** A code typed this long after it expired is answered as unknown rather than expired. */
const expiredCodesComparedForMs = 24 * 60 * 60 * 1000;

/** Salted, secret hash (the lookup audit's `hashAddress`): what a code is stored and compared as. */
export type SecretHash = (value: string) => Promise<string>;

export interface IssuedSignIn {
  token: string;
  /** The 8 digits, as e-mailed (`1234 5678`). */
  code: string;
}

function codeHashInput(signInId: string, digits: string): string {
  return `owner-sign-in-code:${signInId}:${digits}`;
}

/** `1234 5678`: two groups, easier to read and type. */
function formatCode(digits: string): string {
  const half = ownerSignInCodeDigits / 2;
  return `${digits.slice(0, half)} ${digits.slice(half)}`;
}

/** Issues a code and link for `ownerId` (null: an address no owner has), valid `lifetimeMs` from `now`. */
export async function issueOwnerSignIn(
  db: Db,
  hash: SecretHash,
  input: { brandId: string; ownerId: string | null; now: Date; lifetimeMs: number },
): Promise<IssuedSignIn> {
  const id = newId('osi');
  const token = randomBytes(ownerSignInTokenBytes).toString('base64url');
  const digits = String(randomInt(codeRange)).padStart(ownerSignInCodeDigits, '0');
  await db
    .insertInto('owner_sign_ins')
    .values({
      id,
      brand_id: input.brandId,
      owner_id: input.ownerId,
      token_hash: hashSessionToken(token),
      code_hash: await hash(codeHashInput(id, digits)),
      created_at: input.now.toISOString(),
      expires_at: new Date(input.now.getTime() + input.lifetimeMs).toISOString(),
      used_at: null,
    })
    .execute();
  return { token, code: formatCode(digits) };
}

function invalid(what: 'link' | 'code'): AtelierError {
  return new AtelierError(
    'invalid_sign_in_link',
    what === 'link' ? 'This sign-in link is not valid, or was used already. Ask for a new code.' : 'This code is not valid, or was used already. Check it, or ask for a new one.',
  );
}

function expired(): AtelierError {
  return new AtelierError('sign_in_link_expired', 'This code and link have expired. Ask for a new one.');
}

/** Marks the row used, once: two concurrent uses of one code or link, exactly one gets through. */
async function useOnce(db: Db, signInId: string, now: Date, what: 'link' | 'code'): Promise<void> {
  const used = await db.updateTable('owner_sign_ins').set({ used_at: now.toISOString() }).where('id', '=', signInId).where('used_at', 'is', null).executeTakeFirst();
  if (used.numUpdatedRows === 0n) throw invalid(what);
}

/**
 * Uses the link of `token` of `brandId`, answering whose it is. Unknown, used, or of no owner:
 * 404 `invalid_sign_in_link`; past its time: 410 `sign_in_link_expired`.
 */
export async function useOwnerSignInLink(db: Db, brandId: string, token: string, now: Date): Promise<{ ownerId: string }> {
  const row = await db
    .selectFrom('owner_sign_ins')
    .select(['id', 'owner_id', 'expires_at', 'used_at'])
    .where('token_hash', '=', hashSessionToken(token))
    .where('brand_id', '=', brandId)
    .executeTakeFirst();
  if (!row || row.owner_id === null || row.used_at !== null) throw invalid('link');
  if (row.expires_at <= now.toISOString()) throw expired();
  await useOnce(db, row.id, now, 'link');
  return { ownerId: row.owner_id };
}

/**
 * Uses the code typed for `emailNormalized` of `brandId`: it matches any unused code e-mailed to
 * that owner (a person who asked twice may type either). No match: 404 `invalid_sign_in_link`; a
 * match past its time: 410 `sign_in_link_expired`.
 */
export async function useOwnerSignInCode(db: Db, hash: SecretHash, input: { brandId: string; emailNormalized: string; code: string; now: Date }): Promise<{ ownerId: string }> {
  const digits = input.code.replace(/\D/g, '');
  const rows = await db
    .selectFrom('owner_sign_ins')
    .innerJoin('owners', 'owners.id', 'owner_sign_ins.owner_id')
    .select(['owner_sign_ins.id', 'owner_sign_ins.owner_id', 'owner_sign_ins.code_hash', 'owner_sign_ins.expires_at'])
    .where('owner_sign_ins.brand_id', '=', input.brandId)
    .where('owners.brand_id', '=', input.brandId)
    .where('owners.email_normalized', '=', input.emailNormalized)
    .where('owner_sign_ins.used_at', 'is', null)
    // Codes long expired are not worth hashing for: the owner asked for a new one since.
    .where('owner_sign_ins.expires_at', '>', new Date(input.now.getTime() - expiredCodesComparedForMs).toISOString())
    .execute();
  for (const row of rows) {
    if ((await hash(codeHashInput(row.id, digits))) !== row.code_hash) continue;
    if (row.expires_at <= input.now.toISOString()) throw expired();
    await useOnce(db, row.id, input.now, 'code');
    return { ownerId: row.owner_id! };
  }
  throw invalid('code');
}
