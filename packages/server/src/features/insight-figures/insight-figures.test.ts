/**
 * The brand's figures (contract insight-figures.ts) on seeded histories, each equal to a hand
 * calculation written beside it, on SQLite and PostgreSQL, through the HTTP app.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import type { CohortRetention, CsatFigures, RegistrationRates } from '@atelier/client/contract';
import { newId } from '../../ids.ts';
import { insertServiceCentres } from '../../seed/building-blocks.ts';
import { demoServiceCentres } from '../../seed/demo-catalogue.ts';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { insertClient, insertWarranty, seedClientHistory, type RegistrationSpec } from '../segments/testing.ts';

describeEachDatabase('insight figures', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 24 });
  });
  afterEach(() => server.close());

  async function figures<Answer>(path: string): Promise<Answer> {
    const response = await server.request(`/v1/insight-figures/${path}`, { key: 'secret' });
    assert.equal(response.status, 200, await response.clone().text());
    return (await response.json()) as Answer;
  }

  it('retains, per year of first purchase, the clients who bought or were serviced within 24 months, after their first purchase', async () => {
    await seedClientHistory(server);
    /*
     * Today 25 November 2026: the window starts on 25 November 2024.
     * 2019: Chloé (last 2021-07-01) no → 0/1.      2021: Kim (bought once, 2021) no → 0/1.
     * 2022: Dan (bought once) no → 0/1.              2023: Gus (serviced 2026-02-01) yes → 1/1.
     * 2024: Ada (bought again 2025-12-01) yes; Ben (bought once, 2024-01-20) no → 1/2.
     * 2026: Eve, Fay (the gift, 2026-05-01) and Jo (got Kim's piece 2026-10-01): within the window,
     *   but nothing since their first purchase → 0/3.
     * Not clients: Hal (sale voided), Ivy (never confirmed). Total 2 of 9.
     */
    const retention = await figures<CohortRetention>('retention');
    assert.deepEqual([retention.asOf, retention.windowMonths, retention.retainedSince], ['2026-11-25', 24, '2024-11-25']);
    assert.deepEqual(
      retention.cohorts.map((cohort) => [cohort.purchaseYear, cohort.clients, cohort.retained, cohort.retentionShare]),
      [
        [2019, 1, 0, 0],
        [2021, 1, 0, 0],
        [2022, 1, 0, 0],
        [2023, 1, 1, 1],
        [2024, 2, 1, 0.5],
        [2026, 3, 0, 0],
      ],
    );
    assert.deepEqual(retention.total, { clients: 9, retained: 2, retentionShare: 0.222 });
  });

  it('gives an empty table, not an error, to a brand without clients', async () => {
    const retention = await figures<CohortRetention>('retention');
    assert.deepEqual([retention.cohorts, retention.total], [[], { clients: 0, retained: 0, retentionShare: null }]);
  });

  it('counts the share of 4 and 5 ratings of the last 365 days per service centre and per retailer the piece was left with', async () => {
    const geneva = demoServiceCentres[1]!;
    await insertServiceCentres(server.db, server.brand.id, [geneva]);
    const [vendome, lumiere] = [server.retailers[0]!, server.retailers[1]!];
    let next = 0;
    const rated = async (centreId: string, retailerId: string | null, score: number | null, ratedAt: string | null) => {
      const item = server.items[next++]!;
      await server.db
        .insertInto('repair_orders')
        .values({
          id: newId('rep'),
          brand_id: server.brand.id,
          tracking_code: `TEST-${String(next).padStart(4, '0')}-CSAT`,
          item_id: item.id,
          service_type: 'full_service',
          description: 'Loses time',
          service_centre_id: centreId,
          drop_off_method: retailerId === null ? 'mail_in' : 'retailer',
          drop_off_slot_id: null,
          retailer_id: retailerId,
          contact_confirmed_at: null,
          contact_name: 'Ada Owner',
          contact_email: 'ada@example.com',
          contact_email_normalized: 'ada@example.com',
          contact_language: 'fr',
          flagged_item_status: null,
          status: 'returned',
          promised_date: null,
          ready_at: null,
          rating_score: score,
          rating_comment: null,
          rated_at: ratedAt,
          created_at: '2025-01-01T09:00:00.000Z',
        })
        .execute();
    };
    /*
     * Today 25 November 2026: ratings given from 26 November 2025 to 25 November 2026.
     * Paris centre: 5 (Vendôme, today 23:00), 3 (Vendôme), 4 (by mail, on the window's first day) → 2 of 3.
     * Geneva centre: 4, 2 and 1 (all left at Lumière) → 1 of 3; a 5 left at Vendôme a minute before
     *   the window, and a repair at Vendôme not rated, count nowhere.
     * Retailers: Vendôme 5, 3 → 1 of 2 = 0.5; Lumière 4, 2, 1 → 1 of 3 = 0.333; the third, nothing.
     * Total: 3 satisfied of 6.
     */
    await rated('svc_paris', vendome.id, 5, '2026-11-25T23:00:00.000Z');
    await rated('svc_paris', vendome.id, 3, '2026-06-01T10:00:00.000Z');
    await rated('svc_paris', null, 4, '2025-11-26T00:00:00.000Z');
    await rated(geneva.id, lumiere.id, 4, '2026-01-10T10:00:00.000Z');
    await rated(geneva.id, lumiere.id, 2, '2026-02-10T10:00:00.000Z');
    await rated(geneva.id, lumiere.id, 1, '2026-03-01T10:00:00.000Z');
    await rated(geneva.id, vendome.id, 5, '2025-11-25T23:59:00.000Z');
    await rated('svc_paris', vendome.id, null, null);

    const csat = await figures<CsatFigures>('csat');
    assert.deepEqual([csat.from, csat.to, csat.satisfiedScoreMin], ['2025-11-26', '2026-11-25', 4]);
    const rows = (list: CsatFigures['retailers']) => list.map((row) => [row.name, row.ratings, row.satisfied, row.csatShare]);
    assert.deepEqual(rows(csat.serviceCentres), [
      ['Atelier de Service Paris', 3, 2, 0.667],
      [geneva.name, 3, 1, 0.333],
    ]);
    assert.deepEqual(rows(csat.retailers), [
      ['Bijouterie Lumière', 3, 1, 0.333],
      ['Boutique Maison Aubert Place Vendôme', 2, 1, 0.5],
    ]);
    assert.deepEqual(csat.total, { ratings: 6, satisfied: 3, csatShare: 0.5 });
  });

  it("counts, per retailer, the sales it recorded that the buyer confirmed within 30 days, over a year of sales ending 30 days ago", async () => {
    const [vendome, lumiere] = [server.retailers[0]!, server.retailers[1]!];
    let next = 0;
    const sale = async (retailerId: string, purchaseDate: string, confirmedOn: string | null, more: Partial<RegistrationSpec> = {}) => {
      const ownerId = await insertClient(server.db, server.brand.id, { name: `Buyer ${next}`, country: 'FR', language: 'fr', customerType: 'retail' });
      await insertWarranty(server.db, server.brand.id, {
        itemId: server.items[next++]!.id,
        ownerId,
        retailerId,
        purchaseDate,
        ...(confirmedOn === null ? { confirmed: false, status: 'pending_confirmation' } : { activatedOn: confirmedOn }),
        ...more,
      });
    };
    /*
     * Today 25 November 2026: sales of 27 October 2025 to 26 October 2026 count, each given 30 days.
     * Vendôme: 1 Oct confirmed 5 Oct (4 days) yes; 1 Sep → 1 Oct (30 days) yes; 1 Aug → 1 Sep (31) no;
     *   1 Jul never confirmed, no; 1 May → 2 May yes, though the piece was sold on since (its warranty
     *   void, not voided as a mistake). Not counted: 1 Nov (too recent), 1 Jun voided as a mistake,
     *   the transfer to the second owner. → 3 of 5 = 0.6.
     * Lumière: 27 Oct 2025 → 28 Oct yes; 26 Oct 2026 → 20 Nov (25 days) yes. Not counted: 26 Oct
     *   2025 (a day before), a buyer's own activation naming it. → 2 of 2 = 1.
     * Total: 5 of 7 = 0.714.
     */
    await sale(vendome.id, '2026-10-01', '2026-10-05');
    await sale(vendome.id, '2026-09-01', '2026-10-01');
    await sale(vendome.id, '2026-08-01', '2026-09-01');
    await sale(vendome.id, '2026-07-01', null);
    await sale(vendome.id, '2026-11-01', '2026-11-02');
    await sale(vendome.id, '2026-06-01', '2026-06-02', { status: 'void', voidedAt: '2026-06-02T10:00:00.000Z' });
    const soldOn = server.items[next]!.id;
    await sale(vendome.id, '2026-05-01', '2026-05-02', { status: 'void' });
    const secondOwner = await insertClient(server.db, server.brand.id, { name: 'Second owner', country: 'FR', language: 'fr', customerType: 'retail' });
    await insertWarranty(server.db, server.brand.id, { itemId: soldOn, ownerId: secondOwner, retailerId: vendome.id, purchaseDate: '2026-05-01', source: 'transfer', activatedOn: '2026-08-01' });
    await sale(lumiere.id, '2025-10-27', '2025-10-28');
    await sale(lumiere.id, '2026-10-26', '2026-11-20');
    await sale(lumiere.id, '2025-10-26', '2025-10-27');
    await sale(lumiere.id, '2026-03-01', '2026-03-01', { source: 'buyer' });

    const rates = await figures<RegistrationRates>('registration-rates');
    assert.deepEqual([rates.salesFrom, rates.salesTo, rates.confirmedWithinDays], ['2025-10-27', '2026-10-26', 30]);
    assert.deepEqual(
      rates.retailers.map((row) => [row.retailerId, row.sales, row.registered, row.registrationShare]),
      [
        [lumiere.id, 2, 2, 1],
        [vendome.id, 5, 3, 0.6],
      ],
    );
    assert.deepEqual(rates.total, { sales: 7, registered: 5, registrationShare: 0.714 });
  });
});
