/** Lets the periodic prune find expired delivery ids, oldest first, without reading the whole log. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('webhook_deliveries_by_received_at').on('webhook_deliveries').column('received_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('webhook_deliveries_by_received_at').execute();
}
