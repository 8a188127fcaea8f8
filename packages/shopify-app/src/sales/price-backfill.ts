/**
 * Prices back for the units recorded before app migration 0007, which kept no price: each such
 * unit's Shopify order is read again through the Admin GraphQL API (the shop's offline token, as
 * the storefront prefill reads a customer) and the unit's price worked out as `orders/paid` would
 * have (`unitPrices`: the line's price less its discounts, shared between its pieces).
 *
 * One-off and resumable: migration 0008 marks every unit without a price `pending`; a unit leaves
 * `pending` only once Shopify has answered for its order (`found`, or `not_found` when the order or
 * its line is gone: the admin page keeps saying the price was not recorded). A run that stops, or
 * finds Shopify unavailable for a shop, leaves the rest `pending` for the next run; a unit already
 * answered is never asked for again. A unit not yet registered with the brand is registered with its
 * price, as a new sale is.
 */
import type { Session } from '@shopify/shopify-api';
import type { Db } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import { ReauthorizationNeededError, TokenRefreshUnavailableError, type OfflineTokens } from '../sessions/offline-tokens.ts';
import type { ShopifyApi } from '../shopify.ts';
import { unitPrices } from './order-payload.ts';

const orderPricesQuery = `#graphql
  query AtelierOrderPrices($id: ID!) {
    order(id: $id) {
      currencyCode
      lineItems(first: 250) {
        nodes {
          id
          quantity
          originalUnitPriceSet { shopMoney { amount } }
          discountAllocations { allocatedAmountSet { shopMoney { amount } } }
        }
      }
    }
  }`;

interface ShopMoney {
  shopMoney: { amount: string };
}

interface OrderPricesData {
  order: {
    currencyCode: string;
    lineItems: { nodes: Array<{ id: string; quantity: number; originalUnitPriceSet: ShopMoney | null; discountAllocations: Array<{ allocatedAmountSet: ShopMoney }> }> };
  } | null;
}

export interface PriceBackfillSummary {
  /** Units whose price Shopify's order gave back. */
  found: number;
  /** Units whose order (or line) Shopify no longer has, or which it gives no price for: they stay without one. */
  notFound: number;
  /** Units left `pending` for another run (Shopify unavailable, or the shop's token refused or missing). */
  left: number;
}

export class PriceBackfill {
  readonly #db: Db;
  readonly #shopify: ShopifyApi;
  readonly #tokens: OfflineTokens;
  readonly #logger: Logger;

  constructor(options: { db: Db; shopify: ShopifyApi; tokens: OfflineTokens; logger: Logger }) {
    this.#db = options.db;
    this.#shopify = options.shopify;
    this.#tokens = options.tokens;
    this.#logger = options.logger;
  }

  /** Every shop with units still `pending`, one after the other. */
  async run(): Promise<PriceBackfillSummary> {
    const shops = await this.#db.selectFrom('order_units').select('shop').distinct().where('price_backfill', '=', 'pending').orderBy('shop').execute();
    const summary: PriceBackfillSummary = { found: 0, notFound: 0, left: 0 };
    for (const { shop } of shops) {
      const ofShop = await this.runShop(shop);
      summary.found += ofShop.found;
      summary.notFound += ofShop.notFound;
      summary.left += ofShop.left;
    }
    return summary;
  }

  /** One shop's `pending` units, an order at a time; stops at the first order Shopify does not answer for. */
  async runShop(shop: string): Promise<PriceBackfillSummary> {
    const summary: PriceBackfillSummary = { found: 0, notFound: 0, left: 0 };
    const orderIds = (await this.#pending(shop).select('order_id').distinct().orderBy('order_id').execute()).map((row) => row.order_id);
    const session = await this.#session(shop);
    for (const [index, orderId] of orderIds.entries()) {
      const order = session ? await this.#order(shop, session, orderId) : 'unavailable';
      if (order === 'unavailable') {
        summary.left += await this.#countPending(shop, orderIds.slice(index));
        break;
      }
      const outcome = await this.#record(shop, orderId, order);
      summary.found += outcome.found;
      summary.notFound += outcome.notFound;
    }
    return summary;
  }

  #pending(shop: string) {
    return this.#db.selectFrom('order_units').where('shop', '=', shop).where('price_backfill', '=', 'pending');
  }

  async #countPending(shop: string, orderIds: string[]): Promise<number> {
    const row = await this.#pending(shop)
      .where('order_id', 'in', orderIds)
      .select((eb) => eb.fn.countAll<number | string | bigint>().as('count'))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async #session(shop: string): Promise<Session | undefined> {
    try {
      const session = await this.#tokens.freshSession(shop);
      if (!session?.accessToken) this.#logger.error('price_backfill_shop_skipped', { shop, reason: 'no_access_token' });
      return session?.accessToken ? session : undefined;
    } catch (error) {
      if (!(error instanceof ReauthorizationNeededError || error instanceof TokenRefreshUnavailableError)) throw error;
      this.#logger.error('price_backfill_shop_skipped', { shop, reason: error.name });
      return undefined;
    }
  }

  /** The order as Shopify has it now; null when Shopify no longer has it; `unavailable` when it did not answer. */
  async #order(shop: string, session: Session, orderId: string): Promise<OrderPricesData['order'] | 'unavailable'> {
    try {
      const client = new this.#shopify.clients.Graphql({ session });
      const response = await client.request<OrderPricesData>(orderPricesQuery, { variables: { id: `gid://shopify/Order/${orderId}` } });
      return response.data?.order ?? null;
    } catch (error) {
      // Throttled, a 5xx, a timeout, a refused token: nothing is decided, the next run asks again.
      this.#logger.error('price_backfill_order_failed', { shop, orderId, error: (error as Error).name });
      return 'unavailable';
    }
  }

  async #record(shop: string, orderId: string, order: OrderPricesData['order']): Promise<{ found: number; notFound: number }> {
    const units = await this.#pending(shop).select(['line_item_id', 'unit_index']).where('order_id', '=', orderId).execute();
    let found = 0;
    let notFound = 0;
    for (const unit of units) {
      const line = order?.lineItems.nodes.find((node) => node.id.split('/').at(-1) === unit.line_item_id);
      const price = line
        ? unitPrices(
            {
              price: line.originalUnitPriceSet?.shopMoney.amount ?? null,
              quantity: line.quantity,
              discount_allocations: line.discountAllocations.map((allocation) => ({ amount: allocation.allocatedAmountSet.shopMoney.amount })),
            },
            order?.currencyCode,
            unit.unit_index + 1,
          )[unit.unit_index]
        : null;
      // Only a unit still pending: a run beside this one may have answered it already.
      await this.#db
        .updateTable('order_units')
        .set({
          price_currency: price?.currency ?? null,
          price_minor_units: price?.amountMinorUnits ?? null,
          price_backfill: price ? 'found' : 'not_found',
        })
        .where('shop', '=', shop)
        .where('order_id', '=', orderId)
        .where('line_item_id', '=', unit.line_item_id)
        .where('unit_index', '=', unit.unit_index)
        .where('price_backfill', '=', 'pending')
        .execute();
      if (price) found += 1;
      else notFound += 1;
    }
    return { found, notFound };
  }
}
