/**
 * A retailer's sales after registration: the listing (its own, newest first) and the void of a
 * sale registered by mistake, within the brand's window (`brands.sale_void_window_hours`, counted
 * from the registration). A void deletes nothing: the warranty becomes `void` with when, who and
 * why; its pending confirmation link stops working (confirmation refuses a void warranty); the
 * piece is `in_stock` again, so it is back in the stock of the retailer it was delivered to; and
 * the public history appends `sale_voided`, which undoes the `sold` before it in the public record.
 */
import type { ParsedQueryOf, SalePage, SaleSummary, listSales } from '@atelier/client/contract';
import { salesPageSize } from '@atelier/client/contract';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { decodeCursor, encodeCursor } from '../../db/keyset-cursor.ts';
import type { WarrantiesTable } from '../../db/schema.ts';
import { AtelierError } from '../../errors.ts';
import type { Actor } from '../../http/principal.ts';
import { maskEmail } from '../owners/owners.ts';
import { refreshClientSummariesOfPiece } from '../clients/client-summary.ts';
import { appendProvenanceEvent } from '../provenance/events.ts';
import { findRetailer, placeOf } from '../warranties/registration.ts';

export interface SaleDeps {
  db: Db;
  clock: Clock;
}

const msPerHour = 60 * 60 * 1000;
/** The warranty states a void may end: the sale still stands. */
const voidableStatuses: WarrantiesTable['status'][] = ['pending_confirmation', 'active'];

export function saleRows(db: Db, brandId: string) {
  return db
    .selectFrom('warranties as w')
    .innerJoin('items as i', 'i.id', 'w.item_id')
    .innerJoin('models as model', 'model.id', 'i.model_id')
    .innerJoin('owners as owner', 'owner.id', 'w.owner_id')
    .select([
      'w.id',
      'i.serial',
      'model.reference as model_reference',
      'model.name as model_name',
      'w.retailer_id',
      'w.purchase_date',
      'w.activated_at',
      'w.status',
      'w.is_gift',
      'w.covering_item_id',
      'w.voided_at',
      'w.price_currency',
      'w.price_minor_units',
      'owner.email as owner_email',
    ])
    .where('w.brand_id', '=', brandId)
    .where('w.source', '=', 'retailer')
    .where('w.retailer_id', 'is not', null);
}

export type SaleRow = Awaited<ReturnType<ReturnType<typeof saleRows>['executeTakeFirstOrThrow']>>;

function voidDeadline(row: Pick<SaleRow, 'activated_at'>, windowHours: number): Date {
  return new Date(Date.parse(row.activated_at) + windowHours * msPerHour);
}

function isStanding(row: Pick<SaleRow, 'status' | 'covering_item_id'>): boolean {
  return voidableStatuses.includes(row.status) && row.covering_item_id !== null;
}

export function saleSummary(row: SaleRow, windowHours: number, now: Date): SaleSummary {
  const deadline = voidDeadline(row, windowHours);
  const status = row.status === 'void' ? 'voided' : row.status === 'pending_confirmation' ? 'awaiting_confirmation' : 'confirmed';
  return {
    id: row.id,
    serial: row.serial,
    model: { reference: row.model_reference, name: row.model_name },
    retailerId: row.retailer_id ?? '',
    purchaseDate: row.purchase_date,
    registeredAt: row.activated_at,
    status,
    gift: row.is_gift === 1,
    // The owner's address today, masked: what the retailer typed, or less.
    confirmationSentTo: maskEmail(row.owner_email),
    voidableUntil: isStanding(row) && now < deadline ? deadline.toISOString() : null,
    voidedAt: row.voided_at,
    price: row.price_currency === null || row.price_minor_units === null ? null : { currency: row.price_currency, amountMinorUnits: Number(row.price_minor_units) },
  };
}

export async function voidWindowHours(db: Db, brandId: string): Promise<number> {
  const brand = await db.selectFrom('brands').select('sale_void_window_hours').where('id', '=', brandId).executeTakeFirstOrThrow();
  return brand.sale_void_window_hours;
}

/** A page of sales, newest registration first; `retailerScope` (a retailer's caller) overrides any `retailerId` asked for. */
export async function listSalesPage(deps: SaleDeps, brandId: string, query: ParsedQueryOf<typeof listSales>, retailerScope: string | undefined): Promise<SalePage> {
  const { db, clock } = deps;
  if (retailerScope === undefined && query.retailerId !== undefined) await findRetailer(db, brandId, query.retailerId);
  const retailerId = retailerScope ?? query.retailerId;
  let page = saleRows(db, brandId);
  if (retailerId !== undefined) page = page.where('w.retailer_id', '=', retailerId);
  if (query.cursor !== undefined) {
    const [registeredAt, id] = decodeCursor(query.cursor, 2, ([instant]) => !Number.isNaN(Date.parse(instant ?? ''))) as [string, string];
    page = page.where((eb) => eb.or([eb('w.activated_at', '<', registeredAt), eb.and([eb('w.activated_at', '=', registeredAt), eb('w.id', '<', id)])]));
  }
  const [rows, windowHours] = await Promise.all([page.orderBy('w.activated_at', 'desc').orderBy('w.id', 'desc').limit(salesPageSize + 1).execute(), voidWindowHours(db, brandId)]);
  const now = clock.now();
  const sales = rows.slice(0, salesPageSize).map((row) => saleSummary(row, windowHours, now));
  const last = sales.at(-1);
  return { sales, nextCursor: rows.length > salesPageSize && last ? encodeCursor([last.registeredAt, last.id]) : null, voidWindowHours: windowHours };
}

export function unknownSale(): AtelierError {
  return new AtelierError('unknown_sale', 'No sale registered by a retailer has this id.');
}

export interface VoidSaleInput {
  saleId: string;
  reason: string;
  actor: Actor;
  /** A retailer's caller voids its own sales only: another's answers `unknown_sale`, as if none. */
  retailerScope: string | undefined;
}

/** Voids a standing sale within the window, all or nothing; answers the sale as it now stands. */
export async function voidRetailerSale(deps: SaleDeps, brandId: string, input: VoidSaleInput): Promise<SaleSummary> {
  const { db, clock } = deps;
  const now = clock.now();
  const windowHours = await voidWindowHours(db, brandId);
  return db.transaction().execute(async (tx) => {
    let query = saleRows(tx, brandId).where('w.id', '=', input.saleId);
    if (input.retailerScope !== undefined) query = query.where('w.retailer_id', '=', input.retailerScope);
    const sale = await query.executeTakeFirst();
    if (!sale) throw unknownSale();
    if (!isStanding(sale)) throw new AtelierError('sale_not_voidable', 'This sale no longer stands: it was voided already, or the piece changed hands since.');
    if (now >= voidDeadline(sale, windowHours)) {
      throw new AtelierError('void_window_closed', `A sale may be voided within ${windowHours} hours of its registration; ask the brand to correct this one.`);
    }
    const voided = await tx
      .updateTable('warranties')
      .set({ status: 'void', covering_item_id: null, pending_consents: null, voided_at: now.toISOString(), voided_by: `${input.actor.kind}:${input.actor.id}`, void_reason: input.reason })
      .where('id', '=', sale.id)
      .where('status', 'in', voidableStatuses)
      .where('covering_item_id', 'is not', null)
      .executeTakeFirst();
    if (voided.numUpdatedRows === 0n) throw new AtelierError('sale_not_voidable', 'This sale was voided in the meantime.');
    const item = await tx.selectFrom('items').select('id').where('serial', '=', sale.serial).where('brand_id', '=', brandId).executeTakeFirstOrThrow();
    // Back in stock where it was delivered (stock follows from movements and this status); a piece reported stolen since stays so.
    await tx.updateTable('items').set({ status: 'in_stock' }).where('id', '=', item.id).where('status', '=', 'sold').execute();
    // A sale voided as a mistake was never a purchase: its buyer's and owner's figures drop it.
    await refreshClientSummariesOfPiece(tx, brandId, item.id);
    const retailer = await findRetailer(tx, brandId, sale.retailer_id ?? undefined);
    // The reason is the retailer's words, possibly about a person: kept on the warranty, never public.
    await appendProvenanceEvent(tx, { brandId, itemId: item.id, type: 'sale_voided', occurredAt: now.toISOString(), place: placeOf(retailer), details: { source: 'retailer' } }, now);
    return saleSummary({ ...sale, status: 'void', covering_item_id: null, voided_at: now.toISOString() }, windowHours, now);
  });
}
