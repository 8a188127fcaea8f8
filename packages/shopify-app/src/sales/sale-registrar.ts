/**
 * Sales of serialized pieces, from a paid order to the brand's registry: each unit is recorded
 * (pending until it has a serial) and registered through `@atelier/client` as a sale, so the
 * buyer receives the brand's confirmation e-mail. A unit is registered at most once: its row
 * says so, and the idempotency key sent with it is derived from the unit and its serial.
 */
import { ApiError, AtelierClientError, type AtelierClient } from '@atelier/client';
import { Serial, type OwnerInput } from '@atelier/client/contract';
import * as z from 'zod/mini';
import type { ConnectionStore } from '../connections/connection-store.ts';
import type { Db } from '../db/database.ts';
import type { OrderUnitStatus } from '../db/schema.ts';
import { failedSalesRetriedPerRequestMax, serializedUnitsPerLineMax } from '../limits.ts';
import { buyerOf, purchaseDateOf, serializedUnits, type OrderPayload } from './order-payload.ts';

export interface UnitKey {
  orderId: string;
  lineItemId: string;
  unitIndex: number;
}

export interface UnitOutcome extends UnitKey {
  serial: string | null;
  status: OrderUnitStatus;
  errorCode: string | null;
}

/** Thrown for a request the retailer can fix; `code` is stable, `field` names the input. */
export class SaleInputError extends Error {
  readonly code: string;
  readonly status: 404 | 409 | 422;
  readonly field: string | undefined;
  constructor(code: string, status: 404 | 409 | 422, message: string, field?: string) {
    super(message);
    this.name = 'SaleInputError';
    this.code = code;
    this.status = status;
    this.field = field;
  }
}

/**
 * `refusals` counts the brand's definitive refusals of this unit's sale (see `sale_refusals`): a
 * retry after a refusal must be a new request (the brand replays a stored 4xx for the same key),
 * a retry after a lost answer must be the same one (the sale may exist).
 */
function idempotencyKeyOf(shop: string, unit: UnitKey, serial: string, refusals: number): string {
  const base = `shopify-sale:${shop}:${unit.orderId}:${unit.lineItemId}:${unit.unitIndex}:${serial}`;
  return refusals === 0 ? base : `${base}:after-refusal-${refusals}`;
}

/**
 * An answer the brand stored against the idempotency key (every 4xx but 429, and but the 409 that
 * says the same key is still in progress): asking again with that key replays the refusal.
 */
function isDefinitiveRefusal(error: AtelierClientError): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 429 && error.code !== 'idempotency_key_in_use';
}

/**
 * Failures the app itself finds in the order: trying again cannot change them (the order keeps
 * its data), so they are listed but not retried; the brand can register such a sale by hand.
 */
export const unretryableFailureCodes: ReadonlySet<string> = new Set(['buyer_email_missing', 'buyer_name_missing', 'buyer_country_missing']);

export class SaleRegistrar {
  readonly #db: Db;
  readonly #connections: ConnectionStore;
  readonly #now: () => Date;

  constructor(options: { db: Db; connections: ConnectionStore; now?: () => Date }) {
    this.#db = options.db;
    this.#connections = options.connections;
    this.#now = options.now ?? (() => new Date());
  }

  /** `orders/paid`: records the order's serialized units and registers those that have a serial. */
  async recordPaidOrder(shop: string, order: OrderPayload): Promise<UnitOutcome[]> {
    const opened = await this.#connections.open(shop);
    const units = serializedUnits(order, opened?.connection.brandName, serializedUnitsPerLineMax);
    if (units.length === 0) return [];
    const buyer = buyerOf(order);
    const orderId = String(order.id);
    const at = this.#now().toISOString();
    await this.#db
      .insertInto('orders')
      .values({
        shop,
        order_id: orderId,
        order_name: order.name,
        customer_id: buyer.customerId,
        buyer_name: buyer.name,
        buyer_email: buyer.email,
        buyer_country: buyer.country,
        buyer_language: buyer.language,
        purchase_date: purchaseDateOf(order),
        recorded_at: at,
      })
      .onConflict((oc) => oc.columns(['shop', 'order_id']).doNothing())
      .execute();
    await this.#db
      .insertInto('order_units')
      .values(
        units.map((unit) => ({
          shop,
          order_id: orderId,
          line_item_id: unit.lineItemId,
          unit_index: unit.unitIndex,
          product_title: unit.productTitle,
          sku: unit.sku,
          serial: unit.serial,
          price_currency: unit.price?.currency ?? null,
          price_minor_units: unit.price?.amountMinorUnits ?? null,
          status: 'pending' as const,
          error_code: null,
          warranty_id: null,
          updated_at: at,
        })),
      )
      .onConflict((oc) => oc.columns(['shop', 'order_id', 'line_item_id', 'unit_index']).doNothing())
      .execute();

    const outcomes: UnitOutcome[] = [];
    for (const unit of units) {
      const key = { orderId, lineItemId: unit.lineItemId, unitIndex: unit.unitIndex };
      if (unit.serial && opened) outcomes.push(await this.#register(shop, opened.client, opened.connection.retailerId, key, unit.serial));
      else outcomes.push({ ...key, serial: unit.serial, status: 'pending', errorCode: opened ? null : 'shop_not_connected' });
    }
    return outcomes;
  }

  /**
   * Registers the units that arrived with a serial while the shop had no brand connection; called
   * once the shop connects, so those sales are not left for the retailer to re-enter.
   */
  async registerWaiting(shop: string): Promise<UnitOutcome[]> {
    const opened = await this.#connections.open(shop);
    if (!opened) return [];
    const waiting = await this.#db
      .selectFrom('order_units')
      .select(['order_id', 'line_item_id', 'unit_index', 'serial'])
      .where('shop', '=', shop)
      .where('status', '=', 'pending')
      .where('serial', 'is not', null)
      .execute();
    const outcomes: UnitOutcome[] = [];
    for (const unit of waiting) {
      const key = { orderId: unit.order_id, lineItemId: unit.line_item_id, unitIndex: unit.unit_index };
      outcomes.push(await this.#register(shop, opened.client, opened.connection.retailerId, key, unit.serial!));
    }
    return outcomes;
  }

  /** The retailer enters or corrects the serial of a unit that is not registered yet. */
  async setSerial(shop: string, key: UnitKey, serialInput: unknown): Promise<UnitOutcome> {
    const parsed = z.safeParse(Serial, serialInput);
    if (!parsed.success) {
      throw new SaleInputError('validation_failed', 422, 'A serial is 3 to 32 letters, digits and dashes, as engraved on the piece.', 'serial');
    }
    const opened = await this.#connections.open(shop);
    if (!opened) throw new SaleInputError('shop_not_connected', 409, 'Connect the shop to the brand before entering serials.');
    return this.#register(shop, opened.client, opened.connection.retailerId, key, parsed.data);
  }

  /** Registers again a unit whose registration failed, with the serial it failed with. */
  async retry(shop: string, key: UnitKey): Promise<UnitOutcome> {
    const opened = await this.#connections.open(shop);
    if (!opened) throw new SaleInputError('shop_not_connected', 409, 'Connect the shop to the brand before retrying sales.');
    const row = await this.#db
      .selectFrom('order_units')
      .select(['serial', 'status', 'error_code'])
      .where('shop', '=', shop)
      .where('order_id', '=', key.orderId)
      .where('line_item_id', '=', key.lineItemId)
      .where('unit_index', '=', key.unitIndex)
      .executeTakeFirst();
    if (!row) throw new SaleInputError('unknown_order_line', 404, 'This shop has no such order line.');
    if (row.status === 'registered') return { ...key, serial: row.serial, status: 'registered', errorCode: null };
    if (row.status !== 'failed' || !row.serial) throw new SaleInputError('serial_missing', 409, 'Enter the serial of this piece to register its sale.', 'serial');
    if (row.error_code && unretryableFailureCodes.has(row.error_code)) {
      throw new SaleInputError('sale_not_retryable', 409, 'The order lacks what the brand needs to register this sale; ask the brand to register it.');
    }
    return this.#register(shop, opened.client, opened.connection.retailerId, key, row.serial);
  }

  /**
   * Retries the shop's failed sales that a retry can change, oldest failure first, at most a batch
   * per call. `remaining`: those this call did not reach (a unit that failed again is not counted,
   * so calling again while `remaining` > 0 ends).
   */
  async retryFailed(shop: string): Promise<{ outcomes: UnitOutcome[]; remaining: number }> {
    const opened = await this.#connections.open(shop);
    if (!opened) throw new SaleInputError('shop_not_connected', 409, 'Connect the shop to the brand before retrying sales.');
    const startedAt = this.#now().toISOString();
    const retryable = () =>
      this.#db
        .selectFrom('order_units')
        .where('shop', '=', shop)
        .where('status', '=', 'failed')
        .where('serial', 'is not', null)
        .where((eb) => eb.or([eb('error_code', 'is', null), eb('error_code', 'not in', [...unretryableFailureCodes])]));
    const failed = await retryable()
      .select(['order_id', 'line_item_id', 'unit_index', 'serial'])
      .orderBy('updated_at')
      .orderBy('order_id')
      .orderBy('line_item_id')
      .orderBy('unit_index')
      .limit(failedSalesRetriedPerRequestMax)
      .execute();
    const outcomes: UnitOutcome[] = [];
    for (const unit of failed) {
      const key = { orderId: unit.order_id, lineItemId: unit.line_item_id, unitIndex: unit.unit_index };
      outcomes.push(await this.#register(shop, opened.client, opened.connection.retailerId, key, unit.serial!));
    }
    const left = await retryable().select((eb) => eb.fn.countAll<number | string | bigint>().as('count')).where('updated_at', '<', startedAt).executeTakeFirstOrThrow();
    return { outcomes, remaining: Number(left.count) };
  }

  async #register(shop: string, client: AtelierClient, retailerId: string, key: UnitKey, serial: string): Promise<UnitOutcome> {
    const row = await this.#db
      .selectFrom('order_units')
      .innerJoin('orders', (join) => join.onRef('orders.shop', '=', 'order_units.shop').onRef('orders.order_id', '=', 'order_units.order_id'))
      .select([
        'order_units.serial',
        'order_units.status',
        'order_units.sale_refusals',
        'order_units.price_currency',
        'order_units.price_minor_units',
        'order_units.price_backfill',
        'orders.buyer_name',
        'orders.buyer_email',
        'orders.buyer_country',
        'orders.buyer_language',
        'orders.purchase_date',
      ])
      .where('order_units.shop', '=', shop)
      .where('order_units.order_id', '=', key.orderId)
      .where('order_units.line_item_id', '=', key.lineItemId)
      .where('order_units.unit_index', '=', key.unitIndex)
      .executeTakeFirst();
    if (!row) throw new SaleInputError('unknown_order_line', 404, 'This shop has no such order line awaiting a serial.');
    if (row.status === 'registered') {
      if (row.serial === serial) return { ...key, serial, status: 'registered', errorCode: null };
      throw new SaleInputError(
        'sale_already_registered',
        409,
        `This piece is already registered with the brand as ${row.serial}. Ask the brand to void that sale before registering another serial.`,
        'serial',
      );
    }
    let outcome: UnitOutcome;
    const missing = !row.buyer_email ? 'buyer_email_missing' : !row.buyer_name ? 'buyer_name_missing' : !row.buyer_country ? 'buyer_country_missing' : null;
    if (missing) {
      outcome = { ...key, serial, status: 'failed', errorCode: missing };
    } else {
      const price = row.price_currency !== null && row.price_minor_units !== null ? { currency: row.price_currency, amountMinorUnits: Number(row.price_minor_units) } : undefined;
      const send = (withPrice: boolean) =>
        client.sales.register(
          {
            serial,
            retailerId,
            purchaseDate: row.purchase_date,
            buyer: { name: row.buyer_name!, email: row.buyer_email!, country: row.buyer_country!, language: row.buyer_language as OwnerInput['language'] },
            ...(withPrice && price ? { price } : {}),
          },
          { idempotencyKey: idempotencyKeyOf(shop, key, serial, row.sale_refusals) },
        );
      try {
        const sale = await send(true).catch((error: unknown) => {
          // A unit recorded before migration 0007 whose price the backfill found, and whose last try
          // with this key lost its answer: the brand holds that try without a price and refuses the
          // same key with one. Sent as it was then, the brand answers what it answered; the backfill
          // then gives the sale its price (`recordSalePrice`).
          if (error instanceof ApiError && error.code === 'idempotency_key_reused' && price && row.price_backfill !== null) return send(false);
          throw error;
        });
        outcome = { ...key, serial, status: 'registered', errorCode: null };
        await this.#update(shop, outcome, { warrantyId: sale.warranty.id });
        return outcome;
      } catch (error) {
        if (!(error instanceof AtelierClientError)) throw error;
        outcome = { ...key, serial, status: 'failed', errorCode: error.code };
        await this.#update(shop, outcome, { saleRefusals: isDefinitiveRefusal(error) ? row.sale_refusals + 1 : row.sale_refusals });
        return outcome;
      }
    }
    await this.#update(shop, outcome, {});
    return outcome;
  }

  async #update(shop: string, outcome: UnitOutcome, options: { warrantyId?: string; saleRefusals?: number }): Promise<void> {
    await this.#db
      .updateTable('order_units')
      .set({
        serial: outcome.serial,
        status: outcome.status,
        error_code: outcome.errorCode,
        warranty_id: options.warrantyId ?? null,
        ...(options.saleRefusals === undefined ? {} : { sale_refusals: options.saleRefusals }),
        updated_at: this.#now().toISOString(),
      })
      .where('shop', '=', shop)
      .where('order_id', '=', outcome.orderId)
      .where('line_item_id', '=', outcome.lineItemId)
      .where('unit_index', '=', outcome.unitIndex)
      .execute();
  }
}
