/**
 * The owner's tracking code and e-mail (or link token) are a secret: tries are counted per code and
 * network and per network, so a stranger guessing e-mails for a found code, or sweeping codes for a
 * known e-mail, is stopped, and the owner from another address never is.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import type { RepairTracker } from '@atelier/client/contract';
import { attemptLimits } from '../../limits.ts';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { fixtureCentreId } from './testing.ts';
import { newTrackingCode } from './tracking-code.ts';

const attacker = '203.0.113.66';
const owner = '198.51.100.7';
const ownerEmail = 'ada@example.com';

describeEachDatabase('owner proof attempts', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database, serverOptions: { trustProxy: 1 } });
  });
  afterEach(() => server.close());

  async function book(): Promise<string> {
    const response = await server.fromWidget('/v1/repairs', {
      serial: server.items[0]!.serial,
      serviceType: 'full_service',
      description: 'Stops overnight.',
      serviceCentreId: fixtureCentreId,
      dropOff: { method: 'mail_in' },
      contact: { name: 'Ada Owner', email: ownerEmail, language: 'en' },
    });
    assert.equal(response.status, 201, await response.clone().text());
    return ((await response.json()) as RepairTracker).trackingCode;
  }

  function lookUp(trackingCode: string, email: string, from: string) {
    return server.request('/v1/repairs/lookup', {
      key: 'publishable',
      headers: { Origin: server.keys.origin, 'X-Forwarded-For': from },
      body: { trackingCode, email },
    });
  }

  async function codeOf(response: Response): Promise<string> {
    return ((await response.json()) as { code: string }).code;
  }

  it('stops e-mail guessing for a found code, never the owner from another address', async () => {
    const trackingCode = await book();
    for (let attempt = 0; attempt < attemptLimits.repairProofPerCodeAndNetwork.attemptsPerWindow; attempt++) {
      assert.equal(await codeOf(await lookUp(trackingCode, `guess${attempt}@example.com`, attacker)), 'unknown_repair');
    }
    const limited = await lookUp(trackingCode, ownerEmail, attacker);
    assert.equal(limited.status, 429);
    assert.equal(await codeOf(limited), 'too_many_attempts');
    assert.ok(Number(limited.headers.get('Retry-After')) > 0);

    assert.equal((await lookUp(trackingCode, ownerEmail, owner)).status, 200);
  });

  it('stops one network sweeping codes, whether they exist or not', async () => {
    const trackingCode = await book();
    for (let attempt = 0; attempt < attemptLimits.repairProofPerNetwork.attemptsPerWindow; attempt++) {
      assert.equal(await codeOf(await lookUp(newTrackingCode(), ownerEmail, attacker)), 'unknown_repair');
    }
    assert.equal(await codeOf(await lookUp(trackingCode, ownerEmail, attacker)), 'too_many_attempts');
    assert.equal((await lookUp(trackingCode, ownerEmail, owner)).status, 200);
  });
});
