/**
 * Who books a repair, and how often (issue 11). A booking needs no proof of owning the piece (the
 * owner may have lost the papers; a jeweller books for a customer), yet each one makes the brand
 * e-mail the contact address. So:
 *
 * - A booking whose contact e-mail is not the piece's registered owner's is taken, and flagged to
 *   the service desk (`bookedByNonOwner`), which checks who brings the piece in; the owner is not
 *   made to confirm first, which would stall every honest booking made for them.
 * - Bookings are limited exactly (`repairBookingLimits`, limits.ts): per piece, the owner's own
 *   not counted; per contact e-mail; per key and client network. They are counted first in the
 *   booking's own transaction, so concurrent bookings on any number of instances never pass a
 *   budget, and a booking refused or rolled back (slot full) counts nothing.
 * - The e-mails greet the contact by name only when they are the registered owner, with the
 *   name the brand holds (notifications.ts): a stranger's words never reach anyone's inbox.
 */
import { createHash } from 'node:crypto';
import { actorScopeOf } from '../../http/principal.ts';
import { countAttempt, type AttemptBudget } from '../../attempt-limits.ts';
import type { Db } from '../../db/database.ts';
import { AtelierError } from '../../errors.ts';
import type { Caller } from '../../http/operation-route.ts';
import { repairBookingLimits, type AttemptLimit } from '../../limits.ts';

/**
 * Who sent a booking through the API: what the per-network budget counts, and the retailer a
 * retailer principal books for (the piece is left with it; the repair is among its own).
 */
export type BookingCaller = Pick<Caller, 'actor' | 'clientNetwork'> & { retailerId?: string };

export interface RegisteredOwner {
  name: string;
  emailNormalized: string;
}

/** The owner of the piece's confirmed warranty; undefined when nobody has confirmed one. */
export async function findRegisteredOwner(db: Db, itemId: string): Promise<RegisteredOwner | undefined> {
  const owner = await db
    .selectFrom('warranties')
    .innerJoin('owners', 'owners.id', 'warranties.owner_id')
    .select(['owners.name', 'owners.email_normalized'])
    .where('warranties.covering_item_id', '=', itemId)
    .where('warranties.status', '=', 'active')
    .executeTakeFirst();
  return owner && { name: owner.name, emailNormalized: owner.email_normalized };
}

/** A contact as its counter names it: hashed, so the counters hold no e-mail address. */
function contactSubject(brandId: string, contactEmailNormalized: string): string {
  return createHash('sha256').update(`${brandId}\u0000${contactEmailNormalized}`).digest('base64url');
}

const refusals: Record<keyof typeof repairBookingLimits, string> = {
  perPiece: 'This piece has been booked for a service as often as we accept in a day. Please try again tomorrow, or contact the brand.',
  perContact: 'This e-mail address has been given for as many repair bookings as we accept in a day. Please try again tomorrow.',
  perNetwork: 'Too many repairs were booked from this network today. Please try again later.',
};

function refusalFor(exceeded: AttemptLimit[]): string {
  const [limitName] = (Object.keys(repairBookingLimits) as Array<keyof typeof repairBookingLimits>).filter((name) => exceeded.includes(repairBookingLimits[name]));
  return refusals[limitName ?? 'perNetwork'];
}

export interface CountedBooking {
  brandId: string;
  itemId: string;
  contactEmailNormalized: string;
  /** The contact is the piece's registered owner: the per-piece budget does not count them. */
  byOwner: boolean;
}

/**
 * First in the booking's transaction: counts the booking under each of its budgets; throws 429
 * `rate_limited` with `Retry-After` when one is spent (the transaction then counts nothing).
 */
export async function countBooking(tx: Db, now: Date, booking: CountedBooking, caller: BookingCaller): Promise<void> {
  const budgets: AttemptBudget[] = [
    { limit: repairBookingLimits.perContact, subject: contactSubject(booking.brandId, booking.contactEmailNormalized) },
    { limit: repairBookingLimits.perNetwork, subject: `${actorScopeOf(caller.actor)}:${caller.clientNetwork}` },
  ];
  if (!booking.byOwner) budgets.push({ limit: repairBookingLimits.perPiece, subject: booking.itemId });
  const admission = await countAttempt(tx, now, budgets);
  if (admission.admitted) return;
  throw new AtelierError('rate_limited', refusalFor(admission.exceeded), { headers: { 'Retry-After': String(admission.retryAfterSeconds) } });
}
