/**
 * Malformed requests to the two write endpoints: each answers a 4xx problem+json with a stable
 * code, naming the offending field when there is one, and never a 500.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { problemMediaType } from '@atelier/client/contract';
import { requestBodyLimitBytes } from '../limits.ts';
import { createTestServer, describeEachDatabase, type TestServer } from '../testing/harness.ts';

interface MalformedCase {
  name: string;
  /** The JSON value to send, or a raw string sent as is. */
  body: (valid: Record<string, unknown>) => unknown;
  headers?: Record<string, string>;
  status: number;
  code: string;
  /** The field the error must name. */
  path?: string;
}

const huge = 'x'.repeat(10_000);

function withField(valid: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(valid);
  const keys = path.split('.');
  let target: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = keys.at(-1)!;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

function fieldCase(name: string, path: string, value: unknown): MalformedCase {
  return { name, body: (valid) => withField(valid, path, value), status: 422, code: 'validation_failed', path };
}

/** Cases both endpoints share: the request's shape and transport. */
const transportCases: MalformedCase[] = [
  { name: 'invalid JSON', body: () => '{"serial": "MA-1",', status: 400, code: 'malformed_json' },
  { name: 'empty body', body: () => '', status: 400, code: 'malformed_json' },
  { name: 'text/plain content type', body: (valid) => JSON.stringify(valid), headers: { 'Content-Type': 'text/plain' }, status: 415, code: 'unsupported_media_type' },
  { name: 'form content type', body: () => 'serial=MA-1', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, status: 415, code: 'unsupported_media_type' },
  { name: 'an array instead of an object', body: (valid) => [valid], status: 422, code: 'validation_failed' },
  { name: 'null as the body', body: () => null, status: 422, code: 'validation_failed' },
  { name: 'a JSON string as the body', body: () => '"hello"', status: 422, code: 'validation_failed' },
  { name: 'deeply nested arrays', body: () => `${'['.repeat(5_000)}${']'.repeat(5_000)}`, status: 422, code: 'validation_failed' },
  { name: 'a body over the size limit', body: (valid) => ({ ...valid, padding: 'x'.repeat(requestBodyLimitBytes + 1) }), status: 413, code: 'payload_too_large' },
  fieldCase('an unknown top-level field', 'isAdmin', true),
  {
    name: 'a __proto__ field',
    body: (valid) => JSON.stringify(valid).replace(/^\{/, '{"__proto__":{"isAdmin":true},'),
    status: 422,
    code: 'validation_failed',
    path: '__proto__',
  },
  fieldCase('serial as a number', 'serial', 240001),
  fieldCase('serial missing', 'serial', undefined),
  fieldCase('serial of 10 000 characters', 'serial', huge),
  fieldCase('serial of unicode garbage', 'serial', '💥\u0000\u202e☃'),
  fieldCase('serial carrying SQL', 'serial', "MA-1' OR 1=1 --"),
  fieldCase('purchase date that is not a date', 'purchaseDate', '2026-13-45'),
  fieldCase('purchase date in another format', 'purchaseDate', '25/11/2026'),
  fieldCase('purchase date as a number', 'purchaseDate', 20261101),
  fieldCase('purchase date null', 'purchaseDate', null),
  fieldCase('gift as a boolean', 'gift', true),
  { ...fieldCase('gift without a recipient e-mail', 'gift', { recipientName: 'Camille' }), path: 'gift.recipientEmail' },
  { ...fieldCase('consents as strings', 'consents', { service: 'true', marketing: 'false' }), path: 'consents.service' },
];

function personCases(person: 'owner' | 'buyer'): MalformedCase[] {
  return [
    fieldCase(`${person} missing`, person, undefined),
    fieldCase(`${person} as an array`, person, ['Ada', 'ada@example.com']),
    fieldCase(`${person} e-mail that is not an address`, `${person}.email`, 'not-an-email'),
    fieldCase(`${person} e-mail of 10 000 characters`, `${person}.email`, `${huge}@example.com`),
    fieldCase(`${person} name empty`, `${person}.name`, ''),
    fieldCase(`${person} name of 10 000 characters`, `${person}.name`, huge),
    fieldCase(`${person} country spelled out`, `${person}.country`, 'France'),
    fieldCase(`${person} language not served`, `${person}.language`, 'tlh'),
    fieldCase(`${person} with an unknown field`, `${person}.role`, 'admin'),
  ];
}

const activationCases: MalformedCase[] = [
  ...transportCases,
  ...personCases('owner'),
  fieldCase('card code as a number', 'cardCode', 12345678),
  fieldCase('card code of 10 000 characters', 'cardCode', huge),
  fieldCase('card code with symbols', 'cardCode', '<script>'),
  fieldCase('retailer id as a number', 'retailerId', 42),
  fieldCase('consents missing', 'consents', undefined),
  fieldCase('marketing consent as a string', 'consents.marketing', 'no'),
];

const saleCases: MalformedCase[] = [
  ...transportCases,
  ...personCases('buyer'),
  fieldCase('retailer id missing', 'retailerId', undefined),
  fieldCase('retailer id of 10 000 characters', 'retailerId', huge),
  fieldCase('retailer id null', 'retailerId', null),
  fieldCase('service consent as a number', 'consents.service', 1),
];

async function assertProblem(response: Response, testCase: MalformedCase): Promise<void> {
  assert.equal(response.status, testCase.status, `status for ${testCase.name}`);
  assert.equal(response.headers.get('Content-Type'), problemMediaType);
  const problem = (await response.json()) as { status: number; code: string; errors?: Array<{ path: string; code: string; message: string }> };
  assert.equal(problem.status, testCase.status);
  assert.equal(problem.code, testCase.code);
  if (testCase.path) {
    const paths = (problem.errors ?? []).map((error) => error.path);
    assert.ok(paths.includes(testCase.path), `expected an error on "${testCase.path}", got ${JSON.stringify(paths)}`);
    for (const error of problem.errors ?? []) assert.ok(error.message.length > 0 && error.code.length > 0);
  }
}

function send(server: TestServer, path: string, key: 'publishable' | 'secret', testCase: MalformedCase, valid: Record<string, unknown>): Promise<Response> {
  const body = testCase.body(valid);
  return server.request(path, {
    method: 'POST',
    key,
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', ...testCase.headers },
  });
}

describeEachDatabase('malformed activations', (database) => {
  let server: TestServer;
  let valid: Record<string, unknown>;
  before(async () => {
    server = await createTestServer({ database });
    const piece = server.items[0]!;
    valid = {
      serial: piece.serial,
      cardCode: piece.cardCode,
      purchaseDate: '2026-11-01',
      owner: { name: 'Ada Lovelace', email: 'ada@example.com', country: 'GB', language: 'en' },
      consents: { service: true, marketing: false },
    };
  });
  after(() => server.close());

  for (const testCase of activationCases) {
    it(`refuses ${testCase.name}`, async () => {
      await assertProblem(await send(server, '/v1/warranties/activations', 'publishable', testCase, valid), testCase);
    });
  }

  it('accepts the well-formed request the cases were derived from', async () => {
    const response = await server.request('/v1/warranties/activations', { key: 'publishable', body: valid });
    assert.equal(response.status, 201);
  });
});

describeEachDatabase('malformed sales', (database) => {
  let server: TestServer;
  let valid: Record<string, unknown>;
  before(async () => {
    server = await createTestServer({ database });
    valid = {
      serial: server.items[1]!.serial,
      retailerId: server.retailers[0]!.id,
      purchaseDate: '2026-11-20',
      buyer: { name: 'Camille Roux', email: 'camille@example.com', country: 'FR', language: 'fr' },
      consents: { service: true, marketing: false },
    };
  });
  after(() => server.close());

  for (const testCase of saleCases) {
    it(`refuses ${testCase.name}`, async () => {
      await assertProblem(await send(server, '/v1/sales', 'secret', testCase, valid), testCase);
    });
  }

  it('accepts the well-formed request the cases were derived from', async () => {
    const response = await server.request('/v1/sales', { key: 'secret', body: valid });
    assert.equal(response.status, 201);
  });
});

/** Byte sequences that are not UTF-8, each placed inside the owner's name of a valid activation. */
const invalidUtf8Sequences: Array<{ name: string; bytes: number[] }> = [
  { name: 'a byte that never occurs in UTF-8 (0xFF)', bytes: [0xff] },
  { name: 'a truncated two-byte sequence', bytes: [0xc3] },
  { name: 'an overlong encoding of "/"', bytes: [0xc0, 0xaf] },
  { name: 'a UTF-16 surrogate encoded as UTF-8', bytes: [0xed, 0xa0, 0x80] },
  { name: 'Latin-1 text ("é" as 0xE9)', bytes: [0xe9] },
];

describeEachDatabase('activation bodies that are not UTF-8', (database) => {
  let server: TestServer;
  before(async () => {
    server = await createTestServer({ database });
  });
  after(() => server.close());

  function activationWithNameBytes(nameBytes: number[]): Uint8Array {
    const piece = server.items[0]!;
    const [before, after] = JSON.stringify({
      serial: piece.serial,
      cardCode: piece.cardCode,
      purchaseDate: '2026-11-01',
      owner: { name: 'Ada NAME', email: 'ada@example.com', country: 'GB', language: 'en' },
      consents: { service: true, marketing: false },
    }).split('NAME') as [string, string];
    const encoder = new TextEncoder();
    return new Uint8Array([...encoder.encode(before), ...nameBytes, ...encoder.encode(after)]);
  }

  for (const sequence of invalidUtf8Sequences) {
    it(`refuses ${sequence.name} with 400 malformed_json and stores nothing`, async () => {
      const response = await server.app.request('/v1/warranties/activations', {
        method: 'POST',
        headers: { Authorization: `Bearer ${server.keys.publishable}`, 'Content-Type': 'application/json' },
        body: activationWithNameBytes(sequence.bytes),
      });
      assert.equal(response.status, 400);
      assert.equal(response.headers.get('Content-Type'), problemMediaType);
      assert.equal(((await response.json()) as { code: string }).code, 'malformed_json');
      assert.equal(server.mailer.messages.length, 0, 'no confirmation e-mail');
      const warranties = await server.db.selectFrom('warranties').select('id').execute();
      assert.equal(warranties.length, 0, 'no warranty stored');
    });
  }

  it('accepts the same activation with the name in valid UTF-8', async () => {
    const response = await server.app.request('/v1/warranties/activations', {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.keys.publishable}`, 'Content-Type': 'application/json' },
      body: activationWithNameBytes([...new TextEncoder().encode('Lovelace-Éluard 李')]),
    });
    assert.equal(response.status, 201);
    const owner = await server.db.selectFrom('owners').select('name').executeTakeFirstOrThrow();
    assert.equal(owner.name, 'Ada Lovelace-Éluard 李');
  });
});
