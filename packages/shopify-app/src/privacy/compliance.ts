/**
 * Shopify's mandatory compliance topics and app/uninstalled, done for real:
 * - `customers/data_request`: what we hold about the customer is exported as JSON into
 *   `data_request_exports`, listed on the shop's admin page for the merchant to download and send,
 *   for `dataRequestExportRetentionDays` (limits.ts), then pruned: an export is a copy of personal data;
 * - `customers/redact`: the customer's orders (buyer contact, units) and exports are deleted;
 * - `shop/redact`: every row of the shop, in every table, is deleted;
 * - `app/uninstalled`: the shop's sessions and brand connection (both secrets) are deleted at once;
 *   order data stays until Shopify's `shop/redact` 48 hours later, in case the merchant reinstalls.
 */
import { randomUUID } from 'node:crypto';
import * as z from 'zod/mini';
import type { ConnectionStore } from '../connections/connection-store.ts';
import { deleteInBatches, type BatchedDeleteOptions } from '../db/batched-delete.ts';
import type { Db } from '../db/database.ts';
import type { DatabaseSessionStorage } from '../sessions/session-storage.ts';

const Id = z.union([z.number(), z.string()]);

export const CustomerPayload = z.object({
  customer: z.object({ id: Id, email: z.nullish(z.string()) }),
  orders_requested: z.optional(z.array(Id)),
  orders_to_redact: z.optional(z.array(Id)),
  data_request: z.optional(z.object({ id: Id })),
});
export type CustomerPayload = z.infer<typeof CustomerPayload>;

export interface CustomerExport {
  customerId: string;
  orders: Array<{
    orderId: string;
    orderName: string;
    buyer: { name: string | null; email: string | null; country: string | null; language: string };
    purchaseDate: string;
    pieces: Array<{ productTitle: string; serial: string | null; status: string }>;
  }>;
}

/** Deletes the exports requested before `requestedBefore`, in batches. Returns how many. */
export async function pruneDataRequestExports(db: Db, requestedBefore: Date, options: BatchedDeleteOptions): Promise<number> {
  const cutoff = requestedBefore.toISOString();
  return deleteInBatches(async (batchRows) => {
    const oldest = db.selectFrom('data_request_exports').select('id').where('requested_at', '<', cutoff).orderBy('requested_at').limit(batchRows);
    const result = await db.deleteFrom('data_request_exports').where('id', 'in', oldest).executeTakeFirst();
    return result.numDeletedRows;
  }, options);
}

export class Compliance {
  readonly #db: Db;
  readonly #sessions: DatabaseSessionStorage;
  readonly #connections: ConnectionStore;
  readonly #now: () => Date;

  constructor(options: { db: Db; sessions: DatabaseSessionStorage; connections: ConnectionStore; now?: () => Date }) {
    this.#db = options.db;
    this.#sessions = options.sessions;
    this.#connections = options.connections;
    this.#now = options.now ?? (() => new Date());
  }

  async #orderIdsOf(shop: string, payload: CustomerPayload, extraOrderIds: ReadonlyArray<string | number>): Promise<string[]> {
    const customerId = String(payload.customer.id);
    const email = payload.customer.email?.trim();
    const rows = await this.#db
      .selectFrom('orders')
      .select('order_id')
      .where('shop', '=', shop)
      .where((eb) => {
        const matches = [eb('customer_id', '=', customerId)];
        if (email) matches.push(eb('buyer_email', '=', email));
        if (extraOrderIds.length > 0) matches.push(eb('order_id', 'in', extraOrderIds.map(String)));
        return eb.or(matches);
      })
      .execute();
    return rows.map((row) => row.order_id);
  }

  /** Exports what we hold about the customer and keeps the export for the merchant; returns its id. */
  async exportCustomer(shop: string, payload: CustomerPayload): Promise<{ exportId: string; data: CustomerExport }> {
    const orderIds = await this.#orderIdsOf(shop, payload, payload.orders_requested ?? []);
    const orders = orderIds.length === 0 ? [] : await this.#db.selectFrom('orders').selectAll().where('shop', '=', shop).where('order_id', 'in', orderIds).orderBy('order_id').execute();
    const units = orderIds.length === 0 ? [] : await this.#db.selectFrom('order_units').selectAll().where('shop', '=', shop).where('order_id', 'in', orderIds).orderBy('order_id').orderBy('line_item_id').orderBy('unit_index').execute();
    const data: CustomerExport = {
      customerId: String(payload.customer.id),
      orders: orders.map((order) => ({
        orderId: order.order_id,
        orderName: order.order_name,
        buyer: { name: order.buyer_name, email: order.buyer_email, country: order.buyer_country, language: order.buyer_language },
        purchaseDate: order.purchase_date,
        pieces: units
          .filter((unit) => unit.order_id === order.order_id)
          .map((unit) => ({ productTitle: unit.product_title, serial: unit.serial, status: unit.status })),
      })),
    };
    const exportId = randomUUID();
    await this.#db
      .insertInto('data_request_exports')
      .values({ id: exportId, shop, customer_id: data.customerId, export_json: JSON.stringify(data), requested_at: this.#now().toISOString() })
      .execute();
    return { exportId, data };
  }

  async redactCustomer(shop: string, payload: CustomerPayload): Promise<void> {
    const orderIds = await this.#orderIdsOf(shop, payload, payload.orders_to_redact ?? []);
    await this.#db.transaction().execute(async (trx) => {
      if (orderIds.length > 0) {
        // Units first: PostgreSQL cascades too, but SQLite only with foreign keys enforced.
        await trx.deleteFrom('order_units').where('shop', '=', shop).where('order_id', 'in', orderIds).execute();
        await trx.deleteFrom('orders').where('shop', '=', shop).where('order_id', 'in', orderIds).execute();
      }
      await trx.deleteFrom('data_request_exports').where('shop', '=', shop).where('customer_id', '=', String(payload.customer.id)).execute();
    });
  }

  async redactShop(shop: string): Promise<void> {
    await this.#db.transaction().execute(async (trx) => {
      await trx.deleteFrom('order_units').where('shop', '=', shop).execute();
      await trx.deleteFrom('orders').where('shop', '=', shop).execute();
      await trx.deleteFrom('data_request_exports').where('shop', '=', shop).execute();
      await trx.deleteFrom('shop_connections').where('shop', '=', shop).execute();
      await trx.deleteFrom('shopify_sessions').where('shop', '=', shop).execute();
      await trx.deleteFrom('webhook_deliveries').where('shop', '=', shop).execute();
    });
  }

  async uninstall(shop: string): Promise<void> {
    await this.#sessions.deleteShop(shop);
    await this.#connections.delete(shop);
  }
}
