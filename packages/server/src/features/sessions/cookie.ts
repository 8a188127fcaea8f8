/**
 * The console session's cookie: `__Host-atelier_session=<32 random bytes, base64url>; Path=/;
 * HttpOnly; Secure; SameSite=Strict`. `__Host-` keeps it on the API's own origin (where the
 * console is served), HttpOnly out of scripts, SameSite=Strict out of requests other sites start.
 * Browsers accept `Secure` on http://localhost, so the demo works without TLS.
 */
import { createHash, randomBytes } from 'node:crypto';
import { consoleSessionCookieName } from '@atelier/client/contract';
import { generateCookie } from 'hono/cookie';

const sessionTokenBytes = 32;
/** A token as we issue it: 43 base64url characters. Anything else is not worth hashing. */
const sessionTokenPattern = /^[A-Za-z0-9_-]{43}$/;

export function newSessionToken(): string {
  return randomBytes(sessionTokenBytes).toString('base64url');
}

/** What is stored of a token: its SHA-256, so a copy of the database signs nobody in. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The `Set-Cookie` value that hands the browser its session, kept at most `maxAgeSeconds`. */
export function sessionCookie(token: string, maxAgeSeconds: number): string {
  return generateCookie(consoleSessionCookieName, token, { path: '/', httpOnly: true, secure: true, sameSite: 'Strict', maxAge: maxAgeSeconds });
}

/** The `Set-Cookie` value that makes the browser forget its session (sign-out). */
export function clearedSessionCookie(): string {
  return generateCookie(consoleSessionCookieName, '', { path: '/', httpOnly: true, secure: true, sameSite: 'Strict', maxAge: 0 });
}

/** The session token a request carries, if it carries one of the right shape. */
export function sessionTokenOf(request: Request): string | undefined {
  const header = request.headers.get('Cookie');
  if (!header) return undefined;
  for (const pair of header.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== consoleSessionCookieName) continue;
    const value = pair.slice(separator + 1).trim();
    return sessionTokenPattern.test(value) ? value : undefined;
  }
  return undefined;
}

/** Whether the request carries a session cookie at all, well-formed or not. */
export function carriesSessionCookie(request: Request): boolean {
  return request.headers.get('Cookie')?.includes(`${consoleSessionCookieName}=`) ?? false;
}
