/**
 * Who an invitation or a news item is for (contract brand-audience.ts): the brand's clients in a
 * built-in segment, matching a filter of the segment language, both, or every client when it
 * names neither — compiled to SQL by the segments' own compiler (features/segments), so an
 * audience and a segment with the same words are the same people.
 */
import type { Audience, AudienceView, SegmentClause } from '@atelier/client/contract';
import { sql, type SqlBool } from 'kysely';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { clientPopulation, compileClause, type FilterContext } from '../segments/compile-filter.ts';
import { builtInSegmentsOf, filterContext } from '../segments/service.ts';

/** An audience as stored (JSON in the `audience` column) and answered. */
export function storedAudience(audience: Audience): string {
  const view: AudienceView = { segment: audience.segment ?? null, filter: audience.filter ?? null };
  return JSON.stringify(view);
}

export function audienceView(stored: string): AudienceView {
  return JSON.parse(stored) as AudienceView;
}

/** The clause an audience stands for; undefined for every client. */
function audienceClause(audience: AudienceView, context: FilterContext): SegmentClause | undefined {
  const parts: SegmentClause[] = [];
  if (audience.segment !== null) parts.push(builtInSegmentsOf(context)[audience.segment].filter);
  if (audience.filter !== null) parts.push(audience.filter as SegmentClause);
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : { kind: 'all', of: parts };
}

/**
 * The brand's clients in `audience`, as a query on `client_summaries as s` joined to `owners as o`
 * (select what you need: `o.id`, `o.language`…).
 */
export function audienceMembers(db: Db, audience: AudienceView, context: FilterContext) {
  const clause = audienceClause(audience, context);
  const matches = clause === undefined ? sql<SqlBool>`1 = 1` : compileClause(clause, context);
  return db.selectFrom('client_summaries as s').innerJoin('owners as o', 'o.id', 's.owner_id').where(clientPopulation(context)).where(matches);
}

export interface AudienceDeps {
  db: Db;
  clock: Clock;
}

/** The evaluation context of the brand's audiences today. */
export function audienceContext(deps: AudienceDeps, brandId: string): Promise<FilterContext> {
  return filterContext(deps, brandId);
}

/** How many clients `audience` holds today. */
export async function countAudience(deps: AudienceDeps, audience: AudienceView, context: FilterContext): Promise<number> {
  const row = await audienceMembers(deps.db, audience, context).select(sql<number | string | bigint>`count(*)`.as('count')).executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Whether the owner is in `audience` today. */
export async function isInAudience(deps: AudienceDeps, audience: AudienceView, context: FilterContext, ownerId: string): Promise<boolean> {
  const row = await audienceMembers(deps.db, audience, context).where('s.owner_id', '=', ownerId).select('s.owner_id').executeTakeFirst();
  return row !== undefined;
}
