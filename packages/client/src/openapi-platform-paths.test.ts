import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { operations } from './contract/operations.ts';
import { buildOpenApiDocument } from './openapi.ts';

const document = buildOpenApiDocument();

type PathItem = Record<string, { operationId: string; security: unknown[]; tags: string[]; responses: Record<string, unknown> }>;

describe('OpenAPI paths outside the operation table', () => {
  it('documents the Digital Link resolver and the health probes, without a key', () => {
    for (const path of ['/01/{gtin}/21/{serial}', '/healthz', '/readyz']) {
      const item = document.paths[path] as PathItem | undefined;
      assert.ok(item?.['get'], `${path} is documented`);
      assert.deepEqual(item['get'].security, [], `${path} takes no key`);
      for (const tag of item['get'].tags) assert.ok(document.tags.some((known) => known.name === tag), `${path}'s tag ${tag} is described`);
    }
  });

  it('documents both answers of the resolver: the record for JSON clients, a redirect for browsers', () => {
    const resolver = (document.paths['/01/{gtin}/21/{serial}'] as PathItem)['get']!;
    assert.deepEqual(Object.keys(resolver.responses).sort(), ['200', '307', '404', '422', '429']);
    assert.match(JSON.stringify(resolver.responses['200']), /#\/components\/schemas\/ProvenanceRecord/);
    assert.ok(document.components.schemas['ProvenanceRecord'], 'the record it refers to is a component');
  });

  it('keeps operation ids unique across the table and these paths', () => {
    const ids = Object.values(document.paths).flatMap((item) => Object.values(item as PathItem).map((operation) => operation.operationId));
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(ids.length > operations.length);
  });
});
