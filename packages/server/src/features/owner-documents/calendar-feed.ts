/**
 * The owner's private calendar feed (contract/owner-calendar-feed.ts): its capability address and
 * the iCalendar it serves.
 *
 * The address: 32 random bytes (base64url) in `/v1/calendar-feeds/<token>.ics`. Only their SHA-256
 * is stored (`owner_calendar_feeds`), so a copy of the database opens no feed; a 256-bit token
 * needs no salt and no attempt counting. A new feed revokes the owner's earlier one in the same
 * transaction (a conditional update first), so an owner never has two live addresses.
 *
 * The calendar is written by `ical-generator`: maintained, it does RFC 5545's line folding at 75
 * octets without splitting a UTF-8 sequence, the text escaping, CRLF line ends and all-day
 * `VALUE=DATE` events — the parts a hand-written feed gets wrong first. Two gaps of its own are
 * filled here: the calendar's name is written unescaped (so escaped before), and the last line has
 * no CRLF (so added).
 */
import { createHash, randomBytes } from 'node:crypto';
import { calendarFeedPathPrefix, type CalendarFeedStatus, type CreatedCalendarFeed, type OwnedPiece } from '@atelier/client/contract';
import ical, { ICalAlarmType, ICalCalendarMethod } from 'ical-generator';
import type { Db } from '../../db/database.ts';
import { newId } from '../../ids.ts';
import { listMyPieces, type MyPiecesDeps, type OwnerScope } from '../owner-space/my-pieces.ts';
import { calendarFeedTexts } from './calendar-feed-texts.ts';

const calendarFeedTokenBytes = 32;
/** A token as issued: 43 base64url characters; anything else is no feed's, without a look-up. */
const calendarFeedTokenPattern = /^[A-Za-z0-9_-]{43}$/;
const calendarFeedFileSuffix = '.ics';
/** Days before a care's due date that the calendar shows its reminder. */
export const calendarAlarmDaysBeforeCare = 14;
/** Days before the warranty's end that the calendar shows its reminder: time to book a service that extends it. */
export const calendarAlarmDaysBeforeWarrantyEnd = 30;
/** How often a subscribed calendar should fetch the feed again (RFC 7986 REFRESH-INTERVAL), in hours. */
const calendarRefreshIntervalHours = 24;
const secondsPerDay = 24 * 60 * 60;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The owner's live feed, if any. */
export async function calendarFeedStatus(db: Db, scope: OwnerScope): Promise<CalendarFeedStatus> {
  const live = await db.selectFrom('owner_calendar_feeds').select('created_at').where('owner_id', '=', scope.ownerId).where('brand_id', '=', scope.brandId).where('revoked_at', 'is', null).executeTakeFirst();
  return { feed: live ? { createdAt: live.created_at } : null };
}

/** A new feed for the owner, its address returned this once; their earlier feed stops. */
export async function createCalendarFeed(db: Db, scope: OwnerScope, now: Date, apiOrigin: string): Promise<CreatedCalendarFeed> {
  const token = randomBytes(calendarFeedTokenBytes).toString('base64url');
  const createdAt = now.toISOString();
  const replaced = await db.transaction().execute(async (tx) => {
    const revoked = await tx.updateTable('owner_calendar_feeds').set({ revoked_at: createdAt }).where('owner_id', '=', scope.ownerId).where('revoked_at', 'is', null).executeTakeFirst();
    await tx
      .insertInto('owner_calendar_feeds')
      .values({ id: newId('cal'), brand_id: scope.brandId, owner_id: scope.ownerId, token_hash: hashToken(token), created_at: createdAt, revoked_at: null })
      .execute();
    return revoked.numUpdatedRows > 0n;
  });
  return { url: `${apiOrigin}${calendarFeedPathPrefix}${token}${calendarFeedFileSuffix}`, createdAt, replacedEarlierFeed: replaced };
}

/** Stops the owner's feed; false when there was none. */
export async function stopCalendarFeed(db: Db, scope: OwnerScope, now: Date): Promise<boolean> {
  const revoked = await db.updateTable('owner_calendar_feeds').set({ revoked_at: now.toISOString() }).where('owner_id', '=', scope.ownerId).where('revoked_at', 'is', null).executeTakeFirst();
  return revoked.numUpdatedRows > 0n;
}

/** Whose live feed the last segment of a feed's address opens (`<token>.ics`); undefined for any other. */
export async function calendarFeedOwner(db: Db, fileName: string): Promise<OwnerScope | undefined> {
  if (!fileName.endsWith(calendarFeedFileSuffix)) return undefined;
  const token = fileName.slice(0, -calendarFeedFileSuffix.length);
  if (!calendarFeedTokenPattern.test(token)) return undefined;
  const feed = await db.selectFrom('owner_calendar_feeds').select(['owner_id', 'brand_id']).where('token_hash', '=', hashToken(token)).where('revoked_at', 'is', null).executeTakeFirst();
  return feed ? { ownerId: feed.owner_id, brandId: feed.brand_id } : undefined;
}

/** RFC 5545 §3.3.11 TEXT escaping, for the one property ical-generator writes as given. */
function escapeText(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll(';', '\\;').replaceAll(',', '\\,').replaceAll(/\r\n|\r|\n/g, '\\n');
}

/**
 * A date as ical-generator's all-day event takes it: a Date, written as its calendar day. Noon UTC,
 * so the day is the same in any time zone the server runs in (±12 hours).
 */
function allDay(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

function pieceName(piece: OwnedPiece): string {
  return `${piece.model.name} (${piece.serial})`;
}

/**
 * The feed of the owner's pieces: per piece, the warranty's end, and, while the piece is theirs to
 * care for (not reported stolen or lost), each kind of care's due date with any warranty condition.
 * Every event is all-day with one DISPLAY alarm.
 */
export async function renderCalendarFeed(deps: MyPiecesDeps, scope: OwnerScope): Promise<string> {
  const { db, clock } = deps;
  const [pieces, owner, brand] = await Promise.all([
    listMyPieces(deps, scope),
    db.selectFrom('owners').select('language').where('id', '=', scope.ownerId).executeTakeFirstOrThrow(),
    db.selectFrom('brands').select('name').where('id', '=', scope.brandId).executeTakeFirstOrThrow(),
  ]);
  const texts = calendarFeedTexts(owner.language);
  const now = clock.now();
  const calendar = ical({
    prodId: { company: 'Atelier', product: 'Owner calendar feed', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    name: escapeText(texts.calendarName(brand.name)),
    ttl: calendarRefreshIntervalHours * 60 * 60,
  });
  const addEvent = (uid: string, date: string, summary: string, description: string | null, alarmDaysBefore: number) => {
    const event = calendar.createEvent({ id: uid, start: allDay(date), allDay: true, summary, description, stamp: now });
    event.createAlarm({ type: ICalAlarmType.display, trigger: alarmDaysBefore * secondsPerDay, description: texts.alarm(summary) });
  };
  const host = new URL(deps.publicUrl).hostname;
  for (const piece of pieces) {
    addEvent(`warranty-end.${piece.serial}.${scope.brandId}@${host}`, piece.warranty.coverageEnd, texts.warrantyEnds(pieceName(piece)), null, calendarAlarmDaysBeforeWarrantyEnd);
    if (piece.status !== 'sold') continue;
    for (const due of piece.careDue) {
      const condition = due.warrantyCondition ? texts.warrantyCondition(due.warrantyCondition.text, due.warrantyCondition.lapsesAfter) : null;
      addEvent(`${due.kind}.${piece.serial}.${scope.brandId}@${host}`, due.date, texts.careDue[due.kind](pieceName(piece)), condition, calendarAlarmDaysBeforeCare);
    }
  }
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
