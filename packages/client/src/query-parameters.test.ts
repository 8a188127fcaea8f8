/** Query parameters end to end on the client side: checked before sending, sent as the URL's search, described in OpenAPI. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient, ValidationError } from './index.ts';
import type { FetchFunction } from './index.ts';
import { buildOpenApiDocument } from './openapi.ts';

const baseUrl = 'https://api.atelier.test';

/** A fetch that records the URLs it was asked for and answers each with `body`. */
function recordingFetch(body: unknown): { fetch: FetchFunction; urls: URL[] } {
  const urls: URL[] = [];
  return {
    urls,
    fetch: (input) => {
      urls.push(new URL(input instanceof Request ? input.url : String(input)));
      return Promise.resolve(Response.json(body));
    },
  };
}

describe('query parameters', () => {
  it('sends the given parameters in the URL, in their input form, leaving out those not given', async () => {
    const fake = recordingFetch({ centres: [] });
    const client = createClient({ baseUrl, publishableKey: 'pk_test', fetch: fake.fetch });
    await client.serviceCentres.list({ country: 'FR', near: '48.8566,2.3522', service: undefined });
    const [url] = fake.urls;
    assert.equal(url?.pathname, '/v1/service-centres');
    assert.deepEqual([...url!.searchParams], [['country', 'FR'], ['near', '48.8566,2.3522']]);

    await client.serviceCentres.list();
    assert.equal(fake.urls[1]?.search, '');
  });

  it('puts path and query parameters each in their place', async () => {
    const fake = recordingFetch({ serviceCentreId: 'svc_paris', timeZone: 'Europe/Paris', slots: [] });
    const client = createClient({ baseUrl, publishableKey: 'pk_test', fetch: fake.fetch });
    await client.serviceCentres.slots('svc_paris', { from: '2026-12-01', to: '2026-12-07' });
    assert.equal(fake.urls[0]?.pathname, '/v1/service-centres/svc_paris/slots');
    assert.equal(fake.urls[0]?.search, '?from=2026-12-01&to=2026-12-07');
  });

  it('refuses an invalid parameter before sending, naming it', async () => {
    const fake = recordingFetch({ centres: [] });
    const client = createClient({ baseUrl, publishableKey: 'pk_test', fetch: fake.fetch });
    await assert.rejects(client.serviceCentres.list({ near: 'Paris' }), (error) => {
      assert.ok(error instanceof ValidationError);
      assert.deepEqual(error.fieldErrors.map((fieldError) => fieldError.path), ['near']);
      return true;
    });
    assert.equal(fake.urls.length, 0);
  });

  it('describes each parameter in the OpenAPI document, required only when the schema says so', () => {
    const document = buildOpenApiDocument();
    type Parameter = { name: string; in: string; required: boolean; schema: Record<string, unknown> };
    const parametersOf = (path: string) => (document.paths[path]?.['get'] as { parameters: Parameter[] }).parameters;

    const directory = parametersOf('/v1/service-centres');
    assert.deepEqual(
      directory.map(({ name, in: where, required }) => [name, where, required]),
      [
        ['country', 'query', false],
        ['service', 'query', false],
        ['near', 'query', false],
      ],
    );
    // The wire form of `near`, a string, not the point it is parsed into.
    assert.equal(directory.find((parameter) => parameter.name === 'near')?.schema['type'], 'string');

    const slots = parametersOf('/v1/service-centres/{serviceCentreId}/slots');
    assert.deepEqual(
      slots.map(({ name, in: where, required }) => [name, where, required]),
      [
        ['serviceCentreId', 'path', true],
        ['from', 'query', true],
        ['to', 'query', true],
      ],
    );
  });
});
