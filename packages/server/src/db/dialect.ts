/** Which SQL dialect a Kysely instance speaks, for the few statements that differ. */
import { sql, type Kysely } from 'kysely';

/**
 * Whether the database speaks PostgreSQL: the dialect's compiled placeholder (`$1`, SQLite's `?`)
 * tells without a query, which inside a PostgreSQL transaction could not fail safely.
 */
export function isPostgres<Schema>(db: Kysely<Schema>): boolean {
  return sql`select ${1}`.compile(db).sql.includes('$1');
}
