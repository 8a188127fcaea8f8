import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Operation } from './contract/operation.ts';
import { operations } from './contract/operations.ts';
import { errorStatuses, problemMediaType } from './contract/problem.ts';
import { buildOpenApiDocument, errorCodesOf, formatOpenApiDocument } from './openapi.ts';

const document = buildOpenApiDocument();

type OperationObject = {
  operationId: string;
  security: Record<string, string[]>[];
  parameters?: { $ref?: string; name?: string; in?: string }[];
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, { schema: { allOf?: [unknown, { properties: { code: { enum: string[] } } }] } }> }>;
};

function operationObject(op: Operation): OperationObject {
  const object = document.paths[op.path]?.[op.method.toLowerCase()];
  assert.ok(object, `${op.id} is in the document`);
  return object as OperationObject;
}

function allRefs(json: unknown, found: string[] = []): string[] {
  if (Array.isArray(json)) for (const item of json) allRefs(item, found);
  else if (typeof json === 'object' && json !== null) {
    for (const [key, value] of Object.entries(json)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else allRefs(value, found);
    }
  }
  return found;
}

describe('OpenAPI document', () => {
  it('matches the checked-in openapi.json (run pnpm --filter @atelier/client generate:openapi)', () => {
    const checkedIn = readFileSync(new URL('../openapi.json', import.meta.url), 'utf8');
    assert.equal(
      checkedIn,
      formatOpenApiDocument(document),
      'packages/client/openapi.json is stale: run pnpm --filter @atelier/client generate:openapi',
    );
  });

  it("declares the package's licence, so the document and the published package say the same", () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { license: string };
    assert.equal(document.info.license.identifier, manifest.license);
  });

  it('describes every operation of the table with the security schemes its access declares', () => {
    const schemeOfKey = { publishable: 'publishableKey', secret: 'secretKey', retailer: 'retailerKey' } as const;
    for (const op of operations as readonly Operation[]) {
      const object = operationObject(op);
      assert.equal(object.operationId, op.id);
      const staff = Boolean(op.access.brandStaff?.length || op.access.retailerStaff?.length);
      const expected = [...(op.access.keys ?? []).map((kind) => schemeOfKey[kind]), ...(staff ? ['consoleSession'] : []), ...(op.access.owner ? ['ownerSession'] : [])];
      // `{}`, the empty requirement: an operation open to anyone (signing in) needs no credential.
      assert.deepEqual(object.security, op.access.anyone ? [{}] : expected.map((scheme) => ({ [scheme]: [] })), op.id);
      for (const requirement of object.security) {
        for (const scheme of Object.keys(requirement)) assert.ok(document.components.securitySchemes[scheme], `${op.id}: ${scheme} is defined`);
      }
    }
  });

  it('names the staff roles of an operation in x-atelier-roles and in its description', () => {
    const metrics = document.paths['/v1/service-metrics']?.['get'] as { security: unknown; description: string; 'x-atelier-roles': unknown };
    assert.deepEqual(metrics.security, [{ secretKey: [] }, { consoleSession: [] }]);
    assert.deepEqual(metrics['x-atelier-roles'], { brandStaff: ['admin', 'serviceDesk', 'analyst'] });
    assert.match(metrics.description, /brand staff \(admin, serviceDesk, analyst\)/);
    const sale = document.paths['/v1/sales']?.['post'] as { security: unknown; 'x-atelier-roles': unknown };
    assert.deepEqual(sale.security, [{ secretKey: [] }, { retailerKey: [] }, { consoleSession: [] }]);
    assert.deepEqual(sale['x-atelier-roles'], { brandStaff: ['admin'], retailerStaff: ['manager', 'associate'] });
    const brand = document.paths['/v1/brand']?.['get'] as Record<string, unknown>;
    assert.equal(brand['x-atelier-roles'], undefined, 'no console session on a key-only operation');
    assert.deepEqual(document.components.securitySchemes['consoleSession'], {
      type: 'apiKey',
      in: 'cookie',
      name: '__Host-atelier_session',
      description: (document.components.securitySchemes['consoleSession'] as { description: string }).description,
    });
  });

  it('takes an Idempotency-Key on every POST and only there', () => {
    for (const op of operations as readonly Operation[]) {
      const hasKey = (operationObject(op).parameters ?? []).some((parameter) => parameter.$ref === '#/components/parameters/IdempotencyKey');
      assert.equal(hasKey, op.method === 'POST', op.id);
    }
  });

  it("answers each of an operation's error codes as problem+json under the code's status", () => {
    for (const op of operations as readonly Operation[]) {
      const { responses } = operationObject(op);
      for (const code of errorCodesOf(op)) {
        const response = responses[String(errorStatuses[code])];
        const codes = response?.content?.[problemMediaType]?.schema.allOf?.[1].properties.code.enum ?? [];
        assert.ok(codes.includes(code), `${op.id} documents ${code} under ${String(errorStatuses[code])}`);
      }
      for (const domainCode of op.errors) assert.ok(errorCodesOf(op).includes(domainCode));
    }
  });

  it('describes each error response with the reason phrase of its status and the title each code is answered with', () => {
    const activation = operationObject(operations.find((op) => op.id === 'activateWarranty') as Operation);
    const descriptions = activation.responses as Record<string, { description?: string }>;
    assert.equal(descriptions['401']?.description, 'Unauthorized: `missing_api_key` (An API key is required), `invalid_api_key` (The API key is not valid).');
    assert.match(descriptions['409']?.description ?? '', /^Conflict: .*`already_activated`[,.]/, 'a domain code is titled by its reason phrase, said once');
  });

  it('resolves every schema reference to a component', () => {
    const components = new Set(Object.keys(document.components.schemas).map((name) => `#/components/schemas/${name}`));
    for (const reference of allRefs(document)) {
      if (!reference.startsWith('#/components/schemas/')) continue;
      assert.ok(components.has(reference), `${reference} exists`);
    }
  });

  it('documents the problem shape once, with its per-field errors', () => {
    const problem = document.components.schemas['Problem'] as { properties: Record<string, unknown>; required: string[] };
    assert.ok(problem.properties['errors']);
    assert.deepEqual([...problem.required].sort(), ['code', 'status', 'title', 'type']);
  });
});
