/**
 * The tracker link of repair e-mails: it opens the owner's tracker without typing the e-mail.
 * Each e-mail carries a fresh token of 128 random bits; only its SHA-256 is stored (table
 * `repair_link_tokens`), so a copy of the database opens no tracker. The token rides in the URL
 * fragment, which browsers never send to a server, so it stays out of access logs and Referers.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { trackerLinkFragmentKey } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';
import { newId } from '../../ids.ts';

const linkTokenBytes = 16;
/** The example site's tracker page, under `PUBLIC_URL`, for a brand without `service_tracker_url`. */
const defaultTrackerPagePath = '/repair.html';

function hashLinkToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/**
 * Mints a token for one e-mail of the repair and stores its hash with `tx`, so the token exists
 * exactly when the change it announces was committed. Returns the token, to be sent, never stored.
 */
export async function issueLinkToken(tx: Db, repairId: string, now: Date): Promise<string> {
  const token = randomBytes(linkTokenBytes).toString('base64url');
  await tx
    .insertInto('repair_link_tokens')
    .values({ id: newId('rlt'), repair_id: repairId, token_hash: hashLinkToken(token).toString('hex'), created_at: now.toISOString() })
    .execute();
  return token;
}

/**
 * Whether `token` is one of the repair's. Every stored hash is compared, in constant time, so
 * how long the answer takes says nothing about how close a guess was.
 */
export async function isRepairLinkToken(db: Db, repairId: string, token: string): Promise<boolean> {
  const rows = await db.selectFrom('repair_link_tokens').select('token_hash').where('repair_id', '=', repairId).execute();
  const presented = hashLinkToken(token);
  let matched = false;
  for (const row of rows) {
    const stored = Buffer.from(row.token_hash, 'hex');
    if (stored.length === presented.length && timingSafeEqual(stored, presented)) matched = true;
  }
  return matched;
}

/** The brand's tracker page: its own setting, else the example site's page under `PUBLIC_URL`. */
export function trackerPageUrl(serviceTrackerUrl: string | null, publicUrl: string): string {
  return serviceTrackerUrl ?? `${publicUrl.replace(/\/$/, '')}${defaultTrackerPagePath}`;
}

/** `<tracker page>#atelier-tracker=<TRACKING-CODE>.<token>`; a fragment already on the page is replaced. */
export function trackerLink(pageUrl: string, trackingCode: string, token: string): string {
  const base = pageUrl.split('#')[0] ?? pageUrl;
  return `${base}#${trackerLinkFragmentKey}=${trackingCode}.${token}`;
}
