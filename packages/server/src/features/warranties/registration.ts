/**
 * What activation (by the buyer) and sale registration (by a retailer) share: the checks on the
 * piece, the retailer and the dates, and the one transaction that records a pending warranty.
 *
 * The two differ in what they tell the public history at once. A retailer's registration is a
 * real sale: the piece is `sold` from then on. A buyer's own activation proves nothing until the
 * buyer confirms from their e-mail, so it records nothing public and leaves the piece as it is;
 * confirmation (service.ts) then records the sale. And a buyer's activation whose every
 * confirmation link has expired has lapsed: it no longer covers the piece, and the next
 * registration voids it.
 *
 * The consents given with either wait on the pending warranty until the owner confirms
 * (pending-consents.ts): double opt-in.
 */
import type { ConsentsInput, GiftInput, Locale, Money } from '@atelier/client/contract';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { ItemsTable, RetailersTable, WarrantiesTable } from '../../db/schema.ts';
import { AtelierError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import { normalizeEmail } from '../../email-address.ts';
import { findOrCreateOwner, type OwnerDetails } from '../owners/owners.ts';
import { appendProvenanceEvent, type EventPlace } from '../provenance/events.ts';
import { findBrandItem } from '../shared/brand-item.ts';
import { addDaysToDate, addMonthsToDate, isBefore, todayUtc, type IsoDate } from '../shared/calendar.ts';
import { isUniqueViolation } from '../shared/unique-violation.ts';
import { issueConfirmationToken, type IssuedConfirmationToken } from './confirmation-token.ts';
import { consentsAwaitingConfirmation } from './pending-consents.ts';

/** A purchase dated "tomorrow" in UTC may be today where the buyer lives. */
const purchaseDateLeewayDays = 1;
/** Pieces in these states may be registered; the others (stolen, lost, destroyed) must go through the brand. */
const registrableItemStatuses: ItemsTable['status'][] = ['in_stock', 'sold'];

export interface BrandPolicy {
  id: string;
  name: string;
  warrantyBaseMonths: number;
}

export interface RegistrableItem {
  id: string;
  serial: string;
  manufacturedOn: IsoDate;
  cardCodeHash: string;
}

export type Retailer = Pick<RetailersTable, 'id' | 'name' | 'country' | 'city'>;

export interface CoveringWarranty {
  id: string;
  status: WarrantiesTable['status'];
  source: WarrantiesTable['source'];
  buyerId: string;
  /** The recipient, for a gift; otherwise the buyer. */
  ownerId: string;
  buyerEmailNormalized: string;
  ownerEmail: string;
  /** A buyer's own activation, never confirmed, whose every link has expired: it no longer covers the piece. */
  lapsed: boolean;
}

async function loadBrandPolicy(db: Db, brandId: string): Promise<BrandPolicy> {
  const brand = await db
    .selectFrom('brands')
    .select(['id', 'name', 'warranty_base_months'])
    .where('id', '=', brandId)
    .executeTakeFirstOrThrow();
  return { id: brand.id, name: brand.name, warrantyBaseMonths: brand.warranty_base_months };
}

function itemUnavailable(): AtelierError {
  // Deliberately vague: whether a piece is reported stolen or lost is not for a public form to tell.
  return new AtelierError('item_unavailable', 'This piece cannot be activated online. Please contact the brand.', {
    fieldErrors: [{ path: 'serial', code: 'item_unavailable', message: 'This piece cannot be activated online. Please contact the brand.' }],
  });
}

export function alreadyActivated(): AtelierError {
  // Says nothing about who registered the piece, nor when.
  return new AtelierError('already_activated', 'The warranty of this piece is already registered.', {
    fieldErrors: [{ path: 'serial', code: 'already_activated', message: 'The warranty of this piece is already registered.' }],
  });
}

/** The brand's piece with this serial, if it may be registered. */
async function findRegistrableItem(db: Db, brandId: string, serial: string): Promise<RegistrableItem> {
  const item = await findBrandItem(db, brandId, serial, ['id', 'serial', 'status', 'manufactured_on', 'card_code_hash']);
  if (!registrableItemStatuses.includes(item.status)) throw itemUnavailable();
  return { id: item.id, serial: item.serial, manufacturedOn: item.manufactured_on, cardCodeHash: item.card_code_hash };
}

/** The brand's retailer with this id; null when none was named. */
export async function findRetailer(db: Db, brandId: string, retailerId: string | undefined): Promise<Retailer | null> {
  if (retailerId === undefined) return null;
  const retailer = await db
    .selectFrom('retailers')
    .select(['id', 'name', 'country', 'city'])
    .where('brand_id', '=', brandId)
    .where('id', '=', retailerId)
    .executeTakeFirst();
  if (!retailer) {
    throw new AtelierError('unknown_retailer', 'No authorized retailer of this brand has this id.', {
      fieldErrors: [{ path: 'retailerId', code: 'unknown_retailer', message: 'Choose a retailer from the list.' }],
    });
  }
  return retailer;
}

function checkPurchaseDate(purchaseDate: IsoDate, manufacturedOn: IsoDate, today: IsoDate): void {
  if (isBefore(addDaysToDate(today, purchaseDateLeewayDays), purchaseDate)) {
    throw new AtelierError('purchase_date_in_future', 'The purchase date is in the future.', {
      fieldErrors: [{ path: 'purchaseDate', code: 'purchase_date_in_future', message: 'The purchase date cannot be in the future.' }],
    });
  }
  if (isBefore(purchaseDate, manufacturedOn)) {
    throw new AtelierError('purchase_date_before_manufacture', 'The purchase date is before the piece was made.', {
      fieldErrors: [
        { path: 'purchaseDate', code: 'purchase_date_before_manufacture', message: 'The purchase date is before the piece was made.' },
      ],
    });
  }
}

export function coverageEnd(purchaseDate: IsoDate, policy: BrandPolicy): IsoDate {
  return addMonthsToDate(purchaseDate, policy.warrantyBaseMonths);
}

/**
 * The pending or active warranty that currently covers the piece, if any, and whether it has
 * lapsed as of `now`.
 */
async function findCoveringWarranty(db: Db, itemId: string, now: Date): Promise<CoveringWarranty | undefined> {
  const row = await db
    .selectFrom('warranties')
    .innerJoin('owners as buyer', 'buyer.id', 'warranties.buyer_id')
    .innerJoin('owners as owner', 'owner.id', 'warranties.owner_id')
    .select([
      'warranties.id',
      'warranties.status',
      'warranties.source',
      'warranties.buyer_id',
      'warranties.owner_id',
      'buyer.email_normalized as buyer_email_normalized',
      'owner.email as owner_email',
      (eb) =>
        eb
          .exists(
            eb
              .selectFrom('confirmation_tokens')
              .select('confirmation_tokens.id')
              .whereRef('confirmation_tokens.warranty_id', '=', 'warranties.id')
              .where('confirmation_tokens.consumed_at', 'is', null)
              .where('confirmation_tokens.expires_at', '>', now.toISOString()),
          )
          .as('has_live_link'),
    ])
    .where('warranties.covering_item_id', '=', itemId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    status: row.status,
    source: row.source,
    buyerId: row.buyer_id,
    ownerId: row.owner_id,
    buyerEmailNormalized: row.buyer_email_normalized,
    ownerEmail: row.owner_email,
    // PostgreSQL answers EXISTS with a boolean, SQLite with 0 or 1.
    lapsed: row.source === 'buyer' && row.status === 'pending_confirmation' && !row.has_live_link,
  };
}

/** What a person registering a piece says about the purchase, whichever form they use. */
export interface PurchaseClaim {
  serial: string;
  retailerId?: string | undefined;
  purchaseDate: IsoDate;
}

export interface CheckedPurchase {
  brand: BrandPolicy;
  item: RegistrableItem;
  retailer: Retailer | null;
  /** The warranty already covering the piece: registering it again may only resend its link. */
  covering: CoveringWarranty | undefined;
}

/**
 * The checks activation and sale registration both make before anything else, in one order, so
 * the same mistake gets the same answer from either: the piece, the retailer, then the dates.
 */
export async function checkPurchase(db: Db, brandId: string, claim: PurchaseClaim, clock: Clock): Promise<CheckedPurchase> {
  const brand = await loadBrandPolicy(db, brandId);
  const item = await findRegistrableItem(db, brandId, claim.serial);
  const retailer = await findRetailer(db, brandId, claim.retailerId);
  checkPurchaseDate(claim.purchaseDate, item.manufacturedOn, todayUtc(clock));
  return { brand, item, retailer, covering: await findCoveringWarranty(db, item.id, clock.now()) };
}

/** Whether a pending warranty was registered for the person now at the form (same buyer e-mail). */
export function isPendingFor(covering: CoveringWarranty, buyerEmail: string): boolean {
  return covering.status === 'pending_confirmation' && covering.buyerEmailNormalized === normalizeEmail(buyerEmail);
}

export function placeOf(retailer: Retailer | null): EventPlace {
  return { retailerId: retailer?.id ?? null, country: retailer?.country ?? null, city: retailer?.city ?? null };
}

export interface SoldEventInput {
  brandId: string;
  itemId: string;
  purchaseDate: IsoDate;
  place: EventPlace;
  source: WarrantiesTable['source'];
}

/** The public `sold` event: on the day of purchase (a month is all the public sees), where it was bought. */
export async function appendSoldEvent(tx: Db, sale: SoldEventInput, now: Date): Promise<void> {
  await appendProvenanceEvent(
    tx,
    {
      brandId: sale.brandId,
      itemId: sale.itemId,
      type: 'sold',
      occurredAt: `${sale.purchaseDate}T00:00:00.000Z`,
      place: sale.place,
      details: { source: sale.source },
    },
    now,
  );
}

export interface PendingWarrantyInput {
  brand: BrandPolicy;
  item: RegistrableItem;
  retailer: Retailer | null;
  purchaseDate: IsoDate;
  buyer: OwnerDetails;
  gift: GiftInput | undefined;
  /** As the buyer gave them: kept until the owner confirms; undefined keeps nothing, so an earlier choice stands. */
  consents: ConsentsInput | undefined;
  source: WarrantiesTable['source'];
  /** What the buyer paid (a retailer's sale): the client's value counts it once the registration is confirmed. */
  price?: Money | undefined;
  now: Date;
}

export interface PendingWarranty {
  warrantyId: string;
  token: IssuedConfirmationToken;
  /** The language the confirmation is written in: the one just chosen for the owner. */
  ownerLanguage: Locale;
}

/**
 * Records a pending warranty, its owner(s), the consents awaiting confirmation and a
 * confirmation token, all or nothing; for a retailer's sale also the piece's `sold` status and event. Locking the piece's row first
 * makes concurrent registrations of one piece take turns on PostgreSQL (SQLite has a single writer
 * anyway), so the losers see the winner's warranty and answer `already_activated`, and a lapsed
 * activation is voided by exactly one of them; the unique `covering_item_id` is the last line of
 * defence.
 */
export async function recordPendingWarranty(db: Db, input: PendingWarrantyInput): Promise<PendingWarranty> {
  const { brand, item, retailer, now } = input;
  const isSale = input.source === 'retailer';
  return db.transaction().execute(async (tx) => {
    const claimed = await tx
      .updateTable('items')
      // A buyer's activation changes nothing on the piece: the update is there for its row lock.
      .set((eb) => (isSale ? { status: 'sold' as const } : { status: eb.ref('status') }))
      .where('id', '=', item.id)
      .where('status', 'in', registrableItemStatuses)
      .executeTakeFirst();
    if (claimed.numUpdatedRows === 0n) throw itemUnavailable();
    const covering = await findCoveringWarranty(tx, item.id, now);
    if (covering) {
      if (!covering.lapsed) throw alreadyActivated();
      // Its consents were never confirmed and never will be: nothing of them is kept.
      await tx.updateTable('warranties').set({ status: 'void', covering_item_id: null, pending_consents: null }).where('id', '=', covering.id).execute();
    }

    const buyer = await findOrCreateOwner(tx, brand.id, input.buyer, now);
    const ownerLanguage = input.gift ? (input.gift.recipientLanguage ?? input.buyer.language) : input.buyer.language;
    const owner = input.gift
      ? await findOrCreateOwner(
          tx,
          brand.id,
          {
            name: input.gift.recipientName,
            email: input.gift.recipientEmail,
            // The giver does not tell where the recipient lives; their own country is the best guess.
            country: input.buyer.country,
            language: ownerLanguage,
          },
          now,
        )
      : buyer;

    const warrantyId = newId('wty');
    try {
      await tx
        .insertInto('warranties')
        .values({
          id: warrantyId,
          brand_id: brand.id,
          item_id: item.id,
          owner_id: owner.id,
          buyer_id: buyer.id,
          retailer_id: retailer?.id ?? null,
          purchase_date: input.purchaseDate,
          coverage_end: coverageEnd(input.purchaseDate, brand),
          status: 'pending_confirmation',
          is_gift: input.gift ? 1 : 0,
          source: input.source,
          activated_at: now.toISOString(),
          confirmed_at: null,
          covering_item_id: item.id,
          // The consents are the buyer's own: kept only when the link goes to them, i.e. not for a gift.
          pending_consents: consentsAwaitingConfirmation(input.consents, input.source, owner.id === buyer.id),
          price_currency: input.price?.currency ?? null,
          price_minor_units: input.price?.amountMinorUnits ?? null,
        })
        .execute();
    } catch (error) {
      if (isUniqueViolation(error)) throw alreadyActivated();
      throw error;
    }

    // `warranty_activated` only once the owner confirms (see service.ts), so the public history never
    // shows a warranty that nobody confirmed; a buyer's own `sold` waits for that too.
    if (isSale) await appendSoldEvent(tx, { brandId: brand.id, itemId: item.id, purchaseDate: input.purchaseDate, place: placeOf(retailer), source: input.source }, now);
    const token = await issueConfirmationToken(tx, warrantyId, now);
    return { warrantyId, token, ownerLanguage };
  });
}
