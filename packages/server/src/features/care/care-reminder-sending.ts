/**
 * The concierge sends a drafted reminder (issue 16), **exactly once**: by e-mail to the piece's
 * owner, in their language, with a booking link for the piece and a one-click unsubscribe link
 * (RFC 8058), and customer care's subject line and personal note if it wrote them — or drops it,
 * with its reason, when the piece is no longer held (stolen, lost), belongs to someone else since
 * the draft, the owner does not want service e-mails (their choice `none`, or an unsubscribe link),
 * its care was done meanwhile, or the owner booked care for it; while the owner's quiet period
 * covers the day it waits, a draft still. The one sender: the daily sweep and customer care's
 * "send now" both call `sendCareReminder`, and the queue's preview renders with the same `mailOf`.
 *
 * What makes it once: the reminder leaves `draft` by one conditional update (`… WHERE status =
 * 'draft'`) in the same unit of work that queues its e-mail (mail/outbox.ts) and stores its
 * unsubscribe token. Of two senders at once, on PostgreSQL the second's update waits for the first's
 * row lock, then finds the row no longer a draft and changes nothing (its unit rolls back, queuing
 * nothing); SQLite takes the write lock for the whole unit. An e-mail queued is sent once the unit
 * commits, or by the outbox's sweep after a crash: never without the reminder marked sent, and
 * never twice for one reminder.
 */
import { createHash, randomBytes } from 'node:crypto';
import { reminderLeadTimeMaxDays } from '@atelier/client/contract';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { CareReminderDropReason } from '../../db/schema.ts';
import { runUnitOfWork } from '../../db/unit-of-work.ts';
import type { Mailer, MailMessage } from '../../mail/mailer.ts';
import { renderCareReminder } from '../../mail/templates/care-reminder.ts';
import { quietPeriodCovering } from '../owner-preferences/preferences.ts';
import { currentWarranty } from '../recognition/current-warranty.ts';
import { addDaysToDate, isBefore, todayUtc } from '../shared/calendar.ts';
import { effectiveWarrantyStatus } from '../warranties/warranty-view.ts';
import { careDueOfPieces, type PieceCareDue } from './care-due.ts';

export interface CareReminderSendingDeps {
  db: Db;
  /** The outbox in the server (the e-mail is queued with the unit of work); a transport in a test. */
  mailer: Mailer;
  clock: Clock;
  /** Where the brand site lives (`PUBLIC_URL`): the example booking page, for a brand without its own. */
  publicUrl: string;
  /** The API's origin (`PUBLIC_ORIGIN`): the unsubscribe link points to it. */
  publicOrigin: string;
}

/**
 * `deferred`: the owner's quiet period covers today (owner-preferences): the reminder stays a
 * draft, and goes out once the period is over (the sweep tries again daily).
 */
export type CareReminderOutcome =
  | { outcome: 'sent' }
  | { outcome: 'dropped'; reason: CareReminderDropReason }
  | { outcome: 'deferred'; until: string }
  | { outcome: 'not_a_draft' };

const unsubscribeTokenBytes = 32;
/** The example site's booking page, under `PUBLIC_URL`, for a brand without `repair_page_url_template`. */
const defaultBookingPagePath = '/repair.html';

/** The stored form of an unsubscribe token: its SHA-256 (the token has 256 random bits, no salt needed). */
export function hashUnsubscribeToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The page that books care for the piece, its serial filled in: the brand's service page (the
 * template the Digital Link resolver sends `gs1:serviceInfo` to, `{serial}`/`{gtin}` filled), else
 * the example site's booking page, which reads `?serial=` (as the resolver's links to it do).
 */
export function bookingLink(template: string | null, publicUrl: string, serial: string, gtin: string | null): string {
  if (template) return template.replaceAll('{serial}', encodeURIComponent(serial)).replaceAll('{gtin}', gtin ?? '');
  return `${publicUrl.replace(/\/$/, '')}${defaultBookingPagePath}?serial=${encodeURIComponent(serial)}`;
}

/** Whether the owner's latest word on service e-mails is yes (consents are a history: the latest row counts). */
async function wantsServiceEmails(db: Db, ownerId: string): Promise<boolean> {
  const latest = await db
    .selectFrom('consents')
    .select('granted')
    .where('owner_id', '=', ownerId)
    .where('channel', '=', 'email')
    .where('purpose', '=', 'service')
    .orderBy('recorded_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return latest?.granted === 1;
}

/**
 * For the daily sweep: the draft is sent only if it is still left to the sweep — not held, and
 * untouched since `untouchedBy` — when it leaves `draft`, so a hold or a personalisation that
 * customer care makes while the sweep runs wins.
 */
export interface LeftToTheSweep {
  untouchedBy: string;
}

/** Moves the reminder out of `draft`, if it still is one (and still left to the sweep, for the sweep); false when another sender did first. */
async function leaveDraft(
  db: Db,
  reminderId: string,
  change: { status: 'sent'; sent_at: string } | { status: 'dropped'; dropped_at: string; dropped_reason: CareReminderDropReason; drop_note?: string },
  leftToTheSweep?: LeftToTheSweep,
): Promise<boolean> {
  let update = db.updateTable('care_reminders').set(change).where('id', '=', reminderId).where('status', '=', 'draft');
  if (leftToTheSweep) update = update.where('held_at', 'is', null).where('untouched_since', '<=', leftToTheSweep.untouchedBy);
  const updated = await update.executeTakeFirst();
  return updated.numUpdatedRows > 0n;
}

/** The reminder as the sender and the queue's preview read it: the piece, its owner, the brand, customer care's words. */
async function draftOf(db: Db, brandId: string, reminderId: string) {
  return db
    .selectFrom('care_reminders')
    .innerJoin('items', 'items.id', 'care_reminders.item_id')
    .innerJoin('models', 'models.id', 'items.model_id')
    .innerJoin('brands', 'brands.id', 'care_reminders.brand_id')
    .innerJoin('owners', 'owners.id', 'care_reminders.owner_id')
    .select([
      'care_reminders.item_id',
      'care_reminders.owner_id',
      'care_reminders.care_kind',
      'care_reminders.due_on',
      'care_reminders.drafted_at',
      'care_reminders.personal_subject',
      'care_reminders.personal_note',
      'items.serial',
      'items.gtin',
      'items.status as item_status',
      'models.name as model_name',
      'brands.name as brand_name',
      'brands.repair_page_url_template',
      'owners.name as owner_name',
      'owners.email',
      'owners.language',
    ])
    .where('care_reminders.id', '=', reminderId)
    .where('care_reminders.brand_id', '=', brandId)
    .where('care_reminders.status', '=', 'draft')
    .executeTakeFirst();
}
type Draft = NonNullable<Awaited<ReturnType<typeof draftOf>>>;

/** Repair states of a repair still under way: the piece is in the brand's hands. */
const closedRepairStatuses = ['returned', 'cancelled'] as const;

/**
 * Whether the owner booked care for the piece, so the reminder would ask for what is already
 * asked: a repair of the piece (not cancelled) booked since the reminder's time came — from its
 * lead time before the due date, or its drafting if earlier — or any repair of it still under way.
 */
async function ownerBooked(db: Db, draft: Draft, leadTimeDays: number | undefined): Promise<boolean> {
  const leadTimeStart = leadTimeDays === undefined ? draft.drafted_at : `${addDaysToDate(draft.due_on, -leadTimeDays)}T00:00:00.000Z`;
  const since = leadTimeStart < draft.drafted_at ? leadTimeStart : draft.drafted_at;
  const booking = await db
    .selectFrom('repair_orders')
    .select('id')
    .where('item_id', '=', draft.item_id)
    .where('status', '!=', 'cancelled')
    .where((eb) => eb.or([eb('created_at', '>=', since), eb('status', 'not in', closedRepairStatuses)]))
    .executeTakeFirst();
  return booking !== undefined;
}

/** The care due now for the draft's piece and kind (its warranty condition, its lead time), and why the draft may not go, if so. */
async function checkDraft(deps: Pick<CareReminderSendingDeps, 'db' | 'clock'>, brandId: string, draft: Draft): Promise<{ due: PieceCareDue | undefined; dropReason: CareReminderDropReason | undefined }> {
  const { db } = deps;
  const today = todayUtc(deps.clock);
  const warranty = await currentWarranty(db, draft.item_id);
  const warrantyCovers = warranty !== undefined && effectiveWarrantyStatus(warranty, today) === 'active';
  // The care's due date moved on (a service closed in Atelier since the draft): its own reminder will come.
  const due = warranty ? (await careDueOfPieces(db, brandId, [{ itemId: draft.item_id, purchasedOn: warranty.purchase_date, warrantyCovers }], today)).get(draft.item_id)?.find((candidate) => candidate.kind === draft.care_kind) : undefined;
  let dropReason: CareReminderDropReason | undefined;
  if (draft.item_status !== 'sold') dropReason = 'piece_not_held';
  else if (warranty?.owner_id !== draft.owner_id || (warranty.status !== 'active' && warranty.status !== 'expired')) dropReason = 'piece_transferred';
  else if (!(await wantsServiceEmails(db, draft.owner_id))) dropReason = 'no_service_consent';
  else if (due && isBefore(draft.due_on, due.date)) dropReason = 'care_done';
  else if (await ownerBooked(db, draft, due?.date === draft.due_on ? due.reminderLeadTimeDays : undefined)) dropReason = 'owner_booked';
  return { due, dropReason };
}

/** The e-mail of `draft`, with the unsubscribe link given (the real one when sending, a stand-in in a preview). */
function mailOf(deps: Pick<CareReminderSendingDeps, 'publicUrl'>, draft: Draft, due: PieceCareDue | undefined, unsubscribeUrl: string): MailMessage {
  return renderCareReminder({
    to: draft.email,
    language: draft.language,
    recipientName: draft.owner_name,
    brandName: draft.brand_name,
    modelName: draft.model_name,
    serial: draft.serial,
    careKind: draft.care_kind,
    dueOn: draft.due_on,
    warrantyCondition: due?.date === draft.due_on ? due.warrantyCondition : null,
    bookingLink: bookingLink(draft.repair_page_url_template, deps.publicUrl, draft.serial, draft.gtin),
    unsubscribeUrl,
    personalSubject: draft.personal_subject,
    personalNote: draft.personal_note,
  });
}

/** Where a draft's preview says its unsubscribe link goes: the link itself is made, with its secret, when it is sent. */
export function unsubscribeLinkStandIn(publicOrigin: string): string {
  return `${publicOrigin.replace(/\/$/, '')}/v1/unsubscribe/…`;
}

/**
 * A draft's e-mail as it would go now (the unsubscribe link a stand-in), its warranty condition,
 * and why it would be dropped if sent now: what customer care reviews. Undefined when the reminder is not a draft of the brand's.
 */
export async function previewCareReminder(
  deps: Pick<CareReminderSendingDeps, 'db' | 'clock' | 'publicUrl' | 'publicOrigin'>,
  brandId: string,
  reminderId: string,
): Promise<{ mail: MailMessage; warrantyCondition: { text: string; lapsesAfter: string } | null; wouldBeDroppedFor: CareReminderDropReason | null } | undefined> {
  const draft = await draftOf(deps.db, brandId, reminderId);
  if (!draft) return undefined;
  const { due, dropReason } = await checkDraft(deps, brandId, draft);
  const mail = mailOf(deps, draft, due, unsubscribeLinkStandIn(deps.publicOrigin));
  return { mail, warrantyCondition: due?.date === draft.due_on ? due.warrantyCondition : null, wouldBeDroppedFor: dropReason ?? null };
}

/** Sends the reminder `reminderId` of `brandId`, or drops it; a reminder no longer a draft (or no longer left to the sweep, for the sweep) is left as it is. */
export async function sendCareReminder(deps: CareReminderSendingDeps, brandId: string, reminderId: string, leftToTheSweep?: LeftToTheSweep): Promise<CareReminderOutcome> {
  const { db } = deps;
  return runUnitOfWork(db, async (): Promise<CareReminderOutcome> => {
    const now = deps.clock.now();
    const draft = await draftOf(db, brandId, reminderId);
    if (!draft) return { outcome: 'not_a_draft' };
    const { due, dropReason } = await checkDraft(deps, brandId, draft);
    if (dropReason) {
      const dropped = await leaveDraft(db, reminderId, { status: 'dropped', dropped_at: now.toISOString(), dropped_reason: dropReason }, leftToTheSweep);
      return dropped ? { outcome: 'dropped', reason: dropReason } : { outcome: 'not_a_draft' };
    }
    const quiet = await quietPeriodCovering(db, draft.owner_id, todayUtc(deps.clock));
    if (quiet) return { outcome: 'deferred', until: quiet.until };
    if (!(await leaveDraft(db, reminderId, { status: 'sent', sent_at: now.toISOString() }, leftToTheSweep))) return { outcome: 'not_a_draft' };

    // The token exists only in the e-mail; the database keeps its hash, no log names it.
    const token = randomBytes(unsubscribeTokenBytes).toString('base64url');
    await db.insertInto('unsubscribe_tokens').values({ token_hash: hashUnsubscribeToken(token), owner_id: draft.owner_id, purpose: 'service', created_at: now.toISOString() }).execute();
    await deps.mailer.send(mailOf(deps, draft, due, `${deps.publicOrigin.replace(/\/$/, '')}/v1/unsubscribe/${token}`));
    return { outcome: 'sent' };
  });
}

/**
 * Drops, as `owner_booked`, the brand's drafts (or the one draft `reminderId`) whose owner has
 * booked the piece in since — by the sender's own rule (`checkDraft`: the same reasons in the same
 * order, so a draft that would be dropped for another reason first is left to the sender) — held
 * ones included, which the sweep never sends: customer care's queue then shows them dropped rather
 * than asking for a review of a reminder that will never go. Called when the queue is read and by
 * the daily sweep (care-reminder-queue.ts, care-sweep.ts). Each drop is the conditional update out
 * of `draft`, in a unit of work with its check, as a send is. A booking cancelled later does not
 * bring the reminder back: the owner knows the care is due. Answers how many it dropped.
 */
export async function dropDraftsTheOwnerBooked(deps: Pick<CareReminderSendingDeps, 'db' | 'clock'>, brandId: string, reminderId?: string): Promise<number> {
  const { db } = deps;
  // Only drafts of a piece with a booking that may count (not cancelled; under way, or made since the
  // earliest day a reminder's time can come) are checked one by one.
  let candidates = db
    .selectFrom('care_reminders as reminder')
    .innerJoin('repair_orders as repair', 'repair.item_id', 'reminder.item_id')
    .select(['reminder.id', 'reminder.due_on', 'repair.created_at', 'repair.status'])
    .where('reminder.brand_id', '=', brandId)
    .where('reminder.status', '=', 'draft')
    .where('repair.status', '!=', 'cancelled');
  if (reminderId !== undefined) candidates = candidates.where('reminder.id', '=', reminderId);
  const rows = await candidates.execute();
  const ids = new Set(
    rows
      .filter((row) => !(closedRepairStatuses as readonly string[]).includes(row.status) || row.created_at >= `${addDaysToDate(row.due_on, -reminderLeadTimeMaxDays)}T00:00:00.000Z`)
      .map((row) => row.id),
  );
  let dropped = 0;
  for (const id of [...ids].sort()) {
    const done = await runUnitOfWork(db, async () => {
      const draft = await draftOf(db, brandId, id);
      if (!draft) return false;
      const { dropReason } = await checkDraft(deps, brandId, draft);
      if (dropReason !== 'owner_booked') return false;
      return leaveDraft(db, id, { status: 'dropped', dropped_at: deps.clock.now().toISOString(), dropped_reason: 'owner_booked' });
    });
    if (done) dropped += 1;
  }
  return dropped;
}

/**
 * Drops a draft by hand, with customer care's words, by the same conditional update as every way
 * out of `draft`: false when it was no longer a draft (sent or dropped meanwhile), and then it
 * stays as it is.
 */
export async function dropCareReminderByHand(db: Db, clock: Clock, reminderId: string, note: string): Promise<boolean> {
  return leaveDraft(db, reminderId, { status: 'dropped', dropped_at: clock.now().toISOString(), dropped_reason: 'by_customer_care', drop_note: note });
}
