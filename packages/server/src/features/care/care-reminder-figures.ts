/**
 * The concierge's figures (GET /v1/care-reminder-figures): per kind of care, the reminders sent in
 * a period and how many were followed by a booking — the one definition of both:
 *
 * - **sent**: reminders whose `sent_at` falls on a day (UTC) from `from` to `to`, both included;
 * - **followed by a booking**: of those, each reminder with a repair of its piece (any service,
 *   booked by anyone, not cancelled since) created after the reminder was sent and at most
 *   `careReminderBookingWindowDays` (60) days after. A reminder counts once however many repairs
 *   follow it; a repair following two reminders of one piece counts for each.
 * - **stillInWindow**: reminders sent less than 60 days ago, whose bookings may still come (their
 *   rate is not final yet).
 */
import { careKinds, careReminderBookingWindowDays, type CareKind, type CareReminderFigures, type CareReminderFiguresQuery } from '@atelier/client/contract';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { addDaysToDate } from '../shared/calendar.ts';

const millisecondsPerDay = 86_400_000;
/** Pieces per read of their repairs: bounds the `IN` lists. */
const piecesPerRead = 500;

function figure(sent: number, followedByBooking: number) {
  return { sent, followedByBooking, bookingRate: sent === 0 ? null : followedByBooking / sent };
}

export async function careReminderFigures(db: Db, clock: Clock, brandId: string, period: CareReminderFiguresQuery): Promise<CareReminderFigures> {
  const sent = await db
    .selectFrom('care_reminders')
    .select(['item_id', 'care_kind', 'sent_at'])
    .where('brand_id', '=', brandId)
    .where('status', '=', 'sent')
    .where('sent_at', '>=', `${period.from}T00:00:00.000Z`)
    .where('sent_at', '<', `${addDaysToDate(period.to, 1)}T00:00:00.000Z`)
    .execute();
  const itemIds = [...new Set(sent.map((reminder) => reminder.item_id))];
  const bookingsByItem = new Map<string, number[]>();
  for (let start = 0; start < itemIds.length; start += piecesPerRead) {
    const repairs = await db
      .selectFrom('repair_orders')
      .select(['item_id', 'created_at'])
      .where('item_id', 'in', itemIds.slice(start, start + piecesPerRead))
      .where('status', '!=', 'cancelled')
      .execute();
    for (const repair of repairs) bookingsByItem.set(repair.item_id, [...(bookingsByItem.get(repair.item_id) ?? []), Date.parse(repair.created_at)]);
  }
  const windowMs = careReminderBookingWindowDays * millisecondsPerDay;
  const now = clock.now().getTime();
  const counts = new Map<CareKind, { sent: number; followed: number }>(careKinds.map((kind) => [kind, { sent: 0, followed: 0 }]));
  let stillInWindow = 0;
  for (const reminder of sent) {
    const sentAt = Date.parse(reminder.sent_at!);
    const count = counts.get(reminder.care_kind)!;
    count.sent += 1;
    if ((bookingsByItem.get(reminder.item_id) ?? []).some((bookedAt) => bookedAt > sentAt && bookedAt <= sentAt + windowMs)) count.followed += 1;
    if (now < sentAt + windowMs) stillInWindow += 1;
  }
  const kinds = careKinds.map((careKind) => ({ careKind, ...figure(counts.get(careKind)!.sent, counts.get(careKind)!.followed) }));
  return {
    from: period.from,
    to: period.to,
    bookingWindowDays: careReminderBookingWindowDays,
    stillInWindow,
    kinds,
    total: figure(
      kinds.reduce((sum, kind) => sum + kind.sent, 0),
      kinds.reduce((sum, kind) => sum + kind.followedByBooking, 0),
    ),
  };
}
