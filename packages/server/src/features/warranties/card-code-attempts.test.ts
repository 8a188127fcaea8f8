/**
 * Issue 11: guessing card codes from one network never locks the piece's real owner out, a sweep
 * of serials from one network is stopped, and a spoofed X-Forwarded-For buys nothing.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, it } from 'node:test';
import { attemptLimits } from '../../limits.ts';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';

const attacker = '203.0.113.66';
const owner = '198.51.100.7';
const wrongCode = 'AAAA-AAAA-AAAA';

describeEachDatabase('card-code attempts', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({
      database,
      itemCount: attemptLimits.cardCodePerNetwork.attemptsPerWindow + 1,
      // One proxy of ours in front, which appends the address it got the request from.
      serverOptions: { trustProxy: 1 },
    });
  });
  afterEach(() => server.close());

  function activate(item: { serial: string; cardCode: string }, from: string, cardCode = item.cardCode, email = 'owner@example.com') {
    return server.request('/v1/warranties/activations', {
      key: 'publishable',
      headers: { Origin: server.keys.origin, 'X-Forwarded-For': from },
      body: {
        serial: item.serial,
        cardCode,
        purchaseDate: '2026-11-20',
        owner: { name: 'Buyer', email, country: 'FR', language: 'en' },
        consents: { service: true, marketing: false },
      },
    });
  }

  function confirm(token: string, from: string) {
    return server.request('/v1/warranties/confirmations', { key: 'publishable', headers: { Origin: server.keys.origin, 'X-Forwarded-For': from }, body: { token } });
  }

  async function codeOf(response: Response): Promise<string> {
    return ((await response.json()) as { code: string }).code;
  }

  it("locks the attacker's network out of a piece, never its owner from another address", async () => {
    const item = server.items[0]!;
    const budget = attemptLimits.cardCodePerSerialAndNetwork.attemptsPerWindow;
    for (let attempt = 0; attempt < budget; attempt++) {
      // A fresh spoofed entry each time: the proxy's own (rightmost) entry is what counts.
      const response = await activate(item, `10.${attempt}.0.1, ${attacker}`, wrongCode, 'thief@example.net');
      assert.equal(await codeOf(response), 'invalid_card_code');
    }
    const locked = await activate(item, `10.99.0.1, ${attacker}`, item.cardCode, 'thief@example.net');
    assert.equal(locked.status, 429);
    assert.equal(await codeOf(locked), 'too_many_attempts');
    assert.equal(locked.headers.get('Retry-After'), String(attemptLimits.cardCodePerSerialAndNetwork.windowSeconds));

    const owners = await activate(item, owner);
    assert.equal(owners.status, 201, 'the real owner, from another address, activates');
  });

  it('stops one network sweeping serials, and lets it try again once the window has passed', async () => {
    const budget = attemptLimits.cardCodePerNetwork.attemptsPerWindow;
    for (const item of server.items.slice(0, budget)) {
      assert.equal(await codeOf(await activate(item, attacker, wrongCode)), 'invalid_card_code');
    }
    const swept = await activate(server.items[budget]!, attacker, wrongCode);
    assert.equal(swept.status, 429);
    assert.equal(await codeOf(swept), 'too_many_attempts');

    assert.equal((await activate(server.items[budget]!, owner)).status, 201, 'another network is not affected');
    server.clock.advance(attemptLimits.cardCodePerNetwork.windowSeconds * 1000);
    assert.equal((await activate(server.items[1]!, attacker)).status, 201);
  });

  it('limits confirmation links tried from one network, not from the owner’s', async () => {
    assert.equal((await activate(server.items[0]!, owner)).status, 201);
    const link = server.mailer.lastTo('owner@example.com')?.link ?? '';
    const token = new URLSearchParams(new URL(link).hash.slice(1)).get('atelier-confirmation') ?? '';

    for (let attempt = 0; attempt < attemptLimits.confirmationPerNetwork.attemptsPerWindow; attempt++) {
      assert.equal(await codeOf(await confirm(randomBytes(32).toString('base64url'), attacker)), 'invalid_confirmation_token');
    }
    const limited = await confirm(token, attacker);
    assert.equal(limited.status, 429);
    assert.equal(await codeOf(limited), 'too_many_attempts');
    assert.equal((await confirm(token, owner)).status, 200);
  });
});
