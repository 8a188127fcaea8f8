/** The demo seed: what `pnpm demo` shows must be there, once, with working card codes. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { migrateToLatest, openDatabase, type Db } from '../db/database.ts';
import { verifyCardCode } from '../features/warranties/card-code.ts';
import { createTestDatabase } from '../testing/postgres.ts';
import { describeEachDatabase } from '../testing/harness.ts';
import { normalizeGtin } from '@atelier/client';
import { hashApiKey } from '../api-keys.ts';
import { demoBrand, demoCareRules, demoConsolePeople, demoModels, demoRetailers, demoServiceCentres, demoServiceTypes } from './demo-catalogue.ts';
import { seedDemo, type DemoSeedResult } from './demo.ts';
import { fixedClock } from '../clock.ts';
import { listStockPage, stockAlerts } from '../features/stock/service.ts';
import { retailerBenchmarks } from '../features/retailer-benchmarks/service.ts';
import { dropOffSlotDaysAhead } from './drop-off-slots.ts';
import { countSegment, listSegmentMembers } from '../features/segments/service.ts';
import { cohortRetention } from '../features/insight-figures/retention.ts';
import { csatFigures } from '../features/insight-figures/csat.ts';
import { registrationRates } from '../features/insight-figures/registration-rates.ts';
import { clvBySegment } from '../features/insight-figures/clv.ts';
import { acquisitionCost } from '../features/insight-figures/acquisition-cost.ts';
import { demoCollector } from './demo-clients.ts';
import { demoLostPieceOwner } from './demo-lost-piece.ts';
import { listMyPieces } from '../features/owner-space/my-pieces.ts';
import { loadProvenanceRecord } from '../features/provenance/record.ts';
import { addMonthsToDate } from '../features/shared/calendar.ts';
import type { SegmentClause } from '@atelier/client/contract';

const now = new Date('2026-11-25T10:00:00.000Z');
const millisecondsPerDay = 86_400_000;

/**
 * Slots seeded at `now` (a Wednesday) for the 28 days from 26 November to 23 December, counted by
 * hand: open days in those four weeks × the centre's start times.
 */
const expectedSlotsByCentre = {
  svc_paris: 4 * 5 * 5, // Tuesday to Saturday, five start times
  svc_geneve: 4 * 5 * 4, // Monday to Friday, four
  svc_tokyo: 4 * 6 * 4, // Tuesday to Sunday, four
  svc_new_york: 4 * 6 * 4, // Monday to Saturday, four
};
const expectedSlotCount = Object.values(expectedSlotsByCentre).reduce((sum, slots) => sum + slots, 0);

async function count(
  db: Db,
  table: 'models' | 'items' | 'retailers' | 'service_centres' | 'service_types' | 'centre_services' | 'api_keys' | 'warranties' | 'owners' | 'drop_off_slots' | 'people' | 'care_rules' | 'care_reminders' | 'invitations' | 'invitation_guests' | 'brand_news' | 'repair_orders',
): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return Number(row.count);
}

describeEachDatabase('the demo seed', (database) => {
  let db: Db;
  let dropDatabase: (() => Promise<void>) | undefined;
  let dataDir: string;
  let first: DemoSeedResult;
  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'atelier-seed-'));
    if (database === 'postgres') {
      const created = await createTestDatabase();
      db = openDatabase({ databaseUrl: created.url });
      dropDatabase = created.drop;
    } else {
      db = openDatabase({ dataDir: ':memory:' });
    }
    await migrateToLatest(db);
    first = await seedDemo(db, { dataDir, now });
  });
  after(async () => {
    await db.destroy();
    await dropDatabase?.();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates the catalogue the brief asks for', async () => {
    assert.equal(first.created, true);
    assert.ok((await count(db, 'models')) >= 20);
    assert.equal(await count(db, 'items'), 500);
    assert.equal(await count(db, 'service_centres'), 4);
    const retailers = await db.selectFrom('retailers').select('country').execute();
    assert.equal(retailers.length, 6);
    assert.equal(new Set(retailers.map((r) => r.country)).size, 4);
  });

  it('gives every retailer stock of every age, aged pieces to alert on, and no sale by a retailer that never received the piece', async () => {
    const deps = { db, clock: fixedClock(now) };
    const page = await listStockPage(deps, demoBrand.id, {}, undefined);
    const retailersWithStock = new Set(page.counts.map((count) => count.retailerId));
    assert.deepEqual([...retailersWithStock].sort(), demoRetailers.map((retailer) => retailer.id).sort());
    const ages = page.pieces.map((piece) => piece.daysInStock);
    assert.ok(Math.min(...ages) < 30 && Math.max(...ages) > 365, `ages from ${Math.min(...ages)} to ${Math.max(...ages)} days`);
    const samples = new Set(first.credentials.samplePieces.map((piece) => piece.serial));
    assert.ok(page.pieces.every((piece) => !samples.has(piece.serial)), 'the pieces offered for activation stay with the brand');
    const alerts = await stockAlerts(deps, demoBrand.id);
    assert.ok(alerts.agedStock.length > 0);
    assert.deepEqual(alerts.unreceivedSales, []);
  });

  it('gives every retailer sales to measure against the network: days in stock, buyers confirming, and some who did not', async () => {
    const deps = { db, clock: fixedClock(now) };
    const sellThrough: (number | null)[] = [];
    for (const retailer of demoRetailers) {
      const { figures } = await retailerBenchmarks(deps, demoBrand.id, {}, retailer.id);
      const byId = Object.fromEntries(figures.map((figure) => [figure.id, figure]));
      assert.ok(byId['sellThroughDays']!.sampleSize > 0, `${retailer.id} sold pieces in the year`);
      assert.ok(byId['registrationRate']!.retailer! > 0.5 && byId['registrationRate']!.retailer! <= 1, `${retailer.id}: most buyers confirmed`);
      sellThrough.push(byId['sellThroughDays']!.retailer);
    }
    assert.ok(new Set(sellThrough).size > 1, 'boutiques sell at different paces');
    const rates = await Promise.all(demoRetailers.map(async (retailer) => (await retailerBenchmarks(deps, demoBrand.id, {}, retailer.id)).figures[1]!.retailer));
    assert.ok(rates.some((rate) => rate !== null && rate < 1), 'some buyers never confirmed');
  });

  it('stores card codes hashed, and the printed codes open their pieces', async () => {
    for (const piece of first.credentials.samplePieces) {
      const item = await db.selectFrom('items').select(['card_code_hash', 'status']).where('serial', '=', piece.serial).executeTakeFirstOrThrow();
      assert.ok(!item.card_code_hash.includes(piece.cardCode));
      assert.equal(await verifyCardCode(piece.cardCode, item.card_code_hash), true);
      assert.equal(item.status, 'in_stock');
    }
  });

  it('binds the publishable key to the demo site and keeps the credentials file private', async () => {
    assert.deepEqual(first.credentials.allowedOrigins, ['http://localhost:5173', 'http://127.0.0.1:5173']);
    assert.match(first.credentials.publishableKey, /^pk_/);
    assert.match(first.credentials.secretKey, /^sk_/);
    assert.equal(statSync(first.credentialsFile).mode & 0o077, 0);
  });

  it('gives each demo retailer a key of its own, stored for that retailer', async () => {
    const retailerKeys = first.credentials.retailerKeys ?? [];
    assert.deepEqual(retailerKeys.map((k) => k.retailerId), demoRetailers.map((r) => r.id));
    for (const { retailerId, key } of retailerKeys) {
      assert.match(key, /^rk_/);
      const row = await db.selectFrom('api_keys').select(['kind', 'retailer_id']).where('key_hash', '=', hashApiKey(key)).executeTakeFirstOrThrow();
      assert.deepEqual({ ...row }, { kind: 'retailer', retailer_id: retailerId });
    }
  });

  it('adds the people who sign in to the console: a brand admin, customer care, the service desk and a manager at three retailers', async () => {
    const people = await db.selectFrom('people').select(['email', 'role', 'retailer_id', 'status']).where('brand_id', '=', demoBrand.id).orderBy('email').execute();
    assert.deepEqual(
      people.map((person) => ({ ...person })),
      [
        { email: 'admin@maison-aubert.example', role: 'admin', retailer_id: null, status: 'active' },
        { email: 'care@maison-aubert.example', role: 'concierge', retailer_id: null, status: 'active' },
        { email: 'desk@maison-aubert.example', role: 'serviceDesk', retailer_id: null, status: 'active' },
        { email: 'manager@bijouterie-lumiere.example', role: 'manager', retailer_id: 'rtl_bijouterie_lumiere', status: 'active' },
        { email: 'manager@ginza-tokeiten.example', role: 'manager', retailer_id: 'rtl_ginza_tokeiten', status: 'active' },
        { email: 'manager@horlogerie-du-rhone.example', role: 'manager', retailer_id: 'rtl_horlogerie_du_rhone', status: 'active' },
      ],
    );
    assert.deepEqual(
      first.credentials.consolePeople?.map((person) => person.email).sort(),
      people.map((person) => person.email),
      'the credentials file names them for the demo banner',
    );
  });

  it('holds a collector in Japan whose piece falls due for service within 90 days, bought at Ginza Tokeiten, who said yes to marketing', async () => {
    const segmentDeps = { db, clock: fixedClock(now) };
    const inJapan: SegmentClause[] = [
      { kind: 'customerType', in: ['collector'] },
      { kind: 'country', in: ['JP'] },
    ];
    const collectorsInJapanDueForCare: SegmentClause = { kind: 'all', of: [...inJapan, { kind: 'serviceDue', withinDays: 90 }] };
    const { people } = await listSegmentMembers(segmentDeps, demoBrand.id, { filter: collectorsInJapanDueForCare });
    assert.deepEqual(people.map((person) => person.email), [demoCollector.email]);
    // Due 45 days from the seed's day: not within 30.
    assert.equal((await countSegment(segmentDeps, demoBrand.id, { filter: { kind: 'all', of: [...inJapan, { kind: 'serviceDue', withinDays: 30 }] } })).count, 0);
    const forMarketing: SegmentClause = { kind: 'all', of: [collectorsInJapanDueForCare, { kind: 'consent', channel: 'email', purpose: 'marketing', granted: true }] };
    assert.equal((await countSegment(segmentDeps, demoBrand.id, { filter: forMarketing })).count, 1);
    const warranties = await db.selectFrom('warranties').select(['retailer_id', 'purchase_date', 'confirmed_at']).where('owner_id', '=', people[0]!.id).orderBy('purchase_date').execute();
    assert.deepEqual(
      warranties.map((warranty) => [warranty.retailer_id, warranty.purchase_date, warranty.confirmed_at !== null]),
      [
        ['rtl_ginza_tokeiten', '2024-01-09', true],
        ['rtl_ginza_tokeiten', '2026-03-25', true],
      ],
    );
  });

  it('holds an owner in Paris whose piece is reported lost, after the sale, confirmation and consents a real one has', async () => {
    const owner = await db.selectFrom('owners').select('id').where('email_normalized', '=', demoLostPieceOwner.email).executeTakeFirstOrThrow();
    const pieces = await listMyPieces({ db, clock: fixedClock(now), publicUrl: 'http://localhost:5173/' }, { ownerId: owner.id, brandId: demoBrand.id });
    assert.equal(pieces.length, 1, 'her owner space shows the piece');
    const [piece] = pieces;
    assert.equal(piece!.status, 'lost');
    assert.equal(piece!.warranty.status, 'active', 'her warranty still covers it, should it be found');
    assert.equal(piece!.purchaseDate, '2025-09-25', 'bought fourteen months before the seed');
    assert.equal(piece!.retailerOfRecord?.name, 'Boutique Maison Aubert Place Vendôme');
    const record = await loadProvenanceRecord(db, demoBrand.id, piece!.serial);
    assert.equal(record.status, 'lost', 'a buyer checking the serial is told');
    assert.deepEqual(record.events.map((event) => event.type), ['manufactured', 'sold', 'warranty_activated']);
    const consents = await db.selectFrom('consents').select(['purpose', 'granted']).where('owner_id', '=', owner.id).orderBy('purpose').execute();
    assert.deepEqual(consents.map((row) => `${row.purpose}:${Number(row.granted)}`), ['marketing:0', 'service:1']);
    const delivered = await db.selectFrom('stock_movements').innerJoin('items', 'items.id', 'stock_movements.item_id').select('stock_movements.retailer_id').where('items.serial', '=', piece!.serial).execute();
    assert.deepEqual(delivered.map((row) => row.retailer_id), [demoLostPieceOwner.retailerId], 'delivered to the boutique before it sold');
  });

  it('extends the warranty of every piece it gives a service by the brand’s months, as a real return does, and says so in its history', async () => {
    const brand = await db.selectFrom('brands').select(['warranty_base_months', 'warranty_months_added_per_service']).where('id', '=', demoBrand.id).executeTakeFirstOrThrow();
    const serviced = await db
      .selectFrom('repair_orders as r')
      .innerJoin('warranties as w', (join) => join.onRef('w.item_id', '=', 'r.item_id').on('w.status', '=', 'active'))
      .innerJoin('items as i', 'i.id', 'r.item_id')
      .select(['w.id as warrantyId', 'w.purchase_date', 'w.coverage_end', 'i.serial'])
      .where('r.brand_id', '=', demoBrand.id)
      .where('r.status', '=', 'returned')
      .execute();
    assert.ok(serviced.length > 0, 'the demo has serviced pieces');
    for (const piece of serviced) {
      const extensions = await db.selectFrom('warranty_extensions').select(['reason', 'months']).where('warranty_id', '=', piece.warrantyId).execute();
      assert.deepEqual(extensions.map((row) => `${row.reason}:${Number(row.months)}`), [`service:${brand.warranty_months_added_per_service}`], `${piece.serial}'s service extended its warranty`);
      assert.equal(piece.coverage_end, addMonthsToDate(piece.purchase_date, brand.warranty_base_months + brand.warranty_months_added_per_service), `${piece.serial} is covered the service's months longer`);
      const record = await loadProvenanceRecord(db, demoBrand.id, piece.serial);
      const service = record.events.find((event) => event.type === 'serviced');
      assert.equal((service?.details as { coverageEnd?: string } | undefined)?.coverageEnd, piece.coverage_end, `${piece.serial}'s history says until when`);
    }
  });

  it('names the lost piece and its owner in the credentials file, also in a file written before her', async () => {
    const lost = await db.selectFrom('items').select('serial').where('status', '=', 'lost').execute();
    assert.deepEqual(lost.map((row) => row.serial), ['MA-240496'], 'the serial the README names');
    const expected = { serial: 'MA-240496', ownerName: 'Élise Fontaine', ownerEmail: 'elise.fontaine@example.fr' };
    const fileOf = () => JSON.parse(readFileSync(first.credentialsFile, 'utf8')) as Record<string, unknown>;
    assert.deepEqual(first.credentials.lostPiece, expected);
    assert.deepEqual(fileOf()['lostPiece'], expected, 'a person trying the demo finds it in the file');

    const { lostPiece: _named, ...before } = fileOf();
    writeFileSync(first.credentialsFile, JSON.stringify(before), { mode: 0o600 });
    const again = await seedDemo(db, { dataDir, now });
    assert.deepEqual(again.credentials.lostPiece, expected);
    assert.deepEqual(fileOf(), { ...before, lostPiece: expected }, 'added, the keys and codes as they were');
  });

  it('puts pieces in the special states the demo shows', async () => {
    const statusOf = async (serial: string) => (await db.selectFrom('items').select('status').where('serial', '=', serial).executeTakeFirstOrThrow()).status;
    const { stolen, destroyed, alreadyCovered } = first.credentials.specialPieces;
    assert.equal(await statusOf(stolen), 'stolen');
    assert.equal(await statusOf(destroyed), 'destroyed');
    const warranty = await db
      .selectFrom('warranties')
      .innerJoin('items', 'items.id', 'warranties.item_id')
      .select(['warranties.status', 'warranties.covering_item_id'])
      .where('items.serial', '=', alreadyCovered)
      .executeTakeFirstOrThrow();
    assert.equal(warranty.status, 'active');
    assert.ok(warranty.covering_item_id);
  });

  it("gives every piece its model's GTIN, one valid GTIN per model, under GS1's example prefix", async () => {
    const pieces = await db.selectFrom('items').innerJoin('models', 'models.id', 'items.model_id').select(['items.gtin', 'models.reference']).execute();
    const gtinByModel = new Map<string, Set<string | null>>();
    for (const piece of pieces) gtinByModel.set(piece.reference, (gtinByModel.get(piece.reference) ?? new Set()).add(piece.gtin));
    assert.equal(gtinByModel.size, demoModels.length);
    for (const model of demoModels) {
      assert.deepEqual([...(gtinByModel.get(model.reference) ?? [])], [normalizeGtin(model.gtin)], model.reference);
      assert.match(model.gtin, /^9506000\d{6}$/, `${model.reference}: a GTIN-13 under the demonstration prefix`);
    }
    assert.equal(new Set(demoModels.map((model) => model.gtin)).size, demoModels.length, 'no two models share a GTIN');
  });

  it('gives GTINs to the pieces of a demo database seeded before pieces had them', async () => {
    const sample = first.credentials.samplePieces[0]!.serial;
    const gtinOf = async () => (await db.selectFrom('items').select('gtin').where('serial', '=', sample).executeTakeFirstOrThrow()).gtin;
    const gtin = await gtinOf();
    await db.updateTable('items').set({ gtin: null }).execute();
    await seedDemo(db, { dataDir, now });
    assert.equal(await gtinOf(), gtin);
    const withoutGtin = await db.selectFrom('items').select('id').where('gtin', 'is', null).execute();
    assert.equal(withoutGtin.length, 0);
  });

  it('gives each centre its time zone, opening hours, mail-in instructions and place on the map', async () => {
    const centres = await db.selectFrom('service_centres').select(['id', 'time_zone', 'opening_hours', 'mail_in_instructions', 'latitude', 'longitude']).orderBy('id').execute();
    assert.deepEqual(
      centres.map((centre) => [centre.id, centre.time_zone]),
      [
        ['svc_geneve', 'Europe/Zurich'],
        ['svc_new_york', 'America/New_York'],
        ['svc_paris', 'Europe/Paris'],
        ['svc_tokyo', 'Asia/Tokyo'],
      ],
    );
    for (const centre of centres) {
      const hours = JSON.parse(centre.opening_hours) as { day: string }[];
      assert.ok(hours.length >= 5, `${centre.id} opens on most days`);
      assert.match(centre.mail_in_instructions, /tracking code/);
      assert.ok(Math.abs(centre.latitude ?? 0) > 30 && centre.longitude !== null, `${centre.id} is placed`);
    }
    const paris = centres.find((centre) => centre.id === 'svc_paris')!;
    assert.deepEqual(JSON.parse(paris.opening_hours).slice(0, 2), [
      { day: 'tuesday', opens: '10:00', closes: '13:00' },
      { day: 'tuesday', opens: '14:00', closes: '19:00' },
    ]);
  });

  it('opens boutique drop-off slots for the four weeks after the seed, at local times on open days only', async () => {
    const slots = await db.selectFrom('drop_off_slots').select(['service_centre_id', 'starts_at', 'ends_at', 'capacity', 'booked']).execute();
    const countByCentre: Record<string, number> = {};
    for (const slot of slots) countByCentre[slot.service_centre_id] = (countByCentre[slot.service_centre_id] ?? 0) + 1;
    assert.deepEqual(countByCentre, expectedSlotsByCentre);
    const startsAt = (centre: string) => new Set(slots.filter((slot) => slot.service_centre_id === centre).map((slot) => slot.starts_at));
    // Tuesday 1 December, 10:30 in Paris (UTC+1), in New York (UTC−5); Sunday 29 November, 11:30 in Tokyo (UTC+9).
    assert.ok(startsAt('svc_paris').has('2026-12-01T09:30:00.000Z'));
    assert.ok(startsAt('svc_new_york').has('2026-12-01T15:30:00.000Z'));
    assert.ok(startsAt('svc_tokyo').has('2026-11-29T02:30:00.000Z'));
    // Paris is closed on Mondays: nothing on 30 November.
    assert.ok(![...startsAt('svc_paris')].some((instant) => instant.startsWith('2026-11-30')));
    for (const slot of slots) {
      assert.ok(slot.starts_at > now.toISOString() && Date.parse(slot.starts_at) < now.getTime() + (dropOffSlotDaysAhead + 1) * millisecondsPerDay, slot.starts_at);
      assert.ok(slot.ends_at > slot.starts_at);
      assert.ok(slot.capacity >= 2);
      assert.equal(slot.booked, 0);
    }
  });

  it('declares the brand’s watch and jewellery services, with jewellery at Paris and Tokyo only', async () => {
    const types = await db.selectFrom('service_types').select(['code', 'category']).where('brand_id', '=', demoBrand.id).execute();
    const codesOf = (category: string) => types.filter((type) => type.category === category).map((type) => type.code).sort();
    assert.deepEqual(codesOf('jewellery'), ['cleaning', 'resizing', 'restringing', 'stone_setting']);
    assert.ok(codesOf('watch').includes('full_service') && codesOf('watch').includes('battery'));
    const jewelleryCentres = await db
      .selectFrom('centre_services')
      .innerJoin('service_types', (join) => join.onRef('service_types.brand_id', '=', 'centre_services.brand_id').onRef('service_types.code', '=', 'centre_services.service_type'))
      .select(['centre_services.service_centre_id as centre', 'centre_services.standard_turnaround_days as days'])
      .where('service_types.category', '=', 'jewellery')
      .execute();
    assert.deepEqual([...new Set(jewelleryCentres.map((row) => row.centre))].sort(), ['svc_paris', 'svc_tokyo']);
    assert.ok(jewelleryCentres.every((row) => Number(row.days) > 0));
  });

  it('gives the jewellery services to a demo database seeded before it had them, keeping turnarounds staff changed', async () => {
    const before = await count(db, 'centre_services');
    await db.deleteFrom('centre_services').where('service_type', '=', 'resizing').execute();
    await db.deleteFrom('centre_services').where('service_centre_id', '=', 'svc_tokyo').where('service_type', '=', 'cleaning').execute();
    await db.deleteFrom('service_types').where('brand_id', '=', demoBrand.id).where('code', '=', 'resizing').execute();
    await db.updateTable('centre_services').set({ standard_turnaround_days: 45 }).where('service_centre_id', '=', 'svc_paris').where('service_type', '=', 'full_service').execute();
    await seedDemo(db, { dataDir, now });
    assert.equal(await count(db, 'centre_services'), before);
    assert.equal(await count(db, 'service_types'), demoServiceTypes.length);
    const days = async (centre: string, service: string) =>
      Number((await db.selectFrom('centre_services').select('standard_turnaround_days').where('service_centre_id', '=', centre).where('service_type', '=', service).executeTakeFirstOrThrow()).standard_turnaround_days);
    assert.equal(await days('svc_tokyo', 'resizing'), 10);
    assert.equal(await days('svc_tokyo', 'cleaning'), 3);
    assert.equal(await days('svc_paris', 'full_service'), 45);
  });

  it('fills in the centre details of a demo database seeded before centres had them', async () => {
    await db.updateTable('service_centres').set({ time_zone: 'UTC', latitude: null, longitude: null }).where('id', '=', 'svc_tokyo').execute();
    await seedDemo(db, { dataDir, now });
    const tokyo = await db.selectFrom('service_centres').select(['time_zone', 'latitude']).where('id', '=', 'svc_tokyo').executeTakeFirstOrThrow();
    assert.equal(tokyo.time_zone, 'Asia/Tokyo');
    assert.ok(tokyo.latitude !== null);
  });

  it('gives the brand’s figures something to show: clients who came back, CSAT that differs per centre and retailer, registration rates, CLV and CAC', async () => {
    const deps = { db, clock: fixedClock(now) };
    const retention = await cohortRetention(deps, demoBrand.id);
    assert.ok(retention.cohorts.length >= 2, 'clients of several purchase years');
    assert.ok(retention.total.retained > 0 && retention.total.retained < retention.total.clients, 'some came back, not all');
    const csat = await csatFigures(deps, demoBrand.id);
    assert.equal(csat.serviceCentres.length, demoServiceCentres.length, 'every centre has ratings');
    assert.ok(new Set(csat.serviceCentres.map((centre) => centre.csatShare)).size > 1, 'the centres differ');
    assert.ok(csat.retailers.length >= 4, 'the boutiques that left pieces have ratings');
    const rates = await registrationRates(deps, demoBrand.id);
    assert.equal(rates.retailers.length, demoRetailers.length);
    assert.ok(rates.retailers.every((row) => row.registrationShare !== null && row.registrationShare > 0.5));
    const clv = await clvBySegment(deps, demoBrand.id);
    assert.ok(clv.segments.filter((row) => row.clvMinorUnits !== null && row.clvMinorUnits > 0).length >= 2, 'segments worth something, in euros');
    assert.ok(clv.basis.missingRates.every((rate) => rate.currency === 'JPY'), 'only the yen rate left out on purpose is missing');
    const cac = await acquisitionCost(deps, demoBrand.id);
    assert.ok(cac.channels.every((row) => row.spendMinorUnits > 0), 'spend on both channels');
    assert.ok(cac.total.newClients > 0 && cac.total.cacMinorUnits !== null, 'clients won, at a cost');
  });

  it('changes nothing when run again', async () => {
    const [warranties, owners, reminders, repairs] = [await count(db, 'warranties'), await count(db, 'owners'), await count(db, 'care_reminders'), await count(db, 'repair_orders')];
    assert.ok(warranties > 1, 'the covered piece and the retailers’ sales');
    const again = await seedDemo(db, { dataDir, now });
    assert.equal(again.created, false);
    assert.deepEqual(again.credentials, first.credentials);
    assert.equal(await count(db, 'items'), 500);
    assert.equal(await count(db, 'api_keys'), 2 + demoRetailers.length);
    assert.equal(await count(db, 'warranties'), warranties);
    assert.equal(await count(db, 'owners'), owners);
    assert.equal(await count(db, 'drop_off_slots'), expectedSlotCount);
    assert.equal(await count(db, 'service_types'), demoServiceTypes.length);
    assert.equal(await count(db, 'people'), demoConsolePeople.length);
    assert.equal(await count(db, 'care_rules'), demoCareRules.length);
    assert.equal(await count(db, 'care_reminders'), reminders);
    assert.equal(await count(db, 'repair_orders'), repairs);
  });

  it('leaves a few drafts in customer care’s queue: the care reminders whose time has come', async () => {
    const drafts = await db.selectFrom('care_reminders').select(['care_kind', 'status']).where('brand_id', '=', demoBrand.id).execute();
    assert.ok(drafts.length >= 3, `${drafts.length} drafts`);
    assert.ok(drafts.every((draft) => draft.status === 'draft'));
  });

  it('sends one invitation, which the demo owner received, and publishes one news item, once', async () => {
    const guests = await count(db, 'invitation_guests');
    const helene = await db.selectFrom('owners').select('id').where('email_normalized', '=', 'helene.marchand@example.com').executeTakeFirstOrThrow();
    const hers = await db.selectFrom('invitation_guests').select('invitation_id').where('owner_id', '=', helene.id).execute();
    assert.equal(hers.length, 1);
    const news = await db.selectFrom('brand_news').select(['status', 'texts']).executeTakeFirstOrThrow();
    assert.equal(news.status, 'published');
    assert.ok((JSON.parse(news.texts) as Record<string, unknown>)['fr'], 'in French for Hélène');
    await seedDemo(db, { dataDir, now });
    assert.deepEqual([await count(db, 'invitations'), await count(db, 'invitation_guests'), await count(db, 'brand_news')], [1, guests, 1]);
  });

  it('keeps a care rule the brand changed, and gives back one it removed', async () => {
    await db.updateTable('care_rules').set({ cleaning_interval_months: 6 }).where('scope_key', '=', 'Pétale').execute();
    await db.deleteFrom('care_rules').where('scope_key', '=', 'Corniche').execute();
    await seedDemo(db, { dataDir, now });
    const rules = await db.selectFrom('care_rules').select(['scope_key', 'cleaning_interval_months', 'water_resistance_check_interval_months']).orderBy('scope_key').execute();
    assert.deepEqual(
      rules.map((rule) => [rule.scope_key, rule.cleaning_interval_months ?? rule.water_resistance_check_interval_months]),
      [['Corniche', 24], ["Lune d'Or", 12], ['Navigatrice', 12], ['Pétale', 6]],
    );
  });

  it('run a week later, adds that week’s slots and keeps the bookings of those already there', async () => {
    const booked = await db.selectFrom('drop_off_slots').select('id').orderBy('starts_at').executeTakeFirstOrThrow();
    await db.updateTable('drop_off_slots').set({ booked: 1 }).where('id', '=', booked.id).execute();
    await seedDemo(db, { dataDir, now: new Date(now.getTime() + 7 * millisecondsPerDay) });
    // One more week: Paris 5 × 5, Genève 5 × 4, Tokyo 6 × 4, New York 6 × 4.
    assert.equal(await count(db, 'drop_off_slots'), expectedSlotCount + 25 + 20 + 24 + 24);
    const kept = await db.selectFrom('drop_off_slots').select('booked').where('id', '=', booked.id).executeTakeFirstOrThrow();
    assert.equal(kept.booked, 1);
  });
});
