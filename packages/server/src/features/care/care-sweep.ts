/**
 * The concierge's daily sweep (issue 16): for every piece an owner holds, each kind of care whose
 * reminder time has come (care-due.ts: `reminderLeadTimeDays` before its due date) gets a draft
 * reminder in `care_reminders`, for customer care to review, personalise, hold or send.
 *
 * A reminder exists **exactly once** per piece, kind of care, due date and owner: the table's
 * unique key decides (migration 0035), and the sweep inserts with `ON CONFLICT DO NOTHING`, so a
 * sweep run again after a restart, or by every instance of the server at the same moment, adds
 * nothing that is there. No lock and no "already drafted?" read first: two sweeps reading at once
 * would both find none. A service closed in Atelier moves the due date on, so the next reminder
 * has a key of its own.
 *
 * Why the owner is in the key: the care schedule stays with the piece through its owners (issue
 * 16), so when a piece changes hands the new owner is reminded of the care due — a draft of the
 * previous owner's was dropped (`piece_transferred`, warranties/transfer.ts) and must not hold the
 * key. "Exactly once" is about the person written to: each owner hears of a piece's care due on a
 * date at most once, and sending stays once per reminder (care-reminder-sending.ts). The owner
 * rather than their warranty: a sale voided and registered again makes a new warranty for the
 * same person, who must not be reminded twice; a piece that comes back to an earlier owner
 * reminds them of what they were not yet reminded of only.
 *
 * The same sweep then sends the drafts customer care left untouched for the brand's
 * `care_reminder_send_after_days` — unless held, or within the owner's blackout window or quiet
 * period (care-reminder-send-time.ts, the time the queue shows) — and care-reminder-sending.ts
 * sends each exactly once, or drops it.
 */
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { Logger } from '../../logger.ts';
import { newId } from '../../ids.ts';
import { dropDraftsTheOwnerBooked, sendCareReminder, type CareReminderSendingDeps } from './care-reminder-sending.ts';
import { addDaysToDate, isBefore, todayUtc, type IsoDate } from '../shared/calendar.ts';
import { effectiveWarrantyStatus } from '../warranties/warranty-view.ts';
import { careDueOfPieces } from './care-due.ts';
import { autoSendTimes } from './care-reminder-send-time.ts';

/**
 * Days past a due date that a sweep still drafts its reminder: sweeps missed for a while (every
 * instance down over a weekend) catch up, while pieces overdue for years when the concierge
 * starts are not all written to on its first day.
 */
export const careReminderCatchUpDays = 30;

/** Pieces whose care is computed in one pass: bounds the `IN` lists of the reads. */
const sweepBatchPieces = 500;

/** How often each instance sweeps: daily, as the issue asks; a sweep repeated adds nothing. */
export const careSweepIntervalMs = 24 * 60 * 60 * 1000;
/** The first sweep waits this long after the server starts, so it never slows a start (or a test's). */
const firstCareSweepDelayMs = 60 * 1000;

/** Warranty states of an owner who confirmed (an `active` one whose coverage ended reads `expired`). */
const confirmedStatuses: ReadonlySet<string> = new Set(['active', 'expired']);

interface HeldPiece {
  itemId: string;
  ownerId: string;
  purchasedOn: IsoDate;
  warrantyCovers: boolean;
}

/**
 * The brand's pieces held by an owner who confirmed, with their current warranty (the covering one,
 * else the latest not voided: recognition/current-warranty.ts's definition, read for all at once).
 * A piece reported stolen or lost, or destroyed, gets no reminder: only `sold` pieces.
 */
async function heldPiecesOf(db: Db, brandId: string, today: IsoDate): Promise<HeldPiece[]> {
  const rows = await db
    .selectFrom('warranties')
    .innerJoin('items', 'items.id', 'warranties.item_id')
    .innerJoin('owners', 'owners.id', 'warranties.owner_id')
    .select(['warranties.item_id', 'warranties.owner_id', 'warranties.status', 'warranties.purchase_date', 'warranties.coverage_end', 'warranties.covering_item_id', 'warranties.confirmed_at', 'owners.erased_at'])
    .where('warranties.brand_id', '=', brandId)
    .where('warranties.status', '!=', 'void')
    .where('items.status', '=', 'sold')
    .orderBy('warranties.item_id')
    .orderBy('warranties.activated_at', 'desc')
    .execute();
  const currentByItem = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const current = currentByItem.get(row.item_id);
    if (!current || (current.covering_item_id === null && row.covering_item_id !== null)) currentByItem.set(row.item_id, row);
  }
  return [...currentByItem.values()]
    // An owner who erased their account is written to no more: their piece's care waits for its next owner.
    .filter((warranty) => warranty.confirmed_at !== null && confirmedStatuses.has(warranty.status) && warranty.erased_at === null)
    .map((warranty) => ({
      itemId: warranty.item_id,
      ownerId: warranty.owner_id,
      purchasedOn: warranty.purchase_date,
      warrantyCovers: effectiveWarrantyStatus(warranty, today) === 'active',
    }));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether a reminder for care due on `dueOn` is to be drafted on `today`, `leadTimeDays` ahead. */
export function reminderTimeHasCome(dueOn: IsoDate, leadTimeDays: number, today: IsoDate): boolean {
  return !isBefore(today, addDaysToDate(dueOn, -leadTimeDays)) && !isBefore(dueOn, addDaysToDate(today, -careReminderCatchUpDays));
}

/** Drafts the brand's reminders whose time has come; answers how many this sweep added. */
export async function sweepCareReminders(db: Db, clock: Clock, brandId: string): Promise<{ drafted: number }> {
  const now = clock.now();
  const today = todayUtc(clock);
  const pieces = await heldPiecesOf(db, brandId, today);
  let drafted = 0;
  for (let start = 0; start < pieces.length; start += sweepBatchPieces) {
    const batch = pieces.slice(start, start + sweepBatchPieces);
    const dues = await careDueOfPieces(db, brandId, batch, today);
    const reminders = batch.flatMap((piece) =>
      (dues.get(piece.itemId) ?? [])
        .filter((due) => reminderTimeHasCome(due.date, due.reminderLeadTimeDays, today))
        .map((due) => ({
          id: newId('crem'),
          brand_id: brandId,
          item_id: piece.itemId,
          owner_id: piece.ownerId,
          care_kind: due.kind,
          due_on: due.date,
          status: 'draft' as const,
          drafted_at: now.toISOString(),
          untouched_since: now.toISOString(),
        })),
    );
    if (reminders.length === 0) continue;
    // The same order in every sweep: two statements inserting the same keys in opposite orders
    // could each wait for the other's row (a deadlock on PostgreSQL).
    reminders.sort((a, b) => compareText(a.item_id, b.item_id) || compareText(a.care_kind, b.care_kind) || compareText(a.due_on, b.due_on) || compareText(a.owner_id, b.owner_id));
    const inserted = await db
      .insertInto('care_reminders')
      .values(reminders)
      .onConflict((conflict) => conflict.columns(['item_id', 'care_kind', 'due_on', 'owner_id']).doNothing())
      .executeTakeFirst();
    drafted += Number(inserted.numInsertedOrUpdatedRows ?? 0n);
  }
  return { drafted };
}

const millisecondsPerDay = 86_400_000;

/**
 * Sends, or drops, the brand's drafts whose send time has come (care-reminder-send-time.ts, the
 * time customer care's queue shows), oldest due first: left untouched by customer care for
 * `care_reminder_send_after_days`, not held, not within the owner's blackout window nor their
 * quiet period. Each goes through the one sender (care-reminder-sending.ts), which sends it once
 * or drops it; the send time is computed again before each, so a reminder just sent to an owner
 * postpones their next one.
 *
 * The blackout **postpones**, it does not drop: the care is still due and the reminder exists
 * once per piece, kind, due date and owner, so a dropped one would never be written again — the
 * owner would miss the care (and perhaps a warranty condition) for having heard from the brand of
 * something else. Waiting also spaces out two reminders drafted together for one owner (two
 * pieces, or two kinds of care): the first sent starts the window for the second.
 */
export async function sendUntouchedCareReminders(deps: CareReminderSendingDeps, brandId: string): Promise<{ sent: number; dropped: number }> {
  const brand = await deps.db.selectFrom('brands').select(['care_reminder_send_after_days']).where('id', '=', brandId).executeTakeFirstOrThrow();
  const now = deps.clock.now();
  const untouchedSince = new Date(now.getTime() - brand.care_reminder_send_after_days * millisecondsPerDay).toISOString();
  const drafts = await deps.db
    .selectFrom('care_reminders')
    .select(['id', 'owner_id', 'untouched_since', 'held_at'])
    .where('brand_id', '=', brandId)
    .where('status', '=', 'draft')
    .where('held_at', 'is', null)
    .where('untouched_since', '<=', untouchedSince)
    .orderBy('due_on')
    .orderBy('id')
    .execute();
  let sent = 0;
  let dropped = 0;
  for (const draft of drafts) {
    const due = (await autoSendTimes(deps.db, brandId, [draft.owner_id], now)).get(draft.id);
    if (due === undefined || due === null || due > now) continue;
    const { outcome } = await sendCareReminder(deps, brandId, draft.id, { untouchedBy: untouchedSince });
    if (outcome === 'sent') sent += 1;
    else if (outcome === 'dropped') dropped += 1;
  }
  return { sent, dropped };
}

export interface CareSweepOutcome {
  drafted: number;
  sent: number;
  dropped: number;
}

/** Sweeps every brand of the registry, drafting then sending: what the server's daily timer runs (startCareSweeps). */
export async function sweepAllCareReminders(deps: CareReminderSendingDeps): Promise<CareSweepOutcome> {
  const brands = await deps.db.selectFrom('brands').select('id').orderBy('id').execute();
  const total: CareSweepOutcome = { drafted: 0, sent: 0, dropped: 0 };
  for (const brand of brands) {
    total.drafted += (await sweepCareReminders(deps.db, deps.clock, brand.id)).drafted;
    // Held drafts too, which the sending below passes over: the owner booked, the reminder will never go.
    const booked = await dropDraftsTheOwnerBooked(deps, brand.id);
    const { sent, dropped } = await sendUntouchedCareReminders(deps, brand.id);
    total.sent += sent;
    total.dropped += dropped + booked;
  }
  return total;
}

/**
 * Sweeps every brand now and then every `careSweepIntervalMs`; the timer never keeps the process
 * alive. Every instance runs its own: the unique key makes the extra drafts add nothing, and a
 * draft leaves `draft` once, so the extra sends send nothing. `deps.mailer` is the server's outbox
 * (App.mailer), so a reminder's e-mail is queued with its change to `sent`. Returns a stop function.
 */
export function startCareSweeps(deps: CareReminderSendingDeps, logger: Logger): () => void {
  const sweep = () => {
    sweepAllCareReminders(deps).then(
      (outcome) => logger.info('care_reminders_swept', { ...outcome }),
      (error: unknown) => logger.error('care_sweep_failed', { error: (error as Error).message }),
    );
  };
  const first = setTimeout(sweep, firstCareSweepDelayMs);
  const timer = setInterval(sweep, careSweepIntervalMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
