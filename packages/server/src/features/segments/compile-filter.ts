/**
 * Compiles a segment filter (the contract's `SegmentClause`) into one SQL condition on the brand's
 * clients (`client_summaries as s`, joined to `owners as o` when a condition reads the person's
 * own columns), the same text on SQLite and PostgreSQL. What each history condition counts is the
 * summary's definition (features/clients/client-summary.ts, the tier's): counts and first / last
 * days are columns of the client's summary row, so a segment reads one narrow row per client
 * instead of every client's registrations and services. A piece's anniversary is the one
 * condition that still reads registrations (each piece has its own day): those of the window, once,
 * through an index of their month-days (migration 0038).
 *
 * Every date a condition needs is worked out beforehand (day-thresholds.ts, and
 * features/care/next-care-due.ts for care due) and compared as `YYYY-MM-DD` text, so no date
 * function of either database runs. No condition yields NULL (a client never serviced has no
 * last service day: conditions on it say no), so `not` means "does not match".
 */
import type { RfmValueThresholds } from './rfm-segments.ts';
import type { SegmentClause, SegmentComparison, SegmentCondition } from '@atelier/client/contract';
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { latestCountedFromDueBy } from '../care/next-care-due.ts';
import { minorUnitDigits } from '../exchange-rates/conversion.ts';
import { addDaysToDate, type IsoDate } from '../shared/calendar.ts';
import { anniversaryRanges, latestDayMonthsBefore } from './day-thresholds.ts';

/** What a filter is evaluated against: the brand, its day, its care interval. */
export interface FilterContext {
  brandId: string;
  today: IsoDate;
  /** The brand's `service_interval_months`: a piece falls due this long after its last service or purchase. */
  serviceIntervalMonths: number;
  /** The brand's reporting currency: a `value` condition's amount is in its whole units. */
  reportingCurrency: string;
  /** The RFM groups' monetary thresholds in that currency (rfm-segments.ts); absent: as declared, in euros. */
  rfm?: RfmValueThresholds;
}

type Condition = RawBuilder<SqlBool>;

/** The day a registration made its owner a client (client-summary.ts's `acquiredOn`). */
const acquiredOn = sql`(CASE WHEN w.source = 'transfer' THEN substr(w.activated_at, 1, 10) ELSE w.purchase_date END)`;

/**
 * The month-day (`MM-DD`) a registration made its owner a client: what a purchase anniversary
 * compares. Written exactly as migration 0038 indexes it (with the brand), so both databases read
 * the anniversaries of a window from the index rather than every registration.
 */
export const acquiredMonthDay = sql`substr(${acquiredOn}, 6, 5)`;

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

/** Whether `clause` compares clients' value (in the reporting currency, with the brand's rates). */
export function readsValue(clause: SegmentClause): boolean {
  switch (clause.kind) {
    case 'all':
    case 'any':
      return clause.of.some(readsValue);
    case 'not':
      return readsValue(clause.of);
    default:
      return clause.kind === 'value';
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
        (range) => sql`(${range.requiresBeforeToday ? sql`${acquiredOn} < ${today} AND ` : sql``}${acquiredMonthDay} BETWEEN ${range.from} AND ${range.to})`,
      );
      // Not correlated with the client: the owners of a window's anniversaries are found once,
      // from the index, then each client is looked up in them (a hashed semi-join on PostgreSQL,
      // a list built once on SQLite), where an EXISTS per client read every client's
      // registrations. No NULL owner in the list, so `not` keeps meaning "does not match".
      return sql<SqlBool>`s.owner_id IN (SELECT w.owner_id FROM warranties w WHERE w.brand_id = ${context.brandId} AND w.owner_id IS NOT NULL
        AND w.confirmed_at IS NOT NULL AND w.status <> 'void' AND (${sql.join(ranges, sql` OR `)}))`;
    }
    case 'serviceDue': {
      // A piece owned is due by the window's end (the next care due of next-care-due.ts) exactly
      // when the earliest day a piece's care counts from is on or before the latest that is due by then.
      const dueBy = latestCountedFromDueBy(addDaysToDate(today, condition.withinDays), context.serviceIntervalMonths);
      return sql<SqlBool>`(s.care_due_counted_from IS NOT NULL AND s.care_due_counted_from <= ${dueBy})`;
    }
    case 'consent': {
      // The latest choice recorded for the channel and purpose is yes: a yes with no later choice
      // (by time, then id); never asked counts as no. Written as a semi-join, not as the latest
      // row's value compared with 1: PostgreSQL guesses 0.5 % for `(subquery) = 1`, so with the
      // whole segment expected to be a few dozen people it found and sorted all of it before a
      // page (1.1 s a page of 50 at 600,000 clients); it estimates a semi-join from the consents'
      // statistics, walks the clients in id order for a page (~10 ms) and hashes the rest for a count.
      const latestIsYes = sql<SqlBool>`EXISTS (SELECT 1 FROM consents c WHERE c.owner_id = s.owner_id AND c.channel = ${condition.channel} AND c.purpose = ${condition.purpose} AND c.granted = 1
        AND NOT EXISTS (SELECT 1 FROM consents later WHERE later.owner_id = c.owner_id AND later.channel = c.channel AND later.purpose = c.purpose
          AND (later.recorded_at > c.recorded_at OR (later.recorded_at = c.recorded_at AND later.id > c.id))))`;
      return condition.granted ? latestIsYes : sql<SqlBool>`(NOT ${latestIsYes})`;
    }
    case 'country':
      return inList(sql.ref('o.country'), condition.in);
    case 'language':
      return inList(sql.ref('o.language'), condition.in);
    case 'customerType':
      return inList(sql.ref('o.customer_type'), condition.in);
    case 'value': {
      // Whole units of the reporting currency, compared with the summary's minor units (its value is in that currency).
      const minorUnits = condition.amount * 10 ** minorUnitDigits(context.reportingCurrency);
      return sql<SqlBool>`(s.purchase_value_minor_units + s.after_sales_value_minor_units) ${sqlComparisons[condition.op]} ${minorUnits}`;
    }
    case 'collection':
      // A piece they own now whose model is of one of the collections.
      return sql<SqlBool>`EXISTS (SELECT 1 FROM warranties w INNER JOIN items i ON i.id = w.item_id INNER JOIN models m ON m.id = i.model_id
        WHERE ${ownedBy(context)} AND ${inList(sql.ref('m.collection'), condition.in)})`;
  }
}

/** The conditions that read the client's own rows (a subquery per client), not a column of their summary or person. */
const subqueryConditions: ReadonlySet<SegmentCondition['kind']> = new Set(['purchaseAnniversary', 'consent', 'collection']);

/** How many per-client subqueries `clause` may run: what the parts of a group are ordered by. */
function subqueryCost(clause: SegmentClause): number {
  switch (clause.kind) {
    case 'all':
    case 'any':
      return clause.of.reduce((sum, part) => sum + subqueryCost(part), 0);
    case 'not':
      return subqueryCost(clause.of);
    default:
      return subqueryConditions.has(clause.kind) ? 1 : 0;
  }
}

/**
 * A group's parts, the cheapest first. SQLite tests a WHERE's terms in the order written and stops
 * at the first that decides, so a subquery then runs only for the clients the columns kept (two
 * pieces or more, then an anniversary, then the consent: about 4.6 s at 600,000 clients the
 * other way round); PostgreSQL orders them by its own cost estimates. The answer is the same in
 * any order: no condition yields NULL, so AND and OR are commutative here.
 */
function cheapestFirst(parts: readonly SegmentClause[]): SegmentClause[] {
  return parts.map((part, index) => ({ part, index, cost: subqueryCost(part) })).sort((a, b) => a.cost - b.cost || a.index - b.index).map(({ part }) => part);
}

/** The clause as one SQL condition on `client_summaries as s` (and `owners as o` when `readsOwnerColumns`). */
export function compileClause(clause: SegmentClause, context: FilterContext): Condition {
  switch (clause.kind) {
    case 'all':
      return sql<SqlBool>`(${sql.join(cheapestFirst(clause.of).map((part) => compileClause(part, context)), sql` AND `)})`;
    case 'any':
      return sql<SqlBool>`(${sql.join(cheapestFirst(clause.of).map((part) => compileClause(part, context)), sql` OR `)})`;
    case 'not':
      return sql<SqlBool>`(NOT ${compileClause(clause.of, context)})`;
    default:
      return compileCondition(clause, context);
  }
}

