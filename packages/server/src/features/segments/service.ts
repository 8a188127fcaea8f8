/**
 * A segment's people, for brand staff: counted, listed a page at a time, exported as CSV for one
 * purpose (marketing, service) with only the people who said yes to it on that channel. Which
 * calls are audited (listing, exporting: they read personal data) is declared in
 * audit/audited-operations.ts; the row names the segment as asked.
 */
import {
  segmentExportMaxRows,
  segmentPageSize,
  type BuiltInSegment,
  type BuiltInSegmentList,
  type BuiltInSegmentName,
  type ParsedQueryOf,
  type SegmentClause,
  type SegmentCount,
  type SegmentMemberPage,
  type exportSegment as exportSegmentOperation,
  type listSegmentMembers as listSegmentMembersOperation,
} from '@atelier/client/contract';
import { stringify } from 'csv-stringify/sync';
import type { Clock } from '../../clock.ts';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { decodeCursor, encodeCursor } from '../../db/keyset-cursor.ts';
import { AtelierError } from '../../errors.ts';
import { todayUtc } from '../shared/calendar.ts';
import { builtInSegmentsWith, type builtInSegments } from './built-in-segments.ts';
import { rfmValueFromEur, rfmValueThresholds } from './rfm-segments.ts';
import { clientValuesBasis, sortMissingRates } from '../exchange-rates/conversion.ts';
import { clientPopulation, compileClause, readsOwnerColumns, readsValue, type FilterContext } from './compile-filter.ts';

export interface SegmentDeps {
  db: Db;
  clock: Clock;
}

/** Which people a query asks for: a built-in `segment` or a `filter`, exactly one. */
export interface SegmentChoice {
  segment?: keyof typeof builtInSegments | undefined;
  filter?: SegmentClause | undefined;
}

/** The brand's built-in segments, the RFM groups' value thresholds in its reporting currency. */
export function builtInSegmentsOf(context: FilterContext): Readonly<Record<BuiltInSegmentName, BuiltInSegment>> {
  return builtInSegmentsWith(context.rfm?.valueFrom ?? rfmValueFromEur);
}

/** The clause a query names; a 422 at `filter` when it names none, or both. */
export function chosenClause(choice: SegmentChoice, context: FilterContext): SegmentClause {
  if (choice.segment !== undefined && choice.filter !== undefined) {
    const message = 'Give a built-in segment or a filter, not both.';
    throw new AtelierError('validation_failed', message, { fieldErrors: [{ path: 'filter', code: 'invalid_value', message }] });
  }
  if (choice.segment !== undefined) return builtInSegmentsOf(context)[choice.segment].filter;
  if (choice.filter !== undefined) return choice.filter;
  const message = 'Name a built-in segment, or give a filter.';
  throw new AtelierError('validation_failed', message, { fieldErrors: [{ path: 'filter', code: 'required', message }] });
}

/** The brand and day a filter is evaluated against (invitations and news read it too). */
export async function filterContext(deps: SegmentDeps, brandId: string): Promise<FilterContext> {
  const brand = await deps.db.selectFrom('brands').select(['service_interval_months', 'reporting_currency']).where('id', '=', brandId).executeTakeFirstOrThrow();
  const today = todayUtc(deps.clock);
  const rfm = await rfmValueThresholds(deps.db, brandId, brand.reporting_currency, today);
  return { brandId, today, serviceIntervalMonths: brand.service_interval_months, reportingCurrency: brand.reporting_currency, rfm };
}

/** The brand's clients in `clause` with their own columns, as a query on `client_summaries as s` joined to `owners as o`. */
export function segmentMembers(db: Db, clause: SegmentClause, context: FilterContext) {
  return db.selectFrom('client_summaries as s').innerJoin('owners as o', 'o.id', 's.owner_id').where(clientPopulation(context)).where(compileClause(clause, context));
}

export async function listBuiltInSegments(deps: SegmentDeps, brandId: string): Promise<BuiltInSegmentList> {
  return { segments: Object.values(builtInSegmentsOf(await filterContext(deps, brandId))) };
}

export async function countSegment(deps: SegmentDeps, brandId: string, choice: SegmentChoice): Promise<SegmentCount> {
  const context = await filterContext(deps, brandId);
  const clause = chosenClause(choice, context);
  // Most segments read the summaries alone: the join to each client's own row only when a condition needs it.
  const count = sql<number | string | bigint>`count(*)`.as('count');
  const row = readsOwnerColumns(clause)
    ? await segmentMembers(deps.db, clause, context).select(count).executeTakeFirstOrThrow()
    : await deps.db.selectFrom('client_summaries as s').where(clientPopulation(context)).where(compileClause(clause, context)).select(count).executeTakeFirstOrThrow();
  // A count compared on value says in which currency, and which rates its values miss — an RFM
  // group's too the euro rate its thresholds lack (rfm-segments.ts).
  if (!readsValue(clause)) return { count: Number(row.count), asOf: context.today };
  const basis = await clientValuesBasis(deps.db, brandId);
  const thresholdRate = choice.segment?.startsWith('rfm_') ? context.rfm?.missingRate : undefined;
  const valueBasis = thresholdRate ? { ...basis, missingRates: sortMissingRates([...basis.missingRates, thresholdRate]) } : basis;
  return { count: Number(row.count), asOf: context.today, valueBasis };
}

const memberColumns = ['o.id', 'o.name', 'o.email', 'o.country', 'o.language', 'o.customer_type'] as const;

export async function listSegmentMembers(deps: SegmentDeps, brandId: string, query: ParsedQueryOf<typeof listSegmentMembersOperation>): Promise<SegmentMemberPage> {
  const context = await filterContext(deps, brandId);
  const clause = chosenClause(query, context);
  // The page's ids first, from the summaries alone when no condition reads the person: walked in
  // id order and stopped after the page, where a join to every person's row first made PostgreSQL
  // find and sort the whole segment (~0.4 s a page for 60,000 clients). Then their rows.
  let ids = (readsOwnerColumns(clause) ? segmentMembers(deps.db, clause, context) : deps.db.selectFrom('client_summaries as s').where(clientPopulation(context)).where(compileClause(clause, context))).select(
    's.owner_id',
  );
  if (query.cursor !== undefined) {
    const [afterId] = decodeCursor(query.cursor, 1) as [string];
    ids = ids.where('s.owner_id', '>', afterId);
  }
  // One more than the page: whether there is a next page, without counting.
  const pageIds = (await ids.orderBy('s.owner_id').limit(segmentPageSize + 1).execute()).map((row) => row.owner_id);
  const rows = pageIds.length === 0 ? [] : await deps.db.selectFrom('owners as o').select(memberColumns).where('o.id', 'in', pageIds).orderBy('o.id').execute();
  const people = rows.slice(0, segmentPageSize).map((row) => ({ id: row.id, name: row.name, email: row.email, country: row.country, language: row.language, customerType: row.customer_type }));
  const last = people.at(-1);
  return { people, nextCursor: pageIds.length > segmentPageSize && last ? encodeCursor([last.id]) : null, asOf: context.today };
}

const csvColumns = [
  { key: 'id', header: 'id' },
  { key: 'name', header: 'name' },
  { key: 'email', header: 'email' },
  { key: 'country', header: 'country' },
  { key: 'language', header: 'language' },
  { key: 'customer_type', header: 'customer_type' },
] as const;

/**
 * The segment's people who said yes to `purpose` on `channel` (their latest choice), as CSV
 * (RFC 4180, CRLF), by id. Names come from forms anyone fills in and may start with `=`, `+`, `-`
 * or `@`: csv-stringify's `escape_formulas` prefixes such a cell with `'`, as the audit log's
 * export does. More than `segmentExportMaxRows` people is refused rather than cut short.
 */
export async function exportSegment(deps: SegmentDeps, brandId: string, query: ParsedQueryOf<typeof exportSegmentOperation>): Promise<string> {
  const context = await filterContext(deps, brandId);
  const clause: SegmentClause = { kind: 'all', of: [chosenClause(query, context), { kind: 'consent', channel: query.channel, purpose: query.purpose, granted: true }] };
  const rows = await segmentMembers(deps.db, clause, context).select(memberColumns).orderBy('s.owner_id').limit(segmentExportMaxRows + 1).execute();
  if (rows.length > segmentExportMaxRows) {
    const message = `More than ${segmentExportMaxRows} people: narrow the segment and export each part.`;
    throw new AtelierError('validation_failed', message, { fieldErrors: [{ path: 'filter', code: 'too_large', message }] });
  }
  return stringify(rows, { header: true, columns: [...csvColumns], escape_formulas: true, record_delimiter: 'windows' });
}
