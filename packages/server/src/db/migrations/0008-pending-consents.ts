import type { Kysely } from 'kysely';

/**
 * Double opt-in: the e-mail consents given with an activation, a retailer's sale or an ownership
 * transfer wait on the pending warranty, as JSON `{ "service": boolean, "marketing": boolean, "source":
 * "warranty_activation" | … }`, and become rows of `consents` only when the owner confirms the address
 * through the e-mailed link (features/warranties/pending-consents.ts). Anyone may type someone
 * else's address into a form; a consent counts once the address has answered.
 *
 * Nothing is moved: consent rows recorded before this change (at submission) stay as they are,
 * since whether their addresses were ever confirmed cannot be told now; pending warranties of
 * before this change start with no pending consents (their consents were already recorded).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('warranties').addColumn('pending_consents', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('warranties').dropColumn('pending_consents').execute();
}
