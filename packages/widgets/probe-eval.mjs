import { chromium } from 'playwright';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
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
const order = process.argv.slice(2).map(pick);
console.log(order);
for (let run = 0; run < 3; run++) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await tab.goto(origin + '/');
  // fetch all first so only evaluation is timed
  const times = await tab.evaluate(async (order) => {
    for (const f of order) await fetch('/' + f).then((r) => r.text());
    const out = [];
    for (const f of order) { const t = performance.now(); await import('/' + f); out.push([f, Math.round(performance.now() - t)]); await new Promise((r) => setTimeout(r, 50)); }
    return out;
  }, order);
  console.log(JSON.stringify(times));
  await context.close();
}
await browser.close(); server.close();
