import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect.ts';

/**
 * Issue 12: the audit log — one row per write by a person or a server key, and per read of
 * personal data (audit/record-audit.ts). Append-only: no code path updates or deletes a row, and
 * the database refuses it too (a trigger on each dialect; on PostgreSQL TRUNCATE as well), so a
 * bug or a stray statement cannot rewrite history. Ordered newest first by (`at`, `id`).
 */
const refusal = 'audit_log is append-only: its rows are never updated or deleted';

const sqliteTriggers = [
  `CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, '${refusal}'); END`,
  `CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, '${refusal}'); END`,
];

const postgresTriggers = [
  `CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN RAISE EXCEPTION '${refusal}' USING ERRCODE = 'insufficient_privilege'; END $$`,
  `CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`,
  `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('brand_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_kind', 'text', (c) => c.notNull().check(sql`actor_kind in ('key', 'person')`))
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('retailer_id', 'text')
    .addColumn('operation', 'text', (c) => c.notNull())
    .addColumn('target_kind', 'text')
    .addColumn('target_id', 'text')
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_brand_at_idx').on('audit_log').columns(['brand_id', 'at', 'id']).execute();
  await db.schema.createIndex('audit_log_actor_idx').on('audit_log').columns(['brand_id', 'actor_id', 'at']).execute();
  await db.schema.createIndex('audit_log_target_idx').on('audit_log').columns(['brand_id', 'target_kind', 'target_id', 'at']).execute();
  for (const statement of isPostgres(db) ? postgresTriggers : sqliteTriggers) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_log').execute();
  if (isPostgres(db)) await sql.raw('DROP FUNCTION audit_log_refuse_change()').execute(db);
}
