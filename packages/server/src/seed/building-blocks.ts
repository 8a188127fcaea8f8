/**
 * Inserting a brand's catalogue: shared by the demo seed and the test harness, so tests run
 * against the same shapes the demo shows.
 */
import type { Db } from '../db/database.ts';
import { createBrandSigningKey } from '../features/provenance/signing-keys.ts';
import { generateCardCode, hashCardCode } from '../features/warranties/card-code.ts';
import { hashEvent, normalizeGtin } from '@atelier/client';
import { toUnchainedEvent } from '../features/provenance/public-event.ts';
import { signHead } from '../features/provenance/signing-keys.ts';
import { newId } from '../ids.ts';
import type { ServiceType } from '@atelier/client/contract';
import type { BrandSpec, ModelSpec, RetailerSpec, ServiceCentreSpec } from './demo-catalogue.ts';

/** scrypt runs on libuv's thread pool; this many at once keeps it busy without queueing hundreds. */
const cardCodeHashBatchSize = 16;
/** Rows per INSERT, well under both databases' bound-parameter limits. */
const insertBatchSize = 100;
const millisecondsPerDay = 86_400_000;

export interface SeededModel {
  id: string;
  /** As GS1 Digital Link writes it: 14 digits, the way the resolver compares it. */
  gtin: string;
}

export interface SeededItem {
  id: string;
  serial: string;
  /** The model's, 14 digits. */
  gtin: string;
  cardCode: string;
  modelReference: string;
  manufacturedOn: string;
}

export async function insertBrand(db: Db, brand: BrandSpec, now: Date): Promise<void> {
  await db
    .insertInto('brands')
    .values({
      id: brand.id,
      name: brand.name,
      locales: JSON.stringify(brand.locales),
      warranty_base_months: brand.warrantyBaseMonths,
      warranty_months_added_per_service: brand.warrantyMonthsAddedPerService,
      service_interval_months: brand.serviceIntervalMonths,
      created_at: now.toISOString(),
      provenance_page_url_template: brand.pageUrlTemplates?.provenance ?? null,
      activation_page_url_template: brand.pageUrlTemplates?.activation ?? null,
      repair_page_url_template: brand.pageUrlTemplates?.repair ?? null,
      service_tracker_url: brand.serviceTrackerUrl ?? null,
    })
    .execute();
  // Before any piece: every event is signed from the first one.
  await createBrandSigningKey(db, brand.id, now);
}

/** Where the brand's pieces are made: the place of every `manufactured` event. */
const manufactureCountry = 'CH';
const manufactureCity = 'Genève';

function modelId(brandId: string, reference: string): string {
  return `mdl_${brandId}_${reference.toLowerCase()}`;
}

/** Returns the models by reference. A GTIN with a wrong check digit fails here, before any piece carries it. */
export async function insertModels(db: Db, brandId: string, models: ModelSpec[]): Promise<Map<string, SeededModel>> {
  const seeded = new Map<string, SeededModel>();
  const rows = models.map((model) => {
    const id = modelId(brandId, model.reference);
    seeded.set(model.reference, { id, gtin: normalizeGtin(model.gtin) });
    return { id, brand_id: brandId, reference: model.reference, name: model.name, collection: model.collection, calibre: model.calibre, image_url: null };
  });
  await db.insertInto('models').values(rows).execute();
  return seeded;
}

/**
 * Gives the brand's pieces without a GTIN their model's: a demo database seeded before models had
 * GTINs gets them on the next seed. Pieces that already have one keep it.
 */
export async function fillMissingGtins(db: Db, brandId: string, models: ModelSpec[]): Promise<void> {
  for (const model of models) {
    await db
      .updateTable('items')
      .set({ gtin: normalizeGtin(model.gtin) })
      .where('brand_id', '=', brandId)
      .where('model_id', '=', modelId(brandId, model.reference))
      .where('gtin', 'is', null)
      .execute();
  }
}

export async function insertRetailers(db: Db, brandId: string, retailers: RetailerSpec[]): Promise<void> {
  await db
    .insertInto('retailers')
    .values(retailers.map((r) => ({ id: r.id, brand_id: brandId, name: r.name, country: r.country, city: r.city, shopify_shop: null })))
    .execute();
}

/**
 * Declares the brand's service types not declared yet. One already there keeps its category:
 * staff may have changed it, and seeding again must not undo that.
 */
export async function insertServiceTypes(db: Db, brandId: string, serviceTypes: ServiceType[]): Promise<void> {
  await db
    .insertInto('service_types')
    .values(serviceTypes.map((type) => ({ brand_id: brandId, code: type.code, category: type.category })))
    .onConflict((conflict) => conflict.columns(['brand_id', 'code']).doNothing())
    .execute();
}

/** Inserts the centres and the services they offer; each service must be one of the brand's service types. */
export async function insertServiceCentres(db: Db, brandId: string, centres: ServiceCentreSpec[]): Promise<void> {
  await db
    .insertInto('service_centres')
    .values(
      centres.map((s) => ({
        id: s.id,
        brand_id: brandId,
        name: s.name,
        country: s.country,
        city: s.city,
        address: s.address,
        ...serviceCentreDetails(s),
      })),
    )
    .execute();
  await insertMissingCentreServices(db, brandId, centres);
}

/**
 * Adds the services the centres' specs list and the centres do not offer yet (a demo database
 * seeded before centres had jewellery services gets them). A service already offered keeps its
 * turnaround, which staff may have changed.
 */
export async function insertMissingCentreServices(db: Db, brandId: string, centres: ServiceCentreSpec[]): Promise<void> {
  const rows = centres.flatMap((centre) =>
    Object.entries(centre.turnaroundDaysByService).map(([serviceType, days]) => ({
      service_centre_id: centre.id,
      brand_id: brandId,
      service_type: serviceType,
      standard_turnaround_days: days,
    })),
  );
  if (rows.length === 0) return;
  await db
    .insertInto('centre_services')
    .values(rows)
    .onConflict((conflict) => conflict.columns(['service_centre_id', 'service_type']).doNothing())
    .execute();
}

/** What a centre needs to take bookings and be found, as columns. */
function serviceCentreDetails(centre: ServiceCentreSpec) {
  return {
    time_zone: centre.timeZone,
    opening_hours: JSON.stringify(centre.openingHours),
    mail_in_instructions: centre.mailInInstructions,
    latitude: centre.latitude,
    longitude: centre.longitude,
  };
}

/**
 * Gives the brand's centres not yet placed on the map (a demo database seeded before centres had
 * coordinates, time zones and opening hours) their details. Centres already placed keep theirs.
 */
export async function fillMissingCentreDetails(db: Db, brandId: string, centres: ServiceCentreSpec[]): Promise<void> {
  for (const centre of centres) {
    await db
      .updateTable('service_centres')
      .set(serviceCentreDetails(centre))
      .where('brand_id', '=', brandId)
      .where('id', '=', centre.id)
      .where('latitude', 'is', null)
      .execute();
  }
}

export interface ItemBatchSpec {
  brandId: string;
  /** As insertModels returns them; pieces take the models in turn. */
  models: Map<string, SeededModel>;
  count: number;
  /** Serials are `${serialPrefix}${number}`, numbered from `firstSerialNumber`: deterministic across runs. */
  serialPrefix: string;
  firstSerialNumber: number;
  /** Manufacture dates are spread evenly from this day, one piece every `daysBetweenPieces`. */
  firstManufacturedOn: string;
  daysBetweenPieces: number;
  now: Date;
}

/** Inserts `count` pieces in stock with fresh card codes (hashed) and a `manufactured` provenance event each. */
export async function insertItems(db: Db, spec: ItemBatchSpec): Promise<SeededItem[]> {
  const models = [...spec.models.entries()];
  const firstDay = Date.parse(`${spec.firstManufacturedOn}T00:00:00Z`);
  const items: SeededItem[] = Array.from({ length: spec.count }, (_, index) => {
    const [modelReference, model] = models[index % models.length]!;
    return {
      id: newId('itm'),
      serial: `${spec.serialPrefix}${spec.firstSerialNumber + index}`,
      gtin: model.gtin,
      cardCode: generateCardCode(),
      modelReference,
      manufacturedOn: new Date(firstDay + Math.floor(index * spec.daysBetweenPieces) * millisecondsPerDay).toISOString().slice(0, 10),
    };
  });
  const hashes: string[] = [];
  for (let start = 0; start < items.length; start += cardCodeHashBatchSize) {
    hashes.push(...(await Promise.all(items.slice(start, start + cardCodeHashBatchSize).map((item) => hashCardCode(item.cardCode)))));
  }
  const createdAt = spec.now.toISOString();
  for (let start = 0; start < items.length; start += insertBatchSize) {
    const batch = items.slice(start, start + insertBatchSize);
    await db
      .insertInto('items')
      .values(
        batch.map((item, offset) => ({
          id: item.id,
          brand_id: spec.brandId,
          serial: item.serial,
          gtin: item.gtin,
          model_id: spec.models.get(item.modelReference)!.id,
          manufactured_on: item.manufacturedOn,
          status: 'in_stock' as const,
          card_code_hash: hashes[start + offset]!,
          created_at: createdAt,
        })),
      )
      .execute();
    // Each piece's chain starts here: sequence 1, no previous hash, signed as its head.
    const events = await Promise.all(
      batch.map(async (item) => {
        const columns = { sequence: 1, type: 'manufactured' as const, occurred_at: `${item.manufacturedOn}T00:00:00.000Z`, country: manufactureCountry, city: manufactureCity, details: '{}' };
        const hash = await hashEvent(item.serial, toUnchainedEvent(columns), null);
        const head = await signHead(db, spec.brandId, hash);
        return {
          id: newId('pev'),
          brand_id: spec.brandId,
          item_id: item.id,
          ...columns,
          retailer_id: null,
          recorded_at: createdAt,
          hash,
          previous_hash: null,
          head_signature: head?.signature ?? null,
          head_key_id: head?.keyId ?? null,
        };
      }),
    );
    await db.insertInto('provenance_events').values(events).execute();
  }
  return items;
}

export async function setItemStatus(db: Db, itemId: string, status: 'stolen' | 'destroyed' | 'lost'): Promise<void> {
  await db.updateTable('items').set({ status }).where('id', '=', itemId).execute();
}
