/**
 * `Idempotency-Key` on POST: a retried request gets the first answer instead of acting twice.
 * Entries are scoped per API key. Whoever inserts the key first (the primary key decides, on
 * both databases) runs the request; a concurrent twin gets 409, a later replay gets the stored
 * answer with `Idempotent-Replayed: true`, and the same key with another body gets 422.
 * Only 2xx and 4xx answers are stored: a 5xx, or a 429 (try again later), leaves the key free for a retry.
 */
import { createHash } from 'node:crypto';
import { idempotencyKeyMaxLength } from '@atelier/client/contract';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/database.ts';
import { AtelierError } from '../errors.ts';
import { idempotencyInProgressLeaseSeconds, idempotencyKeyTtlHours } from '../limits.ts';

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
      400,
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

async function claim(request: IdempotentRequest, now: Date): Promise<boolean> {
  const { db, scope, key, fingerprint } = request;
  const expiresAt = new Date(now.getTime() + idempotencyKeyTtlHours * 3_600_000).toISOString();
  const inserted = await db
    .insertInto('idempotency_keys')
    .values({
      scope,
      key,
      fingerprint,
      state: 'in_progress',
      response_status: null,
      response_headers: null,
      response_body: null,
      created_at: now.toISOString(),
      expires_at: expiresAt,
    })
    .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  if (inserted) return true;
  // An expired entry, or one abandoned mid-request, may be taken over; the conditional update lets one taker win.
  const leaseExpiredBefore = new Date(now.getTime() - idempotencyInProgressLeaseSeconds * 1000).toISOString();
  const takenOver = await db
    .updateTable('idempotency_keys')
    .set({ fingerprint, state: 'in_progress', response_status: null, response_headers: null, response_body: null, created_at: now.toISOString(), expires_at: expiresAt })
    .where('scope', '=', scope)
    .where('key', '=', key)
    .where((eb) =>
      eb.or([
        eb('expires_at', '<=', now.toISOString()),
        eb.and([eb('state', '=', 'in_progress'), eb('created_at', '<', leaseExpiredBefore)]),
      ]),
    )
    .executeTakeFirst();
  return Number(takenOver.numUpdatedRows) === 1;
}

async function storedAnswer(request: IdempotentRequest): Promise<Response> {
  const row = await request.db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('scope', '=', request.scope)
    .where('key', '=', request.key)
    .executeTakeFirst();
  if (row && row.fingerprint !== request.fingerprint) {
    throw new AtelierError(
      'idempotency_key_reused',
      422,
      `This ${idempotencyKeyHeader} was already used with a different request; use a new key for a new request.`,
    );
  }
  if (!row || row.state === 'in_progress' || row.response_status === null) {
    throw new AtelierError('idempotency_key_in_use', 409, `A request with this ${idempotencyKeyHeader} is still in progress; retry shortly.`, {
      headers: { 'Retry-After': '1' },
    });
  }
  const headers = new Headers(JSON.parse(row.response_headers ?? '{}') as Record<string, string>);
  headers.set(idempotentReplayedHeader, 'true');
  return new Response(row.response_body, { status: row.response_status, headers });
}

/** Runs `execute` once per (scope, key); replays its stored answer for a matching retry. */
export async function withIdempotency(request: IdempotentRequest, execute: () => Promise<Response>): Promise<Response> {
  if (!(await claim(request, request.clock.now()))) return storedAnswer(request);
  let response: Response;
  try {
    response = await execute();
  } catch (error) {
    await release(request);
    throw error;
  }
  if (!isStorable(response.status)) {
    await release(request);
    return response;
  }
  const body = await response.clone().text();
  const headers: Record<string, string> = {};
  for (const name of replayedHeaderNames) {
    const value = response.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  await request.db
    .updateTable('idempotency_keys')
    .set({ state: 'completed', response_status: response.status, response_headers: JSON.stringify(headers), response_body: body })
    .where('scope', '=', request.scope)
    .where('key', '=', request.key)
    .execute();
  return response;
}

async function release(request: IdempotentRequest): Promise<void> {
  await request.db
    .deleteFrom('idempotency_keys')
    .where('scope', '=', request.scope)
    .where('key', '=', request.key)
    .where('state', '=', 'in_progress')
    .execute();
}

/** Deletes entries past their time; run by the server's maintenance timer. */
export async function pruneIdempotencyKeys(db: Db, now: Date): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('expires_at', '<=', now.toISOString()).execute();
}
