/**
 * When an owner last heard from the brand: the one definition the concierge's blackout window
 * reads (care-sweep.ts: no reminder goes out on its own to an owner who heard from the brand
 * within the brand's `care_reminder_blackout_days`), and what customer care's queue shows.
 *
 * What counts is every message the brand chose to send the owner — `heardFromBrandSources`
 * below, one entry per kind of mail. The concierge's care reminders, and the brand's invitations
 * e-mailed to the owner (features/invitations; news is not e-mailed, so it does not count).
 * Not counted: messages the owner's own act caused (a sign-in code, a warranty confirmation, a
 * repair's updates): those answer the owner, they do not reach out to them.
 */
import type { Db } from '../../db/database.ts';
import { lastInvitationEmailed } from '../invitations/invitations-emailed.ts';

/** One kind of message from the brand: for each of `ownerIds`, the last time one was sent to them (ISO instant), if ever. */
export type HeardFromBrandSource = (db: Db, ownerIds: readonly string[]) => Promise<Map<string, string>>;

/** The concierge's care reminders sent to the owner. */
const careRemindersSent: HeardFromBrandSource = async (db, ownerIds) => {
  const rows = await db
    .selectFrom('care_reminders')
    .select(['owner_id', (eb) => eb.fn.max('sent_at').as('last_sent_at')])
    .where('owner_id', 'in', ownerIds)
    .where('status', '=', 'sent')
    .groupBy('owner_id')
    .execute();
  return new Map(rows.flatMap((row) => (row.last_sent_at === null ? [] : [[row.owner_id, String(row.last_sent_at)]])));
};

/** Every kind of message from the brand that counts. Add a source here when the brand sends a new kind of mail. */
export const heardFromBrandSources: readonly HeardFromBrandSource[] = [careRemindersSent, lastInvitationEmailed];

/** Owners per read: bounds the `IN` lists. */
const ownersPerRead = 500;

/** For each of `ownerIds`, the last time they heard from the brand, across every source; absent when never. */
export async function lastHeardFromBrand(db: Db, ownerIds: readonly string[]): Promise<Map<string, string>> {
  const latest = new Map<string, string>();
  const unique = [...new Set(ownerIds)];
  for (let start = 0; start < unique.length; start += ownersPerRead) {
    const batch = unique.slice(start, start + ownersPerRead);
    for (const source of heardFromBrandSources) {
      for (const [ownerId, at] of await source(db, batch)) {
        const known = latest.get(ownerId);
        if (known === undefined || Date.parse(at) > Date.parse(known)) latest.set(ownerId, at);
      }
    }
  }
  return latest;
}
