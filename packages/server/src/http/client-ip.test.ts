/** Which address per-address limits count: spoofed X-Forwarded-For entries never, an IPv6 subscriber by its /64. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Hono } from 'hono';
import { clientIpOf, clientNetworkOf } from './client-ip.ts';

/** The address the server reads for a request with this X-Forwarded-For, behind `hops` proxies (in process: no socket). */
async function clientIpFor(forwardedFor: string | undefined, hops: number): Promise<string> {
  const app = new Hono();
  app.get('/', (c) => c.text(clientIpOf(c, hops)));
  const response = await app.request('/', { headers: forwardedFor === undefined ? {} : { 'X-Forwarded-For': forwardedFor } });
  return response.text();
}

describe('clientIpOf', () => {
  it('ignores X-Forwarded-For unless told proxies stand in front', async () => {
    assert.equal(await clientIpFor('203.0.113.9', 0), 'unknown');
  });

  it('takes the entry our proxy appended, never the one the client sent before it', async () => {
    assert.equal(await clientIpFor('198.51.100.1', 1), '198.51.100.1');
    assert.equal(await clientIpFor('6.6.6.6, 198.51.100.1', 1), '198.51.100.1', 'a spoofed first entry');
    assert.equal(await clientIpFor('6.6.6.6, 7.7.7.7 ,198.51.100.1', 1), '198.51.100.1');
  });

  it('skips as many entries as there are proxies of ours', async () => {
    assert.equal(await clientIpFor('6.6.6.6, 198.51.100.1, 10.0.0.2', 2), '198.51.100.1');
  });

  it('falls back to the connection when the entry is not an address', async () => {
    assert.equal(await clientIpFor('198.51.100.1, not-an-address', 1), 'unknown');
    assert.equal(await clientIpFor(undefined, 1), 'unknown');
  });
});

describe('clientNetworkOf', () => {
  it('keeps an IPv4 address, also when written as IPv4-mapped IPv6', () => {
    assert.equal(clientNetworkOf('198.51.100.7'), '198.51.100.7');
    assert.equal(clientNetworkOf('::ffff:198.51.100.7'), '198.51.100.7');
  });

  it('counts an IPv6 address by its /64, however it is written', () => {
    const network = clientNetworkOf('2001:db8:85a3:12::8a2e:370:7334');
    assert.equal(network, '2001:db8:85a3:12::/64');
    assert.equal(clientNetworkOf('2001:DB8:85A3:0012:ffff:ffff:ffff:1'), network);
    assert.equal(clientNetworkOf('2001:db8:85a3:12::1%eth0'), network);
    assert.notEqual(clientNetworkOf('2001:db8:85a3:13::1'), network);
    assert.equal(clientNetworkOf('::1'), '0:0:0:0::/64');
    assert.equal(clientNetworkOf('2001:db8::'), '2001:db8:0:0::/64');
  });

  it('returns anything else as is', () => {
    assert.equal(clientNetworkOf('unknown'), 'unknown');
  });
});
