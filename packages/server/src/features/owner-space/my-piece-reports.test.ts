/**
 * Issue 16, from the owner's space: an owner reports a piece of theirs stolen, then found, through
 * the brand's own theft report and recovery (one path: the piece's public history says so), or
 * lost (its status only: no public event yet), and can do none of it for a piece that is not theirs.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import type { OwnedPieceDetail, ProvenanceRecord } from '@atelier/client/contract';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { asOwner, giveOwnerPiece, signInOwner } from './testing.ts';

const ownerEmail = 'ada@example.com';

describeEachDatabase('reporting a piece stolen, lost or found from the owner space', (database) => {
  let server: TestServer;
  let cookie: string;
  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 2 });
    await giveOwnerPiece(server, { email: ownerEmail, item: server.items[0]! });
    await giveOwnerPiece(server, { email: 'someone@example.com', item: server.items[1]! });
    cookie = await signInOwner(server, ownerEmail);
  });
  afterEach(() => server.close());

  const serial = () => server.items[0]!.serial;
  const report = (path: 'theft-reports' | 'loss-reports' | 'recoveries', body: object = {}, which = serial()) => asOwner(server, cookie, `/v1/owner/pieces/${which}/${path}`, { body });
  async function publicEvents(which: string): Promise<string[]> {
    const record = (await (await server.request(`/v1/provenance/${which}`, { key: 'publishable', origin: server.keys.origin })).json()) as ProvenanceRecord;
    return record.events.map((event) => event.type);
  }

  it('reports the piece stolen: the piece and its public history say so, once', async () => {
    const reported = await report('theft-reports', { country: 'FR', city: 'Paris' });
    assert.equal(reported.status, 200, await reported.clone().text());
    const piece = (await reported.json()) as OwnedPieceDetail;
    assert.equal(piece.status, 'stolen');
    assert.deepEqual(piece.timeline.at(-1), { kind: 'provenance', at: server.clock.now().toISOString(), event: { type: 'reported_stolen', country: 'FR', city: 'Paris' } });
    assert.equal((await publicEvents(serial())).at(-1), 'reported_stolen');
    const again = await report('theft-reports');
    assert.equal(again.status, 409);
    assert.equal(((await again.json()) as { code: string }).code, 'already_reported_stolen');
    assert.equal((await asOwner(server, cookie, '/v1/owner/pieces')).status, 200, 'a stolen piece is still theirs');
  });

  it('reports it found: back in their hands, the report kept in the history', async () => {
    assert.equal((await report('recoveries')).status, 409, 'not reported stolen yet');
    await report('theft-reports');
    const found = await report('recoveries', { country: 'FR', city: 'Lyon' });
    assert.equal(found.status, 200, await found.clone().text());
    const piece = (await found.json()) as OwnedPieceDetail;
    assert.equal(piece.status, 'sold');
    assert.deepEqual(piece.timeline.slice(-2).map((entry) => entry.event?.type), ['reported_stolen', 'recovered']);
  });

  it('reports the piece lost: the piece says so and the public record shows the status, with no event; once', async () => {
    const before = await publicEvents(serial());
    const reported = await report('loss-reports');
    assert.equal(reported.status, 200, await reported.clone().text());
    const piece = (await reported.json()) as OwnedPieceDetail;
    assert.equal(piece.status, 'lost');
    assert.deepEqual(await publicEvents(serial()), before, 'a loss appends no provenance event');
    const record = (await (await server.request(`/v1/provenance/${serial()}`, { key: 'publishable', origin: server.keys.origin })).json()) as ProvenanceRecord;
    assert.equal(record.status, 'lost');
    const again = await report('loss-reports');
    assert.equal(again.status, 409);
    assert.equal(((await again.json()) as { code: string }).code, 'already_reported_lost');
    const notStolenToo = await report('theft-reports');
    assert.equal(notStolenToo.status, 409);
    assert.equal(((await notStolenToo.json()) as { code: string }).code, 'item_unavailable');
    assert.equal((await asOwner(server, cookie, '/v1/owner/pieces')).status, 200, 'a lost piece is still theirs');
  });

  it('refuses a loss report with a body it does not know, naming the field', async () => {
    const refused = await report('loss-reports', { city: 'Paris' });
    assert.equal(refused.status, 422);
    const problem = (await refused.json()) as { code: string; errors: { path: string }[] };
    assert.equal(problem.code, 'validation_failed');
    assert.ok(problem.errors.some((error) => error.path.includes('city')), JSON.stringify(problem.errors));
  });

  it('reports a lost piece found: back in their hands, nothing appended to the public history', async () => {
    await report('loss-reports');
    const before = await publicEvents(serial());
    const found = await report('recoveries');
    assert.equal(found.status, 200, await found.clone().text());
    assert.equal(((await found.json()) as OwnedPieceDetail).status, 'sold');
    assert.deepEqual(await publicEvents(serial()), before);
    assert.equal((await report('recoveries')).status, 409, 'found once');
  });

  it("cannot report another owner's piece: 404 as for a serial that does not exist, and the piece is untouched", async () => {
    const other = server.items[1]!.serial;
    for (const path of ['theft-reports', 'loss-reports', 'recoveries'] as const) {
      const refused = await report(path, {}, other);
      assert.equal(refused.status, 404, path);
      assert.equal(((await refused.json()) as { code: string }).code, 'unknown_serial');
    }
    assert.ok(!(await publicEvents(other)).includes('reported_stolen'));
    const item = await server.db.selectFrom('items').select('status').where('serial', '=', other).executeTakeFirstOrThrow();
    assert.equal(item.status, 'sold');
  });
});
