/**
 * Retention by purchase-year cohort (the definition: `retentionWindowMonths` in the contract's
 * insight-figures.ts). Read from the clients' summaries (features/clients/client-summary.ts), which
 * already hold each client's first purchase and their last purchase or service, so the table is one
 * grouped scan of one narrow row per client. The day the window starts is worked out here and
 * passed as a parameter, and the year is the first four characters of the stored `YYYY-MM-DD`: the
 * databases only compare and cut text, which SQLite and PostgreSQL do alike.
 */
import { retentionWindowMonths, type CohortRetention } from '@atelier/client/contract';
import { sql } from 'kysely';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { addMonthsToDate, todayUtc } from '../shared/calendar.ts';
import { countFrom, shareOf } from './shares.ts';

type Count = number | string | bigint | null;

export async function cohortRetention(deps: { db: Db; clock: Clock }, brandId: string): Promise<CohortRetention> {
  const asOf = todayUtc(deps.clock);
  const retainedSince = addMonthsToDate(asOf, -retentionWindowMonths);
  // Literal positions, not parameters: PostgreSQL matches the select's expression to the GROUP BY's only when their text is the same.
  const purchaseYear = sql<string>`substr(first_purchase_on, 1, 4)`;
  const rows = await deps.db
    .selectFrom('client_summaries')
    .select([
      purchaseYear.as('purchase_year'),
      sql<Count>`count(*)`.as('clients'),
      // Came back: a purchase or service after the first purchase's day, within the window.
      sql<Count>`sum(case when last_purchase_or_service_on >= ${retainedSince} and last_purchase_or_service_on > first_purchase_on then 1 else 0 end)`.as('retained'),
    ])
    .where('brand_id', '=', brandId)
    .groupBy(purchaseYear)
    .orderBy(purchaseYear)
    .execute();
  const cohorts = rows.map((row) => {
    const clients = countFrom(row.clients);
    const retained = countFrom(row.retained);
    return { purchaseYear: Number(row.purchase_year), clients, retained, retentionShare: shareOf(retained, clients) };
  });
  const clients = cohorts.reduce((sum, cohort) => sum + cohort.clients, 0);
  const retained = cohorts.reduce((sum, cohort) => sum + cohort.retained, 0);
  return { asOf, windowMonths: retentionWindowMonths, retainedSince, cohorts, total: { clients, retained, retentionShare: shareOf(retained, clients) } };
}
