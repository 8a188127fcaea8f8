/**
 * A shop's connection to its brand: the brand's Atelier API URL, the retailer the shop is in the
 * brand's registry, and the retailer's secret key, sealed at rest and never sent back out.
 */
import { createClient, type AtelierClient, type FetchFunction } from '@atelier/client';
import type { Db } from '../db/database.ts';
import type { SecretBox } from '../secret-box.ts';

export interface ShopConnection {
  shop: string;
  apiUrl: string;
  retailerId: string;
  brandName: string;
  connectedAt: string;
}

/** What the admin page may show: everything but the key. */
export type PublicConnection = ShopConnection;

function boundTo(shop: string): string {
  return `connection:${shop}`;
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

  /** A client acting as a retailer with this secret key (for a connection being checked). */
  clientFor(apiUrl: string, secretKey: string): AtelierClient {
    return createClient({ baseUrl: apiUrl, secretKey, ...(this.#fetch ? { fetch: this.#fetch } : {}) });
  }

  async save(connection: Omit<ShopConnection, 'connectedAt'> & { secretKey: string }, now: Date): Promise<void> {
    const at = now.toISOString();
    const sealed = this.#box.seal(connection.secretKey, boundTo(connection.shop));
    await this.#db
      .insertInto('shop_connections')
      .values({
        shop: connection.shop,
        api_url: connection.apiUrl,
        sealed_secret_key: sealed,
        retailer_id: connection.retailerId,
        brand_name: connection.brandName,
        connected_at: at,
        updated_at: at,
      })
      .onConflict((oc) =>
        oc.column('shop').doUpdateSet({
          api_url: connection.apiUrl,
          sealed_secret_key: sealed,
          retailer_id: connection.retailerId,
          brand_name: connection.brandName,
          updated_at: at,
        }),
      )
      .execute();
  }

  async find(shop: string): Promise<PublicConnection | undefined> {
    const row = await this.#db
      .selectFrom('shop_connections')
      .select(['shop', 'api_url', 'retailer_id', 'brand_name', 'connected_at'])
      .where('shop', '=', shop)
      .executeTakeFirst();
    return row && { shop: row.shop, apiUrl: row.api_url, retailerId: row.retailer_id, brandName: row.brand_name, connectedAt: row.connected_at };
  }

  /** The shop's connection with a client acting as its retailer, or undefined when not connected. */
  async open(shop: string): Promise<{ connection: ShopConnection; client: AtelierClient } | undefined> {
    const row = await this.#db.selectFrom('shop_connections').selectAll().where('shop', '=', shop).executeTakeFirst();
    if (!row) return undefined;
    const secretKey = this.#box.open(row.sealed_secret_key, boundTo(shop));
    return {
      connection: { shop: row.shop, apiUrl: row.api_url, retailerId: row.retailer_id, brandName: row.brand_name, connectedAt: row.connected_at },
      client: this.clientFor(row.api_url, secretKey),
    };
  }

  async delete(shop: string): Promise<void> {
    await this.#db.deleteFrom('shop_connections').where('shop', '=', shop).execute();
  }
}
