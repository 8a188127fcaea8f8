/**
 * Compiles a segment filter (the contract's `SegmentClause`) into one SQL condition on the brand's
 * clients (`client_summaries as s`, joined to `owners as o` when a condition reads the person's
 * own columns), the same text on SQLite and PostgreSQL. What each history condition counts is the
 * summary's definition (features/clients/client-summary.ts, the tier's): counts and first / last
 * days are columns of the client's summary row, so a segment reads one narrow row per client
 * instead of every client's registrations and services. A piece's anniversary is the one
 * condition that still reads the client's registrations (each piece has its own day).
 *
 * Every date a condition needs is worked out beforehand (day-thresholds.ts, and
 * features/care/next-care-due.ts for care due) and compared as `YYYY-MM-DD` text, so no date
 * function of either database runs. No condition yields NULL (a client never serviced has no
 * last service day: conditions on it say no), so `not` means "does not match".
 */
import type { SegmentClause, SegmentComparison, SegmentCondition } from '@atelier/client/contract';
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { latestCountedFromDueBy } from '../care/next-care-due.ts';
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

/** The day a registration made its owner a client (client-summary.ts's `acquiredOn`). */
const acquiredOn = sql`(CASE WHEN w.source = 'transfer' THEN substr(w.activated_at, 1, 10) ELSE w.purchase_date END)`;

/** Registrations of pieces client `s` owns now. */
const ownedBy = (context: FilterContext) => sql`w.brand_id = ${context.brandId} AND w.owner_id = s.owner_id AND w.confirmed_at IS NOT NULL AND w.status <> 'void'`;

/** The brand's clients: every summary row is a client's (an owner with at least one purchase). */
export function clientPopulation(context: FilterContext): Condition {
  return sql<SqlBool>`s.brand_id = ${context.brandId}`;
}

/** Whether `clause` reads the person's own columns (country, language, type), which live on `owners as o`. */
export function readsOwnerColumns(clause: SegmentClause): boolean {
  switch (clause.kind) {
    case 'all':
    case 'any':
      return clause.of.some(readsOwnerColumns);
    case 'not':
      return readsOwnerColumns(clause.of);
    default:
      return clause.kind === 'country' || clause.kind === 'language' || clause.kind === 'customerType';
  }
}

/** The comparison operators of the language, as SQL: a closed list, never the caller's text. */
const sqlComparisons: Record<SegmentComparison, RawBuilder<unknown>> = {
  '<': sql.raw('<'),
  '<=': sql.raw('<='),
  '=': sql.raw('='),
  '>=': sql.raw('>='),
  '>': sql.raw('>'),
};

const countColumns = {
  piecesOwned: sql`s.pieces_owned`,
  purchases: sql`s.purchases`,
  services: sql`s.services`,
  purchasesAndServices: sql`(s.purchases + s.services)`,
} as const;

/**
 * Whole months elapsed since a day of the summary (`column`, NULL when there is none, which
 * matches nothing), compared with `value`. With `edge(n)` the latest day at least `n` months
 * before today, "at least n months" is "the day is on or before edge(n)"; the other comparisons
 * follow (`<= n` is `< n + 1`, `=` is both).
 */
function monthsSince(column: RawBuilder<unknown>, op: SegmentComparison, value: number, today: IsoDate): Condition {
  const atLeast = (months: number): Condition => sql<SqlBool>`${column} <= ${latestDayMonthsBefore(today, months)}`;
  const lessThan = (months: number): Condition => sql<SqlBool>`${column} > ${latestDayMonthsBefore(today, months)}`;
  const compared = (): Condition => {
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
        return sql<SqlBool>`${atLeast(value)} AND ${lessThan(value + 1)}`;
    }
  };
  return sql<SqlBool>`(${column} IS NOT NULL AND ${compared()})`;
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
      return sql<SqlBool>`${countColumns[condition.kind]} ${sqlComparisons[condition.op]} ${condition.value}`;
    case 'monthsSinceLastPurchaseOrService':
      return monthsSince(sql`s.last_purchase_or_service_on`, condition.op, condition.value, today);
    case 'monthsSinceFirstPurchase':
      return monthsSince(sql`s.first_purchase_on`, condition.op, condition.value, today);
    case 'monthsSinceLastService':
      return monthsSince(sql`s.last_service_on`, condition.op, condition.value, today);
    case 'lastServiceBefore':
      return sql<SqlBool>`(s.last_service_on IS NOT NULL AND s.last_service_on < ${condition.date})`;
    case 'purchaseAnniversary': {
      const ranges = anniversaryRanges(today, condition.withinDays).map(
        (range) => sql`(${range.requiresBeforeToday ? sql`${acquiredOn} < ${today} AND ` : sql``}substr(${acquiredOn}, 6, 5) BETWEEN ${range.from} AND ${range.to})`,
      );
      return sql<SqlBool>`EXISTS (SELECT 1 FROM warranties w WHERE ${ownedBy(context)} AND (${sql.join(ranges, sql` OR `)}))`;
    }
    case 'serviceDue': {
      // A piece owned is due by the window's end (the next care due of next-care-due.ts) exactly
      // when the earliest day a piece's care counts from is on or before the latest that is due by then.
      const dueBy = latestCountedFromDueBy(addDaysToDate(today, condition.withinDays), context.serviceIntervalMonths);
      return sql<SqlBool>`(s.care_due_counted_from IS NOT NULL AND s.care_due_counted_from <= ${dueBy})`;
    }
    case 'consent': {
      // The latest choice recorded for the channel and purpose; never asked counts as no.
      const latest = sql`(SELECT c.granted FROM consents c WHERE c.owner_id = s.owner_id AND c.channel = ${condition.channel} AND c.purpose = ${condition.purpose}
        ORDER BY c.recorded_at DESC, c.id DESC LIMIT 1)`;
      return sql<SqlBool>`COALESCE(${latest}, 0) = ${condition.granted ? 1 : 0}`;
    }
    case 'country':
      return inList(sql.ref('o.country'), condition.in);
    case 'language':
      return inList(sql.ref('o.language'), condition.in);
    case 'customerType':
      return inList(sql.ref('o.customer_type'), condition.in);
    case 'collection':
      // A piece they own now whose model is of one of the collections.
      return sql<SqlBool>`EXISTS (SELECT 1 FROM warranties w INNER JOIN items i ON i.id = w.item_id INNER JOIN models m ON m.id = i.model_id
        WHERE ${ownedBy(context)} AND ${inList(sql.ref('m.collection'), condition.in)})`;
  }
}

/** The clause as one SQL condition on `client_summaries as s` (and `owners as o` when `readsOwnerColumns`). */
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

