/**
 * A client's history with the brand, in figures: the one definition of what counts (the tier's,
 * features/clients/tier.ts), computed from the registry, and kept as a summary row per client
 * (`client_summaries`) so a segment over 600,000 clients reads one narrow row each instead of
 * every client's registrations and services.
 *
 * - a **purchase** is a confirmed registration naming the person as owner or buyer (a gift counts
 *   for the giver), except a sale voided as a mistake (`voided_at`); its day is the purchase date,
 *   or for an ownership transfer the day it was registered (a transfer keeps the first purchase date);
 * - a **piece owned** is a confirmed registration naming them as owner, not void;
 * - a **service** is a `serviced` event of a piece they own, on or after the day they got it;
 * - the **clients** are the people with at least one purchase: only they have a row.
 *
 * The summary changes only when one of those inputs does, and every write that changes one
 * refreshes the people of the piece it touched in its own transaction
 * (`refreshClientSummariesOfPiece`): a registration confirmed (a sale, an activation, a transfer,
 * which also voids the previous owner's), a sale voided, a `serviced` event appended (a repair
 * returned, a service recorded: features/provenance/events.ts). A registration recorded but not
 * yet confirmed, or a lapsed one voided before it ever was, counts for nobody, so those writes
 * change nothing here. Nothing in a row depends on today or on the brand's care interval, so no
 * row goes stale as days pass.
 *
 * Two writes about one person may run at once (two of their pieces confirmed, a sale and a service
 * of another piece they own). On PostgreSQL, at READ COMMITTED, each would compute from a snapshot
 * missing the other's write, and both delete-then-insert the row: a stale row, or a unique
 * violation. So a refresh first locks the people's `owners` rows, in one order (their ids sorted,
 * so two refreshes sharing people cannot deadlock), and computes only then: the second waits for
 * the first to commit and reads its write. A refresh therefore comes after the write it reflects,
 * at the end of its transaction, and after the piece's own lock (items before owners, everywhere).
 * SQLite has a single writer: nothing to lock.
 */
import type { Db } from '../../db/database.ts';
import { isPostgres } from '../../db/dialect.ts';
import type { ClientSummariesTable } from '../../db/schema.ts';
import { careCountedFrom, servicedDaysOf } from '../care/next-care-due.ts';
import { isBefore, type IsoDate } from '../shared/calendar.ts';
import type { ClientHistory } from './tier.ts';

export type ClientSummary = ClientSummariesTable;

/** The day a registration made its owner a client: the purchase, or for a transfer the day it was registered. */
export function acquiredOn(warranty: { source: string; purchase_date: string; activated_at: string }): IsoDate {
  return warranty.source === 'transfer' ? warranty.activated_at.slice(0, 10) : warranty.purchase_date;
}

const latest = (dates: readonly IsoDate[]): IsoDate | undefined => dates.reduce<IsoDate | undefined>((max, date) => (max === undefined || isBefore(max, date) ? date : max), undefined);
const earliest = (dates: readonly IsoDate[]): IsoDate | undefined => dates.reduce<IsoDate | undefined>((min, date) => (min === undefined || isBefore(date, min) ? date : min), undefined);

/** The summaries of `personIds` computed from the registry; a person with no purchase has none. */
export async function computeClientSummaries(db: Db, brandId: string, personIds: readonly string[]): Promise<Map<string, ClientSummary>> {
  const summaries = new Map<string, ClientSummary>();
  if (personIds.length === 0) return summaries;
  const warranties = await db
    .selectFrom('warranties')
    .select(['item_id', 'owner_id', 'buyer_id', 'status', 'source', 'purchase_date', 'activated_at'])
    .where('brand_id', '=', brandId)
    .where((eb) => eb.or([eb('owner_id', 'in', personIds), eb('buyer_id', 'in', personIds)]))
    .where('confirmed_at', 'is not', null)
    // A sale voided as a mistake never happened (an ownership transfer's void keeps the purchase).
    .where('voided_at', 'is', null)
    .execute();
  const services = await servicedDaysOf(
    db,
    warranties.filter((warranty) => warranty.status !== 'void').map((warranty) => warranty.item_id),
  );
  for (const personId of new Set(personIds)) {
    const purchases = warranties.filter((warranty) => warranty.owner_id === personId || warranty.buyer_id === personId);
    if (purchases.length === 0) continue;
    const owned = purchases.filter((warranty) => warranty.owner_id === personId && warranty.status !== 'void');
    const servicedOn = owned.flatMap((warranty) => (services.get(warranty.item_id) ?? []).filter((day) => !isBefore(day, acquiredOn(warranty))));
    const purchasedOn = purchases.map(acquiredOn);
    // Each piece's care as the owner's space and the recognition card count it (from the purchase date, a transfer's included).
    const careFrom = owned.map((warranty) => careCountedFrom({ purchasedOn: warranty.purchase_date, servicedOn: services.get(warranty.item_id) ?? [] }).day);
    summaries.set(personId, {
      owner_id: personId,
      brand_id: brandId,
      purchases: purchases.length,
      first_purchase_on: earliest(purchasedOn)!,
      last_purchase_on: latest(purchasedOn)!,
      services: servicedOn.length,
      last_service_on: latest(servicedOn) ?? null,
      last_purchase_or_service_on: latest([...purchasedOn, ...servicedOn])!,
      pieces_owned: owned.length,
      care_due_counted_from: earliest(careFrom) ?? null,
    });
  }
  return summaries;
}

/** One client's history as the tier reads it, computed from the registry; undefined for a person with no purchase. */
export async function clientHistory(db: Db, brandId: string, personId: string): Promise<ClientHistory | undefined> {
  const summary = (await computeClientSummaries(db, brandId, [personId])).get(personId);
  if (!summary) return undefined;
  return { firstPurchaseOn: summary.first_purchase_on, lastPurchaseOrServiceOn: summary.last_purchase_or_service_on, purchases: summary.purchases, services: summary.services };
}

/** On PostgreSQL, locks the people's `owners` rows until the transaction ends, in the order of their ids. */
async function lockPeopleForSummaries(tx: Db, brandId: string, personIds: readonly string[]): Promise<void> {
  if (!isPostgres(tx)) return;
  // Rows are locked as the sorted rows come out, so every refresh takes them in the same order.
  await tx.selectFrom('owners').select('id').where('brand_id', '=', brandId).where('id', 'in', personIds).orderBy('id').forUpdate().execute();
}

/**
 * Rewrites the stored summaries of `personIds` from the registry, within the caller's transaction,
 * which must already hold the write this reflects (see the module's comment on concurrent writes).
 */
export async function refreshClientSummaries(tx: Db, brandId: string, personIds: readonly string[]): Promise<void> {
  if (personIds.length === 0) return;
  await lockPeopleForSummaries(tx, brandId, personIds);
  const summaries = await computeClientSummaries(tx, brandId, personIds);
  // An erased owner (features/my-data) is no client any more: their registrations stay with the pieces, their figures go.
  const erased = new Set((await tx.selectFrom('owners').select('id').where('id', 'in', personIds).where('erased_at', 'is not', null).execute()).map((row) => row.id));
  await tx.deleteFrom('client_summaries').where('owner_id', 'in', personIds).execute();
  const kept = [...summaries.values()].filter((summary) => !erased.has(summary.owner_id));
  if (kept.length > 0) await tx.insertInto('client_summaries').values(kept).execute();
}

/** Rewrites the summaries of everyone a piece's registrations name (owners and buyers, past and present), within the caller's transaction. */
export async function refreshClientSummariesOfPiece(tx: Db, brandId: string, itemId: string): Promise<void> {
  const people = await tx.selectFrom('warranties').select(['owner_id', 'buyer_id']).where('item_id', '=', itemId).where('brand_id', '=', brandId).execute();
  const personIds = new Set(people.flatMap((row) => [row.owner_id, row.buyer_id]));
  await refreshClientSummaries(tx, brandId, [...personIds]);
}
