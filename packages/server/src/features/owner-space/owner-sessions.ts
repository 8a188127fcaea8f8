/**
 * Owner sessions, held by a cookie the API sets on its own origin for a page on the brand's site:
 *
 *   __Host-atelier_owner=<32 random bytes, base64url>; Path=/; HttpOnly; Secure; SameSite=None; Partitioned
 *
 * The owner space runs on the brand's site, another origin than the API's, so the cookie travels
 * on cross-site requests (`SameSite=None`, sent with `credentials: 'include'`). `Partitioned`
 * (CHIPS) keys it to the brand's site as top-level site: browsers that block third-party cookies
 * keep it, and no other site embedding the API ever sees it. HttpOnly keeps it from the page's
 * scripts (a third-party script on the brand's site cannot read or exfiltrate it), `__Host-` to
 * the API's origin. Only its SHA-256 is stored. CORS with credentials is answered only for origins
 * the brand's publishable keys allow (http/cors.ts), and every request carrying the cookie with an
 * `Origin` must come from one of the owner's brand's allowed origins; a write must carry one.
 *
 * A session ends `ownerSessionIdleTimeoutMinutes` after its last use and
 * `ownerSessionAbsoluteLifetimeHours` after sign-in, whichever comes first (limits.ts says why),
 * at sign-out, at "sign out everywhere", and when the same browser signs in again (rotation).
 * Everything is read from the database on each request, so an ended session stops at once on every instance.
 */
import type { OwnerSession } from '@atelier/client/contract';
import { ownerSessionCookieName } from '@atelier/client/contract';
import { generateCookie } from 'hono/cookie';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { AtelierError } from '../../errors.ts';
import type { HttpExchange } from '../../http/operation-route.ts';
import type { Principal, SessionAuthenticator } from '../../http/principal.ts';
import { newId } from '../../ids.ts';
import { consoleSessionTouchIntervalSeconds, ownerSessionAbsoluteLifetimeHours, ownerSessionIdleTimeoutMinutes } from '../../limits.ts';
import { hashSessionToken, newSessionToken } from '../sessions/cookie.ts';

const idleTimeoutMs = ownerSessionIdleTimeoutMinutes * 60_000;
const absoluteLifetimeMs = ownerSessionAbsoluteLifetimeHours * 3_600_000;
/** A session's use is written at most this often, as the console's (limits.ts). */
const touchIntervalMs = consoleSessionTouchIntervalSeconds * 1000;
/** A token as we issue it: 43 base64url characters. Anything else is not worth hashing. */
const sessionTokenPattern = /^[A-Za-z0-9_-]{43}$/;
/** Methods that change nothing: a cookie may come with them without an Origin (a link opened in a tab). */
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface OwnerSessionDeps {
  db: Db;
  clock: Clock;
}

const cookieAttributes = { path: '/', httpOnly: true, secure: true, sameSite: 'None', partitioned: true } as const;

/** The `Set-Cookie` value that hands the browser its owner session, kept at most `maxAgeSeconds`. */
export function ownerSessionCookie(token: string, maxAgeSeconds: number): string {
  return generateCookie(ownerSessionCookieName, token, { ...cookieAttributes, maxAge: maxAgeSeconds });
}

/** The `Set-Cookie` value that makes the browser forget its owner session. */
export function clearedOwnerSessionCookie(): string {
  return generateCookie(ownerSessionCookieName, '', { ...cookieAttributes, maxAge: 0 });
}

/** The owner cookie's value, if the request carries one (of any shape). */
function ownerCookieValue(request: Request): string | undefined {
  const header = request.headers.get('Cookie');
  if (!header) return undefined;
  for (const pair of header.split(';')) {
    const separator = pair.indexOf('=');
    if (separator >= 0 && pair.slice(0, separator).trim() === ownerSessionCookieName) return pair.slice(separator + 1).trim();
  }
  return undefined;
}

/** The owner session token a request carries, if it carries one of the right shape. */
export function ownerSessionTokenOf(request: Request): string | undefined {
  const value = ownerCookieValue(request);
  return value !== undefined && sessionTokenPattern.test(value) ? value : undefined;
}

/** Whether one of `brandId`'s active publishable keys allows `origin`: the brand's own sites. */
export async function brandAllowsOrigin(db: Db, brandId: string, origin: string): Promise<boolean> {
  const rows = await db.selectFrom('api_keys').select('allowed_origins').where('brand_id', '=', brandId).where('kind', '=', 'publishable').where('revoked_at', 'is', null).execute();
  return rows.some((row) => (JSON.parse(row.allowed_origins) as string[]).includes(origin));
}

function sessionEnded(): AtelierError {
  return new AtelierError('session_expired', 'Your session in the owner space has ended. Please sign in again.');
}

/** The signed-in owner, their brand and their session's ends, as `getOwnerSession` answers. */
export async function loadOwnerSession(db: Db, sessionId: string): Promise<OwnerSession> {
  const row = await db
    .selectFrom('owner_sessions')
    .innerJoin('owners', 'owners.id', 'owner_sessions.owner_id')
    .innerJoin('brands', 'brands.id', 'owner_sessions.brand_id')
    .select(['owners.name', 'owners.email', 'owners.language', 'brands.id as brand_id', 'brands.name as brand_name', 'owner_sessions.idle_expires_at', 'owner_sessions.absolute_expires_at'])
    .where('owner_sessions.id', '=', sessionId)
    .executeTakeFirstOrThrow();
  return {
    owner: { name: row.name, email: row.email, language: row.language },
    brand: { id: row.brand_id, name: row.brand_name },
    session: { idleExpiresAt: row.idle_expires_at, absoluteExpiresAt: row.absolute_expires_at },
  };
}

/**
 * Signs `ownerId` in: ends the session the browser's cookie held, starts a new one and sets its
 * cookie on the answer. Call it once the owner has proven who they are (a code, a link).
 */
export async function startOwnerSession(deps: OwnerSessionDeps, input: { ownerId: string; brandId: string; http: HttpExchange }): Promise<OwnerSession> {
  const { db, clock } = deps;
  const now = clock.now();
  const at = now.toISOString();
  const previousToken = ownerSessionTokenOf(input.http.request);
  if (previousToken) {
    await db.updateTable('owner_sessions').set({ revoked_at: at }).where('token_hash', '=', hashSessionToken(previousToken)).where('revoked_at', 'is', null).execute();
  }
  const token = newSessionToken();
  const absoluteExpiresAt = new Date(now.getTime() + absoluteLifetimeMs).toISOString();
  const sessionId = newId('oses');
  await db
    .insertInto('owner_sessions')
    .values({
      id: sessionId,
      token_hash: hashSessionToken(token),
      owner_id: input.ownerId,
      brand_id: input.brandId,
      created_at: at,
      last_seen_at: at,
      idle_expires_at: new Date(Math.min(now.getTime() + idleTimeoutMs, now.getTime() + absoluteLifetimeMs)).toISOString(),
      absolute_expires_at: absoluteExpiresAt,
      revoked_at: null,
    })
    .execute();
  input.http.responseHeaders.append('Set-Cookie', ownerSessionCookie(token, Math.floor(absoluteLifetimeMs / 1000)));
  return loadOwnerSession(db, sessionId);
}

/** Ends one session (sign-out); answers how many ended (0 or 1). */
export async function endOwnerSession(db: Db, sessionId: string, now: Date): Promise<number> {
  const result = await db.updateTable('owner_sessions').set({ revoked_at: now.toISOString() }).where('id', '=', sessionId).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Ends every open session of an owner ("sign out everywhere"); answers how many ended. */
export async function endOwnerSessionsOf(db: Db, ownerId: string, now: Date): Promise<number> {
  const at = now.toISOString();
  const result = await db
    .updateTable('owner_sessions')
    .set({ revoked_at: at })
    .where('owner_id', '=', ownerId)
    .where('revoked_at', 'is', null)
    .where('idle_expires_at', '>', at)
    .where('absolute_expires_at', '>', at)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * The `SessionAuthenticator` of owner sessions: undefined for a request without the owner cookie;
 * the owner principal while the session is open; 401 `session_expired` for a cookie that signs no
 * one in; 403 `origin_not_allowed` for a request whose `Origin` is not one of the owner's brand's
 * sites, or a write without an `Origin`. Each use pushes the idle end forward.
 */
export function ownerSessionAuthenticator(deps: OwnerSessionDeps): SessionAuthenticator {
  const { db, clock } = deps;
  return async (request, clientIp) => {
    const value = ownerCookieValue(request);
    if (value === undefined) return undefined;
    const origin = request.headers.get('Origin');
    if (origin === null && !safeMethods.has(request.method)) {
      throw new AtelierError('origin_not_allowed', "A write in the owner space must come from the brand's site: the Origin header is missing.");
    }
    const token = ownerSessionTokenOf(request);
    if (!token) throw sessionEnded();
    const now = clock.now();
    const at = now.toISOString();
    const row = await db
      .selectFrom('owner_sessions')
      .select(['id', 'owner_id', 'brand_id', 'last_seen_at', 'absolute_expires_at'])
      .where('token_hash', '=', hashSessionToken(token))
      .where('revoked_at', 'is', null)
      .where('idle_expires_at', '>', at)
      .where('absolute_expires_at', '>', at)
      .executeTakeFirst();
    if (!row) throw sessionEnded();
    if (origin !== null && !(await brandAllowsOrigin(db, row.brand_id, origin))) {
      throw new AtelierError('origin_not_allowed', `The owner space may not be used from ${origin}.`);
    }
    if (now.getTime() - Date.parse(row.last_seen_at) >= touchIntervalMs) {
      const idleEnd = Math.min(now.getTime() + idleTimeoutMs, Date.parse(row.absolute_expires_at));
      await db
        .updateTable('owner_sessions')
        .set({ last_seen_at: at, idle_expires_at: new Date(idleEnd).toISOString() })
        .where('id', '=', row.id)
        .where('last_seen_at', '<', at)
        .execute();
    }
    const principal: Principal = {
      kind: 'owner',
      ownerId: row.owner_id,
      sessionId: row.id,
      brandId: row.brand_id,
      ip: clientIp,
      actor: { kind: 'owner', id: row.owner_id },
    };
    return principal;
  };
}

/** Either session: the owner's when the request carries the owner cookie, else the console's. */
export function ownerOrConsoleSession(owner: SessionAuthenticator, console: SessionAuthenticator): SessionAuthenticator {
  return async (request, clientIp) => (await owner(request, clientIp)) ?? console(request, clientIp);
}
