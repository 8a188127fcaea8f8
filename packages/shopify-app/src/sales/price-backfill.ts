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
 * answered is never asked for again.
 *
 * The brand gets the price too: a unit whose sale is registered sends it with `recordSalePrice` (the
 * brand then counts the sale in its buyer's value, as it counts a price sent with the sale) and
 * becomes `forwarded`; a unit not registered yet is registered with its price, as a new sale is, and
 * is forwarded by the next run (the brand answers the same price again unchanged).
 */
import { setTimeout as delay } from 'node:timers/promises';
import { ApiError, AtelierClientError } from '@atelier/client';
import { recordSalePrice } from '@atelier/client/contract';
import { GraphqlQueryError, type Session } from '@shopify/shopify-api';
import type { ConnectionStore } from '../connections/connection-store.ts';
import type { Db } from '../db/database.ts';
import { priceBackfillLinesPerPage, priceBackfillThrottledRetriesMax, priceBackfillThrottleWaitMaxMs } from '../limits.ts';
import type { Logger } from '../logger.ts';
import { ReauthorizationNeededError, TokenRefreshUnavailableError, type OfflineTokens } from '../sessions/offline-tokens.ts';
import type { ShopifyApi } from '../shopify.ts';
import { unitPrices } from './order-payload.ts';

const orderPricesQuery = `#graphql
  query AtelierOrderPrices($id: ID!, $after: String) {
    order(id: $id) {
      currencyCode
      lineItems(first: ${priceBackfillLinesPerPage}, after: $after) {
        nodes {
          id
          quantity
          originalUnitPriceSet { shopMoney { amount } }
          discountAllocations { allocatedAmountSet { shopMoney { amount } } }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }`;

interface ShopMoney {
  shopMoney: { amount: string };
}

interface OrderLineNode {
  id: string;
  quantity: number;
  originalUnitPriceSet: ShopMoney | null;
  discountAllocations: Array<{ allocatedAmountSet: ShopMoney }>;
}

interface OrderPricesData {
  order: {
    currencyCode: string;
    lineItems: { nodes: OrderLineNode[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  } | null;
}

/** An order's currency and all its lines, every page read. */
interface OrderPrices {
  currencyCode: string;
  lines: OrderLineNode[];
}

/**
 * How long to wait before asking again when Shopify throttled the query (a 200 whose error says
 * `THROTTLED`): until its bucket holds the query's cost again, by the restore rate it reports; a
 * second when it reports none. Undefined for any other failure.
 */
function throttledWaitMs(error: unknown): number | undefined {
  if (!(error instanceof GraphqlQueryError)) return undefined;
  const body = error.body as { errors?: { graphQLErrors?: Array<{ extensions?: { code?: string } }> }; extensions?: { cost?: { requestedQueryCost?: number; throttleStatus?: { currentlyAvailable: number; restoreRate: number } } } } | undefined;
  if (!body?.errors?.graphQLErrors?.some((graphQLError) => graphQLError.extensions?.code === 'THROTTLED')) return undefined;
  const cost = body.extensions?.cost;
  const status = cost?.throttleStatus;
  const waitMs = status && cost.requestedQueryCost !== undefined && status.restoreRate > 0 ? Math.ceil(((cost.requestedQueryCost - status.currentlyAvailable) / status.restoreRate) * 1000) : 1000;
  return Math.min(Math.max(waitMs, 0), priceBackfillThrottleWaitMaxMs);
}

export interface PriceBackfillSummary {
  /** Units whose price Shopify's order gave back. */
  found: number;
  /** Units whose order (or line) Shopify no longer has, or which it gives no price for: they stay without one. */
  notFound: number;
  /** Registered units whose price the brand now holds. */
  forwarded: number;
  /** Registered units whose price the brand refused (logged with its code, e.g. the sale is another retailer's now). */
  refused: number;
  /**
   * Units left for another run: `pending` (Shopify unavailable, or the shop's token refused or
   * missing), or registered with their price not yet at the brand (its service unavailable, or the
   * shop not connected).
   */
  left: number;
}

const noneDone = (): PriceBackfillSummary => ({ found: 0, notFound: 0, forwarded: 0, refused: 0, left: 0 });

export class PriceBackfill {
  readonly #db: Db;
  readonly #shopify: ShopifyApi;
  readonly #tokens: OfflineTokens;
  readonly #connections: ConnectionStore;
  readonly #logger: Logger;

  constructor(options: { db: Db; shopify: ShopifyApi; tokens: OfflineTokens; connections: ConnectionStore; logger: Logger }) {
    this.#db = options.db;
    this.#shopify = options.shopify;
    this.#tokens = options.tokens;
    this.#connections = options.connections;
    this.#logger = options.logger;
  }

  /** Every shop with units still `pending` or `found`, one after the other. */
  async run(): Promise<PriceBackfillSummary> {
    const shops = await this.#db.selectFrom('order_units').select('shop').distinct().where('price_backfill', 'in', ['pending', 'found']).orderBy('shop').execute();
    const summary = noneDone();
    for (const { shop } of shops) {
      const ofShop = await this.runShop(shop);
      for (const key of Object.keys(summary) as Array<keyof PriceBackfillSummary>) summary[key] += ofShop[key];
    }
    return summary;
  }

  /** One shop: its prices from Shopify, then to the brand. */
  async runShop(shop: string): Promise<PriceBackfillSummary> {
    const looked = await this.#lookUp(shop);
    const sent = await this.#forward(shop);
    return { ...looked, forwarded: sent.forwarded, refused: sent.refused, left: looked.left + sent.left };
  }

  /** The shop's `pending` units, an order at a time; stops at the first order Shopify does not answer for. */
  async #lookUp(shop: string): Promise<PriceBackfillSummary> {
    const summary = noneDone();
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

  /** The shop's registered units whose price was found, to the brand; stops at the first call the brand does not answer. */
  async #forward(shop: string): Promise<Pick<PriceBackfillSummary, 'forwarded' | 'refused' | 'left'>> {
    const units = await this.#db
      .selectFrom('order_units')
      .select(['order_id', 'line_item_id', 'unit_index', 'warranty_id', 'price_currency', 'price_minor_units'])
      .where('shop', '=', shop)
      .where('price_backfill', '=', 'found')
      .where('status', '=', 'registered')
      .where('warranty_id', 'is not', null)
      .orderBy('order_id')
      .orderBy('line_item_id')
      .orderBy('unit_index')
      .execute();
    const sent = { forwarded: 0, refused: 0, left: 0 };
    if (units.length === 0) return sent;
    const opened = await this.#connections.open(shop);
    if (!opened) return { ...sent, left: units.length };
    for (const [index, unit] of units.entries()) {
      const price = { currency: unit.price_currency!, amountMinorUnits: Number(unit.price_minor_units) };
      try {
        await opened.client.call(recordSalePrice, { params: { saleId: unit.warranty_id! }, body: { price } });
      } catch (error) {
        if (!(error instanceof AtelierClientError)) throw error;
        const refused = error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 429;
        this.#logger.error(refused ? 'price_forward_refused' : 'price_forward_failed', { shop, orderId: unit.order_id, code: error.code });
        // A price the brand already holds is settled there: the brand's own stays.
        if (refused && error.code !== 'price_already_recorded') {
          sent.refused += 1;
          continue;
        }
        if (!refused) {
          sent.left += units.length - index;
          break;
        }
      }
      await this.#db
        .updateTable('order_units')
        .set({ price_backfill: 'forwarded' })
        .where('shop', '=', shop)
        .where('order_id', '=', unit.order_id)
        .where('line_item_id', '=', unit.line_item_id)
        .where('unit_index', '=', unit.unit_index)
        .where('price_backfill', '=', 'found')
        .execute();
      sent.forwarded += 1;
    }
    return sent;
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

  /** The order as Shopify has it now, every page of its lines; null when Shopify no longer has it; `unavailable` when it did not answer. */
  async #order(shop: string, session: Session, orderId: string): Promise<OrderPrices | null | 'unavailable'> {
    const client = new this.#shopify.clients.Graphql({ session });
    const lines: OrderLineNode[] = [];
    let after: string | null = null;
    try {
      for (;;) {
        const order: OrderPricesData['order'] = await this.#ask(client, { id: `gid://shopify/Order/${orderId}`, after });
        if (!order) return null;
        lines.push(...order.lineItems.nodes);
        if (!order.lineItems.pageInfo.hasNextPage) return { currencyCode: order.currencyCode, lines };
        after = order.lineItems.pageInfo.endCursor;
      }
    } catch (error) {
      // A 5xx, a timeout, a refused token, throttled past the retries: nothing is decided, the next run asks again.
      this.#logger.error('price_backfill_order_failed', { shop, orderId, error: (error as Error).name });
      return 'unavailable';
    }
  }

  /** One page of the order; when Shopify throttles it, waits as it says and asks again, a few times. */
  async #ask(client: InstanceType<ShopifyApi['clients']['Graphql']>, variables: { id: string; after: string | null }): Promise<OrderPricesData['order']> {
    for (let retries = 0; ; retries += 1) {
      try {
        const response = await client.request<OrderPricesData>(orderPricesQuery, { variables });
        return response.data?.order ?? null;
      } catch (error) {
        const waitMs = throttledWaitMs(error);
        if (waitMs === undefined || retries >= priceBackfillThrottledRetriesMax) throw error;
        await delay(waitMs);
      }
    }
  }

  async #record(shop: string, orderId: string, order: OrderPrices | null): Promise<{ found: number; notFound: number }> {
    const units = await this.#pending(shop).select(['line_item_id', 'unit_index']).where('order_id', '=', orderId).execute();
    let found = 0;
    let notFound = 0;
    for (const unit of units) {
      const line = order?.lines.find((node) => node.id.split('/').at(-1) === unit.line_item_id);
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
