/** A small history of clients seeded straight into the database, for the segments' tests: each person's figures are worked out by hand in segments.test.ts. */
import type { Money } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';
import type { WarrantiesTable } from '../../db/schema.ts';
import { newId } from '../../ids.ts';
import type { TestServer } from '../../testing/index.ts';
import { insertService } from '../recognition/testing.ts';
import { refreshClientSummariesOfPiece } from '../clients/client-summary.ts';
import { fixtureCentreId } from '../repairs/testing.ts';

export interface ClientSpec {
  name: string;
  country: string;
  language: string;
  customerType: 'retail' | 'trade' | 'collector';
}

export async function insertClient(db: Db, brandId: string, client: ClientSpec): Promise<string> {
  const id = newId('own');
  await db
    .insertInto('owners')
    .values({
      id,
      brand_id: brandId,
      name: client.name,
      email: `${client.name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@example.com`,
      email_normalized: `${client.name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@example.com`,
      country: client.country,
      language: client.language,
      customer_type: client.customerType,
      created_at: '2019-01-01T00:00:00.000Z',
      postal_address: null,
    })
    .execute();
  return id;
}

export interface RegistrationSpec {
  itemId: string;
  ownerId: string;
  /** The giver of a gift; the owner otherwise. */
  buyerId?: string;
  purchaseDate: string;
  source?: WarrantiesTable['source'];
  /** Registered (for a transfer, the day it became the new owner's); default the purchase date. */
  activatedOn?: string;
  status?: WarrantiesTable['status'];
  confirmed?: boolean;
  /** A sale voided as a mistake. */
  voidedAt?: string;
  /** The retailer that sold it; none by default. */
  retailerId?: string;
  /** What the buyer paid; none by default. */
  price?: Money;
}

export async function insertWarranty(db: Db, brandId: string, spec: RegistrationSpec): Promise<void> {
  const status = spec.status ?? 'active';
  await db
    .insertInto('warranties')
    .values({
      id: newId('war'),
      brand_id: brandId,
      item_id: spec.itemId,
      owner_id: spec.ownerId,
      buyer_id: spec.buyerId ?? spec.ownerId,
      retailer_id: spec.retailerId ?? null,
      purchase_date: spec.purchaseDate,
      coverage_end: '2030-01-01',
      status,
      is_gift: spec.buyerId && spec.buyerId !== spec.ownerId ? 1 : 0,
      source: spec.source ?? 'retailer',
      activated_at: `${spec.activatedOn ?? spec.purchaseDate}T10:00:00.000Z`,
      confirmed_at: spec.confirmed === false ? null : `${spec.activatedOn ?? spec.purchaseDate}T12:00:00.000Z`,
      covering_item_id: status === 'active' || status === 'pending_confirmation' ? spec.itemId : null,
      pending_consents: null,
      voided_at: spec.voidedAt ?? null,
      price_currency: spec.price?.currency ?? null,
      price_minor_units: spec.price?.amountMinorUnits ?? null,
    })
    .execute();
  // Seeded straight into the table, as no write of the server would: its people's figures follow as a write's would.
  await refreshClientSummariesOfPiece(db, brandId, spec.itemId);
}

/** A repair of the piece returned on `day`, the owner charged `charged`: after-sales spend. */
export async function insertChargedRepair(server: TestServer, itemId: string, day: string, charged: Money): Promise<void> {
  const id = newId('rep');
  await server.db
    .insertInto('repair_orders')
    .values({
      id,
      brand_id: server.brand.id,
      tracking_code: id,
      item_id: itemId,
      service_type: 'full_service',
      description: 'Seeded repair',
      service_centre_id: fixtureCentreId,
      drop_off_method: 'mail_in',
      drop_off_slot_id: null,
      retailer_id: null,
      contact_confirmed_at: null,
      contact_name: 'Client',
      contact_email: 'client@example.com',
      contact_email_normalized: 'client@example.com',
      contact_language: 'en',
      flagged_item_status: null,
      status: 'returned',
      promised_date: null,
      ready_at: null,
      rating_score: null,
      rating_comment: null,
      rated_at: null,
      created_at: `${day}T08:00:00.000Z`,
      charged_currency: charged.currency,
      charged_minor_units: charged.amountMinorUnits,
      charged_on: day,
    })
    .execute();
  await refreshClientSummariesOfPiece(server.db, server.brand.id, itemId);
}

export async function insertConsent(db: Db, ownerId: string, consent: { purpose: 'service' | 'marketing'; granted: boolean; recordedAt: string }): Promise<void> {
  await db
    .insertInto('consents')
    .values({ id: newId('cns'), owner_id: ownerId, channel: 'email', purpose: consent.purpose, granted: consent.granted ? 1 : 0, recorded_at: consent.recordedAt, source: 'test' })
    .execute();
}

/** Names of the clients seeded by `seedClientHistory`, and their ids. */
export type ClientIds = Record<string, string>;

/**
 * The history the segments' tests reason about (today is 25 November 2026, the brand services
 * every 36 months). Each person's figures, worked out by hand:
 *
 * | Person | Owns | Purchases | Services | Last purchase/service | First purchase | Tier | Paid (value) |
 * | --- | --- | --- | --- | --- | --- | --- | --- |
 * | Ada (JP, collector) | 2 | 2 | 1 | 2025-12-01 (11 months) | 2024-01-10 (34) | regular | EUR 3,000 + 1,200, a repair EUR 900 |
 * | Ben (JP, collector) | 1 | 1 | 0 | 2024-01-20 (34 months) | 2024-01-20 (34) | regular | CHF 6,500 (January 2024) |
 * | Chloé (FR, retail) | 2 | 2 | 2 | 2021-07-01 (64 months) | 2019-05-05 | lapsed | EUR 30,000 + 25,000 |
 * | Dan (DE, trade) | 1 | 1 | 0 | 2022-06-10 (53 months) | 2022-06-10 | at_risk | nothing recorded |
 * | Eve (JP, collector), gave Fay a piece | 0 | 1 | 0 | 2026-05-01 (6 months) | 2026-05-01 (6) | new | EUR 12,000 (the gift: the giver's) |
 * | Fay (IT, retail), Eve's gift | 1 | 1 | 0 | 2026-05-01 | 2026-05-01 | new | nothing |
 * | Gus (JP, collector) | 2 | 2 | 2 | 2026-02-01 (9 months) | 2023-12-01 | vip | EUR 9,000 + JPY 2,000,000 (February 2024) |
 * | Jo (FR, retail), got Kim's piece on 2026-10-01 | 1 | 1 | 0 | 2026-10-01 (1 month) | 2026-10-01 | new | nothing (a transfer) |
 * | Kim (FR, retail), gave it up | 0 | 1 | 0 | 2021-03-03 (68 months) | 2021-03-03 | lapsed | nothing recorded |
 *
 * The amounts ("Paid") are added by `addClientHistoryMoney`, for the tests of value: the brand
 * reports in EUR and has entered no rate, so Ben's CHF and Gus's JPY are left out of their values
 * until a test enters the rates of their months.
 * Not clients: Hal (their only sale voided as a mistake) and Ivy (never confirmed).
 * Marketing by e-mail: yes for Ada, Chloé, Eve, Gus; Ben said yes then no; nobody else was asked.
 */
export async function seedClientHistory(server: TestServer): Promise<ClientIds> {
  const { db } = server;
  const brandId = server.brand.id;
  const now = server.clock.now();
  const item = (index: number) => server.items[index]!.id;
  const ids: ClientIds = {};
  const client = async (name: string, country: string, language: string, customerType: ClientSpec['customerType']) => {
    ids[name] = await insertClient(db, brandId, { name, country, language, customerType });
    return ids[name];
  };
  const ada = await client('Ada', 'JP', 'ja', 'collector');
  const ben = await client('Ben', 'JP', 'ja', 'collector');
  const chloe = await client('Chloé', 'FR', 'fr', 'retail');
  const dan = await client('Dan', 'DE', 'de', 'trade');
  const eve = await client('Eve', 'JP', 'ja', 'collector');
  const fay = await client('Fay', 'IT', 'it', 'retail');
  const gus = await client('Gus', 'JP', 'ja', 'collector');
  const hal = await client('Hal', 'FR', 'fr', 'retail');
  const ivy = await client('Ivy', 'FR', 'fr', 'retail');
  const jo = await client('Jo', 'FR', 'fr', 'retail');
  const kim = await client('Kim', 'FR', 'fr', 'retail');

  await insertWarranty(db, brandId, { itemId: item(0), ownerId: ada, purchaseDate: '2024-01-10' });
  await insertWarranty(db, brandId, { itemId: item(1), ownerId: ada, purchaseDate: '2025-12-01' });
  await insertService(db, brandId, item(0), '2025-06-15', now);
  await insertWarranty(db, brandId, { itemId: item(2), ownerId: ben, purchaseDate: '2024-01-20' });
  await insertWarranty(db, brandId, { itemId: item(3), ownerId: chloe, purchaseDate: '2019-05-05' });
  await insertWarranty(db, brandId, { itemId: item(4), ownerId: chloe, purchaseDate: '2020-02-29' });
  await insertService(db, brandId, item(3), '2021-06-01', now);
  await insertService(db, brandId, item(4), '2021-07-01', now);
  await insertWarranty(db, brandId, { itemId: item(5), ownerId: dan, purchaseDate: '2022-06-10' });
  await insertWarranty(db, brandId, { itemId: item(6), ownerId: fay, buyerId: eve, purchaseDate: '2026-05-01' });
  await insertWarranty(db, brandId, { itemId: item(7), ownerId: gus, purchaseDate: '2023-12-01' });
  await insertWarranty(db, brandId, { itemId: item(8), ownerId: gus, purchaseDate: '2024-02-01' });
  await insertService(db, brandId, item(7), '2025-01-10', now);
  await insertService(db, brandId, item(8), '2026-02-01', now);
  await insertWarranty(db, brandId, { itemId: item(9), ownerId: kim, purchaseDate: '2021-03-03', status: 'void' });
  await insertWarranty(db, brandId, { itemId: item(9), ownerId: jo, purchaseDate: '2021-03-03', source: 'transfer', activatedOn: '2026-10-01' });
  await insertWarranty(db, brandId, { itemId: item(10), ownerId: hal, purchaseDate: '2026-11-20', status: 'void', voidedAt: '2026-11-21T10:00:00.000Z' });
  await insertWarranty(db, brandId, { itemId: item(11), ownerId: ivy, purchaseDate: '2026-11-01', status: 'pending_confirmation', confirmed: false });

  for (const person of [ada, chloe, eve, gus, ben]) await insertConsent(db, person, { purpose: 'marketing', granted: true, recordedAt: '2025-01-01T09:00:00.000Z' });
  await insertConsent(db, ben, { purpose: 'marketing', granted: false, recordedAt: '2026-03-01T09:00:00.000Z' });
  for (const person of [ada, ben, chloe, dan]) await insertConsent(db, person, { purpose: 'service', granted: true, recordedAt: '2025-01-01T09:00:00.000Z' });
  return ids;
}

/** The prices and the repair charge of `seedClientHistory`'s table ("Paid"), on its registrations. */
export async function addClientHistoryMoney(server: TestServer): Promise<void> {
  const item = (index: number) => server.items[index]!.id;
  const eur = (units: number): Money => ({ currency: 'EUR', amountMinorUnits: units * 100 });
  const prices: [index: number, price: Money][] = [
    [0, eur(3_000)],
    [1, eur(1_200)],
    [2, { currency: 'CHF', amountMinorUnits: 650_000 }],
    [3, eur(30_000)],
    [4, eur(25_000)],
    [6, eur(12_000)],
    [7, eur(9_000)],
    [8, { currency: 'JPY', amountMinorUnits: 2_000_000 }],
  ];
  for (const [index, price] of prices) {
    await server.db.updateTable('warranties').set({ price_currency: price.currency, price_minor_units: price.amountMinorUnits }).where('item_id', '=', item(index)).execute();
    await refreshClientSummariesOfPiece(server.db, server.brand.id, item(index));
  }
  await insertChargedRepair(server, item(0), '2025-06-15', eur(900));
}

/**
 * Four more clients, so that every RFM group has someone (today 25 November 2026; pieces 12 to 18,
 * so the server needs `itemCount: 19` or more), added to `seedClientHistory`'s:
 *
 * | Person | Purchases | Services | Last purchase/service | Paid (value) |
 * | --- | --- | --- | --- | --- |
 * | Lea | 2 | 2 | 2025-05-20 (18 months) | EUR 15,000 + 10,000 |
 * | Max | 1 | 0 | 2025-08-01 (15 months) | EUR 4,000 |
 * | Nora | 1 | 2 | 2024-03-01 (32 months) | EUR 11,000, a repair EUR 1,500 |
 * | Otto | 3 | 3 | 2022-01-01 (58 months) | EUR 20,000 three times |
 */
export async function seedMoreClients(server: TestServer, ids: ClientIds): Promise<void> {
  const { db } = server;
  const brandId = server.brand.id;
  const now = server.clock.now();
  const item = (index: number) => server.items[index]!.id;
  const eur = (units: number): Money => ({ currency: 'EUR', amountMinorUnits: units * 100 });
  for (const name of ['Lea', 'Max', 'Nora', 'Otto']) ids[name] = await insertClient(db, brandId, { name, country: 'CH', language: 'fr', customerType: 'retail' });
  await insertWarranty(db, brandId, { itemId: item(12), ownerId: ids['Lea']!, purchaseDate: '2023-06-01', price: eur(15_000) });
  await insertService(db, brandId, item(12), '2024-06-01', now);
  await insertWarranty(db, brandId, { itemId: item(13), ownerId: ids['Lea']!, purchaseDate: '2025-05-01', price: eur(10_000) });
  await insertService(db, brandId, item(13), '2025-05-20', now);
  await insertWarranty(db, brandId, { itemId: item(14), ownerId: ids['Max']!, purchaseDate: '2025-08-01', price: eur(4_000) });
  await insertWarranty(db, brandId, { itemId: item(15), ownerId: ids['Nora']!, purchaseDate: '2020-01-15', price: eur(11_000) });
  await insertService(db, brandId, item(15), '2022-01-10', now);
  await insertService(db, brandId, item(15), '2024-03-01', now);
  await insertChargedRepair(server, item(15), '2024-03-01', eur(1_500));
  for (const [index, bought, serviced] of [
    [16, '2018-03-01', '2020-06-01'],
    [17, '2019-03-01', '2021-06-01'],
    [18, '2020-03-01', '2022-01-01'],
  ] as const) {
    await insertWarranty(db, brandId, { itemId: item(index), ownerId: ids['Otto']!, purchaseDate: bought, price: eur(20_000) });
    await insertService(db, brandId, item(index), serviced, now);
  }
}
