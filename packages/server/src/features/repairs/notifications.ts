/**
 * E-mails to a repair's owner, in the language they booked in, each with a fresh tracker link.
 *
 * Which changes mail: those the owner acts on or waits for — booked, received (the promised
 * date), awaiting approval (the estimate), approved and declined (an acknowledgement of their own
 * decision), ready, returned (warranty extension, rating) and cancelled. Not `diagnosed` (the
 * estimate that follows is the news; a diagnosis alone asks nothing of the owner), `in_repair`
 * (the approval mail already said work begins) nor `quality_control` (an internal check that may
 * send the piece back to the bench: mailing it would announce progress that can be undone).
 *
 * A piece left at a retailer's counter mails nothing until its contact confirmed the address
 * (contact-confirmation.ts): the address was typed by someone else and may be anyone's.
 *
 * A mail is sent after the change is committed and never undoes it: a failure is logged, without
 * personal data, and the repair stays where it was moved. The link token is minted inside the
 * change's transaction, so a rolled-back change leaves no working link behind.
 */
import type { RepairOrder, RepairStatus } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';
import type { ServerDeps } from '../../deps.ts';
import { consoleLogger } from '../../logger.ts';
import { renderRepairUpdate, type RepairNotice } from '../../mail/templates/repair-update.ts';
import type { RepairNoticeKind } from '../../mail/templates/repair-update.strings.ts';
import { findRegisteredOwner } from './booking-limits.ts';
import { isContactPending } from './contact-confirmation.ts';
import { issueLinkToken, trackerLink, trackerPageUrl } from './link-token.ts';
import { loadRepairOrder } from './views.ts';

const noticeByStatus: Readonly<Partial<Record<RepairStatus, RepairNoticeKind>>> = {
  requested: 'booked',
  received: 'received',
  awaiting_approval: 'awaiting_approval',
  approved: 'approved',
  declined: 'declined',
  ready: 'ready',
  returned: 'returned',
  cancelled: 'cancelled',
};

/** The e-mail a move into `status` sends its owner, or null for the staff-internal ones. */
function ownerNoticeFor(status: RepairStatus): RepairNoticeKind | null {
  return noticeByStatus[status] ?? null;
}

/** A notice ready to send once its change commits: which one, and the link token minted for it. */
export interface PendingOwnerNotice {
  repairId: string;
  kind: RepairNoticeKind;
  linkToken: string;
}

/** Inside the change's transaction: the notice a move into `status` sends, with its link token, or null (none, or held back). */
export async function prepareOwnerNotice(tx: Db, repairId: string, status: RepairStatus, now: Date): Promise<PendingOwnerNotice | null> {
  const kind = ownerNoticeFor(status);
  if (kind === null) return null;
  if (await isContactPending(tx, repairId)) return null;
  return { repairId, kind, linkToken: await issueLinkToken(tx, repairId, now) };
}

/** What the notice says, read from the repair as it now stands. */
function noticeContent(kind: RepairNoticeKind, order: RepairOrder): RepairNotice {
  // A centre's address is written whole, city included, as on an envelope.
  const centre = { name: order.centre.name, address: order.centre.address, timeZone: order.centre.timeZone };
  switch (kind) {
    case 'booked': {
      const slot = order.dropOff.slot;
      if (order.dropOff.method === 'retailer') throw new Error('A counter drop-off is announced by its confirmation request, not a booking notice.');
      return {
        kind,
        centre,
        dropOff: slot ? { method: 'slot', startsAt: slot.startsAt, endsAt: slot.endsAt } : { method: 'mail_in', instructions: order.dropOff.mailInInstructions ?? '' },
      };
    }
    case 'received':
      // Set on receipt, from the centre's turnaround; a staff override is what the tracker shows too.
      return { kind, promisedDate: order.promisedDate ?? '' };
    case 'awaiting_approval': {
      const estimate = order.estimate;
      if (estimate === null) throw new Error('A repair awaiting approval has an estimate.');
      return { kind, estimate };
    }
    case 'ready': {
      const retailer = order.dropOff.retailer;
      if (retailer) return { kind, collection: 'retailer', retailer: { name: retailer.name, city: retailer.city } };
      return order.dropOff.method === 'slot' ? { kind, collection: 'boutique', centre } : { kind, collection: 'shipping' };
    }
    case 'returned': {
      // Only a return through the workshop extends the warranty; a declined piece comes back as it went in.
      const serviced = order.history.some((change) => change.from === 'ready' && change.to === 'returned');
      return { kind, warrantyCoverageEnd: serviced && order.warranty ? order.warranty.coverageEnd : null };
    }
    case 'approved':
    case 'declined':
    case 'cancelled':
      return { kind };
  }
}

/** After commit: renders and sends the notice. Never throws: the change it announces stands either way. */
export async function sendOwnerNotice(deps: ServerDeps, pending: PendingOwnerNotice | null): Promise<void> {
  if (pending === null) return;
  try {
    const order = await loadRepairOrder(deps.db, deps.clock, pending.repairId);
    const context = await deps.db
      .selectFrom('repair_orders')
      .innerJoin('brands', 'brands.id', 'repair_orders.brand_id')
      .innerJoin('items', 'items.id', 'repair_orders.item_id')
      .innerJoin('models', 'models.id', 'items.model_id')
      .select(['brands.name as brand_name', 'brands.service_tracker_url', 'models.name as model_name', 'repair_orders.item_id', 'repair_orders.contact_email_normalized'])
      .where('repair_orders.id', '=', pending.repairId)
      .executeTakeFirstOrThrow();
    // The name typed at booking is anyone's words to anyone's address: only the registered owner is
    // greeted by name, the one the brand holds; everyone else without one (booking-limits.ts).
    const owner = await findRegisteredOwner(deps.db, context.item_id);
    const message = renderRepairUpdate({
      to: order.contact.email,
      language: order.contact.language,
      recipientName: owner?.emailNormalized === context.contact_email_normalized ? owner.name : null,
      brandName: context.brand_name,
      modelName: context.model_name,
      serial: order.serial,
      trackingCode: order.trackingCode,
      serviceType: order.serviceType,
      link: trackerLink(trackerPageUrl(context.service_tracker_url, deps.publicUrl), order.trackingCode, pending.linkToken),
      notice: noticeContent(pending.kind, order),
    });
    await deps.mailer.send(message);
  } catch (error) {
    // The repair id only: no address, name, tracking code or link, which would open the tracker.
    const code = (error as { code?: unknown }).code;
    (deps.logger ?? consoleLogger).error('repair_mail_failed', {
      repairId: pending.repairId,
      notice: pending.kind,
      error: (error as Error).name,
      errorCode: typeof code === 'string' ? code : null,
    });
  }
}
