/** The service desk's list of repairs through HTTP: filters, newest first, pages that neither repeat nor skip. */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { repairListMaxLimit, type RepairList } from '@atelier/client/contract';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { bookRepair } from './booking.ts';
import { booking, staffMove } from './testing.ts';

const minuteMs = 60_000;

describeEachDatabase('repair listing', (database) => {
  let server: TestServer;
  /** Tracking codes, oldest booking first. */
  let codes: string[];

  beforeEach(async () => {
    server = await createTestServer({ database });
    codes = [];
    for (const item of [...server.items.slice(0, 4), server.unavailableItems.stolen]) {
      const tracker = await bookRepair(server.deps, server.brand.id, booking(item.serial));
      codes.push(tracker.trackingCode);
      server.clock.advance(minuteMs);
    }
    await staffMove(server, codes[0]!, { to: 'received' });
    await staffMove(server, codes[1]!, { to: 'received' });
    await staffMove(server, codes[1]!, { to: 'diagnosed', note: 'Mainspring worn.' });
  });
  afterEach(() => server.close());

  async function list(search = ''): Promise<RepairList> {
    const response = await server.request(`/v1/repairs${search}`, { key: 'secret' });
    assert.equal(response.status, 200, await response.clone().text());
    return (await response.json()) as RepairList;
  }

  async function refusal(search: string): Promise<{ code: string; errors: { path: string }[] }> {
    const response = await server.request(`/v1/repairs${search}`, { key: 'secret' });
    assert.equal(response.status, 422, await response.clone().text());
    return (await response.json()) as { code: string; errors: { path: string }[] };
  }

  it('lists every repair newest first, with what the desk needs on one line', async () => {
    const { repairs, nextCursor } = await list();
    assert.deepEqual(
      repairs.map((repair) => repair.trackingCode),
      [...codes].reverse(),
    );
    assert.equal(nextCursor, null);
    const diagnosed = repairs.find((repair) => repair.trackingCode === codes[1])!;
    assert.equal(diagnosed.status, 'diagnosed');
    assert.equal(diagnosed.serial, server.items[1]!.serial);
    assert.equal(diagnosed.serviceCentreName, 'Atelier de Service Paris');
    assert.equal(diagnosed.contactName, 'Ada Owner');
    // Moved after the last booking, at the clock's current time.
    assert.equal(diagnosed.statusSince, server.clock.now().toISOString());
    assert.ok(diagnosed.promisedDate !== null);
  });

  it('filters by status, repeated or as a comma list, by centre and by flag', async () => {
    // codes[1] (diagnosed) was booked after codes[0] (received): newest first.
    const inHand = [codes[1], codes[0]];
    assert.deepEqual((await list('?status=received&status=diagnosed')).repairs.map((repair) => repair.trackingCode), inHand);
    assert.deepEqual((await list('?status=received,diagnosed')).repairs.map((repair) => repair.trackingCode), inHand);
    assert.equal((await list('?status=requested')).repairs.length, 3);

    const flagged = (await list('?flagged=true')).repairs;
    assert.deepEqual(
      flagged.map((repair) => [repair.trackingCode, repair.flaggedItemStatus]),
      [[codes[4], 'stolen']],
    );
    assert.equal((await list('?flagged=false')).repairs.length, 4);
    assert.equal((await list('?serviceCentreId=svc_paris')).repairs.length, 5);
    assert.equal((await list('?serviceCentreId=svc_elsewhere')).repairs.length, 0);
  });

  it('pages with limit and cursor, each repair exactly once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: RepairList = await list(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      assert.ok(page.repairs.length <= 2);
      seen.push(...page.repairs.map((repair) => repair.trackingCode));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== null);
    assert.equal(pages, 3);
    assert.deepEqual(seen, [...codes].reverse());
  });

  it('refuses a bad status, limit, flag, cursor or an unknown parameter, naming it', async () => {
    assert.deepEqual((await refusal('?status=received,lost')).errors.map((error) => error.path), ['status.1']);
    assert.deepEqual((await refusal(`?limit=${repairListMaxLimit + 1}`)).errors.map((error) => error.path), ['limit']);
    assert.deepEqual((await refusal('?limit=ten')).errors.map((error) => error.path), ['limit']);
    assert.deepEqual((await refusal('?flagged=yes')).errors.map((error) => error.path), ['flagged']);
    assert.deepEqual((await refusal('?cursor=not-ours')).errors.map((error) => error.path), ['cursor']);
    assert.deepEqual((await refusal('?centre=svc_paris')).errors.map((error) => error.path), ['centre']);
  });

  it('is for the service desk: a publishable key is refused', async () => {
    const response = await server.fromWidget('/v1/repairs');
    assert.equal(response.status, 403);
  });
});
