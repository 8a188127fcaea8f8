import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { ServiceCentreListQuery, SlotRangeQuery, slotRangeMaxDays, type ServiceCentreListQuery as ListQuery } from '@atelier/client/contract';
import { insertServiceCentres } from '../../seed/building-blocks.ts';
import { demoServiceCentres } from '../../seed/demo-catalogue.ts';
import { insertDropOffSlots } from '../../seed/drop-off-slots.ts';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { bookRepair } from '../repairs/booking.ts';
import { booking, insertSlot } from '../repairs/testing.ts';
import { rejection } from '../warranties/testing.ts';
import { listServiceCentres } from './directory.ts';
import { listCentreSlots } from './slots.ts';

/** Place du Molard, Genève. */
const geneva = '46.2044,6.1432';

describeEachDatabase('service network', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database });
    // The harness has Paris; the other demo centres, and one not yet on the map.
    const others = demoServiceCentres.slice(1);
    await insertServiceCentres(server.db, server.brand.id, others);
    await insertDropOffSlots(server.db, server.brand.id, others, server.clock.now());
    await server.db.insertInto('service_centres').values({ id: 'svc_lyon', brand_id: server.brand.id, name: 'Atelier Lyon', country: 'FR', city: 'Lyon', address: '3 place Bellecour' }).execute();
    await server.db.insertInto('centre_services').values({ service_centre_id: 'svc_lyon', brand_id: server.brand.id, service_type: 'battery', standard_turnaround_days: 1 }).execute();
  });
  afterEach(() => server.close());

  function list(query: ListQuery) {
    return listServiceCentres(server.deps, server.brand.id, ServiceCentreListQuery.parse(query));
  }

  function slots(centreId: string, from: string, to: string) {
    return listCentreSlots(server.deps, server.brand.id, centreId, SlotRangeQuery.parse({ from, to }));
  }

  it('lists centres nearest first from a point, those not on the map last', async () => {
    const centres = await list({ near: geneva });
    assert.deepEqual(
      centres.map((centre) => centre.id),
      ['svc_geneve', 'svc_paris', 'svc_new_york', 'svc_tokyo', 'svc_lyon'],
    );
    const [genevaCentre, paris] = centres;
    assert.ok(genevaCentre!.distanceKm! < 5, `${genevaCentre!.distanceKm} km`);
    // Genève to Paris is about 410 km as the crow flies.
    assert.ok(paris!.distanceKm! > 390 && paris!.distanceKm! < 430, `${paris!.distanceKm} km`);
    assert.equal(centres.at(-1)!.distanceKm, null);
    assert.equal(centres.at(-1)!.location, null);
    assert.equal(paris!.timeZone, 'Europe/Paris');
    assert.deepEqual(paris!.services.find((service) => service.serviceType === 'full_service'), { serviceType: 'full_service', category: 'watch', standardTurnaroundDays: 30 });
  });

  it('filters by country and by a service offered, without distances when no point is given', async () => {
    const french = await list({ country: 'fr' });
    assert.deepEqual(
      french.map((centre) => [centre.id, centre.distanceKm]),
      [
        ['svc_lyon', null],
        ['svc_paris', null],
      ],
    );
    assert.deepEqual(
      (await list({ service: 'restoration' })).map((centre) => centre.id),
      ['svc_geneve'],
    );
    assert.deepEqual(
      (await list({ country: 'FR', service: 'full_service', near: geneva })).map((centre) => centre.id),
      ['svc_paris'],
    );
    assert.deepEqual(await list({ country: 'IT' }), []);
  });

  it('says the category of each service a centre offers, as the brand declared it', async () => {
    const centres = await list({});
    const offered = (id: string) => centres.find((centre) => centre.id === id)!.services.map((service) => [service.serviceType, service.category, service.standardTurnaroundDays]);
    // Watch services first, then jewellery services, each by code.
    assert.deepEqual(offered('svc_paris'), [
      ['full_service', 'watch', 30],
      ['partial_service', 'watch', 14],
      ['strap_and_bracelet', 'watch', 5],
      ['water_resistance_test', 'watch', 2],
      ['cleaning', 'jewellery', 3],
      ['resizing', 'jewellery', 10],
      ['restringing', 'jewellery', 7],
      ['stone_setting', 'jewellery', 21],
    ]);
    assert.deepEqual(offered('svc_lyon'), [['battery', 'watch', 1]]);
    assert.ok(offered('svc_geneve').every(([, category]) => category === 'watch'));

    // The brand recategorises a service: every centre offering it says so.
    await server.db.updateTable('service_types').set({ category: 'jewellery' }).where('brand_id', '=', server.brand.id).where('code', '=', 'strap_and_bracelet').execute();
    const recategorised = (await list({ service: 'strap_and_bracelet' })).map((centre) => centre.services.find((service) => service.serviceType === 'strap_and_bracelet')?.category);
    assert.deepEqual(recategorised, ['jewellery', 'jewellery', 'jewellery', 'jewellery']);
  });

  it('filters by a jewellery service to the centres with a jewellery bench', async () => {
    assert.deepEqual(
      (await list({ service: 'resizing', near: geneva })).map((centre) => centre.id),
      ['svc_paris', 'svc_tokyo'],
    );
    assert.deepEqual(await list({ service: 'polishing' }), []);
  });

  it('refuses to let a centre offer a service its brand has not declared', async () => {
    await assert.rejects(
      server.db.insertInto('centre_services').values({ service_centre_id: 'svc_lyon', brand_id: server.brand.id, service_type: 'engraving', standard_turnaround_days: 4 }).execute(),
    );
  });

  it('refuses a point that is not one, naming near', () => {
    for (const near of ['46.2', 'paris', '91,6']) {
      const parsed = ServiceCentreListQuery.safeParse({ near });
      assert.equal(parsed.success, false, near);
      assert.equal(parsed.error?.issues[0]?.path[0], 'near', near);
    }
  });

  it('lists the slots of the centre’s own dates, with the places left', async () => {
    const paris = await slots('svc_paris', '2026-12-01', '2026-12-01');
    assert.equal(paris.timeZone, 'Europe/Paris');
    // Tuesday 1 December in Paris (UTC+1): 10:30, 11:30, 14:30, 16:00, 17:30.
    assert.deepEqual(
      paris.slots.map((slot) => slot.startsAt),
      ['2026-12-01T09:30:00.000Z', '2026-12-01T10:30:00.000Z', '2026-12-01T13:30:00.000Z', '2026-12-01T15:00:00.000Z', '2026-12-01T16:30:00.000Z'],
    );
    const first = paris.slots[0]!;
    await bookRepair(server.deps, server.brand.id, booking(server.items[0]!.serial, { dropOff: { method: 'slot', slotId: first.id } }));
    const after = await slots('svc_paris', '2026-12-01', '2026-12-01');
    assert.deepEqual([after.slots[0]!.capacity, after.slots[0]!.remaining], [3, 2]);

    // 08:30 on 2 December in Tokyo is still 1 December in UTC: it belongs to Tokyo's 2 December.
    const early = await insertSlot(server, { startsAt: '2026-12-01T23:30:00.000Z', capacity: 1, centreId: 'svc_tokyo' });
    assert.ok(!(await slots('svc_tokyo', '2026-12-01', '2026-12-01')).slots.some((slot) => slot.id === early));
    assert.equal((await slots('svc_tokyo', '2026-12-02', '2026-12-02')).slots[0]?.id, early);
  });

  it('lists only slots still ahead of today', async () => {
    const past = await insertSlot(server, { startsAt: '2026-11-25T09:00:00.000Z', capacity: 2 });
    const later = await insertSlot(server, { startsAt: '2026-11-25T15:00:00.000Z', capacity: 2 });
    const today = await slots('svc_paris', '2026-11-25', '2026-11-25');
    assert.deepEqual(
      today.slots.map((slot) => slot.id),
      [later],
    );
    assert.notEqual(past, later);
  });

  it('refuses a reversed or too long range naming to, and an unknown centre with 404', async () => {
    const reversed = await rejection(slots('svc_paris', '2026-12-10', '2026-12-01'));
    assert.deepEqual([reversed.code, reversed.status, reversed.fieldErrors?.[0]?.path], ['validation_failed', 422, 'to']);
    const tooLong = await rejection(slots('svc_paris', '2026-12-01', '2027-03-01'));
    assert.deepEqual([tooLong.code, tooLong.fieldErrors?.[0]?.path], ['validation_failed', 'to']);
    assert.match(tooLong.message, new RegExp(`${slotRangeMaxDays} days`));
    const unknown = await rejection(slots('svc_nowhere', '2026-12-01', '2026-12-01'));
    assert.deepEqual([unknown.code, unknown.status], ['unknown_service_centre', 404]);
  });
});
