/**
 * The staff CLI of @atelier/client (`atelier repairs …`) against this server: here rather than in
 * the client package, which cannot depend on the server. The CLI runs in process, its fetch
 * answered by the app, so what is tested is the command line, the client and the server together.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, it } from 'node:test';
import { runCli } from '@atelier/client/cli';
import type { RepairList, RepairOrder } from '@atelier/client/contract';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { bookRepair } from './booking.ts';
import { booking, staffMove } from './testing.ts';

const apiUrl = 'https://api.atelier.test';

describeEachDatabase('staff CLI', (database) => {
  let server: TestServer;
  let trackingCode: string;
  beforeEach(async () => {
    server = await createTestServer({ database });
    trackingCode = (await bookRepair(server.deps, server.brand.id, booking(server.items[0]!.serial))).trackingCode;
  });
  afterEach(() => server.close());

  async function atelier(...argv: string[]): Promise<{ status: number; out: string; err: string }> {
    const out: string[] = [];
    const err: string[] = [];
    const status = await runCli(argv, {
      env: { ATELIER_API_URL: apiUrl, ATELIER_SECRET_KEY: server.keys.secret },
      out: (text) => out.push(text),
      err: (text) => err.push(text),
      fetch: async (input, init) => server.app.request(input instanceof Request ? input : new Request(input, init)),
    });
    return { status, out: out.join('\n'), err: err.join('\n') };
  }

  it('moves a repair to awaiting_approval with an estimate from --line options, in major units', async () => {
    await staffMove(server, trackingCode, { to: 'received' });
    await staffMove(server, trackingCode, { to: 'diagnosed' });
    const moved = await atelier(
      'repairs', 'advance', trackingCode, '--to', 'awaiting_approval', '--note', 'Mainspring worn.',
      '--line', 'Full service: movement, case, bracelet:650', '--line', 'Mainspring:120.50:covered',
      '--currency', 'eur', '--valid-until', '2026-12-31', '--json',
    );
    assert.equal(moved.status, 0, moved.err);
    const repair = JSON.parse(moved.out) as RepairOrder;
    assert.equal(repair.status, 'awaiting_approval');
    assert.deepEqual(repair.estimate?.lineItems, [
      { description: 'Full service: movement, case, bracelet', amountMinorUnits: 65000, coveredByWarranty: false },
      { description: 'Mainspring', amountMinorUnits: 12050, coveredByWarranty: true },
    ]);
    assert.equal(repair.estimate?.totalMinorUnits, 65000);

    const shown = await atelier('repairs', 'show', trackingCode);
    assert.equal(shown.status, 0, shown.err);
    assert.match(shown.out, /Status:\s+awaiting_approval/);
    assert.match(shown.out, /Mainspring\s+EUR 120\.50\s+covered/);
    assert.match(shown.out, /Total to pay: EUR 650\.00/);
    assert.match(shown.out, /diagnosed\s+awaiting_approval\s+Mainspring worn\./);
  });

  it('takes the estimate from a JSON file', async () => {
    await staffMove(server, trackingCode, { to: 'received' });
    await staffMove(server, trackingCode, { to: 'diagnosed' });
    const directory = await mkdtemp(join(tmpdir(), 'atelier-cli-'));
    try {
      const file = join(directory, 'estimate.json');
      await writeFile(file, JSON.stringify({ currency: 'CHF', lineItems: [{ description: 'Crystal', amountMinorUnits: 30000 }], validUntil: '2026-12-31' }));
      const moved = await atelier('repairs', 'advance', trackingCode, '--to', 'awaiting_approval', '--estimate-file', file, '--json');
      assert.equal(moved.status, 0, moved.err);
      assert.equal((JSON.parse(moved.out) as RepairOrder).estimate?.totalMinorUnits, 30000);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('lists repairs as a table, or as JSON, filtered by status', async () => {
    const table = await atelier('repairs', 'list');
    assert.equal(table.status, 0, table.err);
    assert.match(table.out, /^CODE\s+STATUS\s+SINCE/);
    assert.match(table.out, new RegExp(`${trackingCode}\\s+requested`));

    const json = await atelier('repairs', 'list', '--status', 'received', '--status', 'diagnosed', '--json');
    assert.deepEqual((JSON.parse(json.out) as RepairList).repairs, []);
    const none = await atelier('repairs', 'list', '--status', 'ready');
    assert.equal(none.out, 'No repairs match.');
  });

  it('exits 1 with the API’s message and code on a refused move, 2 on a usage error', async () => {
    const refused = await atelier('repairs', 'advance', trackingCode, '--to', 'ready');
    assert.equal(refused.status, 1);
    assert.match(refused.err, /\(invalid_transition\)/);

    const unknown = await atelier('repairs', 'show', '0000-0000-0000');
    assert.equal(unknown.status, 1);
    assert.match(unknown.err, /\(unknown_repair\)/);

    const noTarget = await atelier('repairs', 'advance', trackingCode);
    assert.equal(noTarget.status, 2);
    assert.match(noTarget.err, /--to is required/);

    const halfEstimate = await atelier('repairs', 'advance', trackingCode, '--to', 'awaiting_approval', '--line', 'Crystal:300');
    assert.equal(halfEstimate.status, 2);
    assert.match(halfEstimate.err, /--currency, --valid-until/);

    const badStatus = await atelier('repairs', 'list', '--status', 'lost');
    assert.equal(badStatus.status, 2);
    assert.match(badStatus.err, /status\.0:/);
  });

  it('refuses to run without its configuration, naming the variables', async () => {
    const err: string[] = [];
    const status = await runCli(['repairs', 'list'], { env: {}, out: () => {}, err: (text) => err.push(text) });
    assert.equal(status, 2);
    assert.match(err.join('\n'), /Set ATELIER_API_URL and ATELIER_SECRET_KEY/);
  });

  it('says the API address is not one, instead of crashing, when ATELIER_API_URL is malformed', async () => {
    const err: string[] = [];
    const env = { ATELIER_API_URL: 'api.example.com', ATELIER_SECRET_KEY: server.keys.secret };
    const status = await runCli(['repairs', 'list'], { env, out: () => {}, err: (text) => err.push(text) });
    assert.equal(status, 2);
    assert.match(err.join('\n'), /^atelier: ATELIER_API_URL must be the API's http\(s\) address, e\.g\. https:\/\/api\.example\.com \(it is "api\.example\.com"\)\.$/);
  });
});
