import { sql, type Kysely } from 'kysely';

/**
 * Issue 16: a pending transfer also ends when the piece is reported stolen (or lost) or when one
 * of its two owners erases their account (features/warranties/pending-transfers.ts), and the new
 * owner's confirmation link then says the transfer is no longer possible. Why a transfer was
 * cancelled is kept with it: `by_owner` (the owner cancelled it, every cancellation so far),
 * `piece_reported_stolen`, `piece_reported_lost`, `owner_erased` (the owner giving it erased their
 * account) or `recipient_erased` (the one it was for did). Null for the other ends.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('piece_transfers')
    .addColumn('ended_reason', 'text', (col) =>
      col.check(sql`ended_reason in ('by_owner', 'piece_reported_stolen', 'piece_reported_lost', 'owner_erased', 'recipient_erased')`),
    )
    .execute();
  await sql`update piece_transfers set ended_reason = 'by_owner' where status = 'cancelled'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('piece_transfers').dropColumn('ended_reason').execute();
}
