/**
 * Who is calling, once authenticated (auth.ts): one of the principals of the contract's `Access`,
 * and whether the operation admits them. Every principal belongs to one brand; retailer principals
 * to one retailer of it, which their queries are scoped to (`retailerScopeOf`).
 */
import type { Access, BrandRole, RetailerRole } from '@atelier/client/contract';
import { AtelierError } from '../errors.ts';

/** Who acted, for the audit and the idempotency scope: a key, a person signed in to the console, or an owner signed in to their space. */
export type Actor = { kind: 'key'; id: string } | { kind: 'person'; id: string } | { kind: 'owner'; id: string };

interface PrincipalBase {
  brandId: string;
  /** The client's address, for the record of an estimate decision, a consent or the audit. */
  ip: string;
  /**
   * The client's network (its IPv4 address, or its IPv6 /64: client-ip.ts) as a salted hash: the
   * subject of per-address limits (attempt-limits.ts), so no counter's key holds an address.
   */
  clientNetwork: string;
  actor: Actor;
}

/**
 * The authenticated caller of an operation. Staff principals arrive through a console session,
 * owners through an owner session (the owner space, features/owner-space); both through the
 * `SessionAuthenticator`. An owner is admitted only by `access.owner`, and acts for themselves only.
 */
export type Caller =
  | (PrincipalBase & { kind: 'publishableKey' })
  | (PrincipalBase & { kind: 'secretKey' })
  | (PrincipalBase & { kind: 'retailerKey'; retailerId: string })
  | (PrincipalBase & { kind: 'brandStaff'; role: BrandRole; sessionId: string })
  | (PrincipalBase & { kind: 'retailerStaff'; role: RetailerRole; retailerId: string; sessionId: string })
  | (PrincipalBase & { kind: 'owner'; ownerId: string; sessionId: string });

/**
 * Who calls an operation open to anyone (`access.anyone`: signing in): nobody known yet, only
 * where from. No brand: a sign-in link is asked for by address, across brands.
 */
export interface AnonymousCaller {
  kind: 'anonymous';
  ip: string;
  clientNetwork: string;
}

export type PrincipalKind = Caller['kind'];

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A caller as authentication finds it, before register-operations adds its hashed network (only for an admitted call). */
export type Principal = DistributiveOmit<Caller, 'clientNetwork'>;

/**
 * Finds the console session a request carries (the `__Host-atelier_session` cookie), or
 * undefined when it carries none. features/sessions provides it (`consoleSessionAuthenticator`);
 * it refuses a cookie that no longer signs anyone in (401 `session_expired`) and a
 * cookie-authenticated write whose `Origin` is not the console's (403 `origin_not_allowed`),
 * since only it knows the request came by cookie. `noConsoleSessions` finds none.
 */
export type SessionAuthenticator = (request: Request, clientIp: string) => Promise<Principal | undefined>;

export const noConsoleSessions: SessionAuthenticator = () => Promise.resolve(undefined);

/**
 * `authenticate`, run at most once per request: the rate limiter and the operation both need the
 * session, and a session is one database read (and, when due, a touch) that should happen once.
 */
export function oncePerRequest(authenticate: SessionAuthenticator): SessionAuthenticator {
  const found = new WeakMap<Request, Promise<Principal | undefined>>();
  return (request, clientIp) => {
    let principal = found.get(request);
    if (!principal) {
      principal = authenticate(request, clientIp);
      found.set(request, principal);
    }
    return principal;
  };
}

function isAllowed(caller: Principal, access: Access): boolean {
  switch (caller.kind) {
    case 'publishableKey':
      return access.keys?.includes('publishable') ?? false;
    case 'secretKey':
      return access.keys?.includes('secret') ?? false;
    case 'retailerKey':
      return access.keys?.includes('retailer') ?? false;
    case 'brandStaff':
      return access.brandStaff?.includes(caller.role) ?? false;
    case 'retailerStaff':
      return access.retailerStaff?.includes(caller.role) ?? false;
    case 'owner':
      return access.owner === true;
  }
}

const principalNames: Record<PrincipalKind, string> = {
  publishableKey: 'a publishable key',
  secretKey: "the brand's secret key",
  retailerKey: "a retailer's key",
  brandStaff: 'brand staff',
  retailerStaff: 'retailer staff',
  owner: 'an owner signed in to their space',
};

/** Throws 403 `forbidden` unless `access` admits `caller`. */
export function authorize(caller: Principal, access: Access): void {
  if (isAllowed(caller, access)) return;
  const who = 'role' in caller ? `${principalNames[caller.kind]} with the role ${caller.role}` : principalNames[caller.kind];
  const hint = caller.kind === 'publishableKey' && access.keys?.includes('secret') ? ' It needs a secret key, from a server.' : '';
  throw new AtelierError('forbidden', `This operation is not open to ${who}.${hint}`);
}

/** The retailer whose rows alone this caller may see and act for; undefined for the brand's principals. */
export function retailerScopeOf(caller: Caller): string | undefined {
  return caller.kind === 'retailerKey' || caller.kind === 'retailerStaff' ? caller.retailerId : undefined;
}

/** The API key behind a call, if a key made it (lookup audit rows name it). */
export function apiKeyIdOf(caller: Caller): string | null {
  return caller.actor.kind === 'key' ? caller.actor.id : null;
}

/**
 * Who acted, as one string: a key's id (as before people existed, so stored idempotency keys and
 * attempt counters keep their subjects), or a person's across their sessions.
 */
export function actorScopeOf(actor: Actor): string {
  if (actor.kind === 'owner') return `owner:${actor.id}`;
  return actor.kind === 'key' ? actor.id : `person:${actor.id}`;
}

/** Whose Idempotency-Keys a request's key is compared with: an anonymous caller's, its network's. */
export function idempotencyScopeOf(caller: Pick<Caller, 'actor'> | AnonymousCaller): string {
  return 'actor' in caller ? actorScopeOf(caller.actor) : `anonymous:${caller.clientNetwork}`;
}

/**
 * A retailer principal acts only as itself: a body naming another retailer (`field`) is refused
 * with 403 `forbidden`, whether or not that retailer exists, so nothing is learnt from it.
 */
export function checkActingRetailer(caller: Caller, retailerId: string, field: string): void {
  const own = retailerScopeOf(caller);
  if (own !== undefined && own !== retailerId) {
    throw new AtelierError('forbidden', `A retailer acts only for itself: ${field} must be your own retailer id (${own}).`, {
      fieldErrors: [{ path: field, code: 'forbidden', message: 'Must be your own retailer id.' }],
    });
  }
}
