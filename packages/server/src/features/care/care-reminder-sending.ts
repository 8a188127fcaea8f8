/**
 * The concierge sends a drafted reminder (issue 16), **exactly once**: by e-mail to the piece's
 * owner, in their language, with a booking link for the piece and a one-click unsubscribe link
 * (RFC 8058) — or drops it, with its reason, when the piece is no longer held (stolen, lost),
 * belongs to someone else since the draft, its care was done meanwhile, or the owner does not want
 * service e-mails (their choice `none`, or an unsubscribe link); while the owner's quiet period
 * covers the day it waits, a draft still.
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
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { CareReminderDropReason } from '../../db/schema.ts';
import { runUnitOfWork } from '../../db/unit-of-work.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { renderCareReminder } from '../../mail/templates/care-reminder.ts';
import { quietPeriodCovering } from '../owner-preferences/preferences.ts';
import { currentWarranty } from '../recognition/current-warranty.ts';
import { isBefore, todayUtc } from '../shared/calendar.ts';
import { effectiveWarrantyStatus } from '../warranties/warranty-view.ts';
import { careDueOfPieces } from './care-due.ts';

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

/** Moves the reminder out of `draft`, if it still is one; false when another sender did first. */
async function leaveDraft(db: Db, reminderId: string, change: { status: 'sent'; sent_at: string } | { status: 'dropped'; dropped_at: string; dropped_reason: CareReminderDropReason }): Promise<boolean> {
  const updated = await db.updateTable('care_reminders').set(change).where('id', '=', reminderId).where('status', '=', 'draft').executeTakeFirst();
  return updated.numUpdatedRows > 0n;
}

/** Sends the reminder `reminderId` of `brandId`, or drops it; a reminder no longer a draft is left as it is. */
export async function sendCareReminder(deps: CareReminderSendingDeps, brandId: string, reminderId: string): Promise<CareReminderOutcome> {
  const { db } = deps;
  return runUnitOfWork(db, async (): Promise<CareReminderOutcome> => {
    const now = deps.clock.now();
    const today = todayUtc(deps.clock);
    const reminder = await db
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
    if (!reminder) return { outcome: 'not_a_draft' };

    const warranty = await currentWarranty(db, reminder.item_id);
    const warrantyCovers = warranty !== undefined && effectiveWarrantyStatus(warranty, today) === 'active';
    let dropReason: CareReminderDropReason | undefined;
    if (reminder.item_status !== 'sold') dropReason = 'piece_not_held';
    else if (warranty?.owner_id !== reminder.owner_id || (warranty.status !== 'active' && warranty.status !== 'expired')) dropReason = 'piece_transferred';
    else if (!(await wantsServiceEmails(db, reminder.owner_id))) dropReason = 'no_service_consent';
    // The care's due date moved on (a service closed in Atelier since the draft): its own reminder will come.
    const due = warranty ? (await careDueOfPieces(db, brandId, [{ itemId: reminder.item_id, purchasedOn: warranty.purchase_date, warrantyCovers }], today)).get(reminder.item_id)?.find((candidate) => candidate.kind === reminder.care_kind) : undefined;
    if (!dropReason && due && isBefore(reminder.due_on, due.date)) dropReason = 'care_done';

    if (dropReason) {
      const dropped = await leaveDraft(db, reminderId, { status: 'dropped', dropped_at: now.toISOString(), dropped_reason: dropReason });
      return dropped ? { outcome: 'dropped', reason: dropReason } : { outcome: 'not_a_draft' };
    }
    const quiet = await quietPeriodCovering(db, reminder.owner_id, today);
    if (quiet) return { outcome: 'deferred', until: quiet.until };
    if (!(await leaveDraft(db, reminderId, { status: 'sent', sent_at: now.toISOString() }))) return { outcome: 'not_a_draft' };

    // The token exists only in the e-mail; the database keeps its hash, no log names it.
    const token = randomBytes(unsubscribeTokenBytes).toString('base64url');
    await db.insertInto('unsubscribe_tokens').values({ token_hash: hashUnsubscribeToken(token), owner_id: reminder.owner_id, purpose: 'service', created_at: now.toISOString() }).execute();
    await deps.mailer.send(
      renderCareReminder({
        to: reminder.email,
        language: reminder.language,
        recipientName: reminder.owner_name,
        brandName: reminder.brand_name,
        modelName: reminder.model_name,
        serial: reminder.serial,
        careKind: reminder.care_kind,
        dueOn: reminder.due_on,
        warrantyCondition: due?.date === reminder.due_on ? due.warrantyCondition : null,
        bookingLink: bookingLink(reminder.repair_page_url_template, deps.publicUrl, reminder.serial, reminder.gtin),
        unsubscribeUrl: `${deps.publicOrigin.replace(/\/$/, '')}/v1/unsubscribe/${token}`,
      }),
    );
    return { outcome: 'sent' };
  });
}
