/**
 * A valid request for every operation of the contract, for the tests that call them all (the
 * access matrix, the audit): each builder prepares what its request needs on the test server (a
 * piece in stock, a pending warranty, a repair at the right step) so that a caller admitted to
 * the operation gets a 2xx, and answers the request as the first retailer (or the brand) sends
 * it. Called once per request: a builder never hands out the same piece or repair twice.
 *
 * An operation added to the contract needs its builder here (the tests fail without one).
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Operation } from '@atelier/client/contract';
import { createApiKey } from '../api-keys.ts';
import type { SeededItem } from '../seed/building-blocks.ts';
import { appendProvenanceEvent } from '../features/provenance/events.ts';
import { bookRepair } from '../features/repairs/booking.ts';
import { registerSale } from '../features/sales/service.ts';
import { decideEstimate } from '../features/repairs/lifecycle.ts';
import { fixtureCentreId, booking, insertActiveWarranty, staffMove } from '../features/repairs/testing.ts';
import { activation, tokenSentTo } from '../features/warranties/testing.ts';
import { setItemStatus } from '../seed/building-blocks.ts';
import { insertPerson } from '../features/people/people.ts';
import { passkeyRegistrationFor, passkeySignInFor, registeredPasskeyOf } from '../features/passkeys/testing.ts';
import { startConsoleSession } from '../features/sessions/sessions.ts';
import { issueSignInLink } from '../features/sessions/sign-in-links.ts';
import type { TestServer } from '../testing/index.ts';
import { ownerSessionCookieFor, type MatrixCaller } from './matrix-principals.ts';
import { findOrCreateOwner } from '../features/owners/owners.ts';
import { issueOwnerSignIn } from '../features/owner-space/sign-in-codes.ts';
import { matrixPrincipals } from './access-matrix.ts';
import { giveOwnerPiece } from '../features/owner-space/testing.ts';
import { ownerPasskeyRegistrationFor, ownerPasskeySignInFor, registeredOwnerPasskeyOf } from '../features/owner-passkeys/testing.ts';
import { putCareRule } from '../features/care/care-rules.ts';
import { putAcquisitionSpend } from '../features/exchange-rates/acquisition-spend.ts';
import { setExchangeRates } from '../features/exchange-rates/rates.ts';
import { createClientNote } from '../features/client-notes/notes.ts';
import { createInvitation } from '../features/invitations/invitations.ts';
import { createBrandNews } from '../features/brand-news/news.ts';

/** The variable parts of a request; the method and path template are the operation's. */
export interface OperationRequest {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** Headers the request needs whoever sends it, over the caller's (the console's Origin to sign in). */
  headers?: Record<string, string>;
}

/** What builders draw on: the server, and pieces and e-mail addresses no other request has used. */
export interface RequestContext {
  server: TestServer;
  /** A piece in stock that no request has touched yet. */
  freshItem(): SeededItem;
  /** An e-mail address no request has used yet. */
  freshEmail(): string;
}

/**
 * A context drawing fresh pieces from the server's stock (all but the first, which read-only
 * requests share); the server needs about 12 pieces per principal and call of each operation.
 */
export function requestContext(server: TestServer): RequestContext {
  let nextItem = 1;
  let nextEmail = 1;
  return {
    server,
    freshItem() {
      const item = server.items[nextItem];
      if (!item) throw new Error(`the test server ran out of pieces after ${nextItem}: create it with a larger itemCount`);
      nextItem += 1;
      return item;
    },
    freshEmail: () => `person${nextEmail++}@example.com`,
  };
}

const ownerName = 'Ada Owner';
const owner = (email: string) => ({ name: ownerName, email, country: 'FR', language: 'fr' as const });
const estimate = { currency: 'EUR', lineItems: [{ description: 'Full service', amountMinorUnits: 48_000 }], validUntil: '2026-12-31' };

/** An invitation for nobody (no client lives in ZZ), so a send e-mails no one. */
const matrixInvitation = {
  texts: { en: { title: 'An evening at the manufacture', description: '' } },
  place: { name: 'Manufacture', city: 'Genève', country: 'CH' },
  startsAt: { date: '2027-03-12', time: '18:30', timeZone: 'Europe/Zurich' },
  capacity: 20,
  audience: { filter: { kind: 'country' as const, in: ['ZZ'] } },
};
const matrixNews = { texts: { en: { title: 'Our new boutique', body: 'Opening in Geneva.' } }, audience: {} };

/** A repair of a fresh piece, booked by `email`, left with the first retailer and moved by the service desk through `moves`. */
async function repairAt(context: RequestContext, moves: readonly Parameters<typeof staffMove>[2][] = []): Promise<{ trackingCode: string; email: string }> {
  const { server } = context;
  const email = context.freshEmail();
  const tracker = await bookRepair(server.deps, server.brand.id, booking(context.freshItem().serial, { contact: { name: ownerName, email, language: 'fr' } }));
  await server.db.updateTable('repair_orders').set({ retailer_id: server.retailers[0]!.id }).where('tracking_code', '=', tracker.trackingCode).execute();
  for (const move of moves) await staffMove(server, tracker.trackingCode, move);
  return { trackingCode: tracker.trackingCode, email };
}

/** A fresh piece sold at the first retailer, awaiting its buyer's confirmation: the sale's id. */
async function saleOfFreshPiece(context: RequestContext): Promise<string> {
  const { server } = context;
  const item = context.freshItem();
  // The server's later pieces are dated after its clock (one a week from 2025): this one was made before its sale.
  await server.db.updateTable('items').set({ manufactured_on: '2025-01-06' }).where('id', '=', item.id).execute();
  const sale = await registerSale(server.deps, server.brand.id, {
    serial: item.serial,
    retailerId: server.retailers[0]!.id,
    purchaseDate: '2026-11-24',
    buyer: owner(context.freshEmail()),
  });
  return sale.warranty.id;
}

/** A fresh piece with an active warranty of a registered owner. */
async function ownedItem(context: RequestContext): Promise<SeededItem> {
  const item = context.freshItem();
  await insertActiveWarranty(context.server, item.id, '2028-06-01', context.freshEmail());
  await context.server.db.updateTable('items').set({ status: 'sold' }).where('id', '=', item.id).execute();
  return item;
}

/** A care reminder's draft for a fresh owned piece of the first brand, as the sweep writes one. */
async function draftReminder(context: RequestContext): Promise<{ params: Record<string, string> }> {
  const { server } = context;
  const item = await ownedItem(context);
  const warranty = await server.db.selectFrom('warranties').select('owner_id').where('item_id', '=', item.id).executeTakeFirstOrThrow();
  const id = `crem_matrix_${randomUUID()}`;
  const at = server.clock.now().toISOString();
  await server.db
    .insertInto('care_reminders')
    .values({ id, brand_id: server.brand.id, item_id: item.id, owner_id: warranty.owner_id, care_kind: 'service', due_on: '2029-06-01', status: 'draft', drafted_at: at, untouched_since: at })
    .execute();
  return { params: { reminderId: id } };
}

const toEstimate = [{ to: 'received' }, { to: 'diagnosed' }, { to: 'awaiting_approval', estimate }] as const;

/** A repair whose owner declined the estimate and got the piece back: one they may rate. */
async function returnedRepair(context: RequestContext): Promise<{ trackingCode: string; email: string }> {
  const { server } = context;
  const repair = await repairAt(context, toEstimate);
  await decideEstimate(server.deps, server.brand.id, { ...repair, decision: 'decline', name: ownerName }, '192.0.2.1');
  await staffMove(server, repair.trackingCode, { to: 'returned' });
  return repair;
}

/** A sign-in link of a fresh person of the brand, issued as the e-mail would carry it. */
async function signInLinkToken(context: RequestContext): Promise<string> {
  const { server } = context;
  const now = server.clock.now();
  const person = await insertPerson(server.db, { brandId: server.brand.id, retailerId: null, email: context.freshEmail(), displayName: null, role: 'analyst', status: 'active', invitedBy: null, now });
  return issueSignInLink(server.db, { personId: person.id, purpose: 'sign_in', now, lifetimeMs: 60_000 });
}

/** A fresh owner of the brand. */
async function freshOwnerId(context: RequestContext): Promise<string> {
  return (await findOrCreateOwner(context.server.db, context.server.brand.id, { name: ownerName, email: context.freshEmail(), country: 'FR', language: 'fr' }, context.server.clock.now())).id;
}

/** A fresh owner of the brand's link token, as their sign-in e-mail would carry it. */
async function ownerSignInToken(context: RequestContext): Promise<string> {
  const { server } = context;
  const now = server.clock.now();
  const owner = await findOrCreateOwner(server.db, server.brand.id, { name: ownerName, email: context.freshEmail(), country: 'FR', language: 'fr' }, now);
  const hash = (value: string) => Promise.resolve(createHash('sha256').update(value).digest('hex'));
  const { token } = await issueOwnerSignIn(server.db, hash, { brandId: server.brand.id, ownerId: owner.id, now, lifetimeMs: 60_000 });
  return token;
}

/** A fresh person the brand knows from a registration form: a client whose profile another brand's key must not find. */
async function clientOfBrand(context: RequestContext): Promise<string> {
  const { server } = context;
  return (await findOrCreateOwner(server.db, server.brand.id, owner(context.freshEmail()), server.clock.now())).id;
}

/** The matrix owner's piece, set to `status` (a piece the theft or loss report or recovery may act on); another piece's serial for other callers, who are refused first. */
async function ownerPieceIn(server: TestServer, caller: MatrixCaller, status: 'sold' | 'stolen'): Promise<string> {
  if (!caller.owner) return server.items[0]!.serial;
  await server.db.updateTable('items').set({ status }).where('brand_id', '=', server.brand.id).where('serial', '=', caller.owner.serial).execute();
  return caller.owner.serial;
}

/** An associate of the first retailer, signed in: someone both a brand admin and that retailer's manager manage. */
async function associateOfFirstRetailer(context: RequestContext): Promise<{ personId: string; sessionId: string }> {
  return context.server.signIn({ role: 'associate', retailerId: context.server.retailers[0]!.id, email: context.freshEmail() });
}

/** A fresh person of the brand (an analyst), for a request that needs someone other than its caller. */
async function freshPersonId(context: RequestContext): Promise<string> {
  const { server } = context;
  const person = await insertPerson(server.db, { brandId: server.brand.id, retailerId: null, email: context.freshEmail(), displayName: null, role: 'analyst', status: 'active', invitedBy: null, now: server.clock.now() });
  return person.id;
}

/**
 * Builds a request for an operation; `caller` is who will send it, for the operations on one's own
 * sessions (a session of theirs to end).
 */
/**
 * Fresh pieces a test server needs for one call of every operation as every principal: about 27
 * per principal (the builders take one or two each), and a margin. Raise it as builders grow.
 */
export const matrixItemCount = 28 * matrixPrincipals.length + 20;

export type OperationRequestBuilder = (context: RequestContext, caller: MatrixCaller) => Promise<OperationRequest>;

export const operationRequests: Readonly<Record<string, OperationRequestBuilder>> = {
  getBrand: async () => ({}),
  activateWarranty: async (context) => ({ body: activationBody(context.freshItem(), context.freshEmail()) }),
  async confirmWarranty(context) {
    const { server } = context;
    const email = context.freshEmail();
    const activated = await server.fromWidget('/v1/warranties/activations', activationBody(context.freshItem(), email));
    if (activated.status !== 201) throw new Error(`setup: activation answered ${activated.status}: ${await activated.text()}`);
    return { body: { token: tokenSentTo(server, email) } };
  },
  registerSale: async (context) => ({
    body: {
      serial: context.freshItem().serial,
      retailerId: context.server.retailers[0]!.id,
      purchaseDate: '2026-11-24',
      buyer: owner(context.freshEmail()),
      consents: { service: true, marketing: false },
    },
  }),
  listSales: async () => ({}),
  voidSale: async (context) => ({ params: { saleId: await saleOfFreshPiece(context) }, body: { reason: 'Registered the wrong piece' } }),
  recordSalePrice: async (context) => ({ params: { saleId: await saleOfFreshPiece(context) }, body: { price: { currency: 'EUR', amountMinorUnits: 420_000 } } }),
  getItem: async ({ server }) => ({ params: { serial: server.items[0]!.serial } }),
  getProvenance: async ({ server }) => ({ params: { serial: server.items[0]!.serial } }),
  recordModification: async (context) => ({ params: { serial: context.freshItem().serial }, body: { what: 'Strap replaced', retailerId: context.server.retailers[0]!.id } }),
  recordService: async (context) => ({ params: { serial: context.freshItem().serial }, body: { serviceType: 'full_service', serviceCentreId: fixtureCentreId } }),
  reportStolen: async (context) => ({ params: { serial: context.freshItem().serial }, body: { country: 'FR', city: 'Lyon' } }),
  async markRecovered(context) {
    const { server } = context;
    const item = context.freshItem();
    await setItemStatus(server.db, item.id, 'stolen');
    const place = { retailerId: null, country: 'FR', city: 'Paris' };
    await appendProvenanceEvent(server.db, { brandId: server.brand.id, itemId: item.id, type: 'reported_stolen', occurredAt: '2026-11-01T09:00:00.000Z', place, details: {} }, server.clock.now());
    return { params: { serial: item.serial }, body: {} };
  },
  transferOwnership: async (context) => ({ params: { serial: (await ownedItem(context)).serial }, body: { newOwner: owner(context.freshEmail()) } }),
  listProvenanceLookups: async ({ server }) => ({ params: { serial: server.items[0]!.serial } }),
  bookRepair: async (context) => ({
    body: {
      serial: context.freshItem().serial,
      serviceType: 'full_service',
      description: 'Loses five minutes a day.',
      serviceCentreId: fixtureCentreId,
      dropOff: { method: 'mail_in' },
      contact: { name: ownerName, email: context.freshEmail(), language: 'fr' },
    },
  }),
  lookupRepair: async (context) => ({ body: await repairAt(context) }),
  decideEstimate: async (context) => ({ body: { ...(await repairAt(context, toEstimate)), decision: 'approve', name: ownerName } }),
  rateRepair: async (context) => ({ body: { ...(await returnedRepair(context)), score: 5 } }),
  getRepair: async (context) => ({ params: { trackingCode: (await repairAt(context)).trackingCode } }),
  transitionRepair: async (context) => ({ params: { trackingCode: (await repairAt(context)).trackingCode }, body: { to: 'received', note: 'Arrived by post.' } }),
  listRepairs: async () => ({ query: { limit: '5' } }),
  listServiceCentres: async () => ({ query: { country: 'FR' } }),
  listServiceCentreSlots: async () => ({ params: { serviceCentreId: fixtureCentreId }, query: { from: '2026-11-26', to: '2026-12-10' } }),
  getServiceMetrics: async () => ({}),
  getCurrentApiKey: async () => ({}),
  requestSignInLink: async (context) => ({ body: { email: context.freshEmail() } }),
  // The link's token is the credential, whoever sends it, from the console.
  consumeSignInLink: async (context) => ({ body: { token: await signInLinkToken(context) }, headers: { Origin: context.server.deps.publicOrigin } }),
  getMe: async () => ({}),
  signOut: async () => ({}),
  listMySessions: async () => ({}),
  async revokeMySession({ server }, caller) {
    if (caller.personId === undefined) return { params: { sessionId: 'ses_of_nobody' } };
    const http = { request: new Request('https://browser.invalid/'), responseHeaders: new Headers() };
    const { session } = await startConsoleSession({ db: server.db, clock: server.clock }, { personId: caller.personId, http, ip: '192.0.2.1' });
    return { params: { sessionId: session.id } };
  },
  listPeople: async () => ({}),
  invitePerson: async (context) => ({ body: { email: context.freshEmail(), role: 'associate', retailerId: context.server.retailers[0]!.id } }),
  updatePerson: async (context) => ({ params: { personId: (await associateOfFirstRetailer(context)).personId }, body: { displayName: 'Renamed Associate' } }),
  listPersonSessions: async (context) => ({ params: { personId: (await associateOfFirstRetailer(context)).personId } }),
  async revokePersonSession(context) {
    const { personId, sessionId } = await associateOfFirstRetailer(context);
    return { params: { personId, sessionId } };
  },
  passkeySignInOptions: async () => ({}),
  // The passkey is the credential, whoever sends it, from the console.
  signInWithPasskey: async (context) => ({
    body: { response: await passkeySignInFor(context.server, await freshPersonId(context)) },
    headers: { Origin: context.server.deps.publicOrigin },
  }),
  myPasskeyRegistrationOptions: async () => ({}),
  async registerMyPasskey(context, caller) {
    // A caller without a person is refused before the body is looked at: any well-formed response does.
    const personId = caller.personId ?? (await freshPersonId(context));
    return { body: { response: await passkeyRegistrationFor(context.server, personId), deviceLabel: 'Matrix laptop' } };
  },
  listMyPasskeys: async () => ({}),
  async deleteMyPasskey({ server }, caller) {
    if (caller.personId === undefined) return { params: { passkeyId: 'pk_of_nobody' } };
    return { params: { passkeyId: (await registeredPasskeyOf(server, caller.personId)).passkey.id } };
  },
  listApiKeys: async () => ({}),
  createApiKey: async ({ server }) => ({ body: { kind: 'retailer', label: 'Boutique point of sale', retailerId: server.retailers[0]!.id } }),
  async revokeApiKey({ server }) {
    const { id } = await createApiKey(server.db, { brandId: server.brand.id, kind: 'secret', label: 'to revoke', now: server.clock.now() });
    return { params: { id } };
  },
  listAuditLog: async () => ({ query: { limit: '10' } }),
  exportAuditLog: async () => ({ query: { from: '2026-11-01T00:00:00Z' } }),
  listRetailers: async () => ({}),
  listCatalogue: async () => ({}),
  recordDelivery: async (context) => ({ body: { retailerId: context.server.retailers[0]!.id, serials: [context.freshItem().serial], date: '2026-11-20' } }),
  async recordReturn(context) {
    const retailerId = context.server.retailers[0]!.id;
    const serial = context.freshItem().serial;
    const delivered = await context.server.request('/v1/stock/deliveries', { key: 'secret', body: { retailerId, serials: [serial], date: '2026-11-20' } });
    if (delivered.status !== 201) throw new Error(`setup: delivery answered ${delivered.status}: ${await delivered.text()}`);
    return { body: { retailerId, serials: [serial], date: '2026-11-24' } };
  },
  listStock: async () => ({ query: { minDaysInStock: '0' } }),
  listStockAlerts: async () => ({}),
  importStockMovements: async (context) => ({
    body: { csv: `kind,serial,retailerId,date\ndelivery,${context.freshItem().serial},${context.server.retailers[0]!.id},2026-11-20\n` },
  }),
  getRetailerBenchmarks: async ({ server }) => ({ query: { retailerId: server.retailers[0]!.id } }),
  getBrandSettings: async () => ({}),
  requestOwnerSignIn: async (context) => ({ body: { email: context.freshEmail() } }),
  // The link's token is the credential, whoever sends it, from the brand's page.
  verifyOwnerSignIn: async (context) => ({ body: { token: await ownerSignInToken(context) } }),
  getOwnerSession: async () => ({}),
  // The owner signs out of a session of their own made for the call, so theirs goes on for the next operations.
  signOutOwner: async ({ server }, caller) => (caller.owner ? { body: {}, headers: { Cookie: await ownerSessionCookieFor(server, caller.owner.ownerId) } } : { body: {} }),
  listMyPieces: async () => ({}),
  getMyPiece: async ({ server }, caller) => ({ params: { serial: caller.owner?.serial ?? server.items[0]!.serial } }),
  // The owner's piece is put back in their hands (sold), then reported; then reported stolen, then found.
  reportMyPieceStolen: async ({ server }, caller) => ({ params: { serial: await ownerPieceIn(server, caller, 'sold') }, body: { country: 'FR', city: 'Paris' } }),
  reportMyPieceLost: async ({ server }, caller) => ({ params: { serial: await ownerPieceIn(server, caller, 'sold') }, body: {} }),
  reportMyPieceFound: async ({ server }, caller) => ({ params: { serial: await ownerPieceIn(server, caller, 'stolen') }, body: {} }),
  getMyPreferences: async () => ({}),
  updateMyPreferences: async () => ({ body: { channels: [{ channel: 'email', choice: 'service_only' }], wording: 'E-mail: the care of my pieces only.' } }),
  listMyProfileShares: async () => ({}),
  shareMyProfile: async ({ server }) => ({ body: { retailerId: server.retailers[0]!.id } }),
  // A share of the owner's own, made for the call; another caller is refused before any is looked up.
  async revokeMyProfileShare({ server }, caller) {
    if (!caller.owner) return { params: { shareId: 'shr_matrix_none' } };
    const shareId = `shr_matrix_${randomUUID()}`;
    await server.db
      .insertInto('profile_shares')
      .values({ id: shareId, brand_id: server.brand.id, owner_id: caller.owner.ownerId, retailer_id: server.retailers[0]!.id, shared_at: server.clock.now().toISOString(), revoked_at: null })
      .execute();
    return { params: { shareId } };
  },
  exportMyData: async () => ({}),
  // The owner erases an account of their own made for the call (a fresh owner, with their session), so theirs goes on.
  async eraseMyAccount(context, caller) {
    if (!caller.owner) return { body: { confirm: true } };
    const { server } = context;
    const { ownerId } = await giveOwnerPiece(server, { email: context.freshEmail(), item: context.freshItem() });
    return { body: { confirm: true }, headers: { Cookie: await ownerSessionCookieFor(server, ownerId) } };
  },
  getMyPieceDossier: async ({ server }, caller) => ({ params: { serial: caller.owner?.serial ?? server.items[0]!.serial } }),
  getMyPieceDossierPdf: async ({ server }, caller) => ({ params: { serial: caller.owner?.serial ?? server.items[0]!.serial } }),
  getMyCalendarFeed: async () => ({}),
  createMyCalendarFeed: async () => ({ body: {} }),
  stopMyCalendarFeed: async () => ({}),
  ownerPasskeySignInOptions: async () => ({}),
  signInOwnerWithPasskey: async (context) => ({ body: { response: await ownerPasskeySignInFor(context.server, await freshOwnerId(context)) } }),
  myOwnerPasskeyRegistrationOptions: async () => ({}),
  // Anyone but the owner is refused before the body is looked at: a fresh owner's well-formed response does.
  registerMyOwnerPasskey: async (context, caller) => ({
    body: { response: await ownerPasskeyRegistrationFor(context.server, caller.owner?.ownerId ?? (await freshOwnerId(context))), deviceLabel: 'Matrix phone' },
  }),
  listMyOwnerPasskeys: async () => ({}),
  async deleteMyOwnerPasskey({ server }, caller) {
    if (!caller.owner) return { params: { passkeyId: 'opk_of_nobody' } };
    return { params: { passkeyId: (await registeredOwnerPasskeyOf(server, caller.owner.ownerId)).passkey.id } };
  },
  transferMyPiece: async (context, caller) => ({
    params: { serial: caller.owner?.serial ?? context.server.items[0]!.serial },
    body: { kind: 'gift', newOwner: { name: 'Bea Buyer', email: context.freshEmail(), language: 'fr' } },
  }),
  getMyPieceTransfer: async ({ server }, caller) => ({ params: { serial: caller.owner?.serial ?? server.items[0]!.serial } }),
  cancelMyPieceTransfer: async ({ server }, caller) => ({ params: { serial: caller.owner?.serial ?? server.items[0]!.serial } }),
  updateBrandSettings: async () => ({ body: { agedStockDays: 180 } }),
  recognisePiece: async (context) => ({ params: { serial: context.server.items[0]!.serial } }),
  listRetailerNotes: async () => ({ query: { unread: 'true' } }),
  listBuiltInSegments: async () => ({}),
  countSegment: async () => ({ query: { segment: 'vip' } }),
  listSegmentMembers: async () => ({ query: { filter: JSON.stringify({ kind: 'country', in: ['FR'] }) } }),
  exportSegment: async () => ({ query: { segment: 'new', purpose: 'marketing', channel: 'email' } }),
  getClient: async (context) => ({ params: { clientId: await clientOfBrand(context) } }),
  getClientTimeline: async (context) => ({ params: { clientId: await clientOfBrand(context) } }),
  getCohortRetention: async () => ({}),
  getCsatFigures: async () => ({}),
  getRegistrationRates: async () => ({}),
  getClvBySegment: async () => ({}),
  getAcquisitionCost: async () => ({}),
  listCareRules: async () => ({}),
  putCareRule: async () => ({ params: { scope: 'collection', key: 'Méridienne' }, body: { serviceIntervalMonths: 48, reminderLeadTimeDays: 45 } }),
  async deleteCareRule(context) {
    // A rule of the first brand each call: a model reference no other request uses.
    const key = `REF-${context.freshEmail().split('@')[0]}`;
    await putCareRule(context.server.db, context.server.clock, context.server.brand.id, { scope: 'model', key }, { cleaningIntervalMonths: 12 });
    return { params: { scope: 'model', key } };
  },
  listExchangeRates: async () => ({ query: { fromMonth: '2026-01' } }),
  setExchangeRates: async () => ({ body: { currency: 'CHF', fromMonth: '2026-01', toMonth: '2026-03', rate: '1.0712' } }),
  async deleteExchangeRate({ server }) {
    // The first brand's rate, set again before each call (an upsert): the previous call may have removed it.
    await setExchangeRates(server.deps, server.brand.id, { currency: 'USD', fromMonth: '2025-12', toMonth: '2025-12', rate: '0.92' });
    return { params: { currency: 'USD', month: '2025-12' } };
  },
  listAcquisitionSpend: async () => ({}),
  putAcquisitionSpend: async () => ({ params: { month: '2026-02', channel: 'brand_led' }, body: { amount: { currency: 'EUR', amountMinorUnits: 1_250_000 } } }),
  async deleteAcquisitionSpend({ server }) {
    await putAcquisitionSpend(server.deps, server.brand.id, { month: '2025-12', channel: 'retailer_assisted' }, { amount: { currency: 'EUR', amountMinorUnits: 300_000 } });
    return { params: { month: '2025-12', channel: 'retailer_assisted' } };
  },
  listCareReminders: async () => ({ query: { status: 'draft', careKind: 'service' } }),
  getCareReminder: draftReminder,
  personaliseCareReminder: async (context) => ({ ...(await draftReminder(context)), body: { personalNote: 'Nous serions ravis de vous revoir.' } }),
  holdCareReminder: draftReminder,
  releaseCareReminder: draftReminder,
  sendCareReminderNow: draftReminder,
  dropCareReminder: async (context) => ({ ...(await draftReminder(context)), body: { reason: 'The owner asked us by phone to write no more.' } }),
  getCareReminderFigures: async () => ({ query: { from: '2026-01-01', to: '2026-12-31' } }),
  createClientNote: async (context) => ({ body: { clientId: await clientOfBrand(context), visibility: 'brand', text: 'Prefers Saturday fittings.', retainUntil: '2030-12-31' } }),
  listClientNotes: async (context) => ({ query: { clientId: await clientOfBrand(context), q: 'fittings' } }),
  async deleteClientNote(context) {
    const { server } = context;
    const note = await createClientNote(server.deps, server.brand.id, { clientId: await clientOfBrand(context), visibility: 'brand', text: 'To delete', retainUntil: '2030-12-31' });
    return { params: { noteId: note.id } };
  },
  listInvitations: async () => ({}),
  createInvitation: async () => ({ body: matrixInvitation }),
  getInvitation: async ({ server }) => ({ params: { invitationId: (await createInvitation(server.deps, server.brand.id, matrixInvitation)).id } }),
  updateInvitation: async ({ server }) => ({ params: { invitationId: (await createInvitation(server.deps, server.brand.id, matrixInvitation)).id }, body: { ...matrixInvitation, capacity: 30 } }),
  sendInvitation: async ({ server }) => ({ params: { invitationId: (await createInvitation(server.deps, server.brand.id, matrixInvitation)).id } }),
  listMyInvitations: async () => ({}),
  // An invitation the matrix's owner received (every principal names one; only the owner may answer).
  async answerMyInvitation({ server }, caller) {
    const invitation = await createInvitation(server.deps, server.brand.id, matrixInvitation);
    if (caller.owner) {
      await server.db.insertInto('invitation_guests').values({ invitation_id: invitation.id, brand_id: server.brand.id, owner_id: caller.owner.ownerId, invited_at: server.clock.now().toISOString(), emailed_at: null, not_emailed_reason: null, answer: null, answered_at: null }).execute();
    }
    return { params: { invitationId: invitation.id }, body: { answer: 'yes' } };
  },
  listBrandNews: async () => ({}),
  createBrandNews: async () => ({ body: matrixNews }),
  updateBrandNews: async ({ server }) => ({ params: { newsId: (await createBrandNews(server.deps, server.brand.id, matrixNews)).id }, body: matrixNews }),
  publishBrandNews: async ({ server }) => ({ params: { newsId: (await createBrandNews(server.deps, server.brand.id, matrixNews)).id } }),
  listMyBrandNews: async () => ({}),
  async markRetailerNotesRead(context) {
    const { server } = context;
    // A note for the first retailer, as another retailer's act would leave it.
    const id = `rnt_matrix_${randomUUID()}`;
    const at = server.clock.now().toISOString();
    await server.db
      .insertInto('retailer_notes')
      .values({ id, brand_id: server.brand.id, retailer_id: server.retailers[0]!.id, item_id: server.items[0]!.id, kind: 'modification', serving_retailer_id: server.retailers[1]!.id, detail: 'Strap replaced', occurred_at: at, created_at: at, read_at: null })
      .execute();
    return { body: { noteIds: [id] } };
  },
};

function activationBody(item: SeededItem, email: string) {
  return { ...activation(item, { owner: owner(email) }) };
}

/** `path` with its `{name}` parameters filled in, and the query string. */
export function urlOf(operation: Operation, request: OperationRequest): string {
  const path = operation.path.replace(/\{([A-Za-z0-9_]+)\}/g, (_, name: string) => {
    const value = request.params?.[name];
    if (value === undefined) throw new Error(`${operation.id}: the request builder gave no path parameter ${name}`);
    return encodeURIComponent(value);
  });
  const query = new URLSearchParams(request.query).toString();
  return query ? `${path}?${query}` : path;
}

/** Calls `operation` through the app as `caller`. */
export async function send(server: TestServer, operation: Operation, request: OperationRequest, caller: MatrixCaller): Promise<Response> {
  const headers = new Headers({ ...caller.headers, ...request.headers });
  // A GET never carries Origin from a same-origin page; writes do, and the console's sessions check it.
  if (operation.method === 'GET' && !headers.get('Authorization')?.includes('pk_')) headers.delete('Origin');
  let body: string | undefined;
  if (request.body !== undefined) {
    body = JSON.stringify(request.body);
    headers.set('Content-Type', 'application/json');
  }
  return server.app.request(urlOf(operation, request), { method: operation.method, headers, body });
}

