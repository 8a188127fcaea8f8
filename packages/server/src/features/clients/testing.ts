/** What the tests that look at a client's stored figures share. */
import type { Db } from '../../db/database.ts';
import { storedClientSummary, type ClientSummary } from './client-summary.ts';

/** The stored summary of the client whose e-mail is `email` (normalized); undefined when they are not a client (yet). */
export async function storedSummaryOf(db: Db, email: string): Promise<ClientSummary | undefined> {
  const row = await db
    .selectFrom('client_summaries as s')
    .innerJoin('owners as o', 'o.id', 's.owner_id')
    .selectAll('s')
    .where('o.email_normalized', '=', email)
    .executeTakeFirst();
  return row && storedClientSummary(row);
}
