/**
 * The load process of the provenance benchmark: drives one target with autocannon and prints its
 * figures as one JSON line. Runs as its own process so the load generator never competes with the
 * server's event loop. Argv: <target url> <seconds> <connections> [random serial prefix] [serial count].
 */
import autocannon from 'autocannon';

function cpuMicrosSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return used.user + used.system;
}

const [url, seconds, connections, serialPrefix, serialCount] = process.argv.slice(2);
if (!url || !seconds || !connections) throw new Error('usage: load.ts <url> <seconds> <connections> [serialPrefix serialCount]');
const authorization = process.env['BENCH_API_KEY'];

const target = new URL(url);
const cpuAtStart = process.cpuUsage();
const result = await autocannon({
  url: target.origin,
  connections: Number(connections),
  duration: Number(seconds),
  headers: authorization ? { Authorization: `Bearer ${authorization}` } : {},
  requests: [
    {
      method: 'GET',
      setupRequest: (request) => {
        // A random piece per request, so the database is read across its whole size, not from one hot row.
        const path = serialPrefix ? `${target.pathname}${serialPrefix}${1 + Math.floor(Math.random() * Number(serialCount))}` : target.pathname;
        return { ...request, path };
      },
    },
  ],
});
process.stdout.write(
  `${JSON.stringify({
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    total: result.requests.total,
    loadCpuMicros: cpuMicrosSince(cpuAtStart),
  })}\n`,
);
