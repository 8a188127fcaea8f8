/** Idempotency-Key: a retried POST acts once and gets the first answer. */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { problemMediaType } from '@atelier/client/contract';
import { idempotencyKeyTtlHours } from '../limits.ts';
import { createTestServer, describeEachDatabase, fixtureNow, type TestServer } from '../testing/harness.ts';
import { withIdempotency, type IdempotentRequest } from './idempotency.ts';

function activation(server: TestServer, email = 'ada@example.com') {
  const piece = server.items[0]!;
  return {
    serial: piece.serial,
    cardCode: piece.cardCode,
    purchaseDate: '2026-11-01',
    owner: { name: 'Ada Lovelace', email, country: 'GB', language: 'en' },
    consents: { service: true, marketing: false },
  };
}

function postActivation(server: TestServer, body: unknown, idempotencyKey: string): Promise<Response> {
  return server.request('/v1/warranties/activations', { key: 'publishable', body, headers: { 'Idempotency-Key': idempotencyKey } });
}

async function warrantyCount(server: TestServer): Promise<number> {
  const row = await server.db.selectFrom('warranties').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return Number(row.count);
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describeEachDatabase('idempotency keys', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 2 });
  });
  afterEach(() => server.close());

  describe('over HTTP', () => {
    it('replays the first answer to a retry, without acting twice', async () => {
      const first = await postActivation(server, activation(server), 'retry-1');
      const replay = await postActivation(server, activation(server), 'retry-1');
      assert.equal(first.status, 201);
      assert.equal(replay.status, 201);
      assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
      assert.equal(first.headers.get('Idempotent-Replayed'), null);
      assert.deepEqual(await replay.json(), await first.json());
      assert.equal(await warrantyCount(server), 1);
      assert.equal(server.mailer.messages.length, 1);
    });

    it('replays a domain refusal too', async () => {
      const body = { ...activation(server), cardCode: 'WRNG-WRNG-WRNG' };
      const first = await postActivation(server, body, 'refusal-1');
      const replay = await postActivation(server, body, 'refusal-1');
      assert.equal(first.status, 422);
      assert.equal(replay.status, 422);
      assert.equal(replay.headers.get('Content-Type'), problemMediaType);
      assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
    });

    it('refuses the same key with another body with 422 idempotency_key_reused', async () => {
      await postActivation(server, activation(server), 'reused-1');
      const other = await postActivation(server, activation(server, 'grace@example.com'), 'reused-1');
      assert.equal(other.status, 422);
      assert.equal(((await other.json()) as { code: string }).code, 'idempotency_key_reused');
      assert.equal(await warrantyCount(server), 1);
    });

    it('keeps keys of different API keys apart', async () => {
      const piece = server.items[1]!;
      const sale = {
        serial: piece.serial,
        retailerId: server.retailers[0]!.id,
        purchaseDate: '2026-11-20',
        buyer: { name: 'Camille Roux', email: 'camille@example.com', country: 'FR', language: 'fr' },
      };
      await postActivation(server, activation(server), 'shared-key');
      const response = await server.request('/v1/sales', { key: 'secret', body: sale, headers: { 'Idempotency-Key': 'shared-key' } });
      assert.equal(response.status, 201);
    });

    it('lets concurrent twins act exactly once: the others get 409 or the replay', async () => {
      const responses = await Promise.all(Array.from({ length: 8 }, () => postActivation(server, activation(server), 'concurrent-1')));
      const statuses = responses.map((r) => r.status);
      assert.equal(statuses.filter((s) => s === 201).length - responses.filter((r) => r.headers.get('Idempotent-Replayed')).length, 1);
      assert.ok(statuses.every((s) => s === 201 || s === 409), JSON.stringify(statuses));
      for (const response of responses.filter((r) => r.status === 409)) {
        assert.equal(((await response.json()) as { code: string }).code, 'idempotency_key_in_use');
      }
      assert.equal(await warrantyCount(server), 1);
    });

    for (const [name, key] of [
      ['empty', ''],
      ['longer than 255 characters', 'k'.repeat(256)],
    ] as const) {
      it(`refuses an ${name} key with 400 invalid_idempotency_key`, async () => {
        const response = await postActivation(server, activation(server), key);
        assert.equal(response.status, 400);
        assert.equal(((await response.json()) as { code: string }).code, 'invalid_idempotency_key');
        assert.equal(await warrantyCount(server), 0);
      });
    }
  });

  describe('the store', () => {
    const request = (fingerprint = 'fp-1'): IdempotentRequest => ({ db: server.db, clock: server.clock, scope: 'key_test', key: 'k-1', fingerprint });
    const created = () => new Response('{"ok":true}', { status: 201, headers: { 'Content-Type': 'application/json' } });

    it('answers 409 idempotency_key_in_use while the first request is still running', async () => {
      const started = deferred();
      const gate = deferred();
      const first = withIdempotency(request(), async () => {
        started.resolve();
        await gate.promise;
        return created();
      });
      await started.promise;
      await assert.rejects(
        withIdempotency(request(), async () => created()),
        (error: { code?: string; status?: number }) => error.code === 'idempotency_key_in_use' && error.status === 409,
      );
      gate.resolve();
      assert.equal((await first).status, 201);
      const replay = await withIdempotency(request(), async () => assert.fail('must not run again'));
      assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
    });

    it('commits the answer with the operation\'s writes, and neither when the operation fails', async () => {
      const writeAnOwner = (id: string) =>
        server.db
          .insertInto('owners')
          .values({ id, brand_id: server.brand.id, name: 'Ada', email: `${id}@example.com`, email_normalized: `${id}@example.com`, country: 'GB', language: 'en', customer_type: 'retail', created_at: fixtureNow, postal_address: null })
          .execute();
      const ownerIds = async () => (await server.db.selectFrom('owners').select('id').execute()).map((row) => row.id).sort();

      await assert.rejects(
        withIdempotency(request(), async () => {
          await writeAnOwner('own_thrown');
          throw new Error('crashed mid-request');
        }),
      );
      await withIdempotency(request(), async () => {
        await writeAnOwner('own_503');
        return new Response(null, { status: 503 });
      });
      assert.deepEqual(await ownerIds(), [], 'a failed request leaves no write behind');
      assert.equal((await server.db.selectFrom('idempotency_keys').select('key').execute()).length, 0);

      await withIdempotency(request(), async () => {
        await server.db.transaction().execute(() => writeAnOwner('own_kept'));
        return created();
      });
      assert.deepEqual(await ownerIds(), ['own_kept']);
      assert.equal((await server.db.selectFrom('idempotency_keys').select('state').executeTakeFirstOrThrow()).state, 'completed');
    });

    it('frees the key when the request fails, so a retry can act', async () => {
      await assert.rejects(withIdempotency(request(), async () => Promise.reject(new Error('database down'))));
      const retried = await withIdempotency(request(), async () => created());
      assert.equal(retried.status, 201);
      assert.equal(retried.headers.get('Idempotent-Replayed'), null);
    });

    it('does not store a 5xx or 429 answer', async () => {
      for (const status of [503, 429]) {
        await withIdempotency(request(), async () => new Response(null, { status }));
        let ran = false;
        await withIdempotency(request(), async () => {
          ran = true;
          return created();
        });
        assert.ok(ran, `a ${status} was replayed`);
        await server.db.deleteFrom('idempotency_keys').execute();
      }
    });

    it(`forgets a key after ${idempotencyKeyTtlHours} hours`, async () => {
      await withIdempotency(request(), async () => created());
      server.clock.advance(idempotencyKeyTtlHours * 3_600_000 + 1);
      let ran = false;
      await withIdempotency(request('fp-other'), async () => {
        ran = true;
        return created();
      });
      assert.ok(ran);
    });
  });
});
