/**
 * API keys: `pk_…` (publishable, bound to origins), `sk_…` (the brand's secret key) and `rk_…`
 * (one retailer's key, scoped to it). Only a SHA-256 of the key
 * is stored; the key itself is shown once, when it is created. A plain hash (not scrypt) is
 * enough because keys carry 192 random bits, and it lets every request find its key by index.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { ApiKeyKind } from '@atelier/client/contract';
import type { Clock } from './clock.ts';
import type { Db } from './db/database.ts';
import { newId } from './ids.ts';

export type { ApiKeyKind } from '@atelier/client/contract';

const keyPrefixByKind: Record<ApiKeyKind, string> = { publishable: 'pk_', secret: 'sk_', retailer: 'rk_' };
const keyRandomBytes = 24;
/** Characters kept in clear to tell keys apart in listings. */
const displayedKeyPrefixLength = 11;

export interface ApiKeyRecord {
  id: string;
  brandId: string;
  kind: ApiKeyKind;
  allowedOrigins: string[];
  /** The retailer a `retailer` key acts for; null for the brand's keys. */
  retailerId: string | null;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function apiKeyKindOf(key: string): ApiKeyKind | undefined {
  if (key.startsWith(keyPrefixByKind.publishable)) return 'publishable';
  if (key.startsWith(keyPrefixByKind.secret)) return 'secret';
  if (key.startsWith(keyPrefixByKind.retailer)) return 'retailer';
  return undefined;
}

/**
 * An origin as browsers send it in the `Origin` header: scheme, host and port only.
 * Throws a message naming the problem, for the CLI and the seed.
 */
export function normalizeOrigin(origin: string): string {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw new Error(`"${origin}" is not a URL; an origin looks like https://www.example.com`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`"${origin}" must start with https:// or http://`);
  }
  if (url.origin !== origin.replace(/\/$/, '')) {
    throw new Error(`"${origin}" has a path or query; an origin is only scheme, host and port (${url.origin})`);
  }
  return url.origin;
}

export interface NewApiKey {
  brandId: string;
  kind: ApiKeyKind;
  allowedOrigins?: string[];
  /** Required for a `retailer` key, refused for the others: the brand's retailer it acts for. */
  retailerId?: string;
  label?: string;
  now: Date;
}

/** Creates a key and returns it in clear, once. Throws a message naming the problem, for the CLI and the seed. */
export async function createApiKey(db: Db, input: NewApiKey): Promise<{ id: string; key: string }> {
  if ((input.kind === 'retailer') !== (input.retailerId !== undefined)) {
    throw new Error(input.kind === 'retailer' ? 'A retailer key needs the retailer it acts for.' : `A ${input.kind} key acts for the whole brand, not for a retailer.`);
  }
  if (input.retailerId !== undefined) {
    const retailer = await db.selectFrom('retailers').select('id').where('brand_id', '=', input.brandId).where('id', '=', input.retailerId).executeTakeFirst();
    if (!retailer) throw new Error(`The brand has no retailer with id "${input.retailerId}".`);
  }
  const key = `${keyPrefixByKind[input.kind]}${randomBytes(keyRandomBytes).toString('base64url')}`;
  const origins = input.kind === 'publishable' ? (input.allowedOrigins ?? []).map(normalizeOrigin) : [];
  const id = newId('key');
  await db
    .insertInto('api_keys')
    .values({
      id,
      brand_id: input.brandId,
      kind: input.kind,
      key_hash: hashApiKey(key),
      key_prefix: key.slice(0, displayedKeyPrefixLength),
      allowed_origins: JSON.stringify(origins),
      retailer_id: input.retailerId ?? null,
      label: input.label ?? '',
      created_at: input.now.toISOString(),
      revoked_at: null,
    })
    .execute();
  return { id, key };
}

/** The active (not revoked) key whose SHA-256 is `keyHash`, if any. */
async function findActiveApiKeyByHash(db: Db, keyHash: string): Promise<ApiKeyRecord | undefined> {
  const row = await db
    .selectFrom('api_keys')
    .select(['id', 'brand_id', 'kind', 'allowed_origins', 'retailer_id'])
    .where('key_hash', '=', keyHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  return { id: row.id, brandId: row.brand_id, kind: row.kind, allowedOrigins: JSON.parse(row.allowed_origins) as string[], retailerId: row.retailer_id };
}

/** Every origin some active publishable key may be used from. */
async function allowedOriginsOfActiveKeys(db: Db): Promise<ReadonlySet<string>> {
  const rows = await db
    .selectFrom('api_keys')
    .select('allowed_origins')
    .where('kind', '=', 'publishable')
    .where('revoked_at', 'is', null)
    .execute();
  return new Set(rows.flatMap((row) => JSON.parse(row.allowed_origins) as string[]));
}

export interface ApiKeyCacheOptions {
  db: Db;
  clock: Clock;
  /** How long a found key, or the set of allowed origins, is trusted before it is read again. */
  ttlMs: number;
  /** Keys remembered at most; the oldest is forgotten first. */
  maxEntries: number;
}

/**
 * The key lookups of every request, remembered for a short time: without it each `/v1` call
 * would hash the key and query for it before doing anything useful.
 *
 * Trade-off: a key revoked (or an origin removed) on any instance keeps working on an instance
 * that looked it up within the last `ttlMs`. Only keys found active are remembered, so a key
 * created a moment ago works at once and guessing keys cannot fill the cache. Entries are
 * indexed by the key's SHA-256, so the cache holds no key in clear.
 */
export class ApiKeyCache {
  readonly #options: ApiKeyCacheOptions;
  readonly #keys = new Map<string, { record: ApiKeyRecord; expiresAt: number }>();
  #allowedOrigins: { origins: Promise<ReadonlySet<string>>; expiresAt: number } | undefined;

  constructor(options: ApiKeyCacheOptions) {
    this.#options = options;
  }

  /** The active key matching `key`, as of at most `ttlMs` ago. */
  async findActive(key: string): Promise<ApiKeyRecord | undefined> {
    const keyHash = hashApiKey(key);
    const now = this.#options.clock.now().getTime();
    const cached = this.#keys.get(keyHash);
    if (cached && cached.expiresAt > now) return cached.record;
    this.#keys.delete(keyHash);
    const record = await findActiveApiKeyByHash(this.#options.db, keyHash);
    if (!record) return undefined;
    if (this.#keys.size >= this.#options.maxEntries) this.#keys.delete(this.#keys.keys().next().value!);
    this.#keys.set(keyHash, { record, expiresAt: now + this.#options.ttlMs });
    return record;
  }

  /** Drops what this instance remembers of the key with this SHA-256 (just revoked here), and of the origins keys allow. */
  forget(keyHash: string): void {
    this.#keys.delete(keyHash);
    this.#allowedOrigins = undefined;
  }

  /** Whether any active publishable key may be used from `origin` (CORS preflights), as of at most `ttlMs` ago. */
  async isOriginAllowedByAnyKey(origin: string): Promise<boolean> {
    const now = this.#options.clock.now().getTime();
    if (!this.#allowedOrigins || this.#allowedOrigins.expiresAt <= now) {
      const origins = allowedOriginsOfActiveKeys(this.#options.db);
      this.#allowedOrigins = { origins, expiresAt: now + this.#options.ttlMs };
      // A failed read is not remembered: the next request tries again.
      origins.catch(() => {
        if (this.#allowedOrigins?.origins === origins) this.#allowedOrigins = undefined;
      });
    }
    return (await this.#allowedOrigins.origins).has(origin);
  }
}
