/**
 * serve() with a small fetch app, over real connections: refusals before the body, the drain on
 * shutdown, and Node's own refusals as problem+json.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import { afterEach, describe, it } from 'node:test';
import { serve, type ServedApp } from './serve.ts';
import { RawConnection } from './testing/raw-connection.ts';

const refusedBodyBytes = 1_000_000;

/** `/refuse` answers 413 from the headers alone; `/echo` reads the body; `/slow` waits for the test. */
function startApp(): { served: ServedApp; port: () => Promise<number>; releaseSlow: () => void; slowStarted: Promise<void> } {
  let releaseSlow!: () => void;
  const released = new Promise<void>((resolve) => (releaseSlow = resolve));
  let slowStarted!: () => void;
  const started = new Promise<void>((resolve) => (slowStarted = resolve));
  const served = serve({
    hostname: '127.0.0.1',
    port: 0,
    maxRequestBodyBytes: 65_536,
    problemBody: (refusal) => JSON.stringify({ type: 'about:blank', title: refusal.code, status: refusal.status, code: refusal.code, detail: refusal.detail }),
    fetch: async (request) => {
      const path = new URL(request.url).pathname;
      if (path === '/refuse') return new Response('{"code":"payload_too_large"}', { status: 413, headers: { 'Content-Type': 'application/problem+json' } });
      if (path === '/echo') return new Response(await request.text());
      if (path === '/slow') {
        slowStarted();
        await released;
        return new Response('slow done');
      }
      return new Response('ok');
    },
  });
  return { served, port: async () => (await served.listening).port, releaseSlow, slowStarted: started };
}

let running: ServedApp[] = [];
afterEach(async () => {
  await Promise.all(running.map((served) => served.shutdown({ drainTimeoutMs: 0 })));
  running = [];
});

function started(): ReturnType<typeof startApp> {
  const app = startApp();
  running.push(app.served);
  return app;
}

function agentRequest(agent: http.Agent, port: number, method: string, path: string, body?: Buffer): Promise<{ status: number; connection: string | undefined; error?: string }> {
  return new Promise((resolve) => {
    const request = http.request({ host: '127.0.0.1', port, method, path, agent, headers: body ? { 'Content-Length': body.length } : {} }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, connection: response.headers.connection }));
    });
    request.on('error', (error: NodeJS.ErrnoException) => resolve({ status: 0, connection: undefined, error: error.code ?? error.message }));
    request.end(body);
  });
}

describe('an answer sent before the request body arrived', () => {
  it('closes its connection cleanly, and the requests the client sends next are all answered', async () => {
    const { port } = started();
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const portNumber = await port();
      // One socket: the GETs queue behind the refused POST, to be sent on its connection if it stays open.
      const answers = await Promise.all([
        agentRequest(agent, portNumber, 'POST', '/refuse', Buffer.alloc(refusedBodyBytes, 'a')),
        ...Array.from({ length: 5 }, () => agentRequest(agent, portNumber, 'GET', '/')),
      ]);
      assert.deepEqual(answers[0], { status: 413, connection: 'close' });
      for (const answer of answers.slice(1)) assert.equal(answer.status, 200, JSON.stringify(answer));
    } finally {
      agent.destroy();
    }
  });

  it('says Connection: close on the raw connection and then closes it without a reset', async () => {
    const { port } = started();
    const connection = new RawConnection(await port());
    await connection.connected;
    await connection.write(`POST /refuse HTTP/1.1\r\nHost: localhost\r\nContent-Length: ${refusedBodyBytes}\r\n\r\n${'a'.repeat(1000)}`);
    const response = await connection.response();
    assert.equal(response.status, 413);
    assert.equal(response.headers.connection, 'close');
    assert.equal(await connection.ended(), 'closed');
  });

  it('keeps the connection open when the body was read', async () => {
    const { port } = started();
    const connection = new RawConnection(await port());
    await connection.connected;
    await connection.request('POST', '/echo', { body: 'hello' });
    const first = await connection.response();
    assert.equal(first.body, 'hello');
    assert.equal(first.headers.connection, 'keep-alive');
    await connection.request('GET', '/');
    assert.equal((await connection.response()).status, 200);
    connection.close();
  });
});

describe('shutdown', () => {
  it('lets a request in flight finish, answers new requests on open connections with Connection: close, closes idle connections', async () => {
    const { served, port, releaseSlow, slowStarted } = started();
    const busy = new RawConnection(await port());
    const recentlyUsed = new RawConnection(await port());
    await Promise.all([busy.connected, recentlyUsed.connected]);
    await recentlyUsed.request('GET', '/');
    assert.equal((await recentlyUsed.response()).headers.connection, 'keep-alive');
    await busy.request('GET', '/slow');
    await slowStarted;

    const drained = served.shutdown({ drainTimeoutMs: 10_000 });
    // A request the client sends on a connection it had just used: answered, then closed.
    await recentlyUsed.request('GET', '/');
    const late = await recentlyUsed.response();
    assert.equal(late.status, 200);
    assert.equal(late.headers.connection, 'close');
    assert.equal(await recentlyUsed.ended(), 'closed');

    releaseSlow();
    const slow = await busy.response();
    assert.equal(slow.body, 'slow done');
    assert.equal(slow.headers.connection, 'close');
    assert.equal(await busy.ended(), 'closed');
    assert.deepEqual(await drained, { connectionsCut: 0 });
  });

  it('closes a connection left idle without resetting it, and refuses new connections', async () => {
    const { served, port } = started();
    const idle = new RawConnection(await port());
    await idle.connected;
    await idle.request('GET', '/');
    await idle.response();
    const portNumber = await port();
    const drained = served.shutdown({ drainTimeoutMs: 10_000 });
    assert.equal(await idle.ended(), 'closed');
    assert.deepEqual(await drained, { connectionsCut: 0 });
    const late = new RawConnection(portNumber);
    await assert.rejects(late.connected, { code: 'ECONNREFUSED' });
  });

  it('cuts what is still running when the drain time is up', async () => {
    const { served, port, slowStarted } = started();
    const stuck = new RawConnection(await port());
    await stuck.connected;
    await stuck.request('GET', '/slow');
    await slowStarted;
    assert.deepEqual(await served.shutdown({ drainTimeoutMs: 10 }), { connectionsCut: 1 });
  });

  it('answers every request of clients sending back to back while it drains, none reset', async () => {
    const { served, port } = started();
    const clients = 8;
    const portNumber = await port();
    const outcomes: string[] = [];
    let shutdownStarted = false;
    const client = async () => {
      const connection = new RawConnection(portNumber);
      await connection.connected;
      for (let sent = 0; ; sent += 1) {
        try {
          await connection.request('GET', '/');
          const response = await connection.response();
          if (response.status !== 200) outcomes.push(`status ${response.status}`);
          if (response.headers.connection === 'close') {
            outcomes.push(shutdownStarted ? 'closed after an answer' : 'closed early');
            outcomes.push(`end: ${await connection.ended()}`);
            return;
          }
        } catch (error) {
          outcomes.push(`failed: ${(error as Error).message}`);
          return;
        }
        if (sent === 20 && !shutdownStarted) {
          shutdownStarted = true;
          void served.shutdown({ drainTimeoutMs: 10_000 });
        }
      }
    };
    await Promise.all(Array.from({ length: clients }, client));
    assert.deepEqual(outcomes.filter((outcome) => outcome !== 'closed after an answer' && outcome !== 'end: closed'), []);
    assert.equal(outcomes.filter((outcome) => outcome === 'closed after an answer').length, clients);
  });
});

describe("Node's own refusals", () => {
  it('answers a 100,000-character URL with 431 application/problem+json', async () => {
    const { port } = started();
    const connection = new RawConnection(await port());
    await connection.connected;
    await connection.write(`GET /${'a'.repeat(100_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`).catch(() => undefined);
    const response = await connection.response();
    assert.equal(response.status, 431);
    assert.equal(response.headers['content-type'], 'application/problem+json');
    assert.equal(response.headers.connection, 'close');
    assert.equal((JSON.parse(response.body) as { code: string }).code, 'headers_too_large');
  });

  it('answers bytes that are not HTTP with 400 application/problem+json', async () => {
    const { port } = started();
    const connection = new RawConnection(await port());
    await connection.connected;
    await connection.write('HELLO\x00 there\r\n\r\n');
    const response = await connection.response();
    assert.equal(response.status, 400);
    assert.equal(response.headers['content-type'], 'application/problem+json');
    assert.equal((JSON.parse(response.body) as { code: string }).code, 'malformed_request');
  });
});
