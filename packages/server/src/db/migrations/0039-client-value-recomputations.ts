import type { Kysely } from 'kysely';

/**
 * A change of the brand's reporting currency no longer recomputes every client's value inside the
 * request: it records here, in its own transaction, that the values are to be recomputed in the new
 * currency, and a background step works through the clients in batches, keeping where it got to
 * (features/clients/client-value-recomputation.ts). One row per brand at most; no personal data
 * (the cursor is a person's id, which says nothing by itself).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('client_value_recomputations')
    .addColumn('brand_id', 'text', (c) => c.primaryKey().references('brands.id'))
    .addColumn('reporting_currency', 'text', (c) => c.notNull())
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('after_owner_id', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('clients_done', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('client_value_recomputations').execute();
}
