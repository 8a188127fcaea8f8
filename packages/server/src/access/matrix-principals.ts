/**
 * The principals of the access matrix on a test server: the fixture's keys, a second brand with
 * its own secret key, and staff of the brand and of two retailers signed in to the console.
 *
 * Staff arrive through the `SessionAuthenticator` seam of register-operations: `TestStaffSessions`
 * finds the principal a test cookie names, as the console's sessions do for a real one.
 */
import { createApiKey } from '../api-keys.ts';
import type { Principal, SessionAuthenticator } from '../http/principal.ts';
import { startOwnerSession } from '../features/owner-space/owner-sessions.ts';
import { giveOwnerPiece } from '../features/owner-space/testing.ts';
import { insertBrand } from '../seed/building-blocks.ts';
import type { TestServer } from '../testing/index.ts';
import type { MatrixPrincipal } from './access-matrix.ts';

/** The console's session cookie. */
export const sessionCookieName = '__Host-atelier_session';

/** A principal as authentication finds it, less the address it calls from. */
type SignedInStaff = Extract<Principal, { kind: 'brandStaff' | 'retailerStaff' }> extends infer P ? (P extends unknown ? Omit<P, 'ip'> : never) : never;

/** What a principal sends with each request: its key, or its session cookie (and, for writes, the console's Origin). */
export interface MatrixCaller {
  headers: Record<string, string>;
  /** For staff: the person whose actor id their audit rows carry. */
  personId?: string;
  /** For the owner: who they are, and the serial of the piece they hold. */
  owner?: { ownerId: string; serial: string };
}

export type MatrixCallers = Readonly<Record<MatrixPrincipal, MatrixCaller>>;

/**
 * Finds the staff principal a test session cookie names. Installed as the server's
 * `authenticateSession` before the fixture exists, so it reads its table when a request comes.
 */
export class TestStaffSessions {
  readonly #principals = new Map<string, SignedInStaff>();

  readonly authenticate: SessionAuthenticator = (request, clientIp) => {
    const cookie = request.headers.get('Cookie') ?? '';
    const token = new RegExp(`(?:^|;\\s*)${sessionCookieName}=([^;]+)`).exec(cookie)?.[1];
    const principal = token === undefined ? undefined : this.#principals.get(token);
    return Promise.resolve(principal && { ...principal, ip: clientIp });
  };

  /** Signs `principal` in; answers the cookie header value that carries its session. */
  signIn(name: string, principal: SignedInStaff): string {
    const token = `matrix-session-${name}`;
    this.#principals.set(token, principal);
    return `${sessionCookieName}=${token}`;
  }
}

export const otherBrandId = 'brand_matrix_other';

/** A new session of an owner of the fixture brand, as their browser holds it: the `Cookie` header value. */
export async function ownerSessionCookieFor(server: TestServer, ownerId: string): Promise<string> {
  const http = { request: new Request('https://browser.invalid/'), responseHeaders: new Headers() };
  await startOwnerSession({ db: server.db, clock: server.clock }, { ownerId, brandId: server.brand.id, http });
  return (http.responseHeaders.get('Set-Cookie') ?? '').split(';')[0]!;
}

/**
 * Seeds what the fixture lacks (a second brand and its secret key), signs each staff principal in,
 * and answers what each principal sends.
 */
export async function matrixCallers(server: TestServer, sessions: TestStaffSessions): Promise<MatrixCallers> {
  const now = server.clock.now();
  await insertBrand(server.db, { id: otherBrandId, name: 'Maison Autre', locales: ['en'], warrantyBaseMonths: 24, warrantyMonthsAddedPerService: 12, serviceIntervalMonths: 36 }, now);
  const otherBrandSecret = await createApiKey(server.db, { brandId: otherBrandId, kind: 'secret', label: 'other brand back office', now });
  const brandId = server.brand.id;
  const [firstRetailer, secondRetailer] = [server.retailers[0]!.id, server.retailers[1]!.id];
  const consoleOrigin = server.deps.publicOrigin;

  const staff = (name: string, principal: SignedInStaff): MatrixCaller => ({
    headers: { Cookie: sessions.signIn(name, principal), Origin: consoleOrigin },
    personId: principal.actor.id,
  });
  // A person and a session of the brand in the database, as the operations on people and sessions read them.
  const brandStaff = async (name: string, role: 'admin' | 'serviceDesk' | 'concierge' | 'analyst') => {
    const { personId, sessionId } = await server.signIn({ role, email: `${name}@matrix.example` });
    return staff(name, { kind: 'brandStaff', role, brandId, actor: { kind: 'person', id: personId }, sessionId });
  };
  const retailerStaff = async (name: string, role: 'manager' | 'associate', retailerId: string) => {
    const { personId, sessionId } = await server.signIn({ role, retailerId, email: `${name}@matrix.example` });
    return staff(name, { kind: 'retailerStaff', role, retailerId, brandId, actor: { kind: 'person', id: personId }, sessionId });
  };
  const bearer = (key: string): MatrixCaller => ({ headers: { Authorization: `Bearer ${key}` } });
  // The owner holds the last piece of the stock, which fresh-piece builders (drawing from the first) never reach.
  const ownedItem = server.items.at(-1)!;
  const { ownerId } = await giveOwnerPiece(server, { email: 'owner@matrix.example', item: ownedItem });
  const ownerCookie = await ownerSessionCookieFor(server, ownerId);

  return {
    publishableKey: { headers: { Authorization: `Bearer ${server.keys.publishable}`, Origin: server.keys.origin } },
    secretKey: bearer(server.keys.secret),
    retailerKey: bearer(server.keys.retailer),
    admin: await brandStaff('admin', 'admin'),
    serviceDesk: await brandStaff('serviceDesk', 'serviceDesk'),
    concierge: await brandStaff('concierge', 'concierge'),
    analyst: await brandStaff('analyst', 'analyst'),
    retailerManager: await retailerStaff('retailerManager', 'manager', firstRetailer),
    retailerAssociate: await retailerStaff('retailerAssociate', 'associate', firstRetailer),
    otherBrandSecretKey: bearer(otherBrandSecret.key),
    otherRetailerManager: await retailerStaff('otherRetailerManager', 'manager', secondRetailer),
    owner: { headers: { Cookie: ownerCookie, Origin: server.keys.origin }, owner: { ownerId, serial: ownedItem.serial } },
    none: { headers: {} },
  };
}
