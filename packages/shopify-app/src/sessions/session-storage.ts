/**
 * Shopify sessions (offline access tokens) in the app's database, behind the library's
 * SessionStorage interface, so the library's flows and ours read and write them the same way.
 * The whole session is sealed: an access token is as sensitive as a password.
 */
import { Session } from '@shopify/shopify-api';
import type { SessionStorage } from '@shopify/shopify-app-session-storage';
import type { Db } from '../db/database.ts';
import type { SecretBox } from '../secret-box.ts';

function boundTo(id: string): string {
  return `shopify-session:${id}`;
}

export class DatabaseSessionStorage implements SessionStorage {
  readonly #db: Db;
  readonly #box: SecretBox;
  readonly #now: () => Date;

  constructor(options: { db: Db; box: SecretBox; now?: () => Date }) {
    this.#db = options.db;
    this.#box = options.box;
    this.#now = options.now ?? (() => new Date());
  }

  async storeSession(session: Session): Promise<boolean> {
    const row = {
      id: session.id,
      shop: session.shop,
      is_online: session.isOnline ? 1 : 0,
      sealed_session: this.#box.seal(JSON.stringify(session.toPropertyArray(true)), boundTo(session.id)),
      updated_at: this.#now().toISOString(),
    };
    await this.#db
      .insertInto('shopify_sessions')
      .values(row)
      .onConflict((oc) => oc.column('id').doUpdateSet({ shop: row.shop, is_online: row.is_online, sealed_session: row.sealed_session, updated_at: row.updated_at }))
      .execute();
    return true;
  }

  async loadSession(id: string): Promise<Session | undefined> {
    const row = await this.#db.selectFrom('shopify_sessions').select(['id', 'sealed_session']).where('id', '=', id).executeTakeFirst();
    return row ? this.#unseal(row) : undefined;
  }

  async deleteSession(id: string): Promise<boolean> {
    await this.#db.deleteFrom('shopify_sessions').where('id', '=', id).execute();
    return true;
  }

  async deleteSessions(ids: string[]): Promise<boolean> {
    if (ids.length > 0) await this.#db.deleteFrom('shopify_sessions').where('id', 'in', ids).execute();
    return true;
  }

  async findSessionsByShop(shop: string): Promise<Session[]> {
    const rows = await this.#db.selectFrom('shopify_sessions').select(['id', 'sealed_session']).where('shop', '=', shop).execute();
    return rows.map((row) => this.#unseal(row));
  }

  /** Removes every session of a shop (app/uninstalled, shop/redact). */
  async deleteShop(shop: string): Promise<void> {
    await this.#db.deleteFrom('shopify_sessions').where('shop', '=', shop).execute();
  }

  #unseal(row: { id: string; sealed_session: string }): Session {
    const entries = JSON.parse(this.#box.open(row.sealed_session, boundTo(row.id))) as [string, string | number | boolean][];
    return Session.fromPropertyArray(entries, true);
  }
}
