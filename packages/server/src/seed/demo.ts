/**
 * The demo registry: Maison Aubert, 22 models with GTINs, 500 pieces with warranty-card codes, 6 retailers
 * in 4 countries, 13 service types (watch and jewellery), 4 service centres (jewellery in Paris and Tokyo) with drop-off
 * slots for the next four weeks, a publishable key for the demo site and a secret key, the people
 * who sign in to the console (a brand admin, the service desk, customer care, a manager at three
 * retailers), a collector in Tokyo whose piece falls due for service (demo-clients.ts), an owner
 * in Paris who reported her piece lost (demo-lost-piece.ts), and a
 * half of the retailers' sold pieces serviced and rated since (demo-service-history.ts), with
 * prices, charges, the brand's monthly rates and its acquisition spend (demo-money.ts).
 * Re-running changes nothing. Keys, a few serial/card-code pairs and the lost piece are written to
 * `DATA_DIR/demo-credentials.json` for the demo script and the end-to-end test: that file exists
 * for the local demo only.
 */
import { existsSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createApiKey } from '../api-keys.ts';
import type { Db } from '../db/database.ts';
import { generateCardCode, hashCardCode } from '../features/warranties/card-code.ts';
import { newId } from '../ids.ts';
import {
  fillMissingCentreDetails,
  fillMissingGtins,
  insertBrand,
  insertItems,
  insertMissingCentreServices,
  insertModels,
  insertRetailers,
  insertServiceCentres,
  insertServiceTypes,
  setItemStatus,
  type SeededItem,
} from './building-blocks.ts';
import { refreshClientSummariesOfPiece } from '../features/clients/client-summary.ts';
import { appendProvenanceEvent } from '../features/provenance/events.ts';
import { insertDropOffSlots } from './drop-off-slots.ts';
import { normalizeEmail } from '../email-address.ts';
import { insertPerson } from '../features/people/people.ts';
import { putCareRule } from '../features/care/care-rules.ts';
import { sweepCareReminders } from '../features/care/care-sweep.ts';
import { insertMissingDemoBrandMessages } from './demo-brand-messages.ts';
import { brandSitePageTemplates, brandSiteServiceTrackerUrl, demoBrand, demoCareRules, demoConsolePeople, demoModels, demoRetailers, demoServiceCentres, demoServiceTypes, demoSiteOrigins } from './demo-catalogue.ts';
import { insertDemoStock } from './demo-stock.ts';
import { insertDemoSales } from './demo-sales.ts';
import { demoCollector, insertMissingDemoCollector } from './demo-clients.ts';
import { demoLostPieceOwner, findDemoLostPiece, insertMissingDemoLostPiece, type DemoLostPiece } from './demo-lost-piece.ts';
import { insertMissingDemoServiceHistory } from './demo-service-history.ts';
import { insertMissingDemoMoney } from './demo-money.ts';

const demoPieceCount = 500;
const samplePieceCount = 5;
/** When the seed's already-covered piece was sold, at the first retailer. */
const coveredPieceSoldOn = '2025-09-14';
export const demoCredentialsFileName = 'demo-credentials.json';

export interface DemoPiece {
  serial: string;
  cardCode: string;
  model: string;
}

export interface DemoCredentials {
  notice: string;
  brandId: string;
  publishableKey: string;
  secretKey: string;
  /** One key per demo retailer (`rk_…`): what its point of sale or Shopify shop connects with. Absent from files written before retailer keys. */
  retailerKeys?: DemoRetailerKey[];
  allowedOrigins: string[];
  /** Pieces in stock, ready to activate. */
  samplePieces: DemoPiece[];
  /** Pieces in states the demo shows off: refused activations and a piece already covered. */
  specialPieces: { stolen: string; destroyed: string; alreadyCovered: string };
  /** Who signs in to the console, by e-mailed link. Absent from files written before the console. */
  consolePeople?: DemoConsolePerson[];
  /** The piece Élise Fontaine reported lost, and how to sign in as her (demo-lost-piece.ts). Absent when the registry had no piece for her. */
  lostPiece?: DemoLostPiece;
}

export interface DemoConsolePerson {
  email: string;
  /** `admin`, `serviceDesk`, `manager`… */
  role: string;
  /** The retailer a retailer role works for. */
  retailerName?: string;
}

const consolePeople: DemoConsolePerson[] = demoConsolePeople.map((person) => {
  const retailer = demoRetailers.find((r) => r.id === person.retailerId);
  return { email: person.email, role: person.role, ...(retailer ? { retailerName: retailer.name } : {}) };
});

/** The demo's care rules that are missing (all of them the first time): a rule changed in the console stays as changed. */
async function insertMissingDemoCareRules(db: Db, now: Date): Promise<void> {
  for (const { key, rule } of demoCareRules) {
    const exists = await db.selectFrom('care_rules').select('scope').where('brand_id', '=', demoBrand.id).where('scope', '=', key.scope).where('scope_key', '=', key.key).executeTakeFirst();
    if (!exists) await putCareRule(db, { now: () => now }, demoBrand.id, key, rule);
  }
}

/** The demo's collector in Tokyo (demo-clients.ts), bought at Ginza Tokeiten, unless already there. */
async function insertMissingCollector(db: Db, now: Date): Promise<void> {
  const retailer = demoRetailers.find((each) => each.id === demoCollector.retailerId)!;
  await insertMissingDemoCollector(db, { brandId: demoBrand.id, retailer, serviceIntervalMonths: demoBrand.serviceIntervalMonths, warrantyBaseMonths: demoBrand.warrantyBaseMonths, now });
}

/** The demo's owner in Paris whose piece is reported lost (demo-lost-piece.ts), unless already there. */
async function insertMissingLostPiece(db: Db, now: Date): Promise<void> {
  const retailer = demoRetailers.find((each) => each.id === demoLostPieceOwner.retailerId)!;
  await insertMissingDemoLostPiece(db, { brandId: demoBrand.id, retailer, warrantyBaseMonths: demoBrand.warrantyBaseMonths, now });
}

/** The demo's console people that are missing (all of them the first time): re-running adds nobody twice. */
const demoServiceHistoryOptions = (now: Date) => ({ brandId: demoBrand.id, retailers: demoRetailers, centres: demoServiceCentres, now });

async function insertMissingDemoPeople(db: Db, now: Date): Promise<void> {
  for (const person of demoConsolePeople) {
    const exists = await db
      .selectFrom('people')
      .select('id')
      .where('brand_id', '=', demoBrand.id)
      .where('email_normalized', '=', normalizeEmail(person.email))
      .executeTakeFirst();
    // Deactivated or given another role in the console meanwhile: theirs to keep.
    if (exists) continue;
    await insertPerson(db, {
      brandId: demoBrand.id,
      retailerId: person.retailerId ?? null,
      email: person.email,
      displayName: person.displayName,
      role: person.role,
      status: 'active',
      invitedBy: null,
      now,
    });
  }
}

export interface DemoRetailerKey {
  retailerId: string;
  retailerName: string;
  key: string;
}

interface DemoKeys {
  publishable: string;
  secret: string;
  retailers: DemoRetailerKey[];
}

export interface DemoSeedResult {
  /** False when the demo brand was already there. */
  created: boolean;
  credentials: DemoCredentials;
  credentialsFile: string;
}

const credentialsNotice = 'Local demo only: these keys and card codes open the demo registry. Never commit or ship this file.';

async function writeCredentials(file: string, credentials: DemoCredentials): Promise<void> {
  await writeFile(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
}

function demoPiece(serial: string, cardCode: string, modelReference: string): DemoPiece {
  const model = demoModels.find((m) => m.reference === modelReference);
  return { serial, cardCode, model: model ? `${model.name} (${model.reference})` : modelReference };
}

function demoCredentials(
  keys: DemoKeys,
  origins: string[],
  samplePieces: DemoPiece[],
  specialPieces: DemoCredentials['specialPieces'],
): DemoCredentials {
  return {
    notice: credentialsNotice,
    brandId: demoBrand.id,
    publishableKey: keys.publishable,
    secretKey: keys.secret,
    retailerKeys: keys.retailers,
    allowedOrigins: origins,
    samplePieces,
    specialPieces,
    consolePeople,
  };
}

/** `credentials` naming `lostPiece` as the registry now holds it (none when it holds none). */
function withLostPiece(credentials: DemoCredentials, lostPiece: DemoLostPiece | null): DemoCredentials {
  const { lostPiece: _written, ...rest } = credentials;
  return lostPiece ? { ...rest, lostPiece } : rest;
}

/** A piece sold in Paris in 2025, confirmed by its owner: activation of it answers `already_activated`. */
async function insertCoveredPiece(db: Db, item: SeededItem, now: Date): Promise<void> {
  const ownerId = newId('own');
  const createdAt = now.toISOString();
  const purchaseDate = coveredPieceSoldOn;
  const retailer = demoRetailers[0]!;
  await db
    .insertInto('owners')
    .values({
      id: ownerId,
      brand_id: demoBrand.id,
      name: 'Hélène Marchand',
      email: 'helene.marchand@example.com',
      email_normalized: 'helene.marchand@example.com',
      country: 'FR',
      language: 'fr',
      customer_type: 'retail',
      created_at: createdAt,
    })
    .execute();
  await db
    .insertInto('consents')
    .values([
      { id: newId('cns'), owner_id: ownerId, channel: 'email', purpose: 'service', granted: 1, recorded_at: '2025-09-14T15:12:00.000Z', source: 'demo_seed' },
      { id: newId('cns'), owner_id: ownerId, channel: 'email', purpose: 'marketing', granted: 0, recorded_at: '2025-09-14T15:12:00.000Z', source: 'demo_seed' },
    ])
    .execute();
  await db
    .insertInto('warranties')
    .values({
      id: newId('wty'),
      brand_id: demoBrand.id,
      item_id: item.id,
      owner_id: ownerId,
      buyer_id: ownerId,
      retailer_id: retailer.id,
      purchase_date: purchaseDate,
      coverage_end: '2027-09-14',
      status: 'active',
      is_gift: 0,
      source: 'retailer',
      activated_at: '2025-09-14T15:12:00.000Z',
      confirmed_at: '2025-09-14T18:40:00.000Z',
      covering_item_id: item.id,
    })
    .execute();
  await db.updateTable('items').set({ status: 'sold' }).where('id', '=', item.id).execute();
  await refreshClientSummariesOfPiece(db, demoBrand.id, item.id);
  for (const type of ['sold', 'warranty_activated'] as const) {
    await appendProvenanceEvent(
      db,
      {
        brandId: demoBrand.id,
        itemId: item.id,
        type,
        occurredAt: `${purchaseDate}T15:12:00.000Z`,
        place: { retailerId: retailer.id, country: retailer.country, city: retailer.city },
        details: {},
      },
      now,
    );
  }
}

async function createDemoKeys(db: Db, origins: string[], now: Date): Promise<DemoKeys> {
  const publishable = await createApiKey(db, { brandId: demoBrand.id, kind: 'publishable', allowedOrigins: origins, label: 'demo brand site', now });
  const secret = await createApiKey(db, { brandId: demoBrand.id, kind: 'secret', label: 'demo back office', now });
  const retailers: DemoRetailerKey[] = [];
  for (const retailer of demoRetailers) {
    const created = await createApiKey(db, { brandId: demoBrand.id, kind: 'retailer', retailerId: retailer.id, label: `demo ${retailer.name}`, now });
    retailers.push({ retailerId: retailer.id, retailerName: retailer.name, key: created.key });
  }
  return { publishable: publishable.key, secret: secret.key, retailers };
}

/**
 * The brand exists but its credentials file is gone: the old keys and sample codes cannot be
 * shown again (only hashes are stored), so new demo keys are issued and the sample pieces get
 * new card codes.
 */
async function reissueCredentials(db: Db, origins: string[], now: Date): Promise<DemoCredentials> {
  await db.updateTable('api_keys').set({ revoked_at: now.toISOString() }).where('brand_id', '=', demoBrand.id).where('revoked_at', 'is', null).execute();
  const keys = await createDemoKeys(db, origins, now);
  const rows = await db
    .selectFrom('items')
    .innerJoin('models', 'models.id', 'items.model_id')
    .select(['items.id', 'items.serial', 'models.reference'])
    .where('items.brand_id', '=', demoBrand.id)
    .where('items.status', '=', 'in_stock')
    .orderBy('items.serial')
    .limit(samplePieceCount)
    .execute();
  const samplePieces: DemoPiece[] = [];
  for (const row of rows) {
    const cardCode = generateCardCode();
    await db.updateTable('items').set({ card_code_hash: await hashCardCode(cardCode) }).where('id', '=', row.id).execute();
    samplePieces.push(demoPiece(row.serial, cardCode, row.reference));
  }
  const special = await db.selectFrom('items').select(['serial', 'status']).where('brand_id', '=', demoBrand.id).where('status', 'in', ['stolen', 'destroyed', 'sold']).execute();
  const serialWith = (status: string) => special.find((row) => row.status === status)?.serial ?? '';
  return demoCredentials(keys, origins, samplePieces, { stolen: serialWith('stolen'), destroyed: serialWith('destroyed'), alreadyCovered: serialWith('sold') });
}

export async function seedDemo(db: Db, options: { dataDir: string; origins?: string[] | undefined; now: Date }): Promise<DemoSeedResult> {
  const origins = options.origins ?? demoSiteOrigins;
  const credentialsFile = join(options.dataDir, demoCredentialsFileName);
  await mkdir(options.dataDir, { recursive: true });
  const existing = await db.selectFrom('brands').select('id').where('id', '=', demoBrand.id).executeTakeFirst();
  if (existing) {
    await fillMissingGtins(db, demoBrand.id, demoModels);
    await fillMissingCentreDetails(db, demoBrand.id, demoServiceCentres);
    await insertServiceTypes(db, demoBrand.id, demoServiceTypes);
    await insertMissingCentreServices(db, demoBrand.id, demoServiceCentres);
    // The weeks ahead move with the clock: a later run adds the days it now reaches.
    await insertDropOffSlots(db, demoBrand.id, demoServiceCentres, options.now);
    await insertMissingDemoPeople(db, options.now);
    await insertMissingDemoCareRules(db, options.now);
    await insertMissingCollector(db, options.now);
    await insertMissingDemoServiceHistory(db, demoServiceHistoryOptions(options.now));
    await insertMissingDemoMoney(db, { brandId: demoBrand.id, retailers: demoRetailers, now: options.now });
    await sweepCareReminders(db, { now: () => options.now }, demoBrand.id);
    await insertMissingDemoBrandMessages(db, demoBrand.id, options.now);
    await insertMissingLostPiece(db, options.now);
    if (existsSync(credentialsFile)) {
      const written = JSON.parse(await readFile(credentialsFile, 'utf8')) as DemoCredentials;
      // Written before the console or the lost piece: what the registry can tell again is added.
      const credentials = withLostPiece({ ...written, consolePeople: written.consolePeople ?? consolePeople }, await findDemoLostPiece(db, demoBrand.id));
      if (!isDeepStrictEqual(credentials, written)) await writeCredentials(credentialsFile, credentials);
      return { created: false, credentials, credentialsFile };
    }
    const credentials = withLostPiece(await reissueCredentials(db, origins, options.now), await findDemoLostPiece(db, demoBrand.id));
    await writeCredentials(credentialsFile, credentials);
    return { created: false, credentials, credentialsFile };
  }

  const credentials = await db.transaction().execute(async (trx) => {
    // The demo site's first origin serves the pages the Digital Link resolver sends browsers to.
    const siteUrl = origins[0] ?? demoSiteOrigins[0]!;
    await insertBrand(trx, { ...demoBrand, pageUrlTemplates: brandSitePageTemplates(siteUrl), serviceTrackerUrl: brandSiteServiceTrackerUrl(siteUrl) }, options.now);
    const models = await insertModels(trx, demoBrand.id, demoModels);
    await insertRetailers(trx, demoBrand.id, demoRetailers);
    await insertServiceTypes(trx, demoBrand.id, demoServiceTypes);
    await insertServiceCentres(trx, demoBrand.id, demoServiceCentres);
    await insertDropOffSlots(trx, demoBrand.id, demoServiceCentres, options.now);
    const items = await insertItems(trx, {
      brandId: demoBrand.id,
      models,
      count: demoPieceCount,
      serialPrefix: 'MA-',
      firstSerialNumber: 240001,
      firstManufacturedOn: '2023-03-01',
      daysBetweenPieces: 1.5,
      now: options.now,
    });
    const [stolen, destroyed, covered] = items.slice(-3) as [SeededItem, SeededItem, SeededItem];
    await setItemStatus(trx, stolen.id, 'stolen');
    await appendProvenanceEvent(
      trx,
      { brandId: demoBrand.id, itemId: stolen.id, type: 'reported_stolen', occurredAt: '2026-02-03T09:00:00.000Z', place: { retailerId: null, country: 'CH', city: 'Genève' }, details: {} },
      options.now,
    );
    await setItemStatus(trx, destroyed.id, 'destroyed');
    await insertCoveredPiece(trx, covered, options.now);
    await insertDemoStock(trx, {
      brandId: demoBrand.id,
      retailers: demoRetailers,
      // Not the sample pieces the banner offers for activation: they stay with the brand.
      pieces: items.slice(samplePieceCount, -3),
      soldAtFirst: covered,
      soldOn: coveredPieceSoldOn,
      now: options.now,
    });
    await insertDemoSales(trx, { brandId: demoBrand.id, retailers: demoRetailers, warrantyBaseMonths: demoBrand.warrantyBaseMonths, now: options.now });
    await insertMissingCollector(trx, options.now);
    await insertMissingDemoServiceHistory(trx, demoServiceHistoryOptions(options.now));
    await insertMissingDemoMoney(trx, { brandId: demoBrand.id, retailers: demoRetailers, now: options.now });
    const keys = await createDemoKeys(trx, origins, options.now);
    await insertMissingDemoPeople(trx, options.now);
    await insertMissingDemoCareRules(trx, options.now);
    await insertMissingDemoBrandMessages(trx, demoBrand.id, options.now);
    const samplePieces = items.slice(0, samplePieceCount).map((item) => demoPiece(item.serial, item.cardCode, item.modelReference));
    return demoCredentials(keys, origins, samplePieces, { stolen: stolen.serial, destroyed: destroyed.serial, alreadyCovered: covered.serial });
  });
  // Reported lost by the owner space's own rule, which runs its own transaction: after the registry's.
  await insertMissingLostPiece(db, options.now);
  // The concierge's drafts whose time has come (the Navigatrice's yearly checks), so customer care's queue shows some.
  await sweepCareReminders(db, { now: () => options.now }, demoBrand.id);
  const withLost = withLostPiece(credentials, await findDemoLostPiece(db, demoBrand.id));
  await writeCredentials(credentialsFile, withLost);
  return { created: true, credentials: withLost, credentialsFile };
}
