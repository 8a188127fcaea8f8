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
 * - the **clients** are the people with at least one purchase: only they have a row;
 * - their **value**, in the brand's reporting currency (features/exchange-rates/conversion.ts, the
 *   rate of each amount's month): the price of each piece they bought (a purchase with a price,
 *   which is the buyer's: the giver of a gift), and **after-sales** what was charged for a repair
 *   of a piece while they held it (the confirmed registration acquired latest on or before the day
 *   it was charged — a piece's past repairs stay with who paid for them when it changes hands).
 *   An amount without a rate is left out of the value and counted in `amounts_unconverted`.
 *
 * The summary changes only when one of those inputs does, and every write that changes one
 * refreshes the people of the piece it touched in its own transaction
 * (`refreshClientSummariesOfPiece`): a registration confirmed (a sale, an activation, a transfer,
 * which also voids the previous owner's), a sale voided, a `serviced` event appended (a repair
 * returned, a service recorded: features/provenance/events.ts). A registration recorded but not
 * yet confirmed, or a lapsed one voided before it ever was, counts for nobody, so those writes
 * change nothing here. A repair returned with a charge refreshes its piece's people too, the
 * brand's rates changing refreshes the people whose amounts they convert (`refreshClientValues`),
 * and its reporting currency changing has every client refreshed by a background job
 * (client-value-recomputation.ts). Nothing in a row depends on today or on the brand's care interval, so no
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
import type { Selectable } from 'kysely';
import type { ClientSummariesTable } from '../../db/schema.ts';
import { careCountedFrom, servicedDaysOf } from '../care/next-care-due.ts';
import { loadReportingConverter, totalInReportingCurrency, type ConvertedTotal, type DatedAmount, type ReportingConverter } from '../exchange-rates/conversion.ts';
import { isBefore, type IsoDate } from '../shared/calendar.ts';
import type { ClientHistory } from './tier.ts';
import { requestClientValueRecomputation } from './client-value-recomputation.ts';

/** A summary row as computed (amounts as numbers). */
export type ClientSummary = { [Column in keyof ClientSummariesTable]: Column extends 'purchase_value_minor_units' | 'after_sales_value_minor_units' | 'amounts_unconverted' ? number : ClientSummariesTable[Column] };

/** A stored row as computed: PostgreSQL answers a bigint as text. */
export function storedClientSummary(row: Selectable<ClientSummariesTable>): ClientSummary {
  return {
    ...row,
    purchases: Number(row.purchases),
    services: Number(row.services),
    pieces_owned: Number(row.pieces_owned),
    purchase_value_minor_units: Number(row.purchase_value_minor_units),
    after_sales_value_minor_units: Number(row.after_sales_value_minor_units),
    amounts_unconverted: Number(row.amounts_unconverted),
  };
}

/** The day a registration made its owner a client: the purchase, or for a transfer the day it was registered. */
export function acquiredOn(warranty: { source: string; purchase_date: string; activated_at: string }): IsoDate {
  return warranty.source === 'transfer' ? warranty.activated_at.slice(0, 10) : warranty.purchase_date;
}

export interface Registration {
  item_id: string;
  owner_id: string;
  source: string;
  purchase_date: string;
  activated_at: string;
}

/**
 * Who held each piece on a day: of its counted registrations (confirmed, not a sale voided as a
 * mistake), the one acquired latest on or before the day; a registration acquired later starts
 * the next holder's time. A repair's charge counts for them: here and in CLV (features/insight-figures).
 */
export function holderOn(registrations: readonly Registration[], day: IsoDate): string | undefined {
  let holder: Registration | undefined;
  for (const registration of registrations) {
    const from = acquiredOn(registration);
    if (isBefore(day, from)) continue;
    if (holder === undefined || isBefore(acquiredOn(holder), from) || (acquiredOn(holder) === from && holder.activated_at < registration.activated_at)) holder = registration;
  }
  return holder?.owner_id;
}

/** A charged repair of a piece, dated the day it was charged. */
interface ChargedRepair extends DatedAmount {
  itemId: string;
}

async function chargedRepairsOf(db: Db, brandId: string, itemIds: readonly string[]): Promise<ChargedRepair[]> {
  if (itemIds.length === 0) return [];
  const rows = await db
    .selectFrom('repair_orders')
    .select(['item_id', 'charged_currency', 'charged_minor_units', 'charged_on'])
    .where('brand_id', '=', brandId)
    .where('item_id', 'in', itemIds)
    .where('charged_on', 'is not', null)
    .execute();
  return rows.map((row) => ({ itemId: row.item_id, currency: row.charged_currency!, amountMinorUnits: Number(row.charged_minor_units), on: row.charged_on! }));
}

/** Every counted registration of the pieces, anyone's: who held a piece when a repair was charged. */
async function registrationsOfPieces(db: Db, brandId: string, itemIds: readonly string[]): Promise<Map<string, Registration[]>> {
  const byItem = new Map<string, Registration[]>();
  if (itemIds.length === 0) return byItem;
  const rows = await db
    .selectFrom('warranties')
    .select(['item_id', 'owner_id', 'source', 'purchase_date', 'activated_at'])
    .where('brand_id', '=', brandId)
    .where('item_id', 'in', itemIds)
    .where('confirmed_at', 'is not', null)
    .where('voided_at', 'is', null)
    .execute();
  for (const row of rows) byItem.set(row.item_id, [...(byItem.get(row.item_id) ?? []), row]);
  return byItem;
}

/** The value of amounts in the reporting currency, and how many had no rate. */
function valueOf(converter: ReportingConverter, amounts: readonly DatedAmount[]): { minorUnits: number; unconverted: number } {
  let minorUnits = 0;
  let unconverted = 0;
  for (const amount of amounts) {
    const converted = converter.convert(amount);
    if (converted === undefined) unconverted += 1;
    else minorUnits += converted;
  }
  return { minorUnits, unconverted };
}

const latest = (dates: readonly IsoDate[]): IsoDate | undefined => dates.reduce<IsoDate | undefined>((max, date) => (max === undefined || isBefore(max, date) ? date : max), undefined);
const earliest = (dates: readonly IsoDate[]): IsoDate | undefined => dates.reduce<IsoDate | undefined>((min, date) => (min === undefined || isBefore(date, min) ? date : min), undefined);

/** A client's summary and the amounts their value counts (in their own currencies, dated). */
interface ComputedClient {
  summary: ClientSummary;
  paidFor: DatedAmount[];
  repairsPaid: DatedAmount[];
}

/** The summaries of `personIds` computed from the registry; a person with no purchase has none. */
export async function computeClientSummaries(db: Db, brandId: string, personIds: readonly string[]): Promise<Map<string, ClientSummary>> {
  const computed = await computeClients(db, brandId, personIds, await loadReportingConverter(db, brandId));
  return new Map([...computed].map(([personId, client]) => [personId, client.summary]));
}

/**
 * One client's value as their summary counts it — purchases and after-sales, each in the reporting
 * currency — with the rates it lacks named (the profile says so beside the value, as every money
 * figure does); undefined for a person with no purchase.
 */
export async function clientValue(db: Db, brandId: string, personId: string): Promise<{ purchase: ConvertedTotal; afterSales: ConvertedTotal } | undefined> {
  const converter = await loadReportingConverter(db, brandId);
  const client = (await computeClients(db, brandId, [personId], converter)).get(personId);
  if (!client) return undefined;
  return { purchase: totalInReportingCurrency(converter, client.paidFor), afterSales: totalInReportingCurrency(converter, client.repairsPaid) };
}

async function computeClients(db: Db, brandId: string, personIds: readonly string[], converter: ReportingConverter): Promise<Map<string, ComputedClient>> {
  const summaries = new Map<string, ComputedClient>();
  if (personIds.length === 0) return summaries;
  const warranties = await db
    .selectFrom('warranties')
    .select(['item_id', 'owner_id', 'buyer_id', 'status', 'source', 'purchase_date', 'activated_at', 'price_currency', 'price_minor_units'])
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
  const piecesHeld = [...new Set(warranties.map((warranty) => warranty.item_id))];
  const charged = await chargedRepairsOf(db, brandId, piecesHeld);
  const registrations = charged.length === 0 ? new Map<string, Registration[]>() : await registrationsOfPieces(db, brandId, piecesHeld);
  for (const personId of new Set(personIds)) {
    const purchases = warranties.filter((warranty) => warranty.owner_id === personId || warranty.buyer_id === personId);
    if (purchases.length === 0) continue;
    const owned = purchases.filter((warranty) => warranty.owner_id === personId && warranty.status !== 'void');
    const servicedOn = owned.flatMap((warranty) => (services.get(warranty.item_id) ?? []).filter((day) => !isBefore(day, acquiredOn(warranty))));
    const purchasedOn = purchases.map(acquiredOn);
    // Each piece's care as the owner's space and the recognition card count it (from the purchase date, a transfer's included).
    const careFrom = owned.map((warranty) => careCountedFrom({ purchasedOn: warranty.purchase_date, servicedOn: services.get(warranty.item_id) ?? [] }).day);
    const paidFor = purchases
      .filter((warranty) => warranty.buyer_id === personId && warranty.price_currency !== null && warranty.price_minor_units !== null)
      .map((warranty) => ({ currency: warranty.price_currency!, amountMinorUnits: Number(warranty.price_minor_units), on: warranty.purchase_date }));
    const repairsPaid = charged.filter((repair) => holderOn(registrations.get(repair.itemId) ?? [], repair.on) === personId);
    const purchaseValue = valueOf(converter, paidFor);
    const afterSalesValue = valueOf(converter, repairsPaid);
    const summary: ClientSummary = {
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
      purchase_value_minor_units: purchaseValue.minorUnits,
      after_sales_value_minor_units: afterSalesValue.minorUnits,
      amounts_unconverted: purchaseValue.unconverted + afterSalesValue.unconverted,
    };
    summaries.set(personId, { summary, paidFor, repairsPaid });
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

/** People refreshed per statement batch (an `in` list each), so a brand-wide refresh never builds one huge query. */
const refreshBatchSize = 500;

/** Months as the first and last day they span, for comparing `YYYY-MM-DD` text. */
function daySpan(fromMonth: string, toMonth: string): { from: IsoDate; to: IsoDate } {
  return { from: `${fromMonth}-01`, to: `${toMonth}-31` };
}

/**
 * Clients a change of rates recomputes within its own request at most. Beyond, the request would
 * hold its locks for as long as a change of reporting currency does (client-value-recomputation.ts
 * says why that is harmful: 5,000 clients are 10 batches, a few seconds), so the whole brand is
 * recomputed by the background job instead, the figures saying so meanwhile.
 */
export const clientValuesRefreshedInRequestMax = 5_000;

/**
 * Rewrites the summaries of everyone whose value the brand's rates convert — those with an amount
 * in `rates.currency` dated from `rates.fromMonth` to `rates.toMonth` — within the caller's
 * transaction, which already holds the rates' change; more than `inRequestMax` of them, it asks
 * the background job for it instead (a change of reporting currency, which touches every client,
 * always does).
 */
export async function refreshClientValues(
  tx: Db,
  brandId: string,
  rates: { currency: string; fromMonth: string; toMonth: string },
  now: Date,
  inRequestMax = clientValuesRefreshedInRequestMax,
): Promise<void> {
  const span = daySpan(rates.fromMonth, rates.toMonth);
  const buyers = tx
    .selectFrom('warranties')
    .select('buyer_id as person_id')
    .where('brand_id', '=', brandId)
    .where('price_currency', '=', rates.currency)
    .where('purchase_date', '>=', span.from)
    .where('purchase_date', '<=', span.to);
  const repaired = tx
    .selectFrom('repair_orders')
    .select('item_id')
    .distinct()
    .where('brand_id', '=', brandId)
    .where('charged_currency', '=', rates.currency)
    .where('charged_on', '>=', span.from)
    .where('charged_on', '<=', span.to);
  const people = new Set((await buyers.execute()).map((row) => row.person_id));
  const items = (await repaired.execute()).map((row) => row.item_id);
  for (let start = 0; start < items.length; start += refreshBatchSize) {
    const named = await tx.selectFrom('warranties').select(['owner_id', 'buyer_id']).where('brand_id', '=', brandId).where('item_id', 'in', items.slice(start, start + refreshBatchSize)).execute();
    for (const row of named) {
      people.add(row.owner_id);
      people.add(row.buyer_id);
    }
  }
  if (people.size > inRequestMax) {
    const brand = await tx.selectFrom('brands').select('reporting_currency').where('id', '=', brandId).executeTakeFirstOrThrow();
    await requestClientValueRecomputation(tx, brandId, brand.reporting_currency, now);
    return;
  }
  const sorted = [...people].sort();
  for (let start = 0; start < sorted.length; start += refreshBatchSize) await refreshClientSummaries(tx, brandId, sorted.slice(start, start + refreshBatchSize));
}
