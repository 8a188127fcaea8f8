/**
 * The API over real keep-alive connections (the server as `atelier-server start` serves it):
 * an answer given before the body arrived (413, 415, 401) closes its connection cleanly, and the
 * requests a client sends next are all answered; Node's own 431 is problem+json.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, it } from 'node:test';
import { problemMediaType } from '@atelier/client/contract';
import { serve, type ServedApp } from '@atelier/node-serve';
import { RawConnection } from '@atelier/node-serve/testing';
import { requestBodyLimitBytes } from '../limits.ts';
import { createTestServer, describeEachDatabase, type TestServer } from '../testing/harness.ts';
import { problemDocument } from './problem.ts';

const oversizedBodyBytes = 16 * requestBodyLimitBytes;

interface AgentAnswer {
  status: number;
  connection: string | undefined;
  contentType: string | undefined;
  error?: string;
}

function agentRequest(agent: http.Agent, port: number, init: { method: string; path: string; headers?: Record<string, string | number>; body?: Buffer }): Promise<AgentAnswer> {
  return new Promise((resolve) => {
    const request = http.request({ host: '127.0.0.1', port, agent, method: init.method, path: init.path, headers: init.headers }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, connection: response.headers.connection, contentType: response.headers['content-type'] }));
    });
    request.on('error', (error: NodeJS.ErrnoException) => resolve({ status: 0, connection: undefined, contentType: undefined, error: error.code ?? error.message }));
    request.end(init.body);
  });
}

describeEachDatabase('connections', (database) => {
  let server: TestServer;
  let served: ServedApp;
  let port: number;
  before(async () => {
    server = await createTestServer({ database });
    served = serve({ fetch: server.app.fetch, hostname: '127.0.0.1', port: 0, maxRequestBodyBytes: requestBodyLimitBytes, problemBody: (refusal) => JSON.stringify(problemDocument(refusal)) });
    port = (await served.listening).port;
  });
  after(async () => {
    await served.shutdown({ drainTimeoutMs: 0 });
    await server.close();
  });

  it('answers an oversized body with 413 and Connection: close, then every request queued on that keep-alive connection', { timeout: 60_000 }, async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const oversized = Buffer.alloc(oversizedBodyBytes, 'a');
      const answers = await Promise.all([
        agentRequest(agent, port, {
          method: 'POST',
          path: '/v1/sales',
          headers: { Authorization: `Bearer ${server.keys.secret}`, 'Content-Type': 'application/json', 'Content-Length': oversized.length },
          body: oversized,
        }),
        ...Array.from({ length: 10 }, () => agentRequest(agent, port, { method: 'GET', path: '/v1/brand', headers: { Authorization: `Bearer ${server.keys.publishable}` } })),
      ]);
      assert.deepEqual(answers[0], { status: 413, connection: 'close', contentType: problemMediaType });
      assert.deepEqual(answers.slice(1).map((answer) => answer.error ?? answer.status), Array.from({ length: 10 }, () => 200));
    } finally {
      agent.destroy();
    }
  });

  for (const refusal of [
    { name: 'a body announced over the limit', framing: `Content-Length: ${oversizedBodyBytes}`, firstBytes: '{"serial":' },
    // Chunked: no size announced; the limit is found exceeded while reading.
    { name: 'a chunked body that grows over the limit', framing: 'Transfer-Encoding: chunked', firstBytes: `${(requestBodyLimitBytes + 1).toString(16)}\r\n${'a'.repeat(requestBodyLimitBytes + 1)}\r\n` },
  ]) {
    it(`answers 413 for ${refusal.name}, while the body is still arriving, with Connection: close and closes without a reset`, { timeout: 60_000 }, async () => {
      const connection = new RawConnection(port);
      await connection.connected;
      // The headers and the first bytes of the body: the rest never comes.
      await connection.write(`POST /v1/sales HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${server.keys.secret}\r\nContent-Type: application/json\r\n${refusal.framing}\r\n\r\n${refusal.firstBytes}`);
      const response = await connection.response();
      assert.equal(response.status, 413);
      assert.equal(response.headers['content-type'], problemMediaType);
      assert.equal(response.headers.connection, 'close');
      assert.equal(await connection.ended(), 'closed');
    });
  }

  it('keeps the connection usable after refusing a request whose body is within the limit, arrived or still arriving', { timeout: 60_000 }, async () => {
    const connection = new RawConnection(port);
    await connection.connected;
    await connection.request('POST', '/v1/sales', { headers: { 'Content-Type': 'application/json' }, body: '{"serial":"FX-100001"}' });
    const refused = await connection.response();
    assert.equal(refused.status, 401);
    assert.equal(refused.headers.connection, 'keep-alive');

    const announcedBytes = requestBodyLimitBytes / 2;
    await connection.write(`POST /v1/sales HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: ${announcedBytes}\r\n\r\n`);
    const refusedEarly = await connection.response();
    assert.equal(refusedEarly.status, 401);
    assert.equal(refusedEarly.headers.connection, 'keep-alive');
    // The rest of that body, then the next request on the same connection.
    await connection.write('x'.repeat(announcedBytes));
    await connection.request('GET', '/healthz');
    assert.equal((await connection.response()).status, 200);
    connection.close();
  });

  it('answers a 100,000-character URL with 431 application/problem+json', { timeout: 60_000 }, async () => {
    const connection = new RawConnection(port);
    await connection.connected;
    await connection.write(`GET /v1/provenance/${'A'.repeat(100_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`).catch(() => undefined);
    const response = await connection.response();
    assert.equal(response.status, 431);
    assert.equal(response.headers['content-type'], problemMediaType);
    const problem = JSON.parse(response.body) as { code: string; status: number; type: string };
    assert.deepEqual({ code: problem.code, status: problem.status, type: problem.type }, { code: 'headers_too_large', status: 431, type: 'https://atelier.dev/problems/headers-too-large' });
  });
});
