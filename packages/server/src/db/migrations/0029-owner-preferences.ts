import { sql, type Kysely } from 'kysely';

/**
 * Issue 16, the owner's preferences and their data: each consent keeps the words the person read
 * when they gave or withdrew it (`consents.wording`, null for older entries and for a link's one
 * click); the owner's other preferences — their language and their quiet period — get a history
 * of their own in `owner_preference_changes` (the latest entry of a kind counts, as for consents;
 * `value` is JSON: the locale, or the quiet period `{ from, until }`, or null when lifted); and an
 * erased owner's record keeps its row, naming no one, with when it was erased (`owners.erased_at`),
 * so the pieces' registrations that point to it stay (features/my-data).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('consents').addColumn('wording', 'text').execute();
  await db.schema.alterTable('owners').addColumn('erased_at', 'text').execute();
  await db.schema
    .createTable('owner_preference_changes')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('owner_id', 'text', (col) => col.notNull().references('owners.id'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('value', 'text', (col) => col.notNull())
    .addColumn('recorded_at', 'text', (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('wording', 'text')
    .addCheckConstraint('owner_preference_changes_kind', sql`kind in ('language', 'quiet_period')`)
    .execute();
  await db.schema.createIndex('owner_preference_changes_owner_idx').on('owner_preference_changes').columns(['owner_id', 'kind', 'recorded_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('owner_preference_changes').execute();
  await db.schema.alterTable('owners').dropColumn('erased_at').execute();
  await db.schema.alterTable('consents').dropColumn('wording').execute();
}
