/**
 * CLV per built-in segment (the definition: `clvWindowMonths`, `clvLifespanYears` in the contract's
 * insight-figures.ts). The segments are the built-in filters compiled as every segment is
 * (features/segments), so a client's segment here is the one the segment pages count; the orders
 * are read for the window, and the repairs' payers found as the clients' summaries find them
 * (`holderOn`: the owner on the day of the return). Amounts go through the one conversion
 * (features/exchange-rates/conversion.ts): a missing rate is listed, never guessed.
 */
import {
  tierSegmentNames,
  clvLifespanYears,
  clvWindowMonths,
  ordersPerClientPerYearDecimals,
  type BuiltInSegmentName,
  type ClvBySegment,
  type SegmentClv,
} from '@atelier/client/contract';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { holderOn, type Registration } from '../clients/client-summary.ts';
import { currencyBasis, loadReportingConverter, totalInReportingCurrency, type DatedAmount, type ReportingConverter } from '../exchange-rates/conversion.ts';
import { builtInSegments } from '../segments/built-in-segments.ts';
import { clientPopulation, compileClause } from '../segments/compile-filter.ts';
import { filterContext } from '../segments/service.ts';
import { addDaysToDate, addMonthsToDate, todayUtc } from '../shared/calendar.ts';

const monthsPerYear = 12;

/** One order of a client in the window: its amount, or none (a sale recorded without its price). */
interface Order {
  clientId: string;
  amount: DatedAmount | null;
}

async function purchasesPaid(db: Db, brandId: string, from: string, to: string): Promise<Order[]> {
  const rows = await db
    .selectFrom('warranties')
    .select(['buyer_id', 'price_currency', 'price_minor_units', 'purchase_date'])
    .where('brand_id', '=', brandId)
    .where('confirmed_at', 'is not', null)
    // A sale voided as a mistake never happened; a transfer is no purchase.
    .where('voided_at', 'is', null)
    .where('source', '!=', 'transfer')
    .where('purchase_date', '>=', from)
    .where('purchase_date', '<=', to)
    .execute();
  return rows.map((row) => ({
    clientId: row.buyer_id,
    amount: row.price_currency === null || row.price_minor_units === null ? null : { currency: row.price_currency, amountMinorUnits: Number(row.price_minor_units), on: row.purchase_date },
  }));
}

async function repairsCharged(db: Db, brandId: string, from: string, to: string): Promise<Order[]> {
  const charged = await db
    .selectFrom('repair_orders')
    .select(['item_id', 'charged_currency', 'charged_minor_units', 'charged_on'])
    .where('brand_id', '=', brandId)
    .where('charged_on', '>=', from)
    .where('charged_on', '<=', to)
    .where('charged_minor_units', 'is not', null)
    .execute();
  if (charged.length === 0) return [];
  const registrations = await db
    .selectFrom('warranties')
    .select(['item_id', 'owner_id', 'source', 'purchase_date', 'activated_at'])
    .where('brand_id', '=', brandId)
    .where('item_id', 'in', [...new Set(charged.map((repair) => repair.item_id))])
    .where('confirmed_at', 'is not', null)
    .where('voided_at', 'is', null)
    .execute();
  const ofPiece = new Map<string, Registration[]>();
  for (const registration of registrations) ofPiece.set(registration.item_id, [...(ofPiece.get(registration.item_id) ?? []), registration]);
  return charged.flatMap((repair) => {
    const clientId = holderOn(ofPiece.get(repair.item_id) ?? [], repair.charged_on!);
    return clientId === undefined ? [] : [{ clientId, amount: { currency: repair.charged_currency!, amountMinorUnits: Number(repair.charged_minor_units), on: repair.charged_on! } }];
  });
}

function segmentFigure(segment: BuiltInSegmentName, clients: number, orders: readonly Order[], converter: ReportingConverter): SegmentClv {
  const amounts = orders.flatMap((order) => (order.amount === null ? [] : [order.amount]));
  const value = totalInReportingCurrency(converter, amounts);
  const ordersValued = amounts.length - value.amountsLeftOut;
  const averageOrderValue = ordersValued === 0 ? null : value.amountMinorUnits / ordersValued;
  const ordersPerClientPerYear = clients === 0 ? null : orders.length / clients / (clvWindowMonths / monthsPerYear);
  // No order in the window: worth nothing at that rate, whatever an order would be worth.
  const clv = ordersPerClientPerYear === 0 ? 0 : averageOrderValue === null || ordersPerClientPerYear === null ? null : averageOrderValue * ordersPerClientPerYear * clvLifespanYears;
  const factor = 10 ** ordersPerClientPerYearDecimals;
  return {
    segment,
    clients,
    orders: orders.length,
    ordersValued,
    valueMinorUnits: value.amountMinorUnits,
    averageOrderValueMinorUnits: averageOrderValue === null ? null : Math.round(averageOrderValue),
    ordersPerClientPerYear: ordersPerClientPerYear === null ? null : Math.round(ordersPerClientPerYear * factor) / factor,
    clvMinorUnits: clv === null ? null : Math.round(clv),
  };
}

export async function clvBySegment(deps: { db: Db; clock: Clock }, brandId: string): Promise<ClvBySegment> {
  const { db } = deps;
  const to = todayUtc(deps.clock);
  const from = addDaysToDate(addMonthsToDate(to, -clvWindowMonths), 1);
  const context = await filterContext(deps, brandId);
  const segmentOf = new Map<string, BuiltInSegmentName>();
  const clients = new Map<BuiltInSegmentName, number>();
  // The tiers: each client in exactly one (the RFM groups, also built in, are another partition of the same clients).
  for (const segment of tierSegmentNames) {
    const members = await db.selectFrom('client_summaries as s').where(clientPopulation(context)).where(compileClause(builtInSegments[segment].filter, context)).select('s.owner_id').execute();
    for (const member of members) segmentOf.set(member.owner_id, segment);
    clients.set(segment, members.length);
  }
  const [converter, purchases, repairs] = await Promise.all([loadReportingConverter(db, brandId), purchasesPaid(db, brandId, from, to), repairsCharged(db, brandId, from, to)]);
  const ordersOf = new Map<BuiltInSegmentName, Order[]>(tierSegmentNames.map((segment) => [segment, []]));
  for (const order of [...purchases, ...repairs]) {
    const segment = segmentOf.get(order.clientId);
    // A client erased since has no segment: their orders count for no one.
    if (segment !== undefined) ordersOf.get(segment)!.push(order);
  }
  const everyAmount = [...ordersOf.values()].flat().flatMap((order) => (order.amount === null ? [] : [order.amount]));
  return {
    from,
    to,
    windowMonths: clvWindowMonths,
    lifespanYears: clvLifespanYears,
    basis: currencyBasis(totalInReportingCurrency(converter, everyAmount)),
    segments: tierSegmentNames.map((segment) => segmentFigure(segment, clients.get(segment) ?? 0, ordersOf.get(segment) ?? [], converter)),
  };
}
