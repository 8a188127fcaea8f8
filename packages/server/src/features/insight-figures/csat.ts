/**
 * CSAT per service centre and per retailer (the definition: `csatSatisfiedScoreMin` and
 * `csatWindowDays` in the contract's insight-figures.ts): the owners' ratings of their repairs,
 * given in the window, counted and grouped by the database — the same `count` and `sum` on SQLite
 * and PostgreSQL — per the repair's centre and per the retailer the piece was left with.
 */
import { csatSatisfiedScoreMin, csatWindowDays, type CsatCount, type CsatFigures, type CsatRow } from '@atelier/client/contract';
import { sql } from 'kysely';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { addDaysToDate, todayUtc } from '../shared/calendar.ts';
import { countFrom, shareOf } from './shares.ts';

type Count = number | string | bigint | null;

const ratings = sql<Count>`count(*)`.as('ratings');
const satisfied = sql<Count>`sum(case when r.rating_score >= ${csatSatisfiedScoreMin} then 1 else 0 end)`.as('satisfied');

function counted(row: { ratings: Count; satisfied: Count }): CsatCount {
  const of = countFrom(row.ratings);
  const hits = countFrom(row.satisfied);
  return { ratings: of, satisfied: hits, csatShare: shareOf(hits, of) };
}

const byName = (a: CsatRow, b: CsatRow) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id);

export async function csatFigures(deps: { db: Db; clock: Clock }, brandId: string): Promise<CsatFigures> {
  const to = todayUtc(deps.clock);
  const from = addDaysToDate(to, 1 - csatWindowDays);
  const rated = deps.db
    .selectFrom('repair_orders as r')
    .where('r.brand_id', '=', brandId)
    .where('r.rating_score', 'is not', null)
    .where('r.rated_at', '>=', `${from}T00:00:00.000Z`)
    .where('r.rated_at', '<', `${addDaysToDate(to, 1)}T00:00:00.000Z`);
  const [centres, retailers, total] = await Promise.all([
    rated
      .innerJoin('service_centres as c', 'c.id', 'r.service_centre_id')
      .select(['c.id', 'c.name', ratings, satisfied])
      .groupBy(['c.id', 'c.name'])
      .execute(),
    rated
      .innerJoin('retailers as t', 't.id', 'r.retailer_id')
      .select(['t.id', 't.name', ratings, satisfied])
      .groupBy(['t.id', 't.name'])
      .execute(),
    rated.select([ratings, satisfied]).executeTakeFirstOrThrow(),
  ]);
  return {
    from,
    to,
    satisfiedScoreMin: csatSatisfiedScoreMin,
    serviceCentres: centres.map((row) => ({ id: row.id, name: row.name, ...counted(row) })).sort(byName),
    retailers: retailers.map((row) => ({ id: row.id, name: row.name, ...counted(row) })).sort(byName),
    total: counted(total),
  };
}
