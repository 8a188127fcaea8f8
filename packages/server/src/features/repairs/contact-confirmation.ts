/**
 * The contact of a piece left at a retailer's counter (drop-off `retailer`) was typed by the
 * retailer's staff, not by the owner, and a mistyped address must not receive someone's repair.
 * So the booking e-mails one confirmation request (mail/templates/repair-contact-confirmation.ts),
 * carrying a tracker link, and nothing else is sent to the address until its link is used:
 *
 * - **Confirming.** The request's link is an ordinary tracker link (link-token.ts: 128 random
 *   bits, only its SHA-256 stored, in the URL fragment, opened by the tracker widget with a POST
 *   so a mail scanner fetching the page confirms nothing). A link token is only ever sent to the
 *   contact address, so the first owner operation proven with one (lookup, estimate decision,
 *   rating) shows the address reaches its holder: the contact is confirmed then. A tracking code
 *   and a typed e-mail prove knowing the address, not reading it, and confirm nothing.
 * - **Held back.** Until then, a status change mails nothing (notifications.ts); the desk's and
 *   the brand's views say `pending`. After confirming, changes mail as for any repair; the tracker
 *   already shows where the repair stands, so nothing missed is replayed.
 * - **Never confirmed.** The repair goes on: the piece is in the brand's hands and its work does not
 *   wait on an inbox. The address never gets an update; the desk sees `pending` on its list and
 *   tells the owner in person, who can still follow the repair with the tracking code from the
 *   counter receipt and the address given. The link works as long as any tracker link
 *   (`repairLinkTokenLifetimeDays`): the request is not re-sent by itself, so a wrong address is
 *   written to exactly once.
 */
import type { ContactConfirmation } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';
import type { RepairOrdersTable } from '../../db/schema.ts';
import type { ServerDeps } from '../../deps.ts';
import { consoleLogger } from '../../logger.ts';
import { renderContactConfirmationRequest } from '../../mail/templates/repair-contact-confirmation.ts';
import { trackerLink, trackerPageUrl } from './link-token.ts';

type ConfirmationColumns = Pick<RepairOrdersTable, 'drop_off_method' | 'contact_confirmed_at'>;

/** Whether the repair's contact still has to confirm the address (see above). */
export function contactConfirmationOf(repair: ConfirmationColumns): ContactConfirmation {
  if (repair.drop_off_method !== 'retailer') return 'not_required';
  return repair.contact_confirmed_at === null ? 'pending' : 'confirmed';
}

/** Inside a change's transaction: whether its e-mail must wait for the contact's confirmation. */
export async function isContactPending(tx: Db, repairId: string): Promise<boolean> {
  const repair = await tx.selectFrom('repair_orders').select(['drop_off_method', 'contact_confirmed_at']).where('id', '=', repairId).executeTakeFirstOrThrow();
  return contactConfirmationOf(repair) === 'pending';
}

/** The contact used a link e-mailed to the address: it is theirs. Only the first use records a time. */
export async function confirmContact(db: Db, repairId: string, now: Date): Promise<void> {
  await db
    .updateTable('repair_orders')
    .set({ contact_confirmed_at: now.toISOString() })
    .where('id', '=', repairId)
    .where('drop_off_method', '=', 'retailer')
    .where('contact_confirmed_at', 'is', null)
    .execute();
}

/** After the booking commits: e-mails the confirmation request with the link of `linkToken`. Never throws: the booking stands either way. */
export async function sendContactConfirmationRequest(deps: ServerDeps, repairId: string, linkToken: string): Promise<void> {
  try {
    const row = await deps.db
      .selectFrom('repair_orders')
      .innerJoin('brands', 'brands.id', 'repair_orders.brand_id')
      .innerJoin('retailers', 'retailers.id', 'repair_orders.retailer_id')
      .select([
        'repair_orders.tracking_code',
        'repair_orders.contact_email',
        'repair_orders.contact_language',
        'brands.name as brand_name',
        'brands.service_tracker_url',
        'retailers.name as retailer_name',
        'retailers.city as retailer_city',
      ])
      .where('repair_orders.id', '=', repairId)
      .executeTakeFirstOrThrow();
    const message = renderContactConfirmationRequest({
      to: row.contact_email,
      language: row.contact_language,
      brandName: row.brand_name,
      retailer: { name: row.retailer_name, city: row.retailer_city },
      link: trackerLink(trackerPageUrl(row.service_tracker_url, deps.publicUrl), row.tracking_code, linkToken),
    });
    await deps.mailer.send(message);
  } catch (error) {
    // The repair id only: no address, tracking code or link, which would confirm the address and open the tracker.
    const code = (error as { code?: unknown }).code;
    (deps.logger ?? consoleLogger).error('repair_mail_failed', {
      repairId,
      notice: 'contact_confirmation',
      error: (error as Error).name,
      errorCode: typeof code === 'string' ? code : null,
    });
  }
}
