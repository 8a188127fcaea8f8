/**
 * The admin page's JSON API (`/api/*`, session token required): the brand connection, recent
 * orders with their serialized pieces, entering a serial, sales that failed and retrying them,
 * looking a piece up, data requests. Response shapes: ./api-types.ts.
 */
import { ApiError, AtelierClientError } from '@atelier/client';
import { Serial, type CurrentApiKey, type Received } from '@atelier/client/contract';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { ConnectionStore } from '../connections/connection-store.ts';
import type { Db } from '../db/database.ts';
import { problem, type FieldProblem } from '../http-problem.ts';
import { adminFailedSalesShown, adminRecentOrdersShown } from '../limits.ts';
import type { Logger } from '../logger.ts';
import { SaleInputError, unretryableFailureCodes, type SaleRegistrar, type UnitKey } from '../sales/sale-registrar.ts';
import type {
  ConnectionResponse,
  DataRequestsResponse,
  FailedSalesResponse,
  OrdersResponse,
  PieceResponse,
  RetryFailedResponse,
  UnitResponse,
} from './api-types.ts';
import type { OfflineTokens } from '../sessions/offline-tokens.ts';
import type { AdminEnv } from './session-token.ts';

export interface AdminApiDeps {
  db: Db;
  connections: ConnectionStore;
  sales: SaleRegistrar;
  tokens: Pick<OfflineTokens, 'reauthorizationNeeded'>;
  logger: Logger;
  now: () => Date;
  defaultAtelierApiUrl: string | undefined;
}

/**
 * What a merchant pastes instead of their retailer key, and why it is refused before anything is
 * sent: the brand's secret key reads every retailer's sales and every owner's contact, so a shop
 * must never hold it; a publishable key cannot register sales.
 */
const wrongKeyMessages: Record<string, string> = {
  sk_: "This is the brand's secret key (sk_…): it reads every retailer's sales and every owner's contact, so a shop must not hold it. Ask the brand for your retailer key (rk_…).",
  pk_: 'This is a publishable key (pk_…), for web pages: it cannot register sales. Ask the brand for your retailer key (rk_…).',
};

const ConnectRequest = z.strictObject({
  apiUrl: z.url({ protocol: /^https?$/, error: 'Enter the brand API URL, e.g. https://api.maison.example.' }),
  retailerKey: z.string().check(
    z.trim(),
    z.refine((key) => !wrongKeyMessages[key.slice(0, 3)], { error: (issue) => wrongKeyMessages[String(issue.input).slice(0, 3)] ?? '', abort: true }),
    z.regex(/^rk_[A-Za-z0-9_-]{8,200}$/, 'Enter the retailer key (rk_…) the brand issued to your store.'),
  ),
});

const SerialRequest = z.strictObject({ serial: z.string() });

function saleInputProblem(error: SaleInputError): Response {
  return problem(error.status, error.code, error.message, error.field ? [{ path: error.field, code: error.code, message: error.message }] : undefined);
}

/** The unit a `/orders/:orderId/lines/:lineItemId/units/:unitIndex/…` path names, or undefined for an index that is not one. */
function unitKeyOf(param: (name: 'orderId' | 'lineItemId' | 'unitIndex') => string): UnitKey | undefined {
  const unitIndex = Number(param('unitIndex'));
  if (!Number.isInteger(unitIndex) || unitIndex < 0) return undefined;
  return { orderId: param('orderId'), lineItemId: param('lineItemId'), unitIndex };
}

function fieldErrors(issues: z.core.$ZodIssue[]): FieldProblem[] {
  return issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code, message: issue.message }));
}

async function jsonBody(c: { req: { json: () => Promise<unknown> } }): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    return undefined;
  }
}

export function adminApiRoutes(deps: AdminApiDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  app.get('/connection', async (c) => {
    const shop = c.get('shop');
    const connection = await deps.connections.find(shop);
    // True when Shopify refused the shop's token and this visit could not replace it.
    const reauthorizationNeeded = await deps.tokens.reauthorizationNeeded(shop);
    return c.json<ConnectionResponse>({ connection: connection ?? null, suggestedApiUrl: deps.defaultAtelierApiUrl ?? null, reauthorizationNeeded });
  });

  app.put('/connection', async (c) => {
    const shop = c.get('shop');
    const parsed = z.safeParse(ConnectRequest, await jsonBody(c));
    if (!parsed.success) return problem(422, 'validation_failed', 'Check the highlighted fields.', fieldErrors(parsed.error.issues));
    const apiUrl = parsed.data.apiUrl.replace(/\/+$/, '');
    const retailerKey = parsed.data.retailerKey;
    // The key says which brand and retailer it acts for: the shop is that retailer, nobody types it.
    let current: Received<CurrentApiKey>;
    try {
      current = await deps.connections.clientFor(apiUrl, retailerKey).apiKeys.current();
    } catch (error) {
      if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
        return problem(422, 'validation_failed', 'Check the highlighted fields.', [
          { path: 'retailerKey', code: error.code, message: 'The brand does not accept this key: check it, or ask the brand for a new retailer key.' },
        ]);
      }
      if (error instanceof AtelierClientError) {
        return problem(422, 'validation_failed', 'Check the highlighted fields.', [
          { path: 'apiUrl', code: error.code, message: 'No Atelier API answered at this URL.' },
        ]);
      }
      throw error;
    }
    if (current.kind !== 'retailer' || !current.retailer) {
      // An rk_ prefix with a brand key behind it cannot happen today; refuse it all the same.
      return problem(422, 'validation_failed', 'Check the highlighted fields.', [{ path: 'retailerKey', code: 'forbidden', message: wrongKeyMessages['sk_']! }]);
    }
    const retailerId = current.retailer.id;
    await deps.connections.save({ shop, apiUrl, retailerKey, retailerId, retailerName: current.retailer.name, brandName: current.brand.name }, deps.now());
    const registered = (await deps.sales.registerWaiting(shop)).filter((o) => o.status === 'registered').length;
    deps.logger.info('shop_connected', { shop, retailerId, waitingSalesRegistered: registered });
    return c.json({ connection: await deps.connections.find(shop) });
  });

  app.delete('/connection', async (c) => {
    await deps.connections.delete(c.get('shop'));
    return c.body(null, 204);
  });

  app.get('/orders', async (c) => {
    const shop = c.get('shop');
    const orders = await deps.db
      .selectFrom('orders')
      .select(['order_id', 'order_name', 'buyer_name', 'purchase_date'])
      .where('shop', '=', shop)
      .orderBy('recorded_at', 'desc')
      .orderBy('order_id', 'desc')
      .limit(adminRecentOrdersShown)
      .execute();
    const ids = orders.map((o) => o.order_id);
    const units = ids.length === 0 ? [] : await deps.db.selectFrom('order_units').selectAll().where('shop', '=', shop).where('order_id', 'in', ids).orderBy('line_item_id').orderBy('unit_index').execute();
    return c.json<OrdersResponse>({
      orders: orders.map((order) => ({
        orderId: order.order_id,
        name: order.order_name,
        buyerName: order.buyer_name,
        purchaseDate: order.purchase_date,
        units: units
          .filter((u) => u.order_id === order.order_id)
          .map((u) => ({
            lineItemId: u.line_item_id,
            unitIndex: u.unit_index,
            productTitle: u.product_title,
            sku: u.sku,
            serial: u.serial,
            status: u.status,
            errorCode: u.error_code,
            price: u.price_currency !== null && u.price_minor_units !== null ? { currency: u.price_currency, amountMinorUnits: Number(u.price_minor_units) } : null,
          })),
      })),
    });
  });

  app.put('/orders/:orderId/lines/:lineItemId/units/:unitIndex/serial', async (c) => {
    const body = z.safeParse(SerialRequest, await jsonBody(c));
    if (!body.success) return problem(422, 'validation_failed', 'Send { "serial": "…" }.', [{ path: 'serial', code: 'required', message: 'Enter the serial.' }]);
    const key = unitKeyOf((name) => c.req.param(name));
    if (!key) return problem(404, 'unknown_order_line', 'No such unit.');
    try {
      return c.json<UnitResponse>({ unit: await deps.sales.setSerial(c.get('shop'), key, body.data.serial) });
    } catch (error) {
      if (!(error instanceof SaleInputError)) throw error;
      return saleInputProblem(error);
    }
  });

  /** Registers one failed sale again, with the serial it failed with (a corrected serial goes through PUT …/serial). */
  app.post('/orders/:orderId/lines/:lineItemId/units/:unitIndex/retry', async (c) => {
    const key = unitKeyOf((name) => c.req.param(name));
    if (!key) return problem(404, 'unknown_order_line', 'No such unit.');
    try {
      return c.json<UnitResponse>({ unit: await deps.sales.retry(c.get('shop'), key) });
    } catch (error) {
      if (!(error instanceof SaleInputError)) throw error;
      return saleInputProblem(error);
    }
  });

  /** Every sale of this shop the brand did not register, oldest failure first (not only the recent orders'). */
  app.get('/sales/failed', async (c) => {
    const rows = await deps.db
      .selectFrom('order_units')
      .innerJoin('orders', (join) => join.onRef('orders.shop', '=', 'order_units.shop').onRef('orders.order_id', '=', 'order_units.order_id'))
      .select(['order_units.order_id', 'orders.order_name', 'orders.purchase_date', 'order_units.line_item_id', 'order_units.unit_index', 'order_units.product_title', 'order_units.serial', 'order_units.error_code', 'order_units.updated_at'])
      .where('order_units.shop', '=', c.get('shop'))
      .where('order_units.status', '=', 'failed')
      .orderBy('order_units.updated_at')
      .orderBy('order_units.order_id')
      .orderBy('order_units.line_item_id')
      .orderBy('order_units.unit_index')
      .limit(adminFailedSalesShown)
      .execute();
    return c.json<FailedSalesResponse>({
      failedSales: rows.map((row) => ({
        orderId: row.order_id,
        orderName: row.order_name,
        purchaseDate: row.purchase_date,
        lineItemId: row.line_item_id,
        unitIndex: row.unit_index,
        productTitle: row.product_title,
        serial: row.serial ?? '',
        errorCode: row.error_code,
        retryable: !(row.error_code && unretryableFailureCodes.has(row.error_code)),
        failedAt: row.updated_at,
      })),
    });
  });

  /** Retries every failed sale a retry can change, a batch per call; `remaining` says whether to call again. */
  app.post('/sales/failed/retry', async (c) => {
    const shop = c.get('shop');
    try {
      const { outcomes, remaining } = await deps.sales.retryFailed(shop);
      deps.logger.info('failed_sales_retried', { shop, retried: outcomes.length, registered: outcomes.filter((o) => o.status === 'registered').length });
      return c.json<RetryFailedResponse>({ outcomes, remaining });
    } catch (error) {
      if (!(error instanceof SaleInputError)) throw error;
      return saleInputProblem(error);
    }
  });

  /** The international warranty: the brand's record of the piece, and this shop's own sale of it, if any. */
  app.get('/pieces/:serial', async (c) => {
    const shop = c.get('shop');
    const serial = z.safeParse(Serial, c.req.param('serial'));
    if (!serial.success) return problem(422, 'validation_failed', 'Check the serial.', [{ path: 'serial', code: 'invalid_format', message: 'A serial is 3 to 32 letters, digits and dashes.' }]);
    const opened = await deps.connections.open(shop);
    if (!opened) return problem(409, 'shop_not_connected', 'Connect the shop to the brand first.');
    let piece = null;
    try {
      piece = await opened.client.items.get(serial.data);
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'unknown_serial')) {
        if (error instanceof AtelierClientError) return problem(502, 'upstream_unavailable', "The brand's service did not answer.");
        throw error;
      }
    }
    const sale = await deps.db
      .selectFrom('order_units')
      .innerJoin('orders', (join) => join.onRef('orders.shop', '=', 'order_units.shop').onRef('orders.order_id', '=', 'order_units.order_id'))
      .select(['orders.order_name', 'orders.buyer_name', 'orders.buyer_email', 'orders.purchase_date', 'order_units.status'])
      .where('order_units.shop', '=', shop)
      .where('order_units.serial', '=', serial.data)
      .executeTakeFirst();
    if (!piece && !sale) return problem(404, 'unknown_serial', `No piece ${serial.data} in the brand's registry or this shop's orders.`);
    return c.json<PieceResponse>({
      piece,
      sale: sale ? { orderName: sale.order_name, buyerName: sale.buyer_name, buyerEmail: sale.buyer_email, purchaseDate: sale.purchase_date, status: sale.status } : null,
    });
  });

  app.get('/data-requests', async (c) => {
    const rows = await deps.db.selectFrom('data_request_exports').select(['id', 'customer_id', 'requested_at']).where('shop', '=', c.get('shop')).orderBy('requested_at', 'desc').execute();
    return c.json<DataRequestsResponse>({ dataRequests: rows.map((r) => ({ id: r.id, customerId: r.customer_id, requestedAt: r.requested_at })) });
  });

  app.get('/data-requests/:id', async (c) => {
    const row = await deps.db.selectFrom('data_request_exports').select(['export_json', 'customer_id']).where('shop', '=', c.get('shop')).where('id', '=', c.req.param('id')).executeTakeFirst();
    if (!row) return problem(404, 'not_found', 'No such data request for this shop.');
    return new Response(row.export_json, {
      headers: { 'Content-Type': 'application/json', 'Content-Disposition': `attachment; filename="customer-${row.customer_id}-data.json"`, 'Cache-Control': 'no-store' },
    });
  });

  return app;
}
