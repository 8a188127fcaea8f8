/**
 * `Idempotency-Key` on POST: a retried request gets the first answer instead of acting twice,
 * even when the server died mid-request. Entries are scoped per API key.
 *
 * The request runs as one unit of work (db/unit-of-work.ts): its writes, the e-mails it queues
 * (mail/outbox.ts) and its stored answer commit in one transaction, on both databases. So either
 * all of it is there, and a retry gets the stored answer with `Idempotent-Replayed: true`, or
 * none of it is (the process died before the commit), and a retry runs the operation, once.
 * Nothing marks a key "in progress" in the database, so no lease has to lapse after a crash.
 *
 * A concurrent twin (same key while the first runs) gets 409: this instance keeps the keys it is
 * running in memory; on PostgreSQL the unit also takes a transaction-scoped advisory lock on the
 * key, which another instance cannot get until the first commits or dies, and which dies with it.
 * The same key with another body gets 422. Only 2xx and 4xx answers are stored: a 5xx, or a 429
 * (try again later), leaves the key free for a retry.
 */
import { createHash } from 'node:crypto';
import { idempotencyKeyMaxLength } from '@atelier/client/contract';
import { sql } from 'kysely';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/database.ts';
import { isPostgres } from '../db/dialect.ts';
import { runUnitOfWork } from '../db/unit-of-work.ts';
import { AtelierError } from '../errors.ts';
import { idempotencyKeyTtlHours } from '../limits.ts';

export const idempotencyKeyHeader = 'Idempotency-Key';
export const idempotentReplayedHeader = 'Idempotent-Replayed';

/** Headers worth replaying; the rest (rate limit, request id, CORS) belong to the new request. */
const replayedHeaderNames = ['content-type', 'location', 'retry-after'];

/** Printable ASCII, as the header is a structured-field string. */
const idempotencyKeyPattern = /^[\x20-\x7e]+$/;

export function validateIdempotencyKey(key: string | undefined): string | undefined {
  if (key === undefined) return undefined;
  if (key.length === 0 || key.length > idempotencyKeyMaxLength || !idempotencyKeyPattern.test(key)) {
    throw new AtelierError(
      'invalid_idempotency_key',
      `The ${idempotencyKeyHeader} header must be 1 to ${idempotencyKeyMaxLength} printable ASCII characters.`,
      { fieldErrors: [{ path: idempotencyKeyHeader, code: 'invalid_format', message: `1 to ${idempotencyKeyMaxLength} printable ASCII characters.` }] },
    );
  }
  return key;
}

export function requestFingerprint(method: string, path: string, body: string): string {
  return createHash('sha256').update(`${method}\n${path}\n${body}`).digest('hex');
}

function isStorable(status: number): boolean {
  return (status >= 200 && status < 300) || (status >= 400 && status < 500 && status !== 429);
}

export interface IdempotentRequest {
  db: Db;
  clock: Clock;
  /** The API key's id. */
  scope: string;
  key: string;
  fingerprint: string;
}

function keyInUse(): AtelierError {
  return new AtelierError('idempotency_key_in_use', `A request with this ${idempotencyKeyHeader} is still in progress; retry shortly.`, {
    headers: { 'Retry-After': '1' },
  });
}

/** The keys this instance is running, per database: a twin arriving meanwhile gets 409. */
const keysRunning = new WeakMap<Db, Set<string>>();

/**
 * Inside the unit, on PostgreSQL: holds the key until the unit ends, or refuses when another
 * instance holds it. The 64-bit hash may make two keys share a lock: the second gets a 409 and retries.
 */
async function lockKeyAcrossInstances(request: IdempotentRequest): Promise<void> {
  if (!isPostgres(request.db)) return;
  const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(hashtextextended(${`${request.scope}\n${request.key}`}, 0)) as locked`.execute(request.db);
  if (!rows[0]?.locked) throw keyInUse();
}

function replay(row: { response_status: number; response_headers: string | null; response_body: string | null }): Response {
  const headers = new Headers(JSON.parse(row.response_headers ?? '{}') as Record<string, string>);
  headers.set(idempotentReplayedHeader, 'true');
  return new Response(row.response_body, { status: row.response_status, headers });
}

async function storeAnswer(request: IdempotentRequest, response: Response, now: Date): Promise<void> {
  const headers: Record<string, string> = {};
  for (const name of replayedHeaderNames) {
    const value = response.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  const answer = {
    fingerprint: request.fingerprint,
    state: 'completed' as const,
    response_status: response.status,
    response_headers: JSON.stringify(headers),
    response_body: await response.clone().text(),
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + idempotencyKeyTtlHours * 3_600_000).toISOString(),
  };
  await request.db
    .insertInto('idempotency_keys')
    .values({ scope: request.scope, key: request.key, ...answer })
    // An expired entry, or an `in_progress` one written before answers were stored with the operation.
    .onConflict((oc) => oc.columns(['scope', 'key']).doUpdateSet(answer))
    .execute();
}

/**
 * Runs `execute` once per (scope, key), in one unit of work with the storing of its answer;
 * replays the stored answer for a matching retry. `execute` must do its work through `request.db`.
 */
export async function withIdempotency(request: IdempotentRequest, execute: () => Promise<Response>): Promise<Response> {
  let running = keysRunning.get(request.db);
  if (!running) keysRunning.set(request.db, (running = new Set()));
  const runningKey = `${request.scope}\n${request.key}`;
  if (running.has(runningKey)) throw keyInUse();
  running.add(runningKey);
  try {
    return await runUnitOfWork(
      request.db,
      async () => {
        await lockKeyAcrossInstances(request);
        const now = request.clock.now();
        const stored = await request.db
          .selectFrom('idempotency_keys')
          .select(['fingerprint', 'response_status', 'response_headers', 'response_body'])
          .where('scope', '=', request.scope)
          .where('key', '=', request.key)
          .where('state', '=', 'completed')
          .where('expires_at', '>', now.toISOString())
          .executeTakeFirst();
        if (stored && stored.fingerprint !== request.fingerprint) {
          throw new AtelierError(
            'idempotency_key_reused',
            `This ${idempotencyKeyHeader} was already used with a different request; use a new key for a new request.`,
          );
        }
        if (stored?.response_status != null) return replay({ ...stored, response_status: stored.response_status });
        const response = await execute();
        if (isStorable(response.status)) await storeAnswer(request, response, now);
        return response;
      },
      committable,
    );
  } finally {
    running.delete(runningKey);
  }
}

/**
 * Whether a request's work is kept: not after a 5xx, which tells the caller nothing happened and
 * to try again. A 429 keeps what it counted (an attempt at a card code), without storing the answer.
 */
export function committable(response: Response): boolean {
  return response.status < 500;
}

/** Deletes entries past their time; run by the server's maintenance timer. */
export async function pruneIdempotencyKeys(db: Db, now: Date): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('expires_at', '<=', now.toISOString()).execute();
}
