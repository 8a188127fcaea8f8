import type { Kysely } from 'kysely';

/**
 * Issue 11, exactly once across a crash: e-mails are queued in `mail_outbox` by the same
 * transaction as the change they announce, and sent after it commits (mail/outbox.ts). A row is
 * deleted once its message is handed to the transport; rows left by a crash are sent at start-up.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('available_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mail_outbox_available_at').on('mail_outbox').column('available_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mail_outbox').execute();
}
