/**
 * A client's profile and timeline, for the brand's staff (contract: clients.ts in @atelier/client,
 * where what each field and entry means is written once). Read from the registry as it stands:
 * the person, their consents, their summary row (client-summary.ts: the figures the segments
 * count), the registrations naming them and, for the pieces they held, the events, repairs and
 * ratings of the time they held them. Who may read is the contract's; every read is audited
 * (audit/audited-operations.ts). A person of another brand, or none, is 404 `unknown_client`.
 */
import {
  clientPieceRoles,
  consentChannels,
  consentPurposes,
  type Client,
  type ClientConsent,
  type ClientPiece,
  type ClientPieceRef,
  type ClientPieceRole,
  type ClientPurchaseRole,
  type ClientSpecialDate,
  type ClientTimeline,
  type ClientTimelineEntry,
  type RetailerSummary,
} from '@atelier/client/contract';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { AtelierError } from '../../errors.ts';
import { noteView, readableNotes } from '../client-notes/notes.ts';
import { currentWarranty } from '../recognition/current-warranty.ts';
import { addMonthsToDate, isBefore, todayUtc, type IsoDate } from '../shared/calendar.ts';
import { effectiveWarrantyStatus } from '../warranties/warranty-view.ts';
import { currencyBasis, sortMissingRates, type ConvertedTotal } from '../exchange-rates/conversion.ts';
import { acquiredOn, clientValue } from './client-summary.ts';
import { clientTier } from './tier.ts';

export interface ClientProfileDeps {
  db: Db;
  clock: Clock;
}

/** Stored states of a registration its owner confirmed (an `active` one past its coverage reads `expired`). */
const confirmedStatuses: ReadonlySet<string> = new Set(['active', 'expired']);

function unknownClient(): AtelierError {
  return new AtelierError('unknown_client', 'The brand has no client with this id.');
}

async function personOf(db: Db, brandId: string, clientId: string) {
  const person = await db
    .selectFrom('owners')
    .select(['id', 'name', 'email', 'postal_address', 'country', 'language', 'customer_type', 'created_at'])
    .where('id', '=', clientId)
    .where('brand_id', '=', brandId)
    // An owner who erased their account is no client any more (features/my-data).
    .where('erased_at', 'is', null)
    .executeTakeFirst();
  if (!person) throw unknownClient();
  return person;
}

/** The registrations naming the client as owner or buyer that count: confirmed, not a sale voided as a mistake. */
async function registrationsNaming(db: Db, brandId: string, clientId: string) {
  return db
    .selectFrom('warranties as w')
    .innerJoin('items as i', 'i.id', 'w.item_id')
    .innerJoin('models as m', 'm.id', 'i.model_id')
    .innerJoin('owners as owner', 'owner.id', 'w.owner_id')
    .innerJoin('owners as buyer', 'buyer.id', 'w.buyer_id')
    .leftJoin('retailers as r', 'r.id', 'w.retailer_id')
    .select([
      'w.item_id',
      'w.owner_id',
      'w.buyer_id',
      'w.source',
      'w.is_gift',
      'w.purchase_date',
      'w.activated_at',
      'i.serial',
      'm.reference',
      'm.name as model_name',
      'owner.name as owner_name',
      'buyer.name as buyer_name',
      'r.id as retailer_id',
      'r.name as retailer_name',
      'r.country as retailer_country',
      'r.city as retailer_city',
    ])
    .where('w.brand_id', '=', brandId)
    .where((eb) => eb.or([eb('w.owner_id', '=', clientId), eb('w.buyer_id', '=', clientId)]))
    .where('w.confirmed_at', 'is not', null)
    .where('w.voided_at', 'is', null)
    .orderBy('w.activated_at')
    .orderBy('w.id')
    .execute();
}
type Registration = Awaited<ReturnType<typeof registrationsNaming>>[number];

const pieceRefOf = (registration: Pick<Registration, 'serial' | 'reference' | 'model_name'>): ClientPieceRef => ({
  serial: registration.serial,
  model: { reference: registration.reference, name: registration.model_name },
});

function retailerOf(registration: Registration): RetailerSummary | null {
  const { retailer_id: id, retailer_name: name, retailer_country: country, retailer_city: city } = registration;
  return id !== null && name !== null && country !== null && city !== null ? { id, name, country, city } : null;
}

/** What a registration makes of the client, as the timeline's purchase says it. */
function purchaseRole(registration: Registration, clientId: string): ClientPurchaseRole {
  if (registration.owner_id !== clientId) return 'gift_giver';
  if (registration.source === 'transfer') return 'transferee';
  return registration.buyer_id === clientId ? 'buyer' : 'gift_recipient';
}

/** The days a client held a piece: from the day they got it until the day the next registration of it by someone else. */
interface Holding {
  itemId: string;
  from: IsoDate;
  /** Exclusive; undefined while nobody came after them. */
  until: IsoDate | undefined;
}

async function holdingsOf(db: Db, clientId: string, registrations: readonly Registration[]): Promise<Holding[]> {
  const itemIds = [...new Set(registrations.filter((registration) => registration.owner_id === clientId).map((registration) => registration.item_id))];
  if (itemIds.length === 0) return [];
  const everyRegistration = await db
    .selectFrom('warranties')
    .select(['item_id', 'owner_id', 'source', 'purchase_date', 'activated_at'])
    .where('item_id', 'in', itemIds)
    .where('confirmed_at', 'is not', null)
    .where('voided_at', 'is', null)
    .orderBy('activated_at')
    .orderBy('id')
    .execute();
  const holdings: Holding[] = [];
  for (const itemId of itemIds) {
    const ofItem = everyRegistration.filter((registration) => registration.item_id === itemId);
    ofItem.forEach((registration, index) => {
      if (registration.owner_id !== clientId) return;
      const next = ofItem.slice(index + 1).find((later) => later.owner_id !== clientId);
      holdings.push({ itemId, from: acquiredOn(registration), until: next && acquiredOn(next) });
    });
  }
  return holdings;
}

const heldOn = (holdings: readonly Holding[], itemId: string, day: IsoDate) =>
  holdings.some((holding) => holding.itemId === itemId && !isBefore(day, holding.from) && (holding.until === undefined || isBefore(day, holding.until)));

/** The client's current choice per channel and purpose. */
async function currentConsents(db: Db, clientId: string): Promise<ClientConsent[]> {
  const rows = await db.selectFrom('consents').select(['channel', 'purpose', 'granted', 'recorded_at', 'source']).where('owner_id', '=', clientId).orderBy('recorded_at').orderBy('id').execute();
  return consentChannels.flatMap((channel) =>
    consentPurposes.map((purpose) => {
      const latest = rows.findLast((row) => row.channel === channel && row.purpose === purpose);
      return { channel, purpose, granted: Number(latest?.granted ?? 0) === 1, recordedAt: latest?.recorded_at ?? null, source: latest?.source ?? null };
    }),
  );
}

/** The first anniversary of `since` on or after `today` (a year at least after it), and how many years it makes. */
export function nextAnniversary(since: IsoDate, today: IsoDate): { next: IsoDate; years: number } {
  // The year gap, or one more when this year's has passed; addMonths keeps 29 February as 28 February in other years.
  let years = Math.max(1, Number(today.slice(0, 4)) - Number(since.slice(0, 4)));
  while (isBefore(addMonthsToDate(since, 12 * years), today)) years += 1;
  return { next: addMonthsToDate(since, 12 * years), years };
}

/** The pieces the registrations name the client on, with their roles, by purchase day then serial. */
async function piecesOf(db: Db, clientId: string, registrations: readonly Registration[], today: IsoDate): Promise<ClientPiece[]> {
  const byItem = new Map<string, Registration[]>();
  for (const registration of registrations) byItem.set(registration.item_id, [...(byItem.get(registration.item_id) ?? []), registration]);
  const pieces: ClientPiece[] = [];
  for (const [itemId, ofItem] of byItem) {
    const roles = new Set<ClientPieceRole>();
    const owned = ofItem.filter((registration) => registration.owner_id === clientId);
    let warranty: ClientPiece['warranty'] = null;
    if (owned.length > 0) {
      const current = await currentWarranty(db, itemId);
      const holdsNow = current !== undefined && current.owner_id === clientId && confirmedStatuses.has(current.status);
      roles.add(holdsNow ? 'owner' : 'former_owner');
      if (holdsNow) warranty = { status: effectiveWarrantyStatus(current, today), coverageEnd: current.coverage_end };
    }
    for (const registration of ofItem) roles.add(purchaseRole(registration, clientId));
    const latest = ofItem.at(-1)!;
    const latestOwned = owned.at(-1);
    pieces.push({
      ...pieceRefOf(latest),
      roles: clientPieceRoles.filter((role) => roles.has(role)),
      purchaseDate: latest.purchase_date,
      acquiredOn: latestOwned ? acquiredOn(latestOwned) : null,
      retailer: retailerOf(latest),
      warranty,
    });
  }
  return pieces.sort((a, b) => (a.purchaseDate !== b.purchaseDate ? (a.purchaseDate < b.purchaseDate ? -1 : 1) : a.serial < b.serial ? -1 : a.serial > b.serial ? 1 : 0));
}

function specialDatesOf(pieces: readonly ClientPiece[], today: IsoDate): ClientSpecialDate[] {
  return pieces
    .filter((piece) => piece.roles.includes('owner') && piece.acquiredOn !== null)
    .map((piece) => ({ kind: 'purchase_anniversary' as const, serial: piece.serial, since: piece.acquiredOn!, ...nextAnniversary(piece.acquiredOn!, today) }))
    .sort((a, b) => (a.next !== b.next ? (a.next < b.next ? -1 : 1) : a.serial < b.serial ? -1 : 1));
}

/** The two values and, once for both, what they say about their currency (the missing rates of either). */
function valueView(purchase: ConvertedTotal, afterSales: ConvertedTotal): NonNullable<Client['value']> {
  const missing = new Map([...purchase.missingRates, ...afterSales.missingRates].map((rate) => [`${rate.month} ${rate.currency}`, rate]));
  return {
    purchase: { currency: purchase.currency, amountMinorUnits: purchase.amountMinorUnits },
    afterSales: { currency: afterSales.currency, amountMinorUnits: afterSales.amountMinorUnits },
    basis: currencyBasis({
      currency: purchase.currency,
      missingRates: sortMissingRates(missing.values()),
      amountsLeftOut: purchase.amountsLeftOut + afterSales.amountsLeftOut,
    }),
  };
}

export async function getClient(deps: ClientProfileDeps, brandId: string, clientId: string): Promise<Client> {
  const { db } = deps;
  const today = todayUtc(deps.clock);
  const person = await personOf(db, brandId, clientId);
  const registrations = await registrationsNaming(db, brandId, clientId);
  const summary = await db.selectFrom('client_summaries').selectAll().where('owner_id', '=', clientId).executeTakeFirst();
  const figures = summary && {
    purchases: Number(summary.purchases),
    piecesOwned: Number(summary.pieces_owned),
    services: Number(summary.services),
    firstPurchaseOn: summary.first_purchase_on,
    lastPurchaseOn: summary.last_purchase_on,
    lastServiceOn: summary.last_service_on,
    lastPurchaseOrServiceOn: summary.last_purchase_or_service_on,
  };
  const pieces = await piecesOf(db, clientId, registrations, today);
  const value = await clientValue(db, brandId, clientId);
  return {
    id: person.id,
    name: person.name,
    email: person.email,
    postalAddress: person.postal_address,
    country: person.country,
    language: person.language,
    customerType: person.customer_type,
    createdAt: person.created_at,
    consents: await currentConsents(db, clientId),
    figures: figures ?? null,
    tier: figures ? clientTier(figures, today) : null,
    value: value ? valueView(value.purchase, value.afterSales) : null,
    pieces,
    specialDates: specialDatesOf(pieces, today),
    asOf: today,
  };
}

/** Entries at the same instant keep this order: what happened to the piece, then what the client said. */
const kindOrder: Readonly<Record<ClientTimelineEntry['kind'], number>> = { purchase: 0, service: 1, repair: 2, rating: 3, piece_event: 4, consent: 5, note: 6 };

const pieceEventTypes = ['modified', 'reported_stolen', 'recovered'] as const;

function detailsOf(json: string): Record<string, unknown> {
  const parsed = JSON.parse(json) as unknown;
  return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
}

export async function getClientTimeline(deps: ClientProfileDeps, brandId: string, clientId: string): Promise<ClientTimeline> {
  const { db } = deps;
  await personOf(db, brandId, clientId);
  const registrations = await registrationsNaming(db, brandId, clientId);
  const entries: ClientTimelineEntry[] = registrations.map((registration) => {
    const role = purchaseRole(registration, clientId);
    const counterpart =
      role === 'gift_giver' ? { id: registration.owner_id, name: registration.owner_name } : role === 'gift_recipient' ? { id: registration.buyer_id, name: registration.buyer_name } : null;
    return {
      kind: 'purchase',
      at: registration.source === 'transfer' ? registration.activated_at : `${registration.purchase_date}T00:00:00.000Z`,
      piece: pieceRefOf(registration),
      purchase: { role, purchaseDate: registration.purchase_date, retailer: retailerOf(registration), counterpart },
    };
  });

  const holdings = await holdingsOf(db, clientId, registrations);
  const heldItemIds = [...new Set(holdings.map((holding) => holding.itemId))];
  const repairIdsShown: string[] = [];
  if (heldItemIds.length > 0) {
    const pieceOf = new Map(registrations.map((registration) => [registration.item_id, pieceRefOf(registration)]));
    const events = await db
      .selectFrom('provenance_events')
      .select(['item_id', 'type', 'occurred_at', 'country', 'city', 'details'])
      .where('item_id', 'in', heldItemIds)
      .where('type', 'in', ['serviced', ...pieceEventTypes])
      .orderBy('occurred_at')
      .orderBy('sequence')
      .execute();
    for (const event of events) {
      if (!heldOn(holdings, event.item_id, event.occurred_at.slice(0, 10))) continue;
      const piece = pieceOf.get(event.item_id)!;
      const details = detailsOf(event.details);
      if (event.type === 'serviced') {
        const serviceType = typeof details['serviceType'] === 'string' ? details['serviceType'] : null;
        entries.push({ kind: 'service', at: event.occurred_at, piece, service: { serviceType, country: event.country, city: event.city } });
      } else if (event.type === 'modified' || event.type === 'reported_stolen' || event.type === 'recovered') {
        const detail = event.type === 'modified' && typeof details['what'] === 'string' ? details['what'] : null;
        entries.push({ kind: 'piece_event', at: event.occurred_at, piece, pieceEvent: { type: event.type, detail, country: event.country, city: event.city } });
      }
    }
    const repairs = await db
      .selectFrom('repair_orders')
      .select(['id', 'item_id', 'tracking_code', 'service_type', 'status', 'promised_date', 'created_at', 'rating_score', 'rating_comment', 'rated_at'])
      .where('brand_id', '=', brandId)
      .where('item_id', 'in', heldItemIds)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    for (const repair of repairs) {
      if (!heldOn(holdings, repair.item_id, repair.created_at.slice(0, 10))) continue;
      repairIdsShown.push(repair.id);
      const piece = pieceOf.get(repair.item_id)!;
      const trackingCode = repair.tracking_code;
      entries.push({ kind: 'repair', at: repair.created_at, piece, repair: { trackingCode, serviceType: repair.service_type, status: repair.status, promisedDate: repair.promised_date } });
      if (repair.rated_at !== null && repair.rating_score !== null) {
        entries.push({ kind: 'rating', at: repair.rated_at, piece, rating: { trackingCode, score: Number(repair.rating_score), comment: repair.rating_comment } });
      }
    }
  }

  const consents = await db.selectFrom('consents').select(['channel', 'purpose', 'granted', 'recorded_at', 'source']).where('owner_id', '=', clientId).orderBy('recorded_at').orderBy('id').execute();
  for (const consent of consents) {
    const granted = Number(consent.granted) === 1;
    entries.push({ kind: 'consent', at: consent.recorded_at, consent: { channel: consent.channel, purpose: consent.purpose, granted, source: consent.source } });
  }

  // The brand's notes about them, about a piece while they held it, about a repair shown above.
  const pieceOfItem = new Map(registrations.map((registration) => [registration.item_id, pieceRefOf(registration)]));
  const notes = await readableNotes(deps, brandId, { kind: 'brand' })
    .where((eb) =>
      eb.or([
        eb('note.owner_id', '=', clientId),
        ...(heldItemIds.length > 0 ? [eb.and([eb('note.subject', '=', 'piece'), eb('note.item_id', 'in', heldItemIds)])] : []),
        ...(repairIdsShown.length > 0 ? [eb('note.repair_id', 'in', repairIdsShown)] : []),
      ]),
    )
    .orderBy('note.created_at')
    .orderBy('note.id')
    .execute();
  for (const row of notes) {
    if (row.subject === 'piece' && !heldOn(holdings, row.item_id!, row.created_at.slice(0, 10))) continue;
    const piece = row.item_id === null ? undefined : pieceOfItem.get(row.item_id);
    entries.push({ kind: 'note', at: row.created_at, ...(piece && { piece }), note: noteView(row) });
  }

  // Stable: within a kind, the order each list was read in.
  entries.sort((a, b) => (a.at !== b.at ? (a.at < b.at ? -1 : 1) : kindOrder[a.kind] - kindOrder[b.kind]));
  return { entries };
}
