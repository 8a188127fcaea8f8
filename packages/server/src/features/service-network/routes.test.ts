/** The service network through HTTP, as the booking widget calls it: query parameters checked, answers shaped by the contract. */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { slotRangeMaxDays, type ServiceCentreList, type ServiceCentreSlots } from '@atelier/client/contract';
import { insertServiceCentres } from '../../seed/building-blocks.ts';
import { demoServiceCentres } from '../../seed/demo-catalogue.ts';
import { insertDropOffSlots } from '../../seed/drop-off-slots.ts';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';

interface Problem {
  status: number;
  code: string;
  detail: string;
  errors?: { path: string; code: string; message: string }[];
}

/** Place du Molard, Genève. */
const geneva = '46.2044,6.1432';

describeEachDatabase('service network routes', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database });
    const others = demoServiceCentres.slice(1);
    await insertServiceCentres(server.db, server.brand.id, others);
    await insertDropOffSlots(server.db, server.brand.id, others, server.clock.now());
  });
  afterEach(() => server.close());


  async function problemOf(response: Response, status: number): Promise<Problem> {
    assert.equal(response.status, status, await response.clone().text());
    assert.match(response.headers.get('Content-Type') ?? '', /application\/problem\+json/);
    return (await response.json()) as Problem;
  }

  it('lists the centres nearest first from near, filtered by country and service', async () => {
    const response = await server.fromWidget(`/v1/service-centres?near=${encodeURIComponent(geneva)}`);
    assert.equal(response.status, 200, await response.clone().text());
    const { centres } = (await response.json()) as ServiceCentreList;
    assert.deepEqual(
      centres.map((centre) => centre.id),
      ['svc_geneve', 'svc_paris', 'svc_new_york', 'svc_tokyo'],
    );
    const paris = centres[1]!;
    assert.equal(paris.timeZone, 'Europe/Paris');
    assert.ok(paris.openingHours.length > 0);
    assert.match(paris.mailInInstructions, /rue de la Paix/);
    assert.deepEqual(paris.services.find((service) => service.serviceType === 'full_service')?.standardTurnaroundDays, 30);

    const filtered = await server.fromWidget('/v1/service-centres?country=ch&service=restoration');
    assert.deepEqual(((await filtered.json()) as ServiceCentreList).centres.map((centre) => [centre.id, centre.distanceKm]), [['svc_geneve', null]]);
  });

  it('says each service’s category, and filters by a jewellery service', async () => {
    const response = await server.fromWidget('/v1/service-centres?service=stone_setting');
    assert.equal(response.status, 200, await response.clone().text());
    const { centres } = (await response.json()) as ServiceCentreList;
    assert.deepEqual(
      centres.map((centre) => centre.id),
      ['svc_paris', 'svc_tokyo'],
    );
    for (const centre of centres) {
      const categoryOf = (code: string) => centre.services.find((service) => service.serviceType === code)?.category;
      assert.deepEqual([categoryOf('full_service'), categoryOf('stone_setting'), categoryOf('cleaning')], ['watch', 'jewellery', 'jewellery'], centre.id);
    }
  });

  it('refuses a malformed or unknown query parameter with 422 naming it', async () => {
    const badPoint = await problemOf(await server.fromWidget('/v1/service-centres?near=paris'), 422);
    assert.equal(badPoint.code, 'validation_failed');
    assert.deepEqual(badPoint.errors?.map((error) => error.path), ['near']);
    assert.match(badPoint.detail, /near/);

    const unknown = await problemOf(await server.fromWidget('/v1/service-centres?city=Paris'), 422);
    assert.deepEqual(unknown.errors?.map((error) => error.path), ['city']);

    const repeated = await problemOf(await server.fromWidget('/v1/service-centres?country=FR&country=CH'), 422);
    assert.deepEqual(repeated.errors?.map((error) => error.path), ['country']);
  });

  it('lists a centre’s slots for a range of its own days', async () => {
    const response = await server.fromWidget('/v1/service-centres/svc_tokyo/slots?from=2026-12-01&to=2026-12-07');
    assert.equal(response.status, 200, await response.clone().text());
    const answer = (await response.json()) as ServiceCentreSlots;
    assert.equal(answer.timeZone, 'Asia/Tokyo');
    assert.ok(answer.slots.length > 0);
    assert.ok(answer.slots.every((slot) => slot.serviceCentreId === 'svc_tokyo' && slot.remaining === slot.capacity));
    // 1 December 00:00 in Tokyo is 30 November 15:00 UTC; 8 December 00:00 ends the range.
    assert.ok(answer.slots.every((slot) => slot.startsAt >= '2026-11-30T15:00:00.000Z' && slot.startsAt < '2026-12-07T15:00:00.000Z'));
  });

  it('refuses a missing, reversed or too long range naming the field, and an unknown centre with 404', async () => {
    const missing = await problemOf(await server.fromWidget('/v1/service-centres/svc_paris/slots?from=2026-12-01'), 422);
    assert.deepEqual(missing.errors?.map((error) => error.path), ['to']);

    const reversed = await problemOf(await server.fromWidget('/v1/service-centres/svc_paris/slots?from=2026-12-10&to=2026-12-01'), 422);
    assert.deepEqual([reversed.code, reversed.errors?.[0]?.path], ['validation_failed', 'to']);

    const tooLong = await problemOf(await server.fromWidget('/v1/service-centres/svc_paris/slots?from=2026-12-01&to=2027-03-01'), 422);
    assert.deepEqual(tooLong.errors?.map((error) => error.path), ['to']);
    assert.match(tooLong.detail, new RegExp(`${slotRangeMaxDays} days`));

    const unknown = await problemOf(await server.fromWidget('/v1/service-centres/svc_nowhere/slots?from=2026-12-01&to=2026-12-01'), 404);
    assert.equal(unknown.code, 'unknown_service_centre');
  });

  it('needs a key', async () => {
    const response = await server.request('/v1/service-centres');
    assert.equal(response.status, 401);
  });
});
