/**
 * Booking a repair (publishable key, a retailer's key or staff): the piece, the service at a centre
 * that offers it, a boutique drop-off slot, mail-in or the booking retailer's counter, and the
 * contact (confirmed by e-mail first when typed at a counter: contact-confirmation.ts). A slot's places are taken by one
 * conditional update (`booked < capacity`), so concurrent bookings can never overfill it, on
 * either database: PostgreSQL re-checks the condition after waiting for the row's lock, SQLite
 * has a single writer. Who may book how often, and the flag a stranger's booking carries:
 * booking-limits.ts.
 */
import type { ParsedRequestOf, RepairTracker, bookRepair as bookRepairOperation } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';
import type { ServerDeps } from '../../deps.ts';
import { AtelierError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import { findBrandItem } from '../shared/brand-item.ts';
import { isUniqueViolation } from '../shared/unique-violation.ts';
import { findCentreOffering } from '../service-network/centres.ts';
import { normalizeEmail } from '../../email-address.ts';
import { noteForRetailerOfRecord } from '../retailer-notes/notes.ts';
import { countBooking, findRegisteredOwner, type BookingCaller } from './booking-limits.ts';
import { sendContactConfirmationRequest } from './contact-confirmation.ts';
import { issueLinkToken } from './link-token.ts';
import { prepareOwnerNotice, sendOwnerNotice, type PendingOwnerNotice } from './notifications.ts';
import { newTrackingCode } from './tracking-code.ts';
import { loadRepairTracker } from './views.ts';

type BookingInput = ParsedRequestOf<typeof bookRepairOperation>;

/** Attempts at a fresh tracking code: with 60 random bits a second one is already astronomically unlikely. */
const trackingCodeAttempts = 3;

function slotError(code: 'unknown_slot' | 'slot_full'): AtelierError {
  const message =
    code === 'slot_full' ? 'This drop-off slot is fully booked. Choose another one, or send the piece by post.' : 'This centre has no upcoming drop-off slot with this id.';
  return new AtelierError(code, message, { fieldErrors: [{ path: 'dropOff.slotId', code, message }] });
}

/** Takes one place in the slot, or refuses: unknown, past or another centre's slot, or full. */
async function takeSlotPlace(tx: Db, centreId: string, slotId: string, now: Date): Promise<void> {
  const taken = await tx
    .updateTable('drop_off_slots')
    .set((eb) => ({ booked: eb('booked', '+', 1) }))
    .where('id', '=', slotId)
    .where('service_centre_id', '=', centreId)
    .where('starts_at', '>', now.toISOString())
    .where((eb) => eb('booked', '<', eb.ref('capacity')))
    .executeTakeFirst();
  if (taken.numUpdatedRows > 0n) return;
  const slot = await tx
    .selectFrom('drop_off_slots')
    .select('id')
    .where('id', '=', slotId)
    .where('service_centre_id', '=', centreId)
    .where('starts_at', '>', now.toISOString())
    .executeTakeFirst();
  throw slotError(slot ? 'slot_full' : 'unknown_slot');
}

/** Only a retailer's caller can leave a piece at its own counter: anyone else is told which field. */
function counterDropOffRefused(): AtelierError {
  const message = 'Only a retailer’s staff or key can take a piece in at its counter: choose a drop-off slot or mail-in.';
  return new AtelierError('validation_failed', message, { fieldErrors: [{ path: 'dropOff.method', code: 'invalid_value', message }] });
}

/**
 * `caller`: who sent the booking through the API, whose bookings are limited (booking-limits.ts);
 * absent only for in-process bookings (tests), which are nobody's to limit.
 */
export async function bookRepair(deps: ServerDeps, brandId: string, input: BookingInput, caller?: BookingCaller): Promise<RepairTracker> {
  const atCounter = input.dropOff.method === 'retailer';
  if (atCounter && caller?.retailerId === undefined) throw counterDropOffRefused();
  const item = await findBrandItem(deps.db, brandId, input.serial, ['id', 'status']);
  // A stolen or lost piece is still taken in, so staff can recover it; the person booking is not told.
  if (item.status === 'destroyed') {
    throw new AtelierError('item_unavailable', 'This piece is recorded as destroyed and cannot be serviced.', {
      fieldErrors: [{ path: 'serial', code: 'item_unavailable', message: 'This piece cannot be serviced.' }],
    });
  }
  const centre = await findCentreOffering(deps.db, brandId, input.serviceCentreId, input.serviceType);
  const now = deps.clock.now();
  const contactEmailNormalized = normalizeEmail(input.contact.email);
  const owner = await findRegisteredOwner(deps.db, item.id);
  const byOwner = owner?.emailNormalized === contactEmailNormalized;

  for (let attempt = 1; ; attempt += 1) {
    const repairId = newId('rep');
    let notice: PendingOwnerNotice | null;
    let confirmationToken: string | null;
    try {
      ({ notice, confirmationToken } = await deps.db.transaction().execute(async (tx) => {
        // First, and a write: on SQLite the transaction takes the write lock at once, never after a read.
        if (caller) await countBooking(tx, now, { brandId, itemId: item.id, contactEmailNormalized, byOwner }, caller);
        if (input.dropOff.method === 'slot') await takeSlotPlace(tx, centre.id, input.dropOff.slotId, now);
        await tx
          .insertInto('repair_orders')
          .values({
            id: repairId,
            brand_id: brandId,
            tracking_code: newTrackingCode(),
            item_id: item.id,
            service_type: input.serviceType,
            description: input.description,
            service_centre_id: centre.id,
            drop_off_method: input.dropOff.method,
            drop_off_slot_id: input.dropOff.method === 'slot' ? input.dropOff.slotId : null,
            retailer_id: caller?.retailerId ?? null,
            contact_confirmed_at: null,
            contact_name: input.contact.name,
            contact_email: input.contact.email,
            contact_email_normalized: contactEmailNormalized,
            contact_language: input.contact.language,
            flagged_item_status: item.status === 'stolen' || item.status === 'lost' ? item.status : null,
            booked_by_non_owner: owner !== undefined && !byOwner ? 1 : 0,
            status: 'requested',
            promised_date: null,
            ready_at: null,
            rating_score: null,
            rating_comment: null,
            rated_at: null,
            created_at: now.toISOString(),
          })
          .execute();
        await tx
          .insertInto('repair_status_changes')
          .values({ id: newId('rsc'), repair_id: repairId, sequence: 1, from_status: null, to_status: 'requested', note: null, changed_at: now.toISOString() })
          .execute();
        if (caller?.retailerId !== undefined) {
          // A retailer taking the piece in tells its retailer of record, when that is another.
          const intake = { brandId, itemId: item.id, servingRetailerId: caller.retailerId, kind: 'repair_intake' as const, detail: input.serviceType, occurredAt: now.toISOString() };
          await noteForRetailerOfRecord(tx, intake, now);
        }
        // At a counter the address is someone else's typing: the first e-mail only asks to confirm it (the booking notice is held back).
        return {
          notice: await prepareOwnerNotice(tx, repairId, 'requested', now),
          confirmationToken: atCounter ? await issueLinkToken(tx, repairId, now) : null,
        };
      }));
    } catch (error) {
      // Only a tracking-code collision can violate a unique index here; the transaction is rolled back, slot place included.
      if (isUniqueViolation(error) && attempt < trackingCodeAttempts) continue;
      throw error;
    }
    await sendOwnerNotice(deps, notice);
    if (confirmationToken !== null) await sendContactConfirmationRequest(deps, repairId, confirmationToken);
    return loadRepairTracker(deps.db, deps.clock, repairId);
  }
}
