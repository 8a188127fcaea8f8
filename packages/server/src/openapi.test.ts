import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, beforeEach, it } from 'node:test';
import { createTestServer, describeEachDatabase, type TestServer } from './testing/index.ts';

const checkedInPath = createRequire(import.meta.url).resolve('@atelier/client/openapi.json');

describeEachDatabase('the served OpenAPI document', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database });
  });
  afterEach(() => server.close());

  it('is the checked-in openapi.json, byte for byte once parsed', async () => {
    const served = await (await server.request('/v1/openapi.json')).json();
    assert.deepEqual(served, JSON.parse(readFileSync(checkedInPath, 'utf8')));
  });

  it('documents the paths served outside the operation table with the statuses they answer', async () => {
    const document = (await (await server.request('/v1/openapi.json')).json()) as { paths: Record<string, { get?: { responses: Record<string, unknown> } }> };
    const item = server.items[0]!;
    const gtin = (await server.db.selectFrom('items').select('gtin').where('id', '=', item.id).executeTakeFirstOrThrow()).gtin!;
    const examples: Record<string, { url: string; accept: string; status: number }[]> = {
      '/healthz': [{ url: '/healthz', accept: 'application/json', status: 200 }],
      '/readyz': [{ url: '/readyz', accept: 'application/json', status: 200 }],
      '/v1/openapi.json': [{ url: '/v1/openapi.json', accept: 'application/json', status: 200 }],
      '/01/{gtin}/21/{serial}': [
        { url: `/01/${gtin}/21/${item.serial}`, accept: 'application/json', status: 200 },
        { url: `/01/${gtin}/21/${item.serial}`, accept: 'text/html', status: 307 },
        { url: `/01/${gtin}/21/NO-SUCH-1`, accept: 'application/json', status: 404 },
        { url: `/01/00000000000001/21/${item.serial}`, accept: 'text/html', status: 422 },
      ],
    };
    for (const [path, calls] of Object.entries(examples)) {
      const responses = document.paths[path]?.get?.responses;
      assert.ok(responses, `${path} is documented`);
      for (const call of calls) {
        const response = await server.request(call.url, { headers: { Accept: call.accept, 'X-Forwarded-For': '203.0.113.7' } });
        assert.equal(response.status, call.status, `${call.url} (${call.accept})`);
        assert.ok(responses[String(response.status)], `${path} documents ${String(response.status)}`);
      }
    }
  });
});
