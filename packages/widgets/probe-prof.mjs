import { chromium } from 'playwright';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
const require = createRequire('/work/wt-lead12/node_modules/.pnpm/@jridgewell+trace-mapping@0.3.31/node_modules/@jridgewell/trace-mapping/package.json');
const { TraceMap, originalPositionFor } = require('@jridgewell/trace-mapping');
const dir = 'dist/cdn/';
const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
const pick = (p) => files.find((f) => f.startsWith(p));
const server = createServer((req, res) => {
  const path = req.url.split('?')[0];
  if (path === '/') { res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>x</p>'); return; }
  let body; try { body = readFileSync(dir + path.slice(1)); } catch { res.writeHead(404).end(); return; } res.writeHead(200, { 'content-type': 'text/javascript' }).end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const [pre, target] = process.argv.slice(2).map(pick);
const maps = new Map();
const bySource = new Map();
for (let run = 0; run < 3; run++) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await tab.goto(origin + '/');
  await tab.evaluate(async ([pre, target]) => { await import('/' + pre); await fetch('/' + target).then((r) => r.text()); }, [pre, target]);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start');
  const ms = await tab.evaluate(async (target) => { const t = performance.now(); await import('/' + target); return performance.now() - t; }, target);
  const { profile } = await cdp.send('Profiler.stop');
  console.log('eval', target, ms.toFixed(0));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const { url, lineNumber, columnNumber, functionName } = nodes.get(id).callFrame;
    const file = url.split('/').pop();
    let key = functionName || '(anon)';
    if (file && file.endsWith('.js')) {
      if (!maps.has(file)) maps.set(file, new TraceMap(readFileSync(dir + file + '.map', 'utf8')));
      const pos = originalPositionFor(maps.get(file), { line: lineNumber + 1, column: columnNumber });
      key = (pos.source ?? file).replace(/.*node_modules\//, 'nm/').replace(/.*packages\//, '');
    } else if (!url) key = `(${functionName})`;
    bySource.set(key, (bySource.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  await context.close();
}
for (const [k, v] of [...bySource].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / 3).toFixed(1).padStart(7), k);
await browser.close(); server.close();
