import type { Kysely } from 'kysely';

/**
 * Issue 4, service network: where a centre is, so owners can list centres by distance from them.
 * Nullable: a centre without coordinates is still listed, after those with them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('service_centres').addColumn('latitude', 'double precision').execute();
  await db.schema.alterTable('service_centres').addColumn('longitude', 'double precision').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of ['longitude', 'latitude']) {
    await db.schema.alterTable('service_centres').dropColumn(column).execute();
  }
}
