/**
 * Issue 21: the limits that guard a secret hold exactly across instances. Two real server
 * processes (`atelier-server start`) share one database — a PostgreSQL database, and a SQLite file
 * in WAL mode — and a burst of attempts from one network, split between them, is admitted exactly
 * up to the budget: card codes for one serial, and owner proofs for one tracking code.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { newTrackingCode } from './features/repairs/tracking-code.ts';
import { attemptLimits } from './limits.ts';
import { postgresUnavailableReason } from './testing/postgres.ts';
import { startServersOnOneDatabase, type SharedDatabaseServers } from './testing/server-processes.ts';

const attacker = '203.0.113.66';
const owner = '198.51.100.7';
/** Attempts sent per burst, as a multiple of the budget: enough for two instances to overshoot if they could. */
const burstPerBudget = 4;

for (const database of ['sqlite', 'postgres'] as const) {
  describe(`exact limits across two server processes [${database}]`, async () => {
    if (database === 'postgres') {
      const reason = await postgresUnavailableReason();
      if (reason && process.env['CI']) throw new Error(`CI requires PostgreSQL: ${reason}`);
      if (reason) {
        it('runs on PostgreSQL', { skip: reason }, () => {});
        return;
      }
    }

    let servers: SharedDatabaseServers;
    before(async () => {
      servers = await startServersOnOneDatabase(database, { instanceCount: 2 });
    });
    after(() => servers.close());

    /** POSTs `body` to instance `index % 2`, as a client at `from` behind the proxy. */
    function post(index: number, path: string, body: unknown, from: string): Promise<Response> {
      return fetch(`${servers.instances[index % 2]!.baseUrl}${path}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${servers.publishableKey}`, 'Content-Type': 'application/json', 'X-Forwarded-For': from },
        body: JSON.stringify(body),
      });
    }

    /** How many answers carried each problem code (or status, for a success). */
    async function tally(responses: Response[]): Promise<Record<string, number>> {
      const counts: Record<string, number> = {};
      for (const response of responses) {
        const { code } = (await response.json()) as { code?: string };
        const outcome = code ?? String(response.status);
        counts[outcome] = (counts[outcome] ?? 0) + 1;
      }
      return counts;
    }

    it('admits exactly the card-code budget of one serial from one network, the burst split between both', async () => {
      const piece = servers.pieces[0]!;
      const activation = (cardCode: string, email: string) => ({
        serial: piece.serial,
        cardCode,
        purchaseDate: '2026-11-01',
        owner: { name: 'Ada Lovelace', email, country: 'GB', language: 'en' },
        consents: { service: true, marketing: false },
      });
      const budget = attemptLimits.cardCodePerSerialAndNetwork.attemptsPerWindow;
      const burst = await Promise.all(
        Array.from({ length: budget * burstPerBudget }, (_, index) => post(index, '/v1/warranties/activations', activation('AAAA-AAAA-AAAA', 'thief@example.net'), attacker)),
      );
      assert.deepEqual(await tally(burst), { invalid_card_code: budget, too_many_attempts: budget * (burstPerBudget - 1) });

      const owners = await post(1, '/v1/warranties/activations', activation(piece.cardCode, 'ada@example.com'), owner);
      assert.equal(owners.status, 201, 'the owner, from another network, is not locked out');
    });

    it('admits exactly the owner-proof budget of one tracking code from one network, the burst split between both', async () => {
      const trackingCode = newTrackingCode();
      const budget = attemptLimits.repairProofPerCodeAndNetwork.attemptsPerWindow;
      const burst = await Promise.all(
        Array.from({ length: budget * burstPerBudget }, (_, index) => post(index, '/v1/repairs/lookup', { trackingCode, email: `guess${index}@example.com` }, attacker)),
      );
      assert.deepEqual(await tally(burst), { unknown_repair: budget, too_many_attempts: budget * (burstPerBudget - 1) });
    });
  });
}
