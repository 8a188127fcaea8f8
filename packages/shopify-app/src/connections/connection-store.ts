/**
 * A shop's connection to its brand: the brand's Atelier API URL, the retailer the shop is in the
 * brand's registry, and that retailer's key (`rk_…`), sealed at rest and never sent back out.
 */
import { createClient, type AtelierClient, type FetchFunction } from '@atelier/client';
import type { Db } from '../db/database.ts';
import type { ShopConnectionTable } from '../db/schema.ts';
import type { SecretBox } from '../secret-box.ts';
import type { Selectable } from 'kysely';

export interface ShopConnection {
  shop: string;
  apiUrl: string;
  retailerId: string;
  /** Null for a shop connected before retailer keys. */
  retailerName: string | null;
  brandName: string;
  /**
   * `secret`: connected before retailer keys, with the brand's `sk_…` key, which reads every
   * retailer's data; the admin page asks the merchant to replace it with their retailer key.
   */
  keyKind: 'retailer' | 'secret';
  connectedAt: string;
}

/** What the admin page may show: everything but the key. */
export type PublicConnection = ShopConnection;

function boundTo(shop: string): string {
  return `connection:${shop}`;
}

function connectionOf(row: Omit<Selectable<ShopConnectionTable>, 'sealed_secret_key' | 'updated_at'>): ShopConnection {
  return {
    shop: row.shop,
    apiUrl: row.api_url,
    retailerId: row.retailer_id,
    retailerName: row.retailer_name,
    brandName: row.brand_name,
    keyKind: row.key_kind,
    connectedAt: row.connected_at,
  };
}

export class ConnectionStore {
  readonly #db: Db;
  readonly #box: SecretBox;
  readonly #fetch: FetchFunction | undefined;

  constructor(options: { db: Db; box: SecretBox; atelierFetch?: FetchFunction | undefined }) {
    this.#db = options.db;
    this.#box = options.box;
    this.#fetch = options.atelierFetch;
  }

  /** A client acting with this server key (a connection being checked, or an open connection). */
  clientFor(apiUrl: string, key: string): AtelierClient {
    return createClient({ baseUrl: apiUrl, secretKey: key, ...(this.#fetch ? { fetch: this.#fetch } : {}) });
  }

  /** Connects (or reconnects) the shop with its retailer's key. */
  async save(connection: { shop: string; apiUrl: string; retailerKey: string; retailerId: string; retailerName: string; brandName: string }, now: Date): Promise<void> {
    const at = now.toISOString();
    const sealed = this.#box.seal(connection.retailerKey, boundTo(connection.shop));
    const values = {
      api_url: connection.apiUrl,
      sealed_secret_key: sealed,
      key_kind: 'retailer' as const,
      retailer_id: connection.retailerId,
      retailer_name: connection.retailerName,
      brand_name: connection.brandName,
      updated_at: at,
    };
    await this.#db
      .insertInto('shop_connections')
      .values({ shop: connection.shop, connected_at: at, ...values })
      .onConflict((oc) => oc.column('shop').doUpdateSet(values))
      .execute();
  }

  async find(shop: string): Promise<PublicConnection | undefined> {
    const row = await this.#db
      .selectFrom('shop_connections')
      .select(['shop', 'api_url', 'retailer_id', 'retailer_name', 'brand_name', 'key_kind', 'connected_at'])
      .where('shop', '=', shop)
      .executeTakeFirst();
    return row && connectionOf(row);
  }

  /** The shop's connection with a client acting as its retailer, or undefined when not connected. */
  async open(shop: string): Promise<{ connection: ShopConnection; client: AtelierClient } | undefined> {
    const row = await this.#db.selectFrom('shop_connections').selectAll().where('shop', '=', shop).executeTakeFirst();
    if (!row) return undefined;
    const key = this.#box.open(row.sealed_secret_key, boundTo(shop));
    return { connection: connectionOf(row), client: this.clientFor(row.api_url, key) };
  }

  async delete(shop: string): Promise<void> {
    await this.#db.deleteFrom('shop_connections').where('shop', '=', shop).execute();
  }
}
