/**
 * When each owner was last e-mailed an invitation: the brand writing to the owner, one of the
 * sources of "heard from the brand" (features/care/heard-from-brand.ts), which the concierge's
 * blackout window reads (no care reminder goes out on its own to an owner who heard from the brand
 * within the window). An invitation the owner was not
 * e-mailed (their preferences did not allow it) does not count: they were not written to.
 */
import type { Db } from '../../db/database.ts';

/** For each of `ownerIds` e-mailed an invitation, the last time (ISO instant); absent when never. */
export async function lastInvitationEmailed(db: Db, ownerIds: readonly string[]): Promise<Map<string, string>> {
  if (ownerIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('invitation_guests')
    .select(['owner_id', (eb) => eb.fn.max('emailed_at').as('last_emailed_at')])
    .where('owner_id', 'in', ownerIds)
    .where('emailed_at', 'is not', null)
    .groupBy('owner_id')
    .execute();
  return new Map(rows.flatMap((row) => (row.last_emailed_at === null ? [] : [[row.owner_id, String(row.last_emailed_at)]])));
}
