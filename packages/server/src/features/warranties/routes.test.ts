/** The warranty operations through HTTP: status codes and problem documents a client sees. */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';

describeEachDatabase('warranty routes', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database });
  });
  afterEach(() => server.close());

  function activationBody(email: string) {
    const item = server.items[0]!;
    return {
      serial: item.serial,
      cardCode: item.cardCode,
      purchaseDate: '2026-11-20',
      owner: { name: 'Buyer', email, country: 'FR', language: 'en' },
      consents: { service: true, marketing: false },
    };
  }

  it('answers exactly one 201 to 20 concurrent activations of one piece, and problem+json to the others', async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        server.request('/v1/warranties/activations', {
          key: 'publishable',
          headers: { Origin: server.keys.origin, 'Idempotency-Key': `concurrent-${index}` },
          body: activationBody(`buyer${index}@example.com`),
        }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    assert.equal(statuses.filter((status) => status === 201).length, 1, `statuses: ${statuses.join(',')}`);
    for (const response of responses.filter((response) => response.status !== 201)) {
      assert.ok([409, 429].includes(response.status), `unexpected ${response.status}`);
      assert.match(response.headers.get('Content-Type') ?? '', /application\/problem\+json/);
      const problem = (await response.json()) as { code: string };
      assert.ok(['already_activated', 'too_many_attempts'].includes(problem.code), problem.code);
    }
  });

  it('activates and confirms through HTTP, the token coming from the e-mailed link', async () => {
    const created = await server.request('/v1/warranties/activations', {
      key: 'publishable',
      headers: { Origin: server.keys.origin, 'Idempotency-Key': 'activate-1' },
      body: activationBody('owner@example.com'),
    });
    assert.equal(created.status, 201);
    const link = server.mailer.lastTo('owner@example.com')?.link ?? '';
    const token = new URLSearchParams(new URL(link).hash.slice(1)).get('atelier-confirmation');
    const confirmed = await server.request('/v1/warranties/confirmations', {
      key: 'publishable',
      headers: { Origin: server.keys.origin, 'Idempotency-Key': 'confirm-1' },
      body: { token },
    });
    assert.equal(confirmed.status, 200);
    const body = (await confirmed.json()) as { warranty: { status: string } };
    assert.equal(body.warranty.status, 'active');
  });

  it('answers a wrong card code with 422 naming the cardCode field', async () => {
    const response = await server.request('/v1/warranties/activations', {
      key: 'publishable',
      headers: { Origin: server.keys.origin, 'Idempotency-Key': 'wrong-code' },
      body: { ...activationBody('owner@example.com'), cardCode: 'AAAA-AAAA-AAAA' },
    });
    assert.equal(response.status, 422);
    const problem = (await response.json()) as { code: string; errors: { path: string }[] };
    assert.equal(problem.code, 'invalid_card_code');
    assert.deepEqual(problem.errors.map((error) => error.path), ['cardCode']);
  });

  it('refuses an owner name carrying a line break (a "Bcc:" header line) with 422 at owner.name, storing and mailing nothing', async () => {
    const body = activationBody('owner@example.com');
    const response = await server.request('/v1/warranties/activations', {
      key: 'publishable',
      headers: { Origin: server.keys.origin, 'Idempotency-Key': 'bcc-in-name' },
      body: { ...body, owner: { ...body.owner, name: 'Buyer\nBcc: x@y' } },
    });
    assert.equal(response.status, 422);
    assert.match(response.headers.get('Content-Type') ?? '', /application\/problem\+json/);
    const problem = (await response.json()) as { code: string; errors: { path: string; code: string; message: string }[] };
    assert.equal(problem.code, 'validation_failed');
    assert.deepEqual(problem.errors, [{ path: 'owner.name', code: 'invalid_format', message: 'No line breaks or control characters.' }]);
    assert.deepEqual(server.mailer.messages, []);

    // The piece was not touched: the same activation with a one-line name goes through.
    const retried = await server.request('/v1/warranties/activations', {
      key: 'publishable',
      headers: { Origin: server.keys.origin, 'Idempotency-Key': 'one-line-name' },
      body,
    });
    assert.equal(retried.status, 201);
  });
});
