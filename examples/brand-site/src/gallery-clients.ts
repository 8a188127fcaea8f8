// API clients for the component gallery's states that the demo's data cannot show on demand: a
// server that does not answer yet, one that cannot be reached, and answers to a submission that
// would otherwise change the demo's registry (an activation, a repair looked up by its owner), or
// spend a visitor's attempts at a secret (a tracking code tried with an e-mail).
// Every widget's `client` property takes "anything with the methods it calls", so a state is a
// small object, typed by the contract's own response types.
import { ApiError } from '@atelier/client';
import type { ActivationRequest, ActivationResponse, OwnedPieceDetail, OwnerSession, RepairTracker } from '@atelier/client/contract';

/** What the client throws when the network fails; the widgets read its stable `code`. */
function networkError(): Error {
  return Object.assign(new Error('Failed to fetch (the gallery\'s offline state)'), { code: 'network_error' });
}

/**
 * A client whose every method, at any depth (`brand.get`, `repairs.lookup`), answers with `answer()`.
 * A Proxy, so the gallery need not know which methods each widget calls.
 */
function everyMethod(answer: () => Promise<never>): unknown {
  const method = (): Promise<never> => answer();
  const node: unknown = new Proxy(method, { get: (_target, property) => (property === 'then' ? undefined : node), apply: method });
  return node;
}

/** The server has not answered yet: the widget's loading state, held. */
export const pendingClient = (): unknown => everyMethod(() => new Promise<never>(() => undefined));

/** One call that fails as when the network is down. */
export const unreachable = (): Promise<never> => Promise.reject(networkError());

/** The server cannot be reached: the widget's offline state. */
export const offlineClient = (): unknown => everyMethod(unreachable);

const unknownRepairMessage = 'No repair matches this tracking code and e-mail address.';

/**
 * The API's answer to a tracking code and e-mail that match no repair, as the demo server words it.
 * Asking the server instead would count against the code's attempts from this network (10 in 15
 * minutes, `attemptLimits` in the server), so a visitor switching the gallery's theme and language
 * a few times would see "Too many attempts" in place of this state.
 */
export function unknownRepairClient(): unknown {
  const unknownRepair = (): Promise<never> =>
    Promise.reject(
      new ApiError({
        type: 'https://atelier.dev/problems/unknown-repair',
        title: 'Not Found',
        status: 404,
        code: 'unknown_repair',
        detail: unknownRepairMessage,
        errors: [{ path: 'trackingCode', code: 'unknown_repair', message: unknownRepairMessage }],
      }),
    );
  // The tracker takes a client with all three of its methods; the owner's proofs open no repair here.
  return { repairs: { lookup: unknownRepair, decideEstimate: unknownRepair, rate: unknownRepair } };
}

/** Replaces one method of a real client, keeping the rest (the form's retailers, service centres). */
export function withMethod<Client extends object>(client: Client, group: keyof Client & string, method: string, replacement: (...args: never[]) => Promise<unknown>): Client {
  return { ...client, [group]: { ...(client[group] as object), [method]: replacement } };
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000);
const warrantyYears = 2;
const slotMinutes = 30;

/** The answer to an activation, built from what was typed: the demo's registry is left unchanged. */
export function activationAnswer(request: ActivationRequest): Promise<ActivationResponse> {
  const coverageEnd = new Date(`${request.purchaseDate}T00:00:00Z`);
  coverageEnd.setUTCFullYear(coverageEnd.getUTCFullYear() + warrantyYears);
  return Promise.resolve({
    warranty: {
      id: 'wty_gallery',
      serial: request.serial,
      model: { reference: '1812R-OR', name: 'Méridienne Date', collection: 'Méridienne' },
      status: 'pending_confirmation',
      purchaseDate: request.purchaseDate,
      coverageEnd: isoDate(coverageEnd),
      retailer: null,
      gift: false,
      activatedAt: new Date().toISOString(),
      confirmedAt: null,
    },
    confirmationSentTo: `${request.owner.email.slice(0, 1)}•••@${request.owner.email.split('@')[1] ?? 'example.com'}`,
  });
}

/** A repair waiting for its owner's decision on an estimate: the tracker's richest state. */
export function repairAwaitingApproval(trackingCode: string): Promise<RepairTracker> {
  const at = (days: number) => daysFromToday(days).toISOString();
  return Promise.resolve({
    trackingCode,
    serial: 'MA-240003',
    serviceType: 'full_service',
    description: 'The watch loses about a minute a day and the crown feels loose.',
    centre: { id: 'svc_geneve', name: 'Atelier de Genève', city: 'Genève', country: 'CH', address: 'Rue du Rhône 48, 1204 Genève', timeZone: 'Europe/Zurich' },
    dropOff: { method: 'slot', slot: { startsAt: at(-9), endsAt: new Date(daysFromToday(-9).getTime() + slotMinutes * 60_000).toISOString() }, mailInInstructions: null },
    status: 'awaiting_approval',
    stages: [
      { status: 'requested', at: at(-12) },
      { status: 'received', at: at(-9) },
      { status: 'diagnosed', at: at(-4) },
      { status: 'awaiting_approval', at: at(-4) },
    ],
    promisedDate: isoDate(daysFromToday(26)),
    onTime: null,
    estimate: {
      currency: 'CHF',
      lineItems: [
        { description: 'Full service of the movement', amountMinorUnits: 69_000, coveredByWarranty: false },
        { description: 'New crown and stem', amountMinorUnits: 18_000, coveredByWarranty: true },
      ],
      totalMinorUnits: 69_000,
      validUntil: isoDate(daysFromToday(21)),
      decision: null,
    },
    warranty: { status: 'active', coverageEnd: isoDate(daysFromToday(400)) },
    rating: null,
    createdAt: at(-12),
  });
}

/** What the owner space's client throws when no session is held: the widget reads its status and code. */
function signedOut(): Promise<never> {
  return Promise.reject(Object.assign(new Error('No owner session (the gallery\'s signed-out state)'), { code: 'unauthorized', status: 401, fieldErrors: [] }));
}

const galleryOwner: OwnerSession = {
  owner: { name: 'Léa Martin', email: 'lea.martin@example.com', language: 'en' },
  brand: { id: 'brand_gallery', name: 'Maison Aubert' },
  session: { idleExpiresAt: daysFromToday(0).toISOString(), absoluteExpiresAt: daysFromToday(1).toISOString() },
};

/** A piece held by the gallery's owner, with a service in its history. */
function ownedPiece(): OwnedPieceDetail {
  const at = (days: number) => daysFromToday(days).toISOString();
  return {
    serial: 'MA-240003',
    model: { reference: '1812R-OR', name: 'Méridienne Date', collection: 'Méridienne', imageUrl: null },
    status: 'sold',
    purchaseDate: isoDate(daysFromToday(-800)),
    warranty: { status: 'active', coverageEnd: isoDate(daysFromToday(295)) },
    nextCareDue: { date: isoDate(daysFromToday(295)), after: 'last_service', overdue: false },
    // A care rule of its collection: a water-resistance check with a warranty condition, and a cleaning.
    careDue: [
      { kind: 'service', date: isoDate(daysFromToday(295)), after: 'last_service', overdue: false, intervalMonths: 36, ruledBy: null, warrantyCondition: null },
      {
        kind: 'water_resistance_check',
        date: isoDate(daysFromToday(325)),
        after: 'last_service',
        overdue: false,
        intervalMonths: 12,
        ruledBy: { scope: 'collection', key: 'Méridienne' },
        warrantyCondition: { text: 'A water-resistance check every year keeps the warranty.', lapsesAfter: isoDate(daysFromToday(325)) },
      },
      { kind: 'cleaning', date: isoDate(daysFromToday(143)), after: 'last_service', overdue: false, intervalMonths: 6, ruledBy: { scope: 'collection', key: 'Méridienne' }, warrantyCondition: null },
    ],
    retailerOfRecord: {
      id: 'ret_gallery',
      name: 'Horlogerie du Rhône',
      country: 'CH',
      city: 'Genève',
      contact: { email: 'boutique@horlogerie-rhone.example', phone: '+41 22 310 00 00' },
    },
    timeline: [
      { kind: 'provenance', at: at(-800), event: { type: 'sold', country: 'CH', city: 'Genève' } },
      { kind: 'provenance', at: at(-799), event: { type: 'warranty_activated', country: 'CH', city: 'Genève' } },
      { kind: 'repair', at: at(-70), repair: { trackingCode: 'K7QM-4X2P-9RTA', trackerUrl: '/repair.html', serviceType: 'full_service', status: 'returned', promisedDate: isoDate(daysFromToday(-40)) } },
      { kind: 'provenance', at: at(-40), event: { type: 'serviced', country: 'CH', city: 'Genève' } },
      { kind: 'warranty_extension', at: at(-40), extension: { reason: 'service', months: 12 } },
    ],
  };
}

/** The owner space signed out: asking for a code is answered (nothing is e-mailed), nobody is signed in. */
export function signedOutOwnerClient(): unknown {
  return {
    signIn: { request: () => Promise.resolve({ codeLifetimeMinutes: 10 }), verify: () => new Promise(() => undefined) },
    session: { get: signedOut, signOut: signedOut },
    pieces: { list: signedOut, get: signedOut, reportStolen: signedOut, reportLost: signedOut, reportFound: signedOut },
  };
}

/** The owner space signed in, holding one piece; reports are never sent from the gallery. */
export function signedInOwnerClient(): unknown {
  const { timeline: _timeline, ...piece } = ownedPiece();
  const never = () => new Promise<never>(() => undefined);
  return {
    signIn: { request: never, verify: never },
    session: { get: () => Promise.resolve(galleryOwner), signOut: never },
    pieces: { list: () => Promise.resolve({ pieces: [piece] }), get: () => Promise.resolve(ownedPiece()), reportStolen: never, reportLost: never, reportFound: never },
    preferences: { get: () => Promise.resolve(galleryPreferences()), update: never },
    profileShares: {
      list: () =>
        Promise.resolve({
          shares: [{ id: 'shr_gallery', retailer: { id: 'ret_gallery', name: 'Horlogerie du Rhône', country: 'CH', city: 'Genève' }, sharedAt: instant(-120), revokedAt: null }],
          retailers: [
            { id: 'ret_gallery', name: 'Horlogerie du Rhône', country: 'CH', city: 'Genève', retailerOfRecord: true },
            { id: 'ret_gallery_paris', name: 'Maison Vendôme', country: 'FR', city: 'Paris', retailerOfRecord: false },
          ],
        }),
      share: never,
      revoke: never,
    },
    myData: { export: never, erase: never },
  };
}

/** An instant `days` from now (negative: in the past). */
const instant = (days: number) => daysFromToday(days).toISOString();

/** The stand-in owner's preferences: care only by e-mail since the space, marketing first given at registration. */
function galleryPreferences() {
  const wording = 'Choose what we may write to you about. Your warranty never depends on these choices.\nBy e-mail: Only the care of my pieces and my repairs';
  return {
    channels: [{ channel: 'email', choice: 'service_only', service: true, marketing: false, since: instant(-30) }],
    language: 'en',
    quietPeriod: null,
    history: [
      { kind: 'consent', at: instant(-30), source: 'owner_space', wording, consent: { channel: 'email', purpose: 'marketing', granted: false } },
      { kind: 'consent', at: instant(-799), source: 'registration', wording: null, consent: { channel: 'email', purpose: 'service', granted: true } },
      { kind: 'consent', at: instant(-799), source: 'registration', wording: null, consent: { channel: 'email', purpose: 'marketing', granted: true } },
    ],
  };
}
