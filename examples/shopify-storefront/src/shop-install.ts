// The retailer installing the app and connecting the shop to the brand, without Shopify.
//
// Install: on Shopify, the first time the admin page opens, the app exchanges App Bridge's session
// token for an offline access token at https://<shop>/admin/oauth/access_token and stores it. That
// endpoint is Shopify's, so here the offline session is stored directly, with the app's own
// session storage and key, as the exchange would have stored it. Its access token opens nothing:
// the storefront path never calls Shopify (only the logged-in-customer prefill does, and the
// stand-in storefront has no customer accounts).
//
// Connect: exactly what the admin page does, through the app's real admin API: PUT /api/connection
// with a session token signed with the app's secret, which the app checks with the brand.
import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Session } from '@shopify/shopify-api';
import { SignJWT } from 'jose';
import { migrateToLatest, openDatabase } from '@atelier/shopify-app/src/db/database.ts';
import { SecretBox } from '@atelier/shopify-app/src/secret-box.ts';
import { DatabaseSessionStorage } from '@atelier/shopify-app/src/sessions/session-storage.ts';

const encryptionKeyFileName = 'encryption-key';
const encryptionKeyBytes = 32;
/** App Bridge's session tokens live for a minute. */
const sessionTokenLifetimeSeconds = 60;
/** Stands in for the token Shopify would issue; never sent anywhere by the storefront path. */
const placeholderAccessToken = 'shpat_local_example_not_a_shopify_token';

/**
 * The app's ENCRYPTION_KEY for this data directory: made once and kept beside the app's database,
 * because the sealed secret key and session in that database open only with the key they were sealed with.
 */
export async function appEncryptionKey(appDataDir: string): Promise<string> {
  const file = path.join(appDataDir, encryptionKeyFileName);
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    const key = Buffer.from(crypto.getRandomValues(new Uint8Array(encryptionKeyBytes))).toString('base64');
    await writeFile(file, `${key}\n`, { mode: 0o600 });
    return key;
  }
}

/** Stores the shop's offline session in the app's database, as token exchange would on first open. */
export async function installApp(options: { appDataDir: string; encryptionKey: string; shop: string; scopes: string[] }): Promise<void> {
  const db = openDatabase({ dataDir: options.appDataDir });
  try {
    await migrateToLatest(db);
    const sessions = new DatabaseSessionStorage({ db, box: new SecretBox(Buffer.from(options.encryptionKey, 'base64')) });
    const id = `offline_${options.shop}`;
    if (await sessions.loadSession(id)) return;
    await sessions.storeSession(new Session({ id, shop: options.shop, state: '', isOnline: false, accessToken: placeholderAccessToken, scope: options.scopes.join(',') }));
  } finally {
    await db.destroy();
  }
}

/** A session token as App Bridge gets it from Shopify for the admin page: a JWT signed with the app's secret. */
export function adminSessionToken(options: { shop: string; apiKey: string; apiSecret: string }): Promise<string> {
  return new SignJWT({ dest: `https://${options.shop}`, sid: randomUUID() })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(`https://${options.shop}/admin`)
    .setAudience(options.apiKey)
    // Shopify's subject is the staff member's user id; any will do for the admin page.
    .setSubject('1')
    .setJti(randomUUID())
    .setIssuedAt()
    .setNotBefore('0s')
    .setExpirationTime(`${sessionTokenLifetimeSeconds}s`)
    .sign(new TextEncoder().encode(options.apiSecret));
}

export interface ConnectOptions {
  appUrl: string;
  shop: string;
  apiKey: string;
  apiSecret: string;
  atelierApiUrl: string;
  /** The retailer's key (`rk_…`): it names the retailer the shop is, so nothing else is typed. */
  retailerKey: string;
}

/** Connects the shop to the brand through the app's admin API, as the retailer does on the admin page. */
export async function connectShop(options: ConnectOptions): Promise<{ brandName: string }> {
  const response = await fetch(new URL('/api/connection', options.appUrl), {
    method: 'PUT',
    headers: { Authorization: `Bearer ${await adminSessionToken(options)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ apiUrl: options.atelierApiUrl, retailerKey: options.retailerKey }),
  });
  const body = (await response.json()) as { connection?: { brandName: string }; detail?: string; errors?: Array<{ path: string; message: string }> };
  if (!response.ok || !body.connection) {
    const fields = (body.errors ?? []).map((error) => `${error.path}: ${error.message}`).join('; ');
    throw new Error(`the app refused the connection (${response.status}): ${body.detail ?? ''} ${fields}`.trim());
  }
  return { brandName: body.connection.brandName };
}
