/**
 * The app as `pnpm start` runs it, a real process on real connections: an oversized body, then
 * ordinary requests on the same keep-alive connection, all answered; Node's 431 as problem+json;
 * SIGTERM while clients keep sending: each request answered, connections closed cleanly, exit 0.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { logLine, RawConnection, sendUntilClosed } from '@atelier/node-serve/testing';
import { webhookBodyMaxBytes } from './limits.ts';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));

function agentRequest(agent: http.Agent, port: number, init: { method: string; path: string; headers?: Record<string, string | number>; body?: Buffer }) {
  return new Promise<{ status: number; connection: string | undefined; contentType: string | undefined; error?: string }>((resolve) => {
    const request = http.request({ host: '127.0.0.1', port, agent, method: init.method, path: init.path, headers: init.headers }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, connection: response.headers.connection, contentType: response.headers['content-type'] }));
    });
    request.on('error', (error: NodeJS.ErrnoException) => resolve({ status: 0, connection: undefined, contentType: undefined, error: error.code ?? error.message }));
    request.end(init.body);
  });
}

describe('the app process (pnpm start)', { timeout: 180_000 }, () => {
  let dataDir: string;
  let app: ChildProcess;
  let exited: Promise<number | null>;
  let port: number;
  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'atelier-shopify-main-'));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SHOPIFY_API_KEY: 'atelier-test-client-id',
      SHOPIFY_API_SECRET: 'atelier-test-client-secret-0123456789',
      SHOPIFY_APP_URL: 'https://atelier-app.example',
      SCOPES: 'read_orders,read_customers',
      ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    };
    delete env['DATABASE_URL'];
    app = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    exited = new Promise((resolve) => app.once('exit', (code) => resolve(code)));
    port = ((await logLine(app, 'listening')) as { port: number }).port;
  });
  after(() => {
    app.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers an oversized webhook with 413 and Connection: close, then every request queued on that keep-alive connection', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const oversized = Buffer.alloc(2 * webhookBodyMaxBytes, 'a');
      const answers = await Promise.all([
        agentRequest(agent, port, { method: 'POST', path: '/webhooks', headers: { 'Content-Type': 'application/json', 'Content-Length': oversized.length }, body: oversized }),
        ...Array.from({ length: 10 }, () => agentRequest(agent, port, { method: 'GET', path: '/healthz' })),
      ]);
      assert.deepEqual(answers[0], { status: 413, connection: 'close', contentType: 'application/problem+json' });
      assert.deepEqual(answers.slice(1).map((answer) => answer.error ?? answer.status), Array.from({ length: 10 }, () => 200));
    } finally {
      agent.destroy();
    }
  });

  it('answers a 100,000-character URL with 431 application/problem+json', async () => {
    const connection = new RawConnection(port);
    await connection.connected;
    await connection.write(`GET /proxy/${'a'.repeat(100_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`).catch(() => undefined);
    const response = await connection.response();
    assert.equal(response.status, 431);
    assert.equal(response.headers['content-type'], 'application/problem+json');
    assert.equal((JSON.parse(response.body) as { code: string }).code, 'headers_too_large');
  });

  it('on SIGTERM answers every request clients keep sending, closes their connections and the idle ones cleanly, and exits 0', async () => {
    const idle = new RawConnection(port);
    await idle.connected;
    await idle.request('GET', '/healthz');
    assert.equal((await idle.response()).status, 200);

    const shuttingDown = logLine(app, 'shutting_down');
    let signalled = false;
    const signalAfterFive = (answered: number) => {
      if (answered === 5 && !signalled) {
        signalled = true;
        app.kill('SIGTERM');
      }
    };
    const clients = await Promise.all(Array.from({ length: 6 }, () => sendUntilClosed(port, { path: '/healthz', afterAnswer: signalAfterFive })));
    for (const client of clients) assert.deepEqual({ ...client, answered: client.answered > 0 }, { answered: true, lastSaidClose: true, end: 'closed' });
    await shuttingDown;
    assert.equal(await idle.ended(), 'closed', 'the idle connection is closed, not reset');
    assert.equal(await exited, 0);
  });
});
