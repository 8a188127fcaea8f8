/**
 * Customer care's queue of care reminders (GET/PATCH /v1/care-reminders…, contract:
 * care-reminders.ts): the drafts the daily sweep wrote, to review (each with its e-mail as it
 * would go), personalise (a subject line, a personal note), hold and release, send now, or drop
 * by hand with a reason; and the reminders sent and dropped.
 *
 * Every way out of `draft` is the conditional update of care-reminder-sending.ts (`… WHERE status
 * = 'draft'`), so a reminder customer care sends while the sweep sends it too goes once, and one
 * dropped by hand is never sent. Changes to a draft (personalise, hold, release) are conditional
 * on it still being a draft in the same way: a reminder sent meanwhile answers 409
 * `care_reminder_not_draft` rather than being changed after it went.
 *
 * A draft whose owner has booked the piece in is dropped (`owner_booked`) when the queue is read,
 * before it is listed — not only when the sender comes to it, which for a held draft is never:
 * customer care sees it dropped from the moment the booking exists, whichever way it was made
 * (online, at a counter, by staff), with no hook in each of them. The daily sweep drops them too,
 * for a queue nobody reads.
 */
import { careRemindersPageSize, type CareReminder, type CareReminderPersonalisation, type CareRemindersPage, type CareRemindersQuery } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';
import { decodeCursor, encodeCursor } from '../../db/keyset-cursor.ts';
import { AtelierError } from '../../errors.ts';
import { dropCareReminderByHand, dropDraftsTheOwnerBooked, previewCareReminder, sendCareReminder, type CareReminderSendingDeps } from './care-reminder-sending.ts';
import { autoSendTimes } from './care-reminder-send-time.ts';
import { lastHeardFromBrand } from './heard-from-brand.ts';

export type CareReminderQueueDeps = CareReminderSendingDeps;

function unknownReminder(): AtelierError {
  return new AtelierError('unknown_care_reminder', 'The brand has no care reminder with this id.');
}

function notADraft(): AtelierError {
  return new AtelierError('care_reminder_not_draft', 'This reminder is no longer a draft: it was sent or dropped.');
}

function remindersOf(db: Db, brandId: string) {
  return db
    .selectFrom('care_reminders as reminder')
    .innerJoin('items as item', 'item.id', 'reminder.item_id')
    .innerJoin('models as model', 'model.id', 'item.model_id')
    .innerJoin('owners as owner', 'owner.id', 'reminder.owner_id')
    .select([
      'reminder.id',
      'reminder.status',
      'reminder.care_kind',
      'reminder.due_on',
      'reminder.owner_id',
      'reminder.drafted_at',
      'reminder.untouched_since',
      'reminder.held_at',
      'reminder.personal_subject',
      'reminder.personal_note',
      'reminder.personalised_at',
      'reminder.sent_at',
      'reminder.dropped_at',
      'reminder.dropped_reason',
      'reminder.drop_note',
      'item.serial',
      'model.name as model_name',
      'model.reference as model_reference',
      'owner.name as owner_name',
      'owner.language as owner_language',
    ])
    .where('reminder.brand_id', '=', brandId);
}
type ReminderRow = Awaited<ReturnType<ReturnType<typeof remindersOf>['executeTakeFirstOrThrow']>>;

/** The reminders as the contract shows them: a draft with its e-mail as it would go and when the sweep would send it. */
async function viewsOf(deps: CareReminderQueueDeps, brandId: string, rows: readonly ReminderRow[]): Promise<CareReminder[]> {
  if (rows.length === 0) return [];
  const lastHeard = await lastHeardFromBrand(
    deps.db,
    rows.map((row) => row.owner_id),
  );
  // The sweep's own send times (every draft of these owners weighed, their quiet periods too): the day it goes out, not a copy of part of its rules.
  const sendTimes = await autoSendTimes(
    deps.db,
    brandId,
    rows.filter((row) => row.status === 'draft').map((row) => row.owner_id),
    deps.clock.now(),
  );
  const views: CareReminder[] = [];
  for (const row of rows) {
    const preview = row.status === 'draft' ? await previewCareReminder(deps, brandId, row.id) : undefined;
    const heardAt = lastHeard.get(row.owner_id);
    views.push({
      id: row.id,
      status: row.status,
      careKind: row.care_kind,
      dueOn: row.due_on,
      piece: { serial: row.serial, modelName: row.model_name, modelReference: row.model_reference },
      owner: { clientId: row.owner_id, name: row.owner_name, language: row.owner_language },
      warrantyCondition: preview?.warrantyCondition ?? null,
      personalisation: { subject: row.personal_subject, personalNote: row.personal_note, personalisedAt: row.personalised_at },
      heldAt: row.held_at,
      email: preview ? { subject: preview.mail.subject, text: preview.mail.text } : null,
      wouldBeDroppedFor: preview?.wouldBeDroppedFor ?? null,
      draftedAt: row.drafted_at,
      autoSendAt: row.status === 'draft' ? (sendTimes.get(row.id)?.toISOString() ?? null) : null,
      ownerLastHeardFromBrandAt: heardAt === undefined ? null : new Date(heardAt).toISOString(),
      sentAt: row.sent_at,
      droppedAt: row.dropped_at,
      dropReason: row.dropped_reason,
      dropNote: row.drop_note,
    });
  }
  return views;
}

const isDay = (parts: string[]) => /^\d{4}-\d{2}-\d{2}$/.test(parts[0]!);

/** A page of the brand's reminders, earliest due first, filtered as `query` says. */
export async function listCareReminders(deps: CareReminderQueueDeps, brandId: string, query: CareRemindersQuery): Promise<CareRemindersPage> {
  // Read when customer care looks, so a draft the owner has booked for shows dropped from the moment the booking exists.
  await dropDraftsTheOwnerBooked(deps, brandId);
  let selection = remindersOf(deps.db, brandId);
  if (query.status !== undefined) selection = selection.where('reminder.status', '=', query.status);
  if (query.careKind !== undefined) selection = selection.where('reminder.care_kind', '=', query.careKind);
  if (query.dueFrom !== undefined) selection = selection.where('reminder.due_on', '>=', query.dueFrom);
  if (query.dueTo !== undefined) selection = selection.where('reminder.due_on', '<=', query.dueTo);
  if (query.cursor !== undefined) {
    const [dueOn, id] = decodeCursor(query.cursor, 2, isDay) as [string, string];
    selection = selection.where((eb) => eb.or([eb('reminder.due_on', '>', dueOn), eb.and([eb('reminder.due_on', '=', dueOn), eb('reminder.id', '>', id)])]));
  }
  const rows = await selection.orderBy('reminder.due_on').orderBy('reminder.id').limit(careRemindersPageSize + 1).execute();
  const page = rows.slice(0, careRemindersPageSize);
  const last = page.at(-1);
  return { reminders: await viewsOf(deps, brandId, page), nextCursor: rows.length > careRemindersPageSize && last ? encodeCursor([last.due_on, last.id]) : null };
}

/** One of the brand's reminders; another brand's, or none, is 404 `unknown_care_reminder`. */
export async function getCareReminder(deps: CareReminderQueueDeps, brandId: string, reminderId: string): Promise<CareReminder> {
  await dropDraftsTheOwnerBooked(deps, brandId, reminderId);
  const row = await remindersOf(deps.db, brandId).where('reminder.id', '=', reminderId).executeTakeFirst();
  if (!row) throw unknownReminder();
  const [view] = await viewsOf(deps, brandId, [row]);
  return view!;
}

/** Changes the draft `reminderId` with `change` (conditional on it being a draft of the brand's); 404 or 409 otherwise. */
async function changeDraft(deps: CareReminderQueueDeps, brandId: string, reminderId: string, change: (db: Db) => Promise<boolean>): Promise<CareReminder> {
  const exists = await deps.db.selectFrom('care_reminders').select('status').where('id', '=', reminderId).where('brand_id', '=', brandId).executeTakeFirst();
  if (!exists) throw unknownReminder();
  if (!(await change(deps.db))) throw notADraft();
  return getCareReminder(deps, brandId, reminderId);
}

/**
 * Sets a draft's subject line and personal note (null takes one back; what is left out stays).
 * The sweep's wait starts again: customer care is working on it, and what it wrote is not sent
 * before it has had the brand's `care_reminder_send_after_days` to finish.
 */
export async function personaliseCareReminder(deps: CareReminderQueueDeps, brandId: string, reminderId: string, change: CareReminderPersonalisation): Promise<CareReminder> {
  const now = deps.clock.now().toISOString();
  return changeDraft(deps, brandId, reminderId, async (db) => {
    const updated = await db
      .updateTable('care_reminders')
      .set({
        ...(change.subject !== undefined && { personal_subject: change.subject }),
        ...(change.personalNote !== undefined && { personal_note: change.personalNote }),
        personalised_at: now,
        untouched_since: now,
      })
      .where('id', '=', reminderId)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    return updated.numUpdatedRows > 0n;
  });
}

/** Holds a draft: the sweep leaves it until it is released. A held draft keeps the time it was first held. */
export async function holdCareReminder(deps: CareReminderQueueDeps, brandId: string, reminderId: string): Promise<CareReminder> {
  const now = deps.clock.now().toISOString();
  return changeDraft(deps, brandId, reminderId, async (db) => {
    const updated = await db
      .updateTable('care_reminders')
      .set((eb) => ({ held_at: eb.fn.coalesce('held_at', eb.val(now)) }))
      .where('id', '=', reminderId)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    return updated.numUpdatedRows > 0n;
  });
}

/** Releases a held draft: the sweep's wait starts again from now. A draft not held is left as it is. */
export async function releaseCareReminder(deps: CareReminderQueueDeps, brandId: string, reminderId: string): Promise<CareReminder> {
  const now = deps.clock.now().toISOString();
  return changeDraft(deps, brandId, reminderId, async (db) => {
    const draft = await db.selectFrom('care_reminders').select('held_at').where('id', '=', reminderId).where('status', '=', 'draft').executeTakeFirst();
    if (!draft) return false;
    if (draft.held_at === null) return true;
    const updated = await db.updateTable('care_reminders').set({ held_at: null, untouched_since: now }).where('id', '=', reminderId).where('status', '=', 'draft').executeTakeFirst();
    return updated.numUpdatedRows > 0n;
  });
}

/** Sends a draft now through the one sender (held or not): sent once, or dropped with its reason. */
export async function sendCareReminderNow(deps: CareReminderQueueDeps, brandId: string, reminderId: string): Promise<CareReminder> {
  return changeDraft(deps, brandId, reminderId, async () => (await sendCareReminder(deps, brandId, reminderId)).outcome !== 'not_a_draft');
}

/** Drops a draft by hand with customer care's reason: never sent. */
export async function dropCareReminder(deps: CareReminderQueueDeps, brandId: string, reminderId: string, reason: string): Promise<CareReminder> {
  return changeDraft(deps, brandId, reminderId, (db) => dropCareReminderByHand(db, deps.clock, reminderId, reason));
}
