/**
 * The app on a fresh database (SQLite in memory, or a throwaway PostgreSQL database), optionally
 * wired to a real Atelier server in process, with helpers that sign requests the way Shopify does.
 */
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { createTestDatabase, postgresUnavailableReason, type TestServer } from '@atelier/server/testing';
import type { FetchFunction } from '@atelier/client';
import { Session } from '@shopify/shopify-api';
import { createApp, type ShopifyApp } from '../app.ts';
import { migrateToLatest, openDatabase, type Db } from '../db/database.ts';
import { recordingLogger } from '../logger.ts';

export type DatabaseKind = 'sqlite' | 'postgres';
export const databaseKinds: DatabaseKind[] = ['sqlite', 'postgres'];

export const testApiKey = 'atelier-test-client-id';
export const testApiSecret = 'atelier-test-client-secret-0123456789';
export const testAppUrl = new URL('https://atelier-app.example');
export const testShop = 'maison-retail.myshopify.com';
export const testAtelierApiUrl = 'https://api.maison-fixture.example';
export const testScopes = ['read_orders', 'read_customers'];

export interface TestApp extends ShopifyApp {
  db: Db;
  logger: ReturnType<typeof recordingLogger>;
  /** Calls to the brand API, in order: `METHOD /path`. */
  atelierCalls: string[];
  /**
   * Makes the brand API unreachable (a network error for every call), reachable again, or
   * `answers-lost`: the brand acts on each call, then the app gets a network error instead of its answer.
   */
  setAtelierReachable(reachable: boolean | 'answers-lost'): void;
  /** A second instance of the app on the same database and keys, as another process would be. */
  anotherProcess(): ShopifyApp;
  close(): Promise<void>;
}

/** Why PostgreSQL suites are skipped here, or undefined when PostgreSQL is there (required under CI). */
export async function postgresSkipReason(): Promise<string | undefined> {
  const reason = await postgresUnavailableReason();
  if (reason && process.env['CI']) throw new Error(`CI requires PostgreSQL: ${reason}`);
  return reason;
}

async function openTestDatabase(kind: DatabaseKind): Promise<{ db: Db; dispose: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const db = openDatabase({ dataDir: ':memory:' });
    return { db, dispose: () => db.destroy() };
  }
  const created = await createTestDatabase();
  const db = openDatabase({ databaseUrl: created.url });
  return {
    db,
    dispose: async () => {
      await db.destroy();
      await created.drop();
    },
  };
}

/** `now`: the app's clock, for tests that move time (default: the real time). */
export async function createTestApp(options: { database: DatabaseKind; atelier?: TestServer; now?: () => Date }): Promise<TestApp> {
  const { db, dispose } = await openTestDatabase(options.database);
  await migrateToLatest(db);
  const logger = recordingLogger();
  const atelierCalls: string[] = [];
  const atelier = options.atelier;
  let atelierReachable: boolean | 'answers-lost' = true;
  const atelierFetch: FetchFunction = async (input, init) => {
    const request = new Request(input, init);
    atelierCalls.push(`${request.method} ${new URL(request.url).pathname}`);
    if (!atelier) throw new TypeError('No Atelier server in this test.');
    if (atelierReachable === false) throw new TypeError('fetch failed (the brand API is down in this test).');
    const response = await atelier.app.request(request);
    if (atelierReachable === 'answers-lost') throw new TypeError('fetch failed (the brand acted, and its answer was lost in this test).');
    return response;
  };
  const config = { apiKey: testApiKey, apiSecret: testApiSecret, appUrl: testAppUrl, scopes: testScopes, encryptionKey: randomBytes(32), defaultAtelierApiUrl: testAtelierApiUrl };
  const shopifyApp = createApp({ config, db, logger, atelierFetch, now: options.now });
  const anotherProcess = () => createApp({ config, db, logger, atelierFetch, now: options.now });
  const setAtelierReachable = (reachable: boolean | 'answers-lost') => {
    atelierReachable = reachable;
  };
  return { ...shopifyApp, db, logger, atelierCalls, setAtelierReachable, anotherProcess, close: dispose };
}

/** Connects the test shop to the Atelier test server's brand, as the admin page would. */
export async function connectToAtelier(app: TestApp, atelier: TestServer): Promise<{ retailerId: string }> {
  const retailerId = atelier.retailers[0]!.id;
  await app.connections.save({ shop: testShop, apiUrl: testAtelierApiUrl, retailerKey: atelier.keys.retailer, retailerId, retailerName: atelier.retailers[0]!.name, brandName: atelier.brand.name }, new Date());
  return { retailerId };
}

export interface OfflineSessionOptions {
  shop?: string;
  accessToken?: string;
  /** Null: a non-expiring token, as stored before expiring offline tokens. Default: an hour. */
  expiresInSeconds?: number | null;
  refreshToken?: string;
  refreshTokenExpiresInSeconds?: number;
  scope?: string;
  /** The clock the expiries count from (default: now). */
  now?: Date;
}

/** A shop's offline session as token exchange stores it: an expiring token with its refresh token. */
export function offlineSession(options: OfflineSessionOptions = {}): Session {
  const shop = options.shop ?? testShop;
  const at = (options.now ?? new Date()).getTime();
  const expiresInSeconds = options.expiresInSeconds === undefined ? 3_600 : options.expiresInSeconds;
  return new Session({
    id: `offline_${shop}`,
    shop,
    state: '',
    isOnline: false,
    accessToken: options.accessToken ?? 'shpat_test_offline_token',
    scope: options.scope ?? testScopes.join(','),
    ...(expiresInSeconds === null
      ? {}
      : {
          expires: new Date(at + expiresInSeconds * 1000),
          refreshToken: options.refreshToken ?? 'shprt_test_refresh_token',
          refreshTokenExpires: new Date(at + (options.refreshTokenExpiresInSeconds ?? 90 * 86_400) * 1000),
        }),
  });
}

/** Shopify's token endpoint answer for an expiring offline token (token exchange, refresh, migration). */
export function expiringTokenResponse(accessToken: string, refreshToken: string, options: { expiresInSeconds?: number; scope?: string } = {}) {
  return {
    access_token: accessToken,
    expires_in: options.expiresInSeconds ?? 3_600,
    refresh_token: refreshToken,
    refresh_token_expires_in: 90 * 86_400,
    scope: options.scope ?? testScopes.join(','),
  };
}

export function webhookHmac(body: string, secret = testApiSecret): string {
  return createHmac('sha256', secret).update(body, 'utf8').digest('base64');
}

/** A webhook delivery as Shopify sends it; the same `webhookId` is a redelivery. */
export function webhookRequest(topic: string, payload: unknown, options: { webhookId?: string; shop?: string; tamper?: (body: string) => string } = {}): Request {
  const body = JSON.stringify(payload);
  const hmac = webhookHmac(body);
  return new Request(new URL('/webhooks', testAppUrl), {
    method: 'POST',
    body: options.tamper ? options.tamper(body) : body,
    headers: {
      'Content-Type': 'application/json',
      'X-Shopify-Hmac-Sha256': hmac,
      'X-Shopify-Topic': topic,
      'X-Shopify-Shop-Domain': options.shop ?? testShop,
      'X-Shopify-API-Version': '2026-10',
      'X-Shopify-Webhook-Id': options.webhookId ?? randomUUID(),
      'X-Shopify-Triggered-At': new Date().toISOString(),
    },
  });
}

/** An app proxy URL as Shopify forwards it: its parameters sorted, joined and signed (hex). */
export function signedProxyUrl(path: string, options: { params?: Record<string, string>; timestamp?: number; secret?: string; loggedInCustomerId?: string } = {}): URL {
  const params: Record<string, string> = {
    shop: testShop,
    logged_in_customer_id: options.loggedInCustomerId ?? '',
    path_prefix: '/apps/atelier',
    timestamp: String(options.timestamp ?? Math.floor(Date.now() / 1000)),
    ...options.params,
  };
  const message = Object.keys(params)
    .sort()
    .map((key) => `${key}=${params[key]}`)
    .join('');
  const signature = createHmac('sha256', options.secret ?? testApiSecret).update(message).digest('hex');
  const url = new URL(`/proxy${path}`, testAppUrl);
  for (const [key, value] of Object.entries({ ...params, signature })) url.searchParams.set(key, value);
  return url;
}

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

/** A session token as App Bridge gets it from Shopify: a JWT (HS256) signed with the app's secret. */
export function sessionToken(options: { shop?: string; secret?: string; expiresInSeconds?: number } = {}): string {
  const shop = options.shop ?? testShop;
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(
    JSON.stringify({
      iss: `https://${shop}/admin`,
      dest: `https://${shop}`,
      aud: testApiKey,
      sub: '74',
      exp: now + (options.expiresInSeconds ?? 60),
      nbf: now - 5,
      iat: now - 5,
      jti: randomUUID(),
      sid: randomUUID(),
    }),
  );
  const signature = createHmac('sha256', options.secret ?? testApiSecret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

/**
 * A response's JSON for assertions: tests index into it freely, and a wrong shape fails the
 * assertion that reads it, which is the check.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type TestJson = any;

export async function bodyOf(response: Response): Promise<TestJson> {
  return response.json();
}
