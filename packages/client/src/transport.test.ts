import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError, createClient, NetworkError } from './index.ts';
import type { FetchFunction } from './index.ts';

const baseUrl = 'https://api.atelier.test';
const noDelayRetries = { limit: 2, delay: () => 0 };

/** A fetch that counts its calls and answers each with `answer`. */
function countingFetch(answer: () => Promise<Response>): { fetch: FetchFunction; calls: () => number } {
  let calls = 0;
  return {
    fetch: () => {
      calls += 1;
      return answer();
    },
    calls: () => calls,
  };
}

describe('transport failures', () => {
  it('reports a network failure as NetworkError naming what it could not reach, after retrying', async () => {
    const fake = countingFetch(() => Promise.reject(new TypeError('fetch failed')));
    await assert.rejects(createClient({ baseUrl, publishableKey: 'pk_test', fetch: fake.fetch, retry: noDelayRetries }).brand.get(), (error) => {
      assert.ok(error instanceof NetworkError);
      assert.match(error.message, /GET https:\/\/api\.atelier\.test\/v1\/brand/);
      assert.ok(error.cause instanceof TypeError);
      return true;
    });
    assert.equal(fake.calls(), 1 + noDelayRetries.limit);
  });

  it('neither retries nor disguises a failure of a custom fetch that is not a network failure', async () => {
    const bug = new RangeError('a bug in the custom fetch');
    const fake = countingFetch(() => Promise.reject(bug));
    await assert.rejects(createClient({ baseUrl, publishableKey: 'pk_test', fetch: fake.fetch, retry: noDelayRetries }).brand.get(), (error) => {
      assert.equal(error, bug);
      return true;
    });
    assert.equal(fake.calls(), 1);
  });

  it('gives http_<status> for an error answer without a body', async () => {
    const fake = countingFetch(() => Promise.resolve(new Response(null, { status: 500 })));
    await assert.rejects(createClient({ baseUrl, publishableKey: 'pk_test', fetch: fake.fetch, retry: 0 }).brand.get(), (error) => {
      assert.ok(error instanceof ApiError);
      assert.equal(error.code, 'http_500');
      assert.equal(error.status, 500);
      return true;
    });
  });
});
