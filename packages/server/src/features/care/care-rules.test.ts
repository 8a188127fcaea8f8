/**
 * The brand's care rules over HTTP, on both databases: put (a whole rule, replaced by the next
 * put), listed most specific first with the defaults, deleted (then 404 `unknown_care_rule`);
 * bad input answers the field; a brand sees and removes its own rules only. Then the next due
 * dates of a seeded history under rules put this way, against a hand calculation.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import type { CareRule, CareRuleList, Problem } from '@atelier/client/contract';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { createApiKey } from '../../api-keys.ts';
import { insertBrand } from '../../seed/building-blocks.ts';
import { appendProvenanceEvent } from '../provenance/events.ts';
import { careDueOfPieces } from './care-due.ts';

const waterResistanceKeepsWarranty = { careKind: 'water_resistance_check', text: 'A water-resistance check every 2 years keeps the warranty.' } as const;

describeEachDatabase('care rules', (database) => {
  let server: TestServer;
  let admin: string;
  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 3 });
    admin = (await server.signIn({ role: 'admin' })).session;
  });
  afterEach(() => server.close());

  async function put(path: string, body: unknown, as: { key?: 'secret'; session?: string } = { key: 'secret' }): Promise<Response> {
    return server.request(`/v1/care-rules/${path}`, { ...as, method: 'PUT', body });
  }

  async function list(): Promise<CareRuleList> {
    const response = await server.request('/v1/care-rules', { key: 'secret' });
    assert.equal(response.status, 200, await response.clone().text());
    return (await response.json()) as CareRuleList;
  }

  it('puts, lists most specific first, replaces and deletes rules; the admin in the console too', async () => {
    const created = await put('collection/Corniche', { serviceIntervalMonths: 48, waterResistanceCheckIntervalMonths: 24, reminderLeadTimeDays: 45, warrantyCondition: waterResistanceKeepsWarranty });
    assert.equal(created.status, 200, await created.clone().text());
    assert.deepEqual(await created.json(), {
      scope: 'collection',
      key: 'Corniche',
      serviceIntervalMonths: 48,
      waterResistanceCheckIntervalMonths: 24,
      cleaningIntervalMonths: null,
      reminderLeadTimeDays: 45,
      warrantyCondition: waterResistanceKeepsWarranty,
      updatedAt: '2026-11-25T10:00:00.000Z',
    });
    assert.equal((await put('category/diver', { cleaningIntervalMonths: 24 }, { session: admin })).status, 200);
    // A key with a space and an apostrophe, as a collection may be spelt.
    assert.equal((await put(`collection/${encodeURIComponent("Lune d'Or")}`, { serviceIntervalMonths: 60 })).status, 200);
    assert.equal((await put('model/2230T-TI', { cleaningIntervalMonths: 18 })).status, 200);

    const listed = await list();
    assert.deepEqual(
      listed.rules.map((rule) => `${rule.scope}:${rule.key}`),
      ['model:2230T-TI', 'collection:Corniche', "collection:Lune d'Or", 'category:diver'],
    );
    // The fixture brand's warranty policy services every 36 months.
    assert.deepEqual(listed.defaults, { serviceIntervalMonths: 36, reminderLeadTimeDays: 30 });

    // A put replaces the whole rule: what it leaves out, the rule no longer states.
    const replaced = (await (await put('collection/Corniche', { serviceIntervalMonths: 60 })).json()) as CareRule;
    assert.deepEqual([replaced.serviceIntervalMonths, replaced.waterResistanceCheckIntervalMonths, replaced.reminderLeadTimeDays, replaced.warrantyCondition], [60, null, null, null]);
    assert.equal((await list()).rules.length, 4);

    const deleted = await server.request('/v1/care-rules/collection/Corniche', { session: admin, method: 'DELETE' });
    assert.equal(deleted.status, 200);
    assert.equal(((await deleted.json()) as CareRule).serviceIntervalMonths, 60);
    const again = await server.request('/v1/care-rules/collection/Corniche', { key: 'secret', method: 'DELETE' });
    assert.equal(again.status, 404);
    assert.equal(((await again.json()) as Problem).code, 'unknown_care_rule');
    assert.deepEqual(
      (await list()).rules.map((rule) => rule.key),
      ['2230T-TI', "Lune d'Or", 'diver'],
    );
  });

  it('answers bad input with the field it concerns, and stores nothing', async () => {
    const cases: [string, unknown, string][] = [
      ['collection/Corniche', { serviceIntervalMonths: 0 }, 'serviceIntervalMonths'],
      ['collection/Corniche', { cleaningIntervalMonths: 12.5 }, 'cleaningIntervalMonths'],
      ['collection/Corniche', { serviceIntervalMonths: 241 }, 'serviceIntervalMonths'],
      ['collection/Corniche', { serviceIntervalMonths: 48, reminderLeadTimeDays: -1 }, 'reminderLeadTimeDays'],
      ['collection/Corniche', { reminderLeadTimeDays: 30 }, 'serviceIntervalMonths'],
      ['collection/Corniche', { serviceIntervalMonths: 48, warrantyCondition: waterResistanceKeepsWarranty }, 'warrantyCondition.careKind'],
      ['collection/Corniche', { serviceIntervalMonths: 48, warrantyCondition: { careKind: 'service', text: ' ' } }, 'warrantyCondition.text'],
      ['collection/Corniche', { serviceIntervalMonths: 48, everyMonths: 3 }, 'everyMonths'],
      ['brand/Corniche', { serviceIntervalMonths: 48 }, 'scope'],
    ];
    for (const [path, body, field] of cases) {
      const response = await put(path, body);
      assert.equal(response.status, 422, `${path} ${JSON.stringify(body)}`);
      const problem = (await response.json()) as Problem;
      assert.equal(problem.code, 'validation_failed');
      assert.ok(
        problem.errors?.some((error) => error.path === field),
        `${JSON.stringify(body)} names ${field}: ${JSON.stringify(problem.errors)}`,
      );
    }
    assert.deepEqual((await list()).rules, []);
  });

  it("keeps each brand's rules its own: another brand's key neither sees nor removes them", async () => {
    assert.equal((await put('collection/Corniche', { serviceIntervalMonths: 48 })).status, 200);
    const now = server.clock.now();
    await insertBrand(server.db, { id: 'brd_other', name: 'Maison Autre', locales: ['fr'], warrantyBaseMonths: 24, warrantyMonthsAddedPerService: 12, serviceIntervalMonths: 24 }, now);
    const otherKey = (await createApiKey(server.db, { brandId: 'brd_other', kind: 'secret', label: 'other', now })).key;
    const theirs = await server.request('/v1/care-rules', { headers: { Authorization: `Bearer ${otherKey}` } });
    assert.deepEqual(((await theirs.json()) as CareRuleList).rules, []);
    const removed = await server.request('/v1/care-rules/collection/Corniche', { method: 'DELETE', headers: { Authorization: `Bearer ${otherKey}` } });
    assert.equal(removed.status, 404);
    assert.equal((await list()).rules.length, 1);
  });

  it('gives a seeded history its next due dates per kind of care, the most specific rule winning, equal to a hand calculation', async () => {
    const [gmt, diver, plain] = server.items;
    // Three models of the catalogue, made a Corniche GMT (a diver), a diver of another collection, and a piece no rule covers.
    const modelOf = async (itemId: string) => (await server.db.selectFrom('items').select('model_id').where('id', '=', itemId).executeTakeFirstOrThrow()).model_id;
    await server.db.updateTable('models').set({ reference: '2230T-TI', collection: 'Corniche', category: 'diver' }).where('id', '=', await modelOf(gmt!.id)).execute();
    await server.db.updateTable('models').set({ collection: "Lune d'Or", category: 'diver' }).where('id', '=', await modelOf(diver!.id)).execute();
    await server.db.updateTable('models').set({ collection: 'Autre', category: null }).where('id', '=', await modelOf(plain!.id)).execute();

    for (const [path, body] of [
      ['category/diver', { serviceIntervalMonths: 60, waterResistanceCheckIntervalMonths: 12, cleaningIntervalMonths: 24, reminderLeadTimeDays: 60 }],
      ['collection/Corniche', { serviceIntervalMonths: 48, waterResistanceCheckIntervalMonths: 24, reminderLeadTimeDays: 45, warrantyCondition: waterResistanceKeepsWarranty }],
      ['model/2230T-TI', { cleaningIntervalMonths: 18 }],
    ] as const) {
      assert.equal((await put(path, body)).status, 200);
    }
    const serviced = (itemId: string, day: string) =>
      appendProvenanceEvent(
        server.db,
        { brandId: server.brand.id, itemId, type: 'serviced', occurredAt: `${day}T14:00:00.000Z`, place: { retailerId: null, country: 'CH', city: 'Genève' }, details: { serviceType: 'battery' } },
        server.clock.now(),
      );
    // The GMT: bought 31 March 2022; serviced 1 Dec 2021 (an earlier owner's), 10 May 2023, 31 Aug 2024 (a battery: it resets every kind).
    for (const day of ['2021-12-01', '2023-05-10', '2024-08-31']) await serviced(gmt!.id, day);

    const dues = await careDueOfPieces(
      server.db,
      server.brand.id,
      [
        { itemId: gmt!.id, purchasedOn: '2022-03-31', warrantyCovers: true },
        { itemId: diver!.id, purchasedOn: '2025-01-31', warrantyCovers: true },
        { itemId: plain!.id, purchasedOn: '2024-02-29', warrantyCovers: true },
      ],
      '2026-11-25',
    );
    const summary = (itemId: string) => dues.get(itemId)!.map((due) => [due.kind, due.date, due.overdue, due.ruledBy === null ? 'brand' : `${due.ruledBy.scope}:${due.ruledBy.key}`, due.reminderLeadTimeDays]);
    assert.deepEqual(summary(gmt!.id), [
      ['service', '2028-08-31', false, 'collection:Corniche', 45], // 31 Aug 2024 + 48 months
      ['water_resistance_check', '2026-08-31', true, 'collection:Corniche', 45], // + 24 months, before 25 Nov 2026
      ['cleaning', '2026-02-28', true, 'model:2230T-TI', 45], // + 18 months: 31 Feb 2026 clamps to 28 Feb
    ]);
    assert.deepEqual(dues.get(gmt!.id)![1]!.warrantyCondition, { text: waterResistanceKeepsWarranty.text, lapsesAfter: '2026-08-31' });
    assert.deepEqual(summary(diver!.id), [
      ['service', '2030-01-31', false, 'category:diver', 60], // 31 Jan 2025 + 60 months
      ['water_resistance_check', '2026-01-31', true, 'category:diver', 60], // + 12 months
      ['cleaning', '2027-01-31', false, 'category:diver', 60], // + 24 months
    ]);
    assert.deepEqual(summary(plain!.id), [['service', '2027-02-28', false, 'brand', 30]]); // 29 Feb 2024 + the brand's 36 months

    // The model's rule removed, the GMT's cleaning follows its category's 24 months: 31 Aug 2026.
    assert.equal((await server.request('/v1/care-rules/model/2230T-TI', { key: 'secret', method: 'DELETE' })).status, 200);
    const after = await careDueOfPieces(server.db, server.brand.id, [{ itemId: gmt!.id, purchasedOn: '2022-03-31', warrantyCovers: true }], '2026-11-25');
    assert.deepEqual(after.get(gmt!.id)!.find((due) => due.kind === 'cleaning')!.date, '2026-08-31');
  });
});
