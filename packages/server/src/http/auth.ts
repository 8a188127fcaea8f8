/**
 * Who is calling: `Authorization: Bearer pk_…|sk_…|rk_…`, or else a console session (the
 * `SessionAuthenticator` seam). Keys are looked up by their SHA-256 (through ApiKeyCache, so a
 * revocation counts within its TTL); revoked keys are unknown keys. A publishable key is honoured
 * only from its allowed origins (calls without `Origin` come from servers and are fine); secret
 * and retailer keys are refused from any web page, so a key pasted into a site fails loudly the
 * first time it is tried. Whether the principal may call the operation is principal.ts's `authorize`.
 */
import type { Context } from 'hono';
import type { ApiKeyCache, ApiKeyRecord } from '../api-keys.ts';
import { AtelierError } from '../errors.ts';
import type { AppEnv } from './context.ts';
import type { Principal, SessionAuthenticator } from './principal.ts';

/** Longest bearer token worth hashing; real keys are 35 characters. */
const presentedKeyMaxLength = 200;

function presentedKey(c: Context<AppEnv>): string | undefined {
  const header = c.req.header('Authorization');
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw new AtelierError('invalid_api_key', 'The Authorization header must be "Bearer <key>".');
  return match[1];
}

/**
 * The active key presented with the request, looked up once per request and kept on the context
 * (the rate limiter needs it before the operation's own check). `null` when absent, malformed or unknown.
 */
export async function presentedApiKey(c: Context<AppEnv>, apiKeys: ApiKeyCache): Promise<ApiKeyRecord | null> {
  const known = c.get('apiKey');
  if (known !== undefined) return known;
  let record: ApiKeyRecord | null = null;
  try {
    const key = presentedKey(c);
    if (key && key.length <= presentedKeyMaxLength) record = (await apiKeys.findActive(key)) ?? null;
  } catch (error) {
    if (!(error instanceof AtelierError)) throw error;
  }
  c.set('apiKey', record);
  return record;
}

/**
 * Whether the request comes from a web page. Browsers always send `Origin` on cross-origin and
 * on POST requests, and `Sec-Fetch-Site` on every request. `Sec-Fetch-Mode` alone proves
 * nothing: Node's own fetch sends `Sec-Fetch-Mode: cors` from servers.
 */
function isFromBrowser(c: Context): boolean {
  return c.req.header('Origin') !== undefined || c.req.header('Sec-Fetch-Site') !== undefined;
}

function callerOfKey(record: ApiKeyRecord, ip: string): Principal {
  const base = { brandId: record.brandId, ip, actor: { kind: 'key', id: record.id } } as const;
  switch (record.kind) {
    case 'publishable':
      return { ...base, kind: 'publishableKey' };
    case 'secret':
      return { ...base, kind: 'secretKey' };
    case 'retailer':
      if (!record.retailerId) throw new Error(`retailer key ${record.id} has no retailer`);
      return { ...base, kind: 'retailerKey', retailerId: record.retailerId };
  }
}

/** The caller of an operation (a key, else a console session), or an AtelierError saying why there is none. */
export async function authenticate(c: Context<AppEnv>, apiKeys: ApiKeyCache, authenticateSession: SessionAuthenticator): Promise<Principal> {
  const key = presentedKey(c);
  if (!key) {
    const session = await authenticateSession(c.req.raw, c.get('clientIp'));
    if (session) return session;
    throw new AtelierError('missing_api_key', 'Send your API key as "Authorization: Bearer <key>".', {
      headers: { 'WWW-Authenticate': 'Bearer' },
    });
  }
  const record = await presentedApiKey(c, apiKeys);
  if (!record) {
    throw new AtelierError('invalid_api_key', 'This API key does not exist or was revoked.', {
      headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
    });
  }
  if ((record.kind === 'secret' || record.kind === 'retailer') && isFromBrowser(c)) {
    throw new AtelierError(
      'secret_key_in_browser',
      `${record.kind === 'secret' ? 'Secret' : 'Retailer'} keys are for servers only and are refused from web pages. Use a publishable key in the page, and revoke this key: it has been exposed.`,
    );
  }
  if (record.kind === 'publishable') {
    const origin = c.req.header('Origin');
    if (origin !== undefined && !record.allowedOrigins.includes(origin)) {
      throw new AtelierError('origin_not_allowed', `This publishable key may not be used from ${origin}.`);
    }
  }
  return callerOfKey(record, c.get('clientIp'));
}
