/**
 * Test only: kills the server process (SIGKILL, as `kill -9` would) the n-th time a diagnostics
 * channel publishes, so a test can stop it at an exact point of a request — just before a unit
 * of work commits, just after, or between sending an e-mail and forgetting it.
 *
 *   ATELIER_TEST_CRASH_AT='atelier:unit-of-work:committed#5' \
 *     node --import ./src/testing/crash-points.ts bin/atelier-server.js start
 *
 * Nothing in the server loads this module: the variable alone does nothing, so it cannot be
 * switched on in production by accident. Channels: db/unit-of-work.ts, mail/outbox.ts.
 */
import { subscribe } from 'node:diagnostics_channel';

export const crashAtVariable = 'ATELIER_TEST_CRASH_AT';

const spec = process.env[crashAtVariable];
if (spec) {
  const match = /^(.+)#(\d+)$/.exec(spec);
  if (!match) throw new Error(`${crashAtVariable} must read <channel>#<n>, e.g. atelier:unit-of-work:committed#5`);
  const [, channelName, nth] = match as unknown as [string, string, string];
  let published = 0;
  subscribe(channelName, () => {
    published += 1;
    if (published === Number(nth)) process.kill(process.pid, 'SIGKILL');
  });
}
