// End to end, a client's page as the brand's staff use it, in Chromium against the real server
// (`pnpm demo`'s process tree) and its console: the brand's back office finds a client of the demo
// registry in a segment (secret key), the brand admin opens "Clients" from the navigation, types
// the client's id and presses Enter, and reads who they are, what they are worth, their pieces and
// their timeline as the API tells them; the page passes axe; the opening is in the audit log, naming the client.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getClient, getClientTimeline, listSegmentMembers } from '@atelier/client/contract';
import { accessibilityViolations } from './support/axe.ts';
import { consoleUrl, signInToConsole } from './support/console-sign-in.ts';
import { demoStackForThisFile, type DemoStack } from './support/demo-stack.ts';

const started = demoStackForThisFile();

test('the brand admin opens a client of the registry by id and reads their pieces and timeline; the opening is audited', async () => {
  const stack = started();
  await stack.explainFailure(() => clientJourney(stack));
});

async function clientJourney(stack: DemoStack): Promise<void> {
  // A client with a piece, as the concierge would pick one from a segment.
  const members = await stack.staff.call(listSegmentMembers, { query: { filter: JSON.stringify({ kind: 'piecesOwned', op: '>=', value: 1 }) } });
  const member = members.people[0];
  assert.ok(member, 'the demo registry has a client who owns a piece');
  const profile = await stack.staff.call(getClient, { params: { clientId: member.id } });
  const { entries } = await stack.staff.call(getClientTimeline, { params: { clientId: member.id } });
  assert.ok(profile.pieces.length >= 1 && entries.length >= 1, 'the client has a piece and a timeline');

  const adminAddress = stack.credentials.consolePeople?.find((person) => person.role === 'admin')?.email;
  assert.ok(adminAddress, 'the demo seeds a brand admin');
  const page = await signInToConsole(stack, adminAddress);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
  await page.getByRole('heading', { name: 'Clients', level: 1 }).waitFor();
  await page.getByLabel('Client id').fill(member.id);
  await page.getByLabel('Client id').press('Enter');
  await page.getByRole('heading', { name: profile.name, level: 1 }).waitFor();
  assert.equal(new URL(page.url()).pathname, `/console/clients/${member.id}`);

  await page.getByText(profile.email, { exact: true }).waitFor();
  // What the client is worth, in the brand's reporting currency and saying how it was converted.
  if (profile.value) {
    await page.getByText('Purchase value', { exact: true }).waitFor();
    await page.getByText('After-sales value', { exact: true }).waitFor();
    await page.getByText(`In ${profile.value.basis.reportingCurrency}, converted at the brand’s rate for each amount’s month.`).waitFor();
  }
  const pieceRows = page.getByRole('region', { name: 'Pieces' }).getByRole('row');
  assert.equal(await pieceRows.count(), profile.pieces.length + 1, 'a row per piece, under the headings');
  for (const piece of profile.pieces) await page.getByRole('row', { name: new RegExp(piece.serial) }).waitFor();
  const timeline = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem');
  assert.equal(await timeline.count(), entries.length, 'every entry of the timeline, in the order the API gives');
  const firstPurchase = entries.find((entry) => entry.kind === 'purchase');
  if (firstPurchase?.piece) assert.match(await timeline.nth(entries.indexOf(firstPurchase)).innerText(), new RegExp(firstPurchase.piece.serial));
  assert.deepEqual(await accessibilityViolations(page), [], "the client's page: axe finds no violation");

  // The opening is in the audit log, naming the client.
  const audit = await page.request.get(consoleUrl(stack).replace('/console/', `/v1/audit-log?operation=getClient&targetId=${member.id}`));
  assert.equal(audit.status(), 200);
  const { entries: rows } = (await audit.json()) as { entries: { operation: string; target: { kind: string; id: string } | null; outcome: string }[] };
  assert.ok(
    rows.some((row) => row.target?.kind === 'client' && row.target.id === member.id && row.outcome === 'ok'),
    'the admin’s opening of the client is audited',
  );
  await page.context().close();
}
