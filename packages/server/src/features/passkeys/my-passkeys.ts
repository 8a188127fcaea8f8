/** A person's own passkeys: the list in their account, and removing one (only their own: another's is 404). */
import type { Passkey, PasskeyList } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';
import type { PasskeysTable } from '../../db/schema.ts';
import { AtelierError } from '../../errors.ts';

export function passkeyView(row: Pick<PasskeysTable, 'id' | 'device_label' | 'created_at' | 'last_used_at'>): Passkey {
  return { id: row.id, deviceLabel: row.device_label, createdAt: row.created_at, lastUsedAt: row.last_used_at };
}

export async function listPasskeys(db: Db, personId: string): Promise<PasskeyList> {
  const rows = await db
    .selectFrom('passkeys')
    .select(['id', 'device_label', 'created_at', 'last_used_at'])
    .where('person_id', '=', personId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return { passkeys: rows.map(passkeyView) };
}

/** Deletes the person's passkey `passkeyId`; 404 `unknown_passkey` when they have none by that id (someone else's included). */
export async function deletePasskey(db: Db, personId: string, passkeyId: string): Promise<Passkey> {
  const deleted = await db
    .deleteFrom('passkeys')
    .where('id', '=', passkeyId)
    .where('person_id', '=', personId)
    .returning(['id', 'device_label', 'created_at', 'last_used_at'])
    .executeTakeFirst();
  if (!deleted) throw new AtelierError('unknown_passkey', 'You have no passkey with this id.');
  return passkeyView(deleted);
}
