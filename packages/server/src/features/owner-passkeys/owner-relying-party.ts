/**
 * Where an owner's passkey may be made and used: the brand's own site, whose page runs the owner
 * portal. WebAuthn binds a passkey to the host of the page that made it (the RP ID), so the page's
 * `Origin` decides, and only when it is an origin one of the brand's active publishable keys
 * allows (the sites the brand declared) and a secure context where browsers offer passkeys at
 * all: `https:`, or `http://localhost` for development. An IP address is no RP ID. Anything else
 * (a call from a server, with no Origin; a page the brand never declared) gets no passkey.
 */
import type { Db } from '../../db/database.ts';
import { AtelierError } from '../../errors.ts';
import { brandAllowsOrigin } from '../owner-space/owner-sessions.ts';
import type { RelyingParty } from '../passkeys/relying-party.ts';

/** An IPv4 or IPv6 literal host: browsers refuse such an RP ID. */
const ipAddressHost = /^(\d{1,3}(\.\d{1,3}){3}|\[.*\])$/;

/** The relying party of `origin` for `brandId`'s owners, or undefined when passkeys are not offered there. */
export async function ownerRelyingPartyOf(db: Db, brandId: string, origin: string | null): Promise<RelyingParty | undefined> {
  if (origin === null) return undefined;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return undefined;
  }
  if (url.origin !== origin || ipAddressHost.test(url.hostname)) return undefined;
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && url.hostname === 'localhost');
  if (!secure || !(await brandAllowsOrigin(db, brandId, url.origin))) return undefined;
  return { id: url.hostname, origin: url.origin };
}

/** As `ownerRelyingPartyOf`, refusing with 403 `origin_not_allowed` where passkeys are not offered. */
export async function requireOwnerRelyingParty(db: Db, brandId: string, request: Request): Promise<RelyingParty> {
  const relyingParty = await ownerRelyingPartyOf(db, brandId, request.headers.get('Origin'));
  if (!relyingParty) {
    throw new AtelierError('origin_not_allowed', "Passkeys are offered only on the brand's own site over HTTPS, on a page one of its publishable keys allows.");
  }
  return relyingParty;
}
