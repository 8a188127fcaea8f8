/**
 * Compiles a segment filter (the contract's `SegmentClause`) into one SQL condition on the brand's
 * owners (`owners as o`), the same text on SQLite and PostgreSQL. What each condition counts is
 * the tier's definition (features/clients/tier.ts, and its history in features/recognition):
 *
 * - a **purchase** is a confirmed registration naming the person as owner or buyer, except a sale
 *   voided as a mistake (`voided_at`); its day is the purchase date, or for an ownership transfer
 *   the day it was registered (a transfer keeps the first purchase date);
 * - a **service** is a `serviced` event of a piece the person owns (confirmed, not void), on or
 *   after the day they got it;
 * - **the people** are the owners with at least one purchase (`clientPopulation`).
 *
 * Every date a condition needs is worked out beforehand (day-thresholds.ts) and compared as
 * `YYYY-MM-DD` text, so no date function of either database runs. Aggregates ("the last purchase
 * or service is at least 36 months old") become EXISTS / NOT EXISTS over dated rows, which an
 * index answers without reading a person's whole history. No condition yields NULL, so `not`
 * means "does not match".
 */
import type { SegmentClause, SegmentComparison, SegmentCondition } from '@atelier/client/contract';
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { addDaysToDate, type IsoDate } from '../shared/calendar.ts';
import { anniversaryRanges, latestDayMonthsBefore } from './day-thresholds.ts';

/** What a filter is evaluated against: the brand, its day, its care interval. */
export interface FilterContext {
  brandId: string;
  today: IsoDate;
  /** The brand's `service_interval_months`: a piece falls due this long after its last service or purchase. */
  serviceIntervalMonths: number;
}

type Condition = RawBuilder<SqlBool>;

/** The day a registration made its owner a client (as features/recognition's `sinceOf`). */
const acquiredOn = sql`(CASE WHEN w.source = 'transfer' THEN substr(w.activated_at, 1, 10) ELSE w.purchase_date END)`;
const serviceDay = sql`substr(e.occurred_at, 1, 10)`;

/** Registrations that are purchases of person `o` (as owner or buyer). */
const purchasesOf = (context: FilterContext) =>
  sql`warranties w WHERE w.brand_id = ${context.brandId} AND w.confirmed_at IS NOT NULL AND w.voided_at IS NULL AND (w.owner_id = o.id OR w.buyer_id = o.id)`;

/** Registrations of pieces `o` owns now. */
const ownedBy = (context: FilterContext) => sql`w.brand_id = ${context.brandId} AND w.owner_id = o.id AND w.confirmed_at IS NOT NULL AND w.status <> 'void'`;

/** Services of the pieces `o` owns, since they got each. */
const servicesOf = (context: FilterContext) =>
  sql`warranties w JOIN provenance_events e ON e.item_id = w.item_id AND e.type = 'serviced' WHERE ${ownedBy(context)} AND ${serviceDay} >= ${acquiredOn}`;

/** The brand's clients: the owners with at least one purchase. */
export function clientPopulation(context: FilterContext): Condition {
  return sql<SqlBool>`o.brand_id = ${context.brandId} AND EXISTS (SELECT 1 FROM ${purchasesOf(context)})`;
}

/** The comparison operators of the language, as SQL: a closed list, never the caller's text. */
const sqlComparisons: Record<SegmentComparison, RawBuilder<unknown>> = {
  '<': sql.raw('<'),
  '<=': sql.raw('<='),
  '=': sql.raw('='),
  '>=': sql.raw('>='),
  '>': sql.raw('>'),
};

function countOf(condition: Extract<SegmentCondition, { op: SegmentComparison; kind: 'piecesOwned' | 'purchases' | 'services' | 'purchasesAndServices' }>, context: FilterContext) {
  const purchases = sql`(SELECT count(*) FROM ${purchasesOf(context)})`;
  const services = sql`(SELECT count(*) FROM ${servicesOf(context)})`;
  switch (condition.kind) {
    case 'piecesOwned':
      return sql`(SELECT count(*) FROM warranties w WHERE ${ownedBy(context)})`;
    case 'purchases':
      return purchases;
    case 'services':
      return services;
    case 'purchasesAndServices':
      return sql`(${purchases} + ${services})`;
  }
}

/**
 * A set of dated rows of person `o` (their purchases, their services, or both), and whether one
 * of them is dated `after` a day (or on or before it). "The latest is at most D" is "none is
 * after D" on a non-empty set; "the earliest is at most D" is "one is on or before D".
 */
interface DatedRows {
  anyAfter(day: IsoDate): Condition;
  anyOnOrBefore(day: IsoDate): Condition;
  nonEmpty(): Condition;
}

function datedRows(kind: 'purchases' | 'services' | 'purchasesOrServices', context: FilterContext): DatedRows {
  const purchases = (where: RawBuilder<unknown>) => sql<SqlBool>`EXISTS (SELECT 1 FROM ${purchasesOf(context)} AND ${where})`;
  const services = (where: RawBuilder<unknown>) => sql<SqlBool>`EXISTS (SELECT 1 FROM ${servicesOf(context)} AND ${where})`;
  const either = (purchaseWhere: RawBuilder<unknown>, serviceWhere: RawBuilder<unknown>) => {
    if (kind === 'purchases') return purchases(purchaseWhere);
    if (kind === 'services') return services(serviceWhere);
    return sql<SqlBool>`(${purchases(purchaseWhere)} OR ${services(serviceWhere)})`;
  };
  return {
    anyAfter: (day) => either(sql`${acquiredOn} > ${day}`, sql`${serviceDay} > ${day}`),
    anyOnOrBefore: (day) => either(sql`${acquiredOn} <= ${day}`, sql`${serviceDay} <= ${day}`),
    nonEmpty: () => either(sql`1 = 1`, sql`1 = 1`),
  };
}

/**
 * Whole months elapsed since the latest (or earliest) of `rows`, compared with `value`. With
 * `edge(n)` the latest day at least `n` months before today, "at least n months" is "the date is
 * on or before edge(n)"; the other comparisons follow (`<= n` is `< n + 1`, `=` is both).
 */
function monthsSince(rows: DatedRows, which: 'latest' | 'earliest', op: SegmentComparison, value: number, today: IsoDate): Condition {
  const atLeast = (months: number): Condition => {
    const edge = latestDayMonthsBefore(today, months);
    return which === 'latest' ? sql<SqlBool>`(${rows.nonEmpty()} AND NOT ${rows.anyAfter(edge)})` : rows.anyOnOrBefore(edge);
  };
  const lessThan = (months: number): Condition => {
    const edge = latestDayMonthsBefore(today, months);
    return which === 'latest' ? rows.anyAfter(edge) : sql<SqlBool>`(${rows.nonEmpty()} AND NOT ${rows.anyOnOrBefore(edge)})`;
  };
  switch (op) {
    case '>=':
      return atLeast(value);
    case '>':
      return atLeast(value + 1);
    case '<':
      return lessThan(value);
    case '<=':
      return lessThan(value + 1);
    case '=':
      return sql<SqlBool>`(${atLeast(value)} AND ${lessThan(value + 1)})`;
  }
}

function inList(column: RawBuilder<unknown>, values: readonly string[]): Condition {
  return sql<SqlBool>`${column} IN (${sql.join(values)})`;
}

function compileCondition(condition: SegmentCondition, context: FilterContext): Condition {
  const { today } = context;
  switch (condition.kind) {
    case 'piecesOwned':
    case 'purchases':
    case 'services':
    case 'purchasesAndServices':
      return sql<SqlBool>`${countOf(condition, context)} ${sqlComparisons[condition.op]} ${condition.value}`;
    case 'monthsSinceLastPurchaseOrService':
      return monthsSince(datedRows('purchasesOrServices', context), 'latest', condition.op, condition.value, today);
    case 'monthsSinceFirstPurchase':
      return monthsSince(datedRows('purchases', context), 'earliest', condition.op, condition.value, today);
    case 'monthsSinceLastService':
      return monthsSince(datedRows('services', context), 'latest', condition.op, condition.value, today);
    case 'lastServiceBefore': {
      const services = datedRows('services', context);
      return sql<SqlBool>`(${services.nonEmpty()} AND NOT ${services.anyAfter(addDaysToDate(condition.date, -1))})`;
    }
    case 'purchaseAnniversary': {
      const ranges = anniversaryRanges(today, condition.withinDays).map(
        (range) => sql`(${range.requiresBeforeToday ? sql`${acquiredOn} < ${today} AND ` : sql``}substr(${acquiredOn}, 6, 5) BETWEEN ${range.from} AND ${range.to})`,
      );
      return sql<SqlBool>`EXISTS (SELECT 1 FROM warranties w WHERE ${ownedBy(context)} AND (${sql.join(ranges, sql` OR `)}))`;
    }
    case 'serviceDue': {
      // Due on or before the window's end: the last service (or the purchase, never serviced since) is on or before `lastBase`.
      const windowEnd = addDaysToDate(today, condition.withinDays);
      const lastBase = latestDayMonthsBefore(windowEnd, context.serviceIntervalMonths);
      return sql<SqlBool>`EXISTS (SELECT 1 FROM warranties w WHERE ${ownedBy(context)} AND w.purchase_date <= ${lastBase} AND NOT EXISTS (
        SELECT 1 FROM provenance_events e WHERE e.item_id = w.item_id AND e.type = 'serviced' AND ${serviceDay} > ${lastBase}))`;
    }
    case 'consent': {
      // The latest choice recorded for the channel and purpose; never asked counts as no.
      const latest = sql`(SELECT c.granted FROM consents c WHERE c.owner_id = o.id AND c.channel = ${condition.channel} AND c.purpose = ${condition.purpose}
        ORDER BY c.recorded_at DESC, c.id DESC LIMIT 1)`;
      return sql<SqlBool>`COALESCE(${latest}, 0) = ${condition.granted ? 1 : 0}`;
    }
    case 'country':
      return inList(sql.ref('o.country'), condition.in);
    case 'language':
      return inList(sql.ref('o.language'), condition.in);
    case 'customerType':
      return inList(sql.ref('o.customer_type'), condition.in);
  }
}

/** The clause as one SQL condition on `owners as o`. */
export function compileClause(clause: SegmentClause, context: FilterContext): Condition {
  switch (clause.kind) {
    case 'all':
      return sql<SqlBool>`(${sql.join(clause.of.map((part) => compileClause(part, context)), sql` AND `)})`;
    case 'any':
      return sql<SqlBool>`(${sql.join(clause.of.map((part) => compileClause(part, context)), sql` OR `)})`;
    case 'not':
      return sql<SqlBool>`(NOT ${compileClause(clause.of, context)})`;
    default:
      return compileCondition(clause, context);
  }
}

