/**
 * Shopify sessions (offline access tokens) in the app's database, behind the library's
 * SessionStorage interface, so the library's flows and ours read and write them the same way.
 * The whole session is sealed: an access token, and a refresh token even more, is as sensitive as a
 * password. Beside it, in clear, only what coordinating a refresh needs: expiries, a revision, a
 * refresh lease and the mark of a shop whose token Shopify refused (see offline-tokens.ts).
 */
import { Session } from '@shopify/shopify-api';
import type { SessionStorage } from '@shopify/shopify-app-session-storage';
import type { Db } from '../db/database.ts';
import type { SecretBox } from '../secret-box.ts';

function boundTo(id: string): string {
  return `shopify-session:${id}`;
}

/** A stored session with the bookkeeping its refresh is coordinated by. */
export interface StoredSession {
  session: Session;
  /** What a conditional update compares against: another write in between makes it fail. */
  revision: number;
  reauthorizationNeededAt: string | null;
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

  #sealedColumns(session: Session) {
    return {
      shop: session.shop,
      is_online: session.isOnline ? 1 : 0,
      sealed_session: this.#box.seal(JSON.stringify(session.toPropertyArray(true)), boundTo(session.id)),
      access_token_expires_at: session.expires?.toISOString() ?? null,
      refresh_token_expires_at: session.refreshTokenExpires?.toISOString() ?? null,
      updated_at: this.#now().toISOString(),
    };
  }

  /**
   * Stores a session as the shop's current one: a newly granted token, so any refresh lease and any
   * mark of a refused token go with the old one.
   */
  async storeSession(session: Session): Promise<boolean> {
    const columns = this.#sealedColumns(session);
    await this.#db
      .insertInto('shopify_sessions')
      .values({ id: session.id, ...columns, revision: 0, refresh_claimed_until: null, reauthorization_needed_at: null })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({ ...columns, revision: eb('shopify_sessions.revision', '+', 1), refresh_claimed_until: null, reauthorization_needed_at: null })),
      )
      .execute();
    return true;
  }

  /**
   * Replaces the session only if nothing was written since `revision` was read (e.g. the scope of a
   * session a refresh is not replacing meanwhile). Returns whether it did.
   */
  async replaceIfUnchanged(session: Session, revision: number): Promise<boolean> {
    const result = await this.#db
      .updateTable('shopify_sessions')
      .set((eb) => ({ ...this.#sealedColumns(session), revision: eb('revision', '+', 1) }))
      .where('id', '=', session.id)
      .where('revision', '=', revision)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }

  async loadSession(id: string): Promise<Session | undefined> {
    return (await this.loadStored(id))?.session;
  }

  async loadStored(id: string): Promise<StoredSession | undefined> {
    const row = await this.#db
      .selectFrom('shopify_sessions')
      .select(['id', 'sealed_session', 'revision', 'reauthorization_needed_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? { session: this.#unseal(row), revision: Number(row.revision), reauthorizationNeededAt: row.reauthorization_needed_at } : undefined;
  }

  /**
   * Takes the right to spend this session's refresh token until `until`: granted only if the row is
   * still at `revision` (nobody refreshed since it was read) and no other lease is running. One
   * conditional UPDATE, atomic on SQLite and PostgreSQL alike, so of several processes exactly one wins.
   */
  async claimRefresh(id: string, revision: number, until: Date): Promise<boolean> {
    const now = this.#now().toISOString();
    const result = await this.#db
      .updateTable('shopify_sessions')
      .set({ refresh_claimed_until: until.toISOString() })
      .where('id', '=', id)
      .where('revision', '=', revision)
      .where('reauthorization_needed_at', 'is', null)
      .where((eb) => eb.or([eb('refresh_claimed_until', 'is', null), eb('refresh_claimed_until', '<', now)]))
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }

  async releaseRefreshClaim(id: string): Promise<void> {
    await this.#db.updateTable('shopify_sessions').set({ refresh_claimed_until: null }).where('id', '=', id).execute();
  }

  /** Marks the session's token as refused by Shopify. Returns true only for the call that marked it. */
  async markReauthorizationNeeded(id: string): Promise<boolean> {
    const result = await this.#db
      .updateTable('shopify_sessions')
      .set({ reauthorization_needed_at: this.#now().toISOString(), refresh_claimed_until: null })
      .where('id', '=', id)
      .where('reauthorization_needed_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }

  /** Offline sessions holding a non-expiring token (none is refused), in id order after `afterId`. */
  async findNonExpiringOffline(options: { afterId: string; limit: number }): Promise<StoredSession[]> {
    const rows = await this.#db
      .selectFrom('shopify_sessions')
      .select(['id', 'sealed_session', 'revision', 'reauthorization_needed_at'])
      .where('is_online', '=', 0)
      .where('access_token_expires_at', 'is', null)
      .where('reauthorization_needed_at', 'is', null)
      .where('id', '>', options.afterId)
      .orderBy('id')
      .limit(options.limit)
      .execute();
    return rows.map((row) => ({ session: this.#unseal(row), revision: Number(row.revision), reauthorizationNeededAt: row.reauthorization_needed_at }));
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
