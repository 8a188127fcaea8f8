/**
 * What activation (by the buyer) and sale registration (by a retailer) share: the checks on the
 * piece, the retailer and the dates, and the one transaction that records a pending warranty.
 */
import type { ConsentsInput, GiftInput, Locale } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';
import type { ItemsTable, RetailersTable, WarrantiesTable } from '../../db/schema.ts';
import { AtelierError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import { findOrCreateOwner, normalizeEmail, recordEmailConsents, type OwnerDetails } from '../owners/owners.ts';
import { appendProvenanceEvent, type EventPlace } from '../provenance/events.ts';
import { addDaysToDate, addMonthsToDate, isBefore, type IsoDate } from '../shared/calendar.ts';
import { isUniqueViolation } from '../shared/unique-violation.ts';
import { issueConfirmationToken, type IssuedConfirmationToken } from './confirmation-token.ts';

/** A purchase dated "tomorrow" in UTC may be today where the buyer lives. */
const purchaseDateLeewayDays = 1;
/** Pieces in these states may be registered; the others (stolen, lost, destroyed) must go through the brand. */
const registrableItemStatuses: ItemsTable['status'][] = ['in_stock', 'sold'];

/** Where a consent was given, as recorded beside it. */
export const consentSource: Record<WarrantiesTable['source'], string> = { buyer: 'warranty_activation', retailer: 'retailer_sale', transfer: 'ownership_transfer' };

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
  buyerEmailNormalized: string;
  ownerEmail: string;
}

export async function loadBrandPolicy(db: Db, brandId: string): Promise<BrandPolicy> {
  const brand = await db
    .selectFrom('brands')
    .select(['id', 'name', 'warranty_base_months'])
    .where('id', '=', brandId)
    .executeTakeFirstOrThrow();
  return { id: brand.id, name: brand.name, warrantyBaseMonths: brand.warranty_base_months };
}

function itemUnavailable(): AtelierError {
  // Deliberately vague: whether a piece is reported stolen or lost is not for a public form to tell.
  return new AtelierError('item_unavailable', 409, 'This piece cannot be activated online. Please contact the brand.', {
    fieldErrors: [{ path: 'serial', code: 'item_unavailable', message: 'This piece cannot be activated online. Please contact the brand.' }],
  });
}

export function alreadyActivated(): AtelierError {
  // Says nothing about who registered the piece, nor when.
  return new AtelierError('already_activated', 409, 'The warranty of this piece is already registered.', {
    fieldErrors: [{ path: 'serial', code: 'already_activated', message: 'The warranty of this piece is already registered.' }],
  });
}

/** The brand's piece with this serial (already upper-cased by the contract), if it may be registered. */
export async function findRegistrableItem(db: Db, brandId: string, serial: string): Promise<RegistrableItem> {
  const item = await db
    .selectFrom('items')
    .select(['id', 'serial', 'status', 'manufactured_on', 'card_code_hash'])
    .where('brand_id', '=', brandId)
    .where('serial', '=', serial.toUpperCase())
    .executeTakeFirst();
  if (!item) {
    throw new AtelierError('unknown_serial', 404, 'No piece of this brand has this serial number.', {
      fieldErrors: [{ path: 'serial', code: 'unknown_serial', message: 'No piece of this brand has this serial number.' }],
    });
  }
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
    throw new AtelierError('unknown_retailer', 422, 'No authorized retailer of this brand has this id.', {
      fieldErrors: [{ path: 'retailerId', code: 'unknown_retailer', message: 'Choose a retailer from the list.' }],
    });
  }
  return retailer;
}

export function checkPurchaseDate(purchaseDate: IsoDate, manufacturedOn: IsoDate, today: IsoDate): void {
  if (isBefore(addDaysToDate(today, purchaseDateLeewayDays), purchaseDate)) {
    throw new AtelierError('purchase_date_in_future', 422, 'The purchase date is in the future.', {
      fieldErrors: [{ path: 'purchaseDate', code: 'purchase_date_in_future', message: 'The purchase date cannot be in the future.' }],
    });
  }
  if (isBefore(purchaseDate, manufacturedOn)) {
    throw new AtelierError('purchase_date_before_manufacture', 422, 'The purchase date is before the piece was made.', {
      fieldErrors: [
        { path: 'purchaseDate', code: 'purchase_date_before_manufacture', message: 'The purchase date is before the piece was made.' },
      ],
    });
  }
}

export function coverageEnd(purchaseDate: IsoDate, policy: BrandPolicy): IsoDate {
  return addMonthsToDate(purchaseDate, policy.warrantyBaseMonths);
}

/** The pending or active warranty that currently covers the piece, if any. */
export async function findCoveringWarranty(db: Db, itemId: string): Promise<CoveringWarranty | undefined> {
  const row = await db
    .selectFrom('warranties')
    .innerJoin('owners as buyer', 'buyer.id', 'warranties.buyer_id')
    .innerJoin('owners as owner', 'owner.id', 'warranties.owner_id')
    .select([
      'warranties.id',
      'warranties.status',
      'warranties.source',
      'warranties.buyer_id',
      'buyer.email_normalized as buyer_email_normalized',
      'owner.email as owner_email',
    ])
    .where('warranties.covering_item_id', '=', itemId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    status: row.status,
    source: row.source,
    buyerId: row.buyer_id,
    buyerEmailNormalized: row.buyer_email_normalized,
    ownerEmail: row.owner_email,
  };
}

/** Whether a pending warranty was registered for the person now at the form (same buyer e-mail). */
export function isPendingFor(covering: CoveringWarranty, buyerEmail: string): boolean {
  return covering.status === 'pending_confirmation' && covering.buyerEmailNormalized === normalizeEmail(buyerEmail);
}

export function placeOf(retailer: Retailer | null): EventPlace {
  return { retailerId: retailer?.id ?? null, country: retailer?.country ?? null, city: retailer?.city ?? null };
}

export interface PendingWarrantyInput {
  brand: BrandPolicy;
  item: RegistrableItem;
  retailer: Retailer | null;
  purchaseDate: IsoDate;
  buyer: OwnerDetails;
  gift: GiftInput | undefined;
  /** As the buyer gave them; undefined records nothing, so an earlier choice of theirs stands. */
  consents: ConsentsInput | undefined;
  source: WarrantiesTable['source'];
  now: Date;
}

export interface PendingWarranty {
  warrantyId: string;
  token: IssuedConfirmationToken;
  /** The language the confirmation is written in: the one just chosen for the owner. */
  ownerLanguage: Locale;
}

/**
 * Records a pending warranty, its owner(s), consents, the `sold` event and a confirmation token,
 * all or nothing. Locking the piece's row first makes concurrent registrations of one piece take
 * turns on PostgreSQL (SQLite has a single writer anyway), so the losers see the winner's warranty
 * and answer `already_activated`; the unique `covering_item_id` is the last line of defence.
 */
export async function recordPendingWarranty(db: Db, input: PendingWarrantyInput): Promise<PendingWarranty> {
  const { brand, item, retailer, now } = input;
  return db.transaction().execute(async (tx) => {
    const claimed = await tx
      .updateTable('items')
      .set({ status: 'sold' })
      .where('id', '=', item.id)
      .where('status', 'in', registrableItemStatuses)
      .executeTakeFirst();
    if (claimed.numUpdatedRows === 0n) throw itemUnavailable();
    if (await findCoveringWarranty(tx, item.id)) throw alreadyActivated();

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
    // The consents are the buyer's own: a giver cannot consent on the recipient's behalf.
    if (input.consents) await recordEmailConsents(tx, buyer.id, input.consents, consentSource[input.source], now);

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
        })
        .execute();
    } catch (error) {
      if (isUniqueViolation(error)) throw alreadyActivated();
      throw error;
    }

    // `sold` is recorded with the sale; `warranty_activated` only once the owner confirms (see service.ts),
    // so the public history never shows a warranty that nobody confirmed.
    await appendProvenanceEvent(
      tx,
      {
        brandId: brand.id,
        itemId: item.id,
        type: 'sold',
        occurredAt: `${input.purchaseDate}T00:00:00.000Z`,
        place: placeOf(retailer),
        details: { source: input.source },
      },
      now,
    );
    const token = await issueConfirmationToken(tx, warrantyId, now);
    return { warrantyId, token, ownerLanguage };
  });
}
