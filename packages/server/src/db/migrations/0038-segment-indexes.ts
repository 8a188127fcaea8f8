import { sql, type Kysely } from 'kysely';

/**
 * Issue 17, segments at scale (bench/segments.ts, the "marketing, 2+ pieces, anniversary" segment):
 * - a purchase anniversary "within 30 days" asks for the registrations whose month-day falls in
 *   the window (features/segments/compile-filter.ts, `acquiredMonthDay`). Indexed by brand and that
 *   month-day — the expression written exactly as the query writes it, on both databases — the
 *   window's registrations are read from the index instead of all of them;
 * - a consent condition reads a client's latest choice for a channel and purpose: indexed in that
 *   order, it is the index's last entry, where each client's choices were read and sorted.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX warranties_anniversary_idx ON warranties (brand_id, (substr(CASE WHEN source = 'transfer' THEN substr(activated_at, 1, 10) ELSE purchase_date END, 6, 5)))`.execute(db);
  await db.schema.createIndex('consents_latest_idx').on('consents').columns(['owner_id', 'channel', 'purpose', 'recorded_at', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('consents_latest_idx').execute();
  await db.schema.dropIndex('warranties_anniversary_idx').execute();
}
