/**
 * How far the traffic budgets (batched shared counters, db/shared-counters.ts) overshoot across two
 * instances on one database: a script, not a test (the figures depend on timing). Starts two
 * `atelier-server` processes on a SQLite file and on PostgreSQL, and for each counts the answers
 * admitted out of
 *   1. a burst of 4 × 30 provenance lookups from one address (per-address budget 30/min), split between both;
 *   2. the same number paced every 25 ms, alternating instances (≈ 3 s, as a steady scraper would);
 *   3. a burst of 2 × 600 requests with one publishable key (per-key budget 600/min), 40 in flight.
 * An exact limit would admit 30, 30 and 600.
 *
 *   node -C @atelier/source bench/traffic-budgets.ts [sqlite|postgres]…   (PostgreSQL from TEST_DATABASE_URL)
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { defaultProvenanceLookupPolicies, defaultRateLimitPolicies } from '../src/limits.ts';
import { startServersOnOneDatabase, type SharedDatabaseServers } from '../src/testing/server-processes.ts';

const lookupsPerAddressBudget = defaultProvenanceLookupPolicies.perAddress.requestsPerWindow;
const keyBudget = defaultRateLimitPolicies.publishable.requestsPerWindow;
const pacedIntervalMs = 25;
const keyBurstInFlight = 40;

/** Budgets count in windows aligned on the minute: waits until at least `neededMs` of one remain, so a run is not split. */
async function awaitWindowWithRoom(neededMs: number): Promise<void> {
  const windowMs = 60_000;
  const remainingMs = windowMs - (Date.now() % windowMs);
  if (remainingMs < neededMs) await sleep(remainingMs + 50);
}

/** Requests whose connection failed (a loaded machine resets a few): reported, never counted as admitted. */
let failedRequests = 0;

/** Whether the request was answered 200; a failed connection counts as not admitted. */
async function isAdmitted(response: Promise<Response>): Promise<boolean> {
  try {
    const answer = await response;
    await answer.arrayBuffer();
    return answer.status === 200;
  } catch {
    failedRequests++;
    return false;
  }
}

async function admitted(responses: Promise<Response>[]): Promise<number> {
  const answers = await Promise.all(responses.map(isAdmitted));
  return answers.filter(Boolean).length;
}

function lookup(servers: SharedDatabaseServers, index: number, from: string): Promise<Response> {
  const serial = servers.pieces[0]!.serial;
  return fetch(`${servers.instances[index % 2]!.baseUrl}/v1/provenance/${serial}`, {
    headers: { Authorization: `Bearer ${servers.publishableKeys[0]}`, 'X-Forwarded-For': from },
  });
}

async function keyBurst(servers: SharedDatabaseServers): Promise<number> {
  let next = 0;
  let count = 0;
  const total = keyBudget * 2;
  const worker = async () => {
    while (next < total) {
      const index = next++;
      const answer = fetch(`${servers.instances[index % 2]!.baseUrl}/v1/brand`, { headers: { Authorization: `Bearer ${servers.publishableKeys[1]}` } });
      if (await isAdmitted(answer)) count++;
    }
  };
  await Promise.all(Array.from({ length: keyBurstInFlight }, worker));
  return count;
}

async function measure(database: 'sqlite' | 'postgres'): Promise<void> {
  const servers = await startServersOnOneDatabase(database, { instanceCount: 2, keyCount: 2 });
  failedRequests = 0;
  try {
    await awaitWindowWithRoom(10_000);
    const burst = await admitted(Array.from({ length: lookupsPerAddressBudget * 4 }, (_, index) => lookup(servers, index, '203.0.113.1')));
    await awaitWindowWithRoom(15_000);
    const paced: Promise<Response>[] = [];
    for (let index = 0; index < lookupsPerAddressBudget * 4; index++) {
      paced.push(lookup(servers, index, '203.0.113.2'));
      await sleep(pacedIntervalMs);
    }
    const pacedAdmitted = await admitted(paced);
    await awaitWindowWithRoom(45_000);
    const keyAdmitted = await keyBurst(servers);
    console.log(
      JSON.stringify({
        database,
        perAddressBurst: `${burst} of ${lookupsPerAddressBudget * 4} admitted (budget ${lookupsPerAddressBudget})`,
        perAddressPaced: `${pacedAdmitted} of ${lookupsPerAddressBudget * 4} admitted (budget ${lookupsPerAddressBudget})`,
        perKeyBurst: `${keyAdmitted} of ${keyBudget * 2} admitted (budget ${keyBudget})`,
        failedRequests,
      }),
    );
  } finally {
    await servers.close();
  }
}

const requested = process.argv.slice(2);
for (const database of requested.length > 0 ? requested : ['sqlite', 'postgres']) {
  if (database !== 'sqlite' && database !== 'postgres') throw new Error(`unknown database ${database}`);
  await measure(database);
}
