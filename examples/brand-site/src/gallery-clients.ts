// API clients for the component gallery's states that the demo's data cannot show on demand: a
// server that does not answer yet, one that cannot be reached, and answers to a submission that
// would otherwise change the demo's registry (an activation, a repair looked up by its owner).
// Every widget's `client` property takes "anything with the methods it calls", so a state is a
// small object, typed by the contract's own response types.
import type { ActivationRequest, ActivationResponse, RepairTracker } from '@atelier/client/contract';

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
