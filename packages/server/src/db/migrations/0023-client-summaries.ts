import { sql, type Kysely } from 'kysely';

/**
 * Issue 17: a summary row per client (features/clients/client-summary.ts keeps it up to date and
 * says what counts), so a segment over 600,000 clients reads one narrow row each instead of every
 * client's registrations and services (a 600,000-client `vip` count took 31 s on SQLite without it).
 *
 * The backfill is set-based SQL, the same text on both databases: a frozen copy of the summary's
 * definition as of this migration (migrations never follow a feature's later changes). Its tests
 * (client-summary.test.ts) check that it gives what the feature computes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('client_summaries')
    .addColumn('owner_id', 'text', (col) => col.primaryKey().references('owners.id'))
    .addColumn('brand_id', 'text', (col) => col.notNull().references('brands.id'))
    .addColumn('purchases', 'integer', (col) => col.notNull())
    .addColumn('first_purchase_on', 'text', (col) => col.notNull())
    .addColumn('last_purchase_on', 'text', (col) => col.notNull())
    .addColumn('services', 'integer', (col) => col.notNull())
    .addColumn('last_service_on', 'text')
    .addColumn('last_purchase_or_service_on', 'text', (col) => col.notNull())
    .addColumn('pieces_owned', 'integer', (col) => col.notNull())
    .addColumn('care_due_counted_from', 'text')
    .execute();
  // A segment's clients in id order: counted, and paged by keyset.
  await db.schema.createIndex('client_summaries_brand_idx').on('client_summaries').columns(['brand_id', 'owner_id']).execute();
  await backfillClientSummaries(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('client_summaries').execute();
}

/**
 * Writes every client's summary from the registry. Also how the segments benchmark
 * (bench/segments.ts) summarises the history it generates by SQL.
 *
 * - purchases: confirmed registrations naming the person as owner or buyer, a sale voided as a
 *   mistake (`voided_at`) aside; dated by the purchase, or for a transfer the day it was registered;
 * - pieces owned: confirmed registrations naming them as owner, not void;
 * - services: `serviced` events of a piece owned, on or after the day it was got;
 * - care counted from: per piece owned, its last service if on or after the purchase date, else
 *   the purchase date (next-care-due.ts); the earliest of these.
 */
export async function backfillClientSummaries(db: Kysely<unknown>): Promise<void> {
  const acquiredOn = sql`CASE WHEN w.source = 'transfer' THEN substr(w.activated_at, 1, 10) ELSE w.purchase_date END`;
  await sql`
    WITH counted AS (
      SELECT w.brand_id, w.owner_id, w.buyer_id, w.item_id, w.status, w.purchase_date, ${acquiredOn} AS acquired_on
      FROM warranties w
      WHERE w.confirmed_at IS NOT NULL AND w.voided_at IS NULL
    ),
    purchase AS (
      SELECT brand_id, owner_id AS person_id, acquired_on AS day FROM counted
      UNION ALL
      SELECT brand_id, buyer_id AS person_id, acquired_on AS day FROM counted WHERE buyer_id <> owner_id
    ),
    owned AS (
      SELECT owner_id AS person_id, item_id, purchase_date, acquired_on FROM counted WHERE status <> 'void'
    ),
    service AS (
      SELECT item_id, substr(occurred_at, 1, 10) AS day FROM provenance_events WHERE type = 'serviced'
    ),
    purchases AS (
      SELECT brand_id, person_id, count(*) AS purchases, min(day) AS first_on, max(day) AS last_on FROM purchase GROUP BY brand_id, person_id
    ),
    services AS (
      SELECT owned.person_id, count(*) AS services, max(service.day) AS last_on
      FROM owned JOIN service ON service.item_id = owned.item_id AND service.day >= owned.acquired_on
      GROUP BY owned.person_id
    ),
    pieces AS (
      SELECT owned.person_id, count(*) AS pieces_owned,
        min(CASE WHEN last_service.day >= owned.purchase_date THEN last_service.day ELSE owned.purchase_date END) AS care_from
      FROM owned LEFT JOIN (SELECT item_id, max(day) AS day FROM service GROUP BY item_id) last_service ON last_service.item_id = owned.item_id
      GROUP BY owned.person_id
    )
    INSERT INTO client_summaries (owner_id, brand_id, purchases, first_purchase_on, last_purchase_on, services, last_service_on,
      last_purchase_or_service_on, pieces_owned, care_due_counted_from)
    SELECT p.person_id, p.brand_id, p.purchases, p.first_on, p.last_on, COALESCE(s.services, 0), s.last_on,
      CASE WHEN s.last_on > p.last_on THEN s.last_on ELSE p.last_on END, COALESCE(o.pieces_owned, 0), o.care_from
    FROM purchases p
    LEFT JOIN services s ON s.person_id = p.person_id
    LEFT JOIN pieces o ON o.person_id = p.person_id
  `.execute(db);
}
