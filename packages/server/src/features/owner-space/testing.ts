/** Owners with pieces, and owners signed in to their space, for the owner space's tests and the access matrix. */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { ownerSignInFragmentKey, type Locale } from '@atelier/client/contract';
import { newId } from '../../ids.ts';
import type { MailMessage } from '../../mail/mailer.ts';
import type { SeededItem } from '../../seed/building-blocks.ts';
import type { TestServer, TestRequestInit } from '../../testing/index.ts';
import { findOrCreateOwner } from '../owners/owners.ts';
import { appendSoldEvent } from '../warranties/registration.ts';
import { refreshClientSummariesOfPiece } from '../clients/client-summary.ts';

export interface OwnedPieceSpec {
  email: string;
  item: Pick<SeededItem, 'id'>;
  purchaseDate?: string;
  coverageEnd?: string;
  retailerId?: string | null;
  language?: Locale;
}

/**
 * Makes `email` (created if new, in `language`) the confirmed owner of `item`, sold on
 * `purchaseDate` (its public `sold` event appended, as a registration does); answers the owner's
 * and the warranty's ids.
 */
export async function giveOwnerPiece(server: TestServer, spec: OwnedPieceSpec): Promise<{ ownerId: string; warrantyId: string }> {
  const now = server.clock.now();
  const owner = await findOrCreateOwner(server.db, server.brand.id, { name: 'Ada Owner', email: spec.email, country: 'FR', language: spec.language ?? 'fr' }, now);
  const warrantyId = newId('wty');
  const retailerId = spec.retailerId === undefined ? server.retailers[0]!.id : spec.retailerId;
  const purchaseDate = spec.purchaseDate ?? '2025-06-01';
  await server.db
    .insertInto('warranties')
    .values({
      id: warrantyId,
      brand_id: server.brand.id,
      item_id: spec.item.id,
      owner_id: owner.id,
      buyer_id: owner.id,
      retailer_id: retailerId,
      purchase_date: purchaseDate,
      coverage_end: spec.coverageEnd ?? '2027-06-01',
      status: 'active',
      is_gift: 0,
      source: 'buyer',
      activated_at: now.toISOString(),
      confirmed_at: now.toISOString(),
      covering_item_id: spec.item.id,
      pending_consents: null,
    })
    .execute();
  await server.db.updateTable('items').set({ status: 'sold' }).where('id', '=', spec.item.id).execute();
  await refreshClientSummariesOfPiece(server.db, server.brand.id, spec.item.id);
  const retailer = server.retailers.find((candidate) => candidate.id === retailerId);
  const place = { retailerId: retailer?.id ?? null, country: retailer?.country ?? 'FR', city: retailer?.city ?? null };
  await appendSoldEvent(server.db, { brandId: server.brand.id, itemId: spec.item.id, purchaseDate, place, source: 'buyer' }, now);
  return { ownerId: owner.id, warrantyId };
}

/** Asks for a code from the brand's page, as the owner portal does. */
export function askForOwnerCode(server: TestServer, email: string, extra: Record<string, unknown> = {}): Promise<Response> {
  return server.fromWidget('/v1/owner/sign-in', { email, ...extra });
}

/**
 * The latest e-mail to `to`. The sign-in e-mail is sent after the answer (it never makes the
 * answer wait), so it is waited for, a few seconds at most.
 */
export async function mailTo(server: TestServer, to: string, after = 0): Promise<MailMessage> {
  for (let waited = 0; waited < 500; waited += 1) {
    const message = server.mailer.messages.slice(after).findLast((m) => m.to.toLowerCase() === to.toLowerCase());
    if (message) return message;
    await sleep(10);
  }
  assert.fail(`no e-mail reached ${to}`);
}

/** The code and the link's token of a sign-in e-mail. */
export function secretsOf(message: MailMessage): { code: string; token: string; link: URL } {
  const code = /\b(\d{4} \d{4})\b/.exec(message.text)?.[1];
  assert.ok(code, 'the e-mail holds a code');
  assert.ok(message.link, 'the e-mail holds a link');
  const link = new URL(message.link);
  const token = new URLSearchParams(link.hash.slice(1)).get(ownerSignInFragmentKey);
  assert.ok(token, 'the link holds its token in the fragment');
  return { code, token, link };
}

/** Verifies a code or token from the brand's page (with the browser's owner cookie, if any). */
export function verifyOwner(server: TestServer, body: Record<string, unknown>, cookie?: string): Promise<Response> {
  return server.request('/v1/owner/sign-in/verify', { key: 'publishable', origin: server.keys.origin, body, ...(cookie ? { headers: { Cookie: cookie } } : {}) });
}

/** The `name=value` of the answer's owner cookie. */
export function ownerCookieOf(response: Response): string {
  const cookie = response.headers.get('Set-Cookie');
  assert.ok(cookie, 'the answer sets the owner cookie');
  return cookie.split(';')[0]!;
}

/** Signs `email` in with the e-mailed link; answers the `Cookie` header value. */
export async function signInOwner(server: TestServer, email: string): Promise<string> {
  const before = server.mailer.messages.length;
  assert.equal((await askForOwnerCode(server, email)).status, 202);
  const { token } = secretsOf(await mailTo(server, email, before));
  const verified = await verifyOwner(server, { token });
  assert.equal(verified.status, 200, await verified.clone().text());
  return ownerCookieOf(verified);
}

/** Calls the API as the owner portal does: the owner cookie, from the brand's page, no key. */
export function asOwner(server: TestServer, cookie: string, path: string, init: Omit<TestRequestInit, 'key' | 'session'> = {}): Promise<Response> {
  return server.request(path, { origin: server.keys.origin, ...init, headers: { ...init.headers, Cookie: cookie } });
}
