/**
 * Console sessions: started when a person signs in (an e-mailed link here, a passkey in
 * features/passkeys), found again from the cookie on every request, ended by sign-out, by a new
 * sign-in in the same browser (rotation), by a revocation or by the person's deactivation. A
 * session ends `consoleSessionIdleTimeoutMinutes` after its last use and
 * `consoleSessionAbsoluteLifetimeHours` after sign-in, whichever comes first. Everything is read
 * from the database on each request (nothing cached), so an ended session stops working at once,
 * on every instance.
 */
import type { ConsoleSession, Me } from '@atelier/client/contract';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { AtelierError } from '../../errors.ts';
import type { HttpExchange } from '../../http/operation-route.ts';
import type { Principal, SessionAuthenticator } from '../../http/principal.ts';
import { newId } from '../../ids.ts';
import { consoleSessionAbsoluteLifetimeHours, consoleSessionIdleTimeoutMinutes, consoleSessionTouchIntervalSeconds } from '../../limits.ts';
import { personView, staffPrincipalOf } from '../people/people.ts';
import { carriesSessionCookie, clearedSessionCookie, hashSessionToken, newSessionToken, sessionCookie, sessionTokenOf } from './cookie.ts';

const idleTimeoutMs = consoleSessionIdleTimeoutMinutes * 60_000;
const absoluteLifetimeMs = consoleSessionAbsoluteLifetimeHours * 3_600_000;
const touchIntervalMs = consoleSessionTouchIntervalSeconds * 1000;
/** Longest `User-Agent` kept with a session: enough to tell browsers apart in the session list. */
const userAgentMaxLength = 256;

/** Methods that change nothing: a cookie may come with them from anywhere SameSite lets it. */
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface SessionDeps {
  db: Db;
  clock: Clock;
}

function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}

function earlierOf(a: string, b: string): string {
  return a < b ? a : b;
}

/**
 * Refuses a request that is to set or use the session cookie from anywhere but the console's own
 * origin (`Origin` absent included: browsers always send it on a POST): 403 `origin_not_allowed`.
 */
export function requireConsoleOrigin(request: Request, publicOrigin: string): void {
  const origin = request.headers.get('Origin');
  if (origin === publicOrigin) return;
  throw new AtelierError(
    'origin_not_allowed',
    origin === null
      ? `A console session's writes must come from the console (${publicOrigin}): the Origin header is missing.`
      : `A console session's writes must come from the console (${publicOrigin}), not ${origin}.`,
  );
}

/**
 * Signs `personId` in: ends the session the browser's cookie held (whoever it was), starts a new
 * one, sets its cookie on the answer and marks an invited person active. Call it inside the
 * operation's unit of work once the person has proven who they are (a link, a passkey); it
 * answers what `GET /v1/me` would.
 */
export async function startConsoleSession(deps: SessionDeps, input: { personId: string; http: HttpExchange; ip: string }): Promise<Me> {
  const { db, clock } = deps;
  const now = clock.now();
  const at = now.toISOString();
  const previousToken = sessionTokenOf(input.http.request);
  if (previousToken) {
    await db.updateTable('console_sessions').set({ revoked_at: at }).where('token_hash', '=', hashSessionToken(previousToken)).where('revoked_at', 'is', null).execute();
  }
  const person = await db.selectFrom('people').select(['id', 'status']).where('id', '=', input.personId).executeTakeFirst();
  if (!person || person.status === 'deactivated') throw new AtelierError('forbidden', 'This person may no longer sign in.');
  if (person.status === 'invited') await db.updateTable('people').set({ status: 'active' }).where('id', '=', person.id).execute();
  const token = newSessionToken();
  const absoluteExpiresAt = new Date(now.getTime() + absoluteLifetimeMs).toISOString();
  const sessionId = newId('ses');
  await db
    .insertInto('console_sessions')
    .values({
      id: sessionId,
      token_hash: hashSessionToken(token),
      person_id: person.id,
      created_at: at,
      last_seen_at: at,
      idle_expires_at: earlierOf(new Date(now.getTime() + idleTimeoutMs).toISOString(), absoluteExpiresAt),
      absolute_expires_at: absoluteExpiresAt,
      revoked_at: null,
      ip: input.ip,
      user_agent: input.http.request.headers.get('User-Agent')?.slice(0, userAgentMaxLength) ?? null,
    })
    .execute();
  input.http.responseHeaders.append('Set-Cookie', sessionCookie(token, Math.floor(absoluteLifetimeMs / 1000)));
  return loadMe(db, person.id, sessionId);
}

/** Ends one session (sign-out, a revocation); false when it had ended already. */
export async function endConsoleSession(db: Db, sessionId: string, now: Date): Promise<boolean> {
  const result = await db.updateTable('console_sessions').set({ revoked_at: now.toISOString() }).where('id', '=', sessionId).where('revoked_at', 'is', null).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Ends every session of a person (deactivation). */
export async function endSessionsOf(db: Db, personId: string, now: Date): Promise<void> {
  await db.updateTable('console_sessions').set({ revoked_at: now.toISOString() }).where('person_id', '=', personId).where('revoked_at', 'is', null).execute();
}

type SessionRow = {
  id: string;
  created_at: string;
  last_seen_at: string;
  idle_expires_at: string;
  absolute_expires_at: string;
  ip: string | null;
  user_agent: string | null;
};

const sessionColumns = ['id', 'created_at', 'last_seen_at', 'idle_expires_at', 'absolute_expires_at', 'ip', 'user_agent'] as const;

function sessionView(row: SessionRow, currentSessionId: string | undefined): ConsoleSession {
  return {
    id: row.id,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    idleExpiresAt: row.idle_expires_at,
    absoluteExpiresAt: row.absolute_expires_at,
    ip: row.ip,
    userAgent: row.user_agent,
    current: row.id === currentSessionId,
  };
}

/** A person's sessions still open at `now`, newest first. */
export async function openSessionsOf(db: Db, personId: string, now: Date, currentSessionId?: string): Promise<ConsoleSession[]> {
  const at = now.toISOString();
  const rows = await db
    .selectFrom('console_sessions')
    .select(sessionColumns)
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .where('idle_expires_at', '>', at)
    .where('absolute_expires_at', '>', at)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((row) => sessionView(row, currentSessionId));
}

/** Ends a session of `personId` still open; 404 `unknown_session` for any other id (another person's included). */
export async function revokeSessionOf(db: Db, personId: string, sessionId: string, now: Date): Promise<{ id: string; revokedAt: string }> {
  const at = now.toISOString();
  const result = await db
    .updateTable('console_sessions')
    .set({ revoked_at: at })
    .where('id', '=', sessionId)
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .where('idle_expires_at', '>', at)
    .where('absolute_expires_at', '>', at)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw new AtelierError('unknown_session', 'No open session with this id.');
  return { id: sessionId, revokedAt: at };
}

/** The signed-in person with their brand, retailer and the session `sessionId`. */
export async function loadMe(db: Db, personId: string, sessionId: string): Promise<Me> {
  const person = await db.selectFrom('people').selectAll().where('id', '=', personId).executeTakeFirstOrThrow();
  const brand = await db.selectFrom('brands').select(['id', 'name']).where('id', '=', person.brand_id).executeTakeFirstOrThrow();
  const retailer = person.retailer_id
    ? await db.selectFrom('retailers').select(['id', 'name']).where('id', '=', person.retailer_id).executeTakeFirstOrThrow()
    : null;
  const session = await db.selectFrom('console_sessions').select(sessionColumns).where('id', '=', sessionId).executeTakeFirstOrThrow();
  return { person: personView(person), brand, retailer, session: sessionView(session, sessionId) };
}

function sessionEnded(): AtelierError {
  return new AtelierError('session_expired', 'Your console session has ended (signed out, timed out or revoked). Sign in again.', {
    headers: { 'Set-Cookie': clearedSessionCookie() },
  });
}

/**
 * The `SessionAuthenticator` of the server (http/principal.ts): the person the cookie's session
 * belongs to, as brand or retailer staff, while the session is open and the person active. A
 * write (any method but GET/HEAD/OPTIONS) must come from `publicOrigin`. Each use pushes the
 * idle end forward (written at most every `consoleSessionTouchIntervalSeconds`).
 */
export function consoleSessionAuthenticator(deps: SessionDeps & { publicOrigin: string }): SessionAuthenticator {
  const { db, clock, publicOrigin } = deps;
  return async (request, clientIp) => {
    if (!carriesSessionCookie(request)) return undefined;
    // Before the session is looked at: a page of another site learns nothing from the answer.
    if (!safeMethods.has(request.method)) requireConsoleOrigin(request, publicOrigin);
    const token = sessionTokenOf(request);
    if (!token) throw sessionEnded();
    const now = clock.now();
    const at = now.toISOString();
    const row = await db
      .selectFrom('console_sessions')
      .innerJoin('people', 'people.id', 'console_sessions.person_id')
      .select([
        'console_sessions.id as session_id',
        'console_sessions.last_seen_at',
        'console_sessions.absolute_expires_at',
        'people.id',
        'people.brand_id',
        'people.role',
        'people.retailer_id',
      ])
      .where('console_sessions.token_hash', '=', hashSessionToken(token))
      .where('console_sessions.revoked_at', 'is', null)
      .where('console_sessions.idle_expires_at', '>', at)
      .where('console_sessions.absolute_expires_at', '>', at)
      .where('people.status', '=', 'active')
      .executeTakeFirst();
    if (!row) throw sessionEnded();
    if (now.getTime() - Date.parse(row.last_seen_at) >= touchIntervalMs) {
      await db
        .updateTable('console_sessions')
        .set({
          last_seen_at: laterOf(at, row.last_seen_at),
          idle_expires_at: earlierOf(new Date(now.getTime() + idleTimeoutMs).toISOString(), row.absolute_expires_at),
        })
        .where('id', '=', row.session_id)
        .execute();
    }
    const principal: Principal = {
      ...staffPrincipalOf(row),
      brandId: row.brand_id,
      ip: clientIp,
      actor: { kind: 'person', id: row.id },
      sessionId: row.session_id,
    };
    return principal;
  };
}
