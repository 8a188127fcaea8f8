/**
 * The tracker link of repair e-mails: it opens the owner's tracker without typing the e-mail.
 * Each e-mail carries a fresh token of 128 random bits; only its SHA-256 is stored (table
 * `repair_link_tokens`), so a copy of the database opens no tracker. The token rides in the URL
 * fragment, which browsers never send to a server, so it stays out of access logs and Referers.
 *
 * A link lapses: the e-mail can be forwarded, and whoever holds it can follow the repair and decide
 * its estimate by typing a name, so it must not stay a key to the owner's repair for years. After
 * that, the owner looks the repair up with its tracking code and e-mail, as without a link.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { trackerLinkFragmentKey, type RepairStatus } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';
import { newId } from '../../ids.ts';
import { isClosedStatus } from './state-machine.ts';

/**
 * How long a link works after its e-mail was sent, however long the repair runs: a year covers a
 * repair waiting on parts from the manufacture; a repair longer than that sends newer e-mails.
 */
export const repairLinkTokenLifetimeDays = 365;
/**
 * How long a closed repair's links (returned or cancelled) still work after it closed: time to
 * check the return, read the extended warranty and rate the service; after that nothing is left to do.
 */
export const closedRepairLinkGraceDays = 90;

const linkTokenBytes = 16;
const millisecondsPerDay = 86_400_000;
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

/** The repair a presented token is checked against: its status says whether it is closed. */
export interface LinkedRepair {
  id: string;
  status: RepairStatus;
}

/** Whether `at` (an ISO time) is at most `days` days before `now`. */
function isWithinDays(at: string, days: number, now: Date): boolean {
  return Date.parse(at) >= now.getTime() - days * millisecondsPerDay;
}

/**
 * Whether the repair's links may still open it: while it is open, and for the grace period after
 * the status change that closed it.
 */
async function repairStillHonoursLinks(db: Db, repair: LinkedRepair, now: Date): Promise<boolean> {
  // Read for an open repair too, so the answer takes as long whether the repair is open or closed.
  const enteredCurrentStatus = await db
    .selectFrom('repair_status_changes')
    .select('changed_at')
    .where('repair_id', '=', repair.id)
    .where('to_status', '=', repair.status)
    .orderBy('sequence', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!isClosedStatus(repair.status)) return true;
  // A closed repair whose closing is not in its history cannot say when it closed: its links stay shut.
  return enteredCurrentStatus !== undefined && isWithinDays(enteredCurrentStatus.changed_at, closedRepairLinkGraceDays, now);
}

/**
 * Whether `token` is one of the repair's and still works at `now` (see the lifetimes above). Every
 * stored hash is compared, in constant time, so how long the answer takes says nothing about how
 * close a guess was; a lapsed token is refused exactly like a wrong one, so nobody can tell which.
 */
export async function isRepairLinkToken(db: Db, repair: LinkedRepair, token: string, now: Date): Promise<boolean> {
  const rows = await db.selectFrom('repair_link_tokens').select(['token_hash', 'created_at']).where('repair_id', '=', repair.id).execute();
  const honoursLinks = await repairStillHonoursLinks(db, repair, now);
  const presented = hashLinkToken(token);
  let matched = false;
  for (const row of rows) {
    const stored = Buffer.from(row.token_hash, 'hex');
    const identical = stored.length === presented.length && timingSafeEqual(stored, presented);
    const current = isWithinDays(row.created_at, repairLinkTokenLifetimeDays, now);
    if (identical && current) matched = true;
  }
  return matched && honoursLinks;
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
