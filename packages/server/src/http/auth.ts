/**
 * Who is calling: `Authorization: Bearer pk_…|sk_…`, one way only. Keys are looked up by their
 * SHA-256 (through ApiKeyCache, so a revocation counts within its TTL); revoked keys are unknown keys. A publishable key is honoured only from its allowed
 * origins (calls without `Origin` come from servers and are fine); a secret key is refused from
 * any web page, so a key pasted into a site fails loudly the first time it is tried.
 */
import type { AuthKind } from '@atelier/client/contract';
import type { Context } from 'hono';
import type { ApiKeyCache, ApiKeyRecord } from '../api-keys.ts';
import { AtelierError } from '../errors.ts';
import type { AppEnv } from './context.ts';
import type { Caller } from './operation-route.ts';

/** Longest bearer token worth hashing; real keys are 35 characters. */
const presentedKeyMaxLength = 200;

function presentedKey(c: Context<AppEnv>): string | undefined {
  const header = c.req.header('Authorization');
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw new AtelierError('invalid_api_key', 401, 'The Authorization header must be "Bearer <key>".');
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

/** The caller of an operation requiring `auth`, or an AtelierError saying why not. */
export async function authenticate(c: Context<AppEnv>, apiKeys: ApiKeyCache, auth: AuthKind): Promise<Omit<Caller, 'clientNetwork'>> {
  const key = presentedKey(c);
  if (!key) {
    throw new AtelierError('missing_api_key', 401, 'Send your API key as "Authorization: Bearer <key>".', {
      headers: { 'WWW-Authenticate': 'Bearer' },
    });
  }
  const record = await presentedApiKey(c, apiKeys);
  if (!record) {
    throw new AtelierError('invalid_api_key', 401, 'This API key does not exist or was revoked.', {
      headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
    });
  }
  if (record.kind === 'secret' && isFromBrowser(c)) {
    throw new AtelierError(
      'secret_key_in_browser',
      403,
      'Secret keys are for servers only and are refused from web pages. Use a publishable key in the page, and revoke this secret key: it has been exposed.',
    );
  }
  if (record.kind === 'publishable') {
    const origin = c.req.header('Origin');
    if (origin !== undefined && !record.allowedOrigins.includes(origin)) {
      throw new AtelierError('origin_not_allowed', 403, `This publishable key may not be used from ${origin}.`);
    }
    if (auth === 'secret') {
      throw new AtelierError('forbidden', 403, 'This operation needs a secret key, from a server.');
    }
  }
  return { brandId: record.brandId, apiKeyId: record.id, keyKind: record.kind, ip: c.get('clientIp') };
}
