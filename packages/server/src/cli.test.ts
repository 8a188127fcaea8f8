/** The CLI as an operator runs it: seed, start, SIGTERM while a request is in flight and clients keep sending. */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { logLine, RawConnection, sendUntilClosed } from '@atelier/node-serve/testing';
import type { DemoCredentials } from './seed/demo.ts';

const cli = fileURLToPath(new URL('../bin/atelier-server.js', import.meta.url));

function environment(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' };
  delete env['DATABASE_URL'];
  delete env['SMTP_URL'];
  return env;
}

function run(dataDir: string, args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { env: environment(dataDir), encoding: 'utf8' });
}

describe('atelier-server CLI', () => {
  let dataDir: string;
  before(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'atelier-cli-'));
  });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('prints usage and exits 2 on an unknown command', () => {
    const result = run(dataDir, ['launch']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /Unknown command "launch"/);
  });

  it('prints the usage, listing every command and the environment, for -h, --help and help', () => {
    for (const flag of ['-h', '--help', 'help']) {
      const result = run(dataDir, [flag]);
      assert.equal(result.status, 0, `${flag}: ${result.stderr}`);
      for (const command of ['start', 'migrate', 'seed --demo', 'brands list', 'keys create']) assert.ok(result.stdout.includes(command), `${flag} lists ${command}`);
      for (const variable of ['PORT', 'DATABASE_URL', 'DATA_DIR', 'SMTP_URL', 'PUBLIC_URL', 'TRUST_PROXY', 'AUDIT_ADDRESS_SALT']) {
        assert.match(result.stdout, new RegExp(`^  ${variable} `, 'm'), `${flag} explains ${variable}`);
      }
    }
  });

  it('prints the package version for --version', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    const result = run(dataDir, ['--version']);
    assert.equal(result.status, 0);
    assert.equal(result.stdout.trim(), manifest.version);
  });

  it("prints a command's own usage for --help, even before the environment is configured", () => {
    const result = spawnSync(process.execPath, [cli, 'keys', 'create', '--help'], { env: { ...environment(dataDir), PORT: 'eighty' }, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Usage: atelier-server keys create --brand <id> --kind publishable\|secret\|retailer/);
    assert.ok(!result.stdout.includes('seed --demo'), 'only the asked command');
  });

  it('names the variable when the configuration is wrong', () => {
    const result = spawnSync(process.execPath, [cli, 'migrate'], { env: { ...environment(dataDir), PORT: 'eighty' }, encoding: 'utf8' });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /PORT must be a port number/);
  });

  it('refuses a key for a brand that does not exist', () => {
    const result = run(dataDir, ['keys', 'create', '--brand', 'brand_nope', '--kind', 'secret']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /No brand with id "brand_nope"\. See the ids with `atelier-server brands list`/);
  });

  it('lists the brands by id and name, so keys create --brand can be given one', () => {
    const empty = run(dataDir, ['brands', 'list']);
    assert.equal(empty.status, 0, empty.stderr);
    assert.match(empty.stdout, /No brand yet/);
    assert.equal(run(dataDir, ['seed', '--demo']).status, 0);
    const listed = run(dataDir, ['brands', 'list']);
    assert.equal(listed.status, 0, listed.stderr);
    assert.match(listed.stdout, /^brand_maison_aubert\s+Maison Aubert$/m);
  });

  it('seeds the demo and creates a key for it, printed once', () => {
    const seeded = run(dataDir, ['seed', '--demo']);
    assert.equal(seeded.status, 0, seeded.stderr);
    assert.match(seeded.stdout, /MA-240001/);
    const key = run(dataDir, ['keys', 'create', '--brand', 'brand_maison_aubert', '--kind', 'publishable', '--origin', 'https://www.maison-aubert.example']);
    assert.equal(key.status, 0, key.stderr);
    assert.match(key.stdout, /pk_[A-Za-z0-9_-]{32}/);
    const retailerKey = run(dataDir, ['keys', 'create', '--brand', 'brand_maison_aubert', '--kind', 'retailer', '--retailer', 'rtl_aubert_vendome']);
    assert.equal(retailerKey.status, 0, retailerKey.stderr);
    assert.match(retailerKey.stdout, /retailer rtl_aubert_vendome of Maison Aubert/);
    assert.match(retailerKey.stdout, /rk_[A-Za-z0-9_-]{32}/);
    const noRetailer = run(dataDir, ['keys', 'create', '--brand', 'brand_maison_aubert', '--kind', 'retailer']);
    assert.equal(noRetailer.status, 2);
    assert.match(noRetailer.stderr, /--retailer <id> is required/);
    const unknownRetailer = run(dataDir, ['keys', 'create', '--brand', 'brand_maison_aubert', '--kind', 'retailer', '--retailer', 'ret_nope']);
    assert.equal(unknownRetailer.status, 2);
    assert.match(unknownRetailer.stderr, /no retailer with id "ret_nope"/);
  });

  it('adds a first brand admin and says how they sign in, once per address', () => {
    assert.equal(run(dataDir, ['seed', '--demo']).status, 0);
    const added = run(dataDir, ['people', 'create-admin', '--brand', 'brand_maison_aubert', '--email', 'Head.Office@Maison-Aubert.example', '--name', 'Anne Aubert']);
    assert.equal(added.status, 0, added.stderr);
    assert.match(added.stdout, /Added Head\.Office@Maison-Aubert\.example as a brand admin of Maison Aubert/);
    assert.ok(added.stdout.includes('open http://localhost:0/console/, type Head.Office@Maison-Aubert.example'), added.stdout);
    assert.ok(added.stdout.includes(join(dataDir, 'mail')), 'says where the link is written without SMTP');
    const database = new DatabaseSync(join(dataDir, 'atelier.sqlite'));
    try {
      const row = database.prepare("select role, status, retailer_id from people where email_normalized = 'head.office@maison-aubert.example'").get();
      assert.deepEqual({ ...row }, { role: 'admin', status: 'invited', retailer_id: null });
    } finally {
      database.close();
    }
    const again = run(dataDir, ['people', 'create-admin', '--brand', 'brand_maison_aubert', '--email', 'head.office@maison-aubert.example']);
    assert.equal(again.status, 2);
    assert.match(again.stderr, /already has someone with the address/);
    const noEmail = run(dataDir, ['people', 'create-admin', '--brand', 'brand_maison_aubert', '--email', 'not-an-address']);
    assert.equal(noEmail.status, 2);
    assert.match(noEmail.stderr, /--email <address> is required/);
  });

  it('drafts the care reminders due as of a day, once, and names a wrong day or brand', () => {
    assert.equal(run(dataDir, ['seed', '--demo']).status, 0);
    const inThreeYears = new Date(Date.now() + 3 * 365 * 86_400_000).toISOString().slice(0, 10);
    const drafted = run(dataDir, ['care', 'sweep', '--as-of', inThreeYears]);
    assert.equal(drafted.status, 0, drafted.stderr);
    const count = Number(/^Maison Aubert: (\d+) care reminders? drafted as of (\d{4}-\d{2}-\d{2})\.$/m.exec(drafted.stdout)?.[1]);
    assert.ok(count > 0, `three years on, the demo's pieces are due for care: ${drafted.stdout}`);
    const database = new DatabaseSync(join(dataDir, 'atelier.sqlite'));
    try {
      const row = database.prepare("select count(*) as drafts from care_reminders where status = 'draft' and drafted_at like ?").get(`${inThreeYears}%`) as { drafts: number };
      assert.equal(row.drafts, count, 'the drafts are dated the day of the sweep');
    } finally {
      database.close();
    }
    const again = run(dataDir, ['care', 'sweep', '--as-of', inThreeYears, '--brand', 'brand_maison_aubert']);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /^Maison Aubert: 0 care reminders drafted as of /m, 'a reminder is drafted once');
    const wrongDay = run(dataDir, ['care', 'sweep', '--as-of', '07/12/2029']);
    assert.equal(wrongDay.status, 2);
    assert.match(wrongDay.stderr, /--as-of must be a day written YYYY-MM-DD/);
    const wrongBrand = run(dataDir, ['care', 'sweep', '--brand', 'brand_nope']);
    assert.equal(wrongBrand.status, 2);
    assert.match(wrongBrand.stderr, /No brand with id "brand_nope"/);
    const noSubcommand = run(dataDir, ['care']);
    assert.equal(noSubcommand.status, 2);
    assert.match(noSubcommand.stderr, /Usage: atelier-server care sweep/);
  });

  it('on SIGTERM stops accepting, finishes the request in flight, answers or cleanly closes every open connection, closes the database and exits 0', async () => {
    const credentials = JSON.parse(readFileSync(join(dataDir, 'demo-credentials.json'), 'utf8')) as DemoCredentials;
    const server = spawn(process.execPath, [cli, 'start'], { env: environment(dataDir), stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    const { port } = (await logLine(server, 'listening')) as { port: number };

    const piece = credentials.samplePieces[0]!;
    const body = JSON.stringify({
      serial: piece.serial,
      cardCode: piece.cardCode,
      purchaseDate: '2026-11-01',
      owner: { name: 'Ada Lovelace', email: 'ada@example.com', country: 'GB', language: 'en' },
      consents: { service: true, marketing: false },
    });
    const inFlight = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/v1/warranties/activations',
      headers: { Authorization: `Bearer ${credentials.publishableKey}`, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
    });
    const answered = new Promise<IncomingMessage>((resolve, reject) => inFlight.on('response', resolve).on('error', reject));
    // Half the body now: the server is reading the request when the signal arrives.
    inFlight.write(body.slice(0, 40));
    await new Promise<void>((resolve) => inFlight.once('socket', (socket) => socket.once('connect', () => resolve())));
    await new Promise((resolve) => setTimeout(resolve, 200));

    // A public lookup just before the signal: its audit row is written by the SQLite writer thread.
    const lookedUp = await fetch(`http://127.0.0.1:${port}/v1/provenance/${piece.serial}`, { headers: { Authorization: `Bearer ${credentials.publishableKey}` } });
    assert.equal(lookedUp.status, 200);
    // A keep-alive connection its client has stopped using.
    const idle = new RawConnection(port);
    await idle.connected;
    await idle.request('GET', '/healthz');
    assert.equal((await idle.response()).status, 200);

    // Clients sending requests back to back on their keep-alive connections through the signal:
    // each request is answered; the answers after it say Connection: close, and the connection
    // then ends cleanly, never reset.
    const shuttingDown = logLine(server, 'shutting_down');
    let signalled = false;
    const signalAfterFive = (answered: number) => {
      if (answered === 5 && !signalled) {
        signalled = true;
        server.kill('SIGTERM');
      }
    };
    const busyClients = await Promise.all(Array.from({ length: 6 }, () => sendUntilClosed(port, { path: '/healthz', afterAnswer: signalAfterFive })));
    for (const client of busyClients) assert.deepEqual({ ...client, answered: client.answered > 0 }, { answered: true, lastSaidClose: true, end: 'closed' });
    await shuttingDown;
    // A fresh socket, not fetch: fetch could reuse the keep-alive connection of the lookup above.
    await assert.rejects(new RawConnection(port).connected, 'a new connection must be refused while draining');

    inFlight.end(body.slice(40));
    const response = await answered;
    assert.equal(response.statusCode, 201);
    assert.equal(response.headers.connection, 'close', 'the answer in flight closes its connection');
    response.resume();
    assert.equal(await idle.ended(), 'closed', 'the idle connection is closed, not reset');
    assert.equal(await exited, 0);

    const database = new DatabaseSync(join(dataDir, 'atelier.sqlite'));
    try {
      assert.deepEqual({ ...database.prepare('PRAGMA integrity_check').get() }, { integrity_check: 'ok' });
      const warranty = database.prepare("SELECT w.status FROM warranties w JOIN items i ON i.id = w.item_id WHERE i.serial = ?").get(piece.serial);
      assert.deepEqual({ ...warranty }, { status: 'pending_confirmation' });
      const audited = database.prepare('SELECT outcome FROM provenance_lookups WHERE serial = ?').all(piece.serial);
      assert.deepEqual(audited.map((row) => ({ ...row })), [{ outcome: 'answered' }], 'the lookup was audited before the process exited');
    } finally {
      database.close();
    }
    assert.ok(!existsSync(join(dataDir, 'atelier.sqlite-wal')) || readFileSync(join(dataDir, 'atelier.sqlite-wal')).length === 0, 'the WAL was checkpointed on close');
  });
});
