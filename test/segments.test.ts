// End to end, issue 17's scenario in Chromium against the real server (`pnpm demo`'s process tree)
// and its console: customer care (the demo's concierge) builds the segment "collectors in Japan
// with a service due in 90 days" on the Segments page, sees its count (the API's) and its members,
// reopens it from its address, opens a member's page and timeline, adds a note the retailer of
// record may read, and exports the segment for marketing (the demo's collector said yes). The
// back office adds a brand-only note. Then the manager of the retailer of record (Ginza Tokeiten)
// signs in: their Notes page shows the concierge's note and not the brand-only one. Every page
// passes axe.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { countSegment, createClientNote, listClientNotes, type SegmentClause } from '@atelier/client/contract';
import type { Locator, Page } from 'playwright-core';
import { accessibilityViolations } from './support/axe.ts';
import { consoleUrl, signInToConsole } from './support/console-sign-in.ts';
import { demoStackForThisFile, type DemoStack } from './support/demo-stack.ts';

const started = demoStackForThisFile();

const collectorsInJapanDueForCare: SegmentClause = {
  kind: 'all',
  of: [
    { kind: 'customerType', in: ['collector'] },
    { kind: 'country', in: ['JP'] },
    { kind: 'serviceDue', withinDays: 90 },
  ],
};
const collectorName = 'Kenji Watanabe';
const noteForTheBoutique = 'Kenji would like his Navigatrice serviced before the New Year; call him after 18:00.';
const brandOnlyNote = 'Brand only: consider him for the spring collectors’ dinner.';

test('customer care builds a segment, notes a member for the retailer of record and exports it; that retailer reads the note and not a brand-only one', async () => {
  const stack = started();
  await stack.explainFailure(() => segmentJourney(stack));
});

/** Chooses `option` in the Web Awesome select labelled `label` within `scope`, as a person does with a pointer. */
async function choose(scope: Locator | Page, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  await scope.getByRole('option', { name: option, exact: true }).click();
}

async function segmentJourney(stack: DemoStack): Promise<void> {
  const people = stack.credentials.consolePeople ?? [];
  const conciergeAddress = people.find((person) => person.role === 'concierge')?.email;
  const managerAddress = people.find((person) => person.role === 'manager' && person.retailerName === 'Ginza Tokeiten')?.email;
  assert.ok(conciergeAddress && managerAddress, 'the demo seeds a concierge and a manager at Ginza Tokeiten');
  const { count: expected } = await stack.staff.call(countSegment, { query: { filter: JSON.stringify(collectorsInJapanDueForCare) } });
  assert.ok(expected >= 1, 'the demo registry holds a collector in Japan whose piece falls due within 90 days');

  // Customer care builds the segment, one condition at a time.
  const page = await signInToConsole(stack, conciergeAddress);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Segments' }).click();
  await page.getByRole('heading', { name: 'Segments', level: 1 }).waitFor();
  await page.getByText('Add a condition to count the clients who match it.').waitFor();
  const addCondition = page.getByRole('button', { name: 'Add a condition' });
  await addCondition.click();
  await choose(page.getByRole('group', { name: '1. Country' }), 'Condition', 'Client type');
  await choose(page.getByRole('group', { name: '1. Client type' }), 'Types', 'Collector');
  await page.keyboard.press('Escape');
  await addCondition.click();
  await choose(page.getByRole('group', { name: '2. Country' }), 'Countries', 'Japan');
  await page.keyboard.press('Escape');
  await addCondition.click();
  await choose(page.getByRole('group', { name: '3. Country' }), 'Condition', 'Service due within');
  const dueWithin = page.getByRole('group', { name: '3. Service due within' }).getByRole('spinbutton', { name: 'Days from today' });
  assert.equal(await dueWithin.inputValue(), '90', 'ninety days proposed');
  const counted = page.getByRole('status').filter({ hasText: /clients? as of/ });
  await counted.waitFor();
  assert.match(await counted.innerText(), new RegExp(`^${expected} clients? as of`), 'the count is the API’s');
  assert.deepEqual(await accessibilityViolations(page), [], 'the Segments page: axe finds no violation');

  // The address holds the filter: opened again, the same segment and count.
  const address = page.url();
  assert.deepEqual(JSON.parse(new URL(address).searchParams.get('filter') ?? 'null'), collectorsInJapanDueForCare);
  const bookmark = await page.context().newPage();
  await bookmark.goto(address);
  await bookmark.getByRole('group', { name: '3. Service due within' }).waitFor();
  await bookmark.getByRole('status').filter({ hasText: new RegExp(`^${expected} clients? as of`) }).waitFor();
  await bookmark.close();

  // Its members, and one client's page and timeline.
  await page.getByRole('button', { name: 'List the members' }).click();
  const member = page.getByRole('link', { name: collectorName });
  await member.waitFor();
  await member.click();
  await page.getByRole('heading', { name: collectorName, level: 1 }).waitFor();
  assert.match(new URL(page.url()).pathname, /^\/console\/clients\/own_/);
  const clientId = new URL(page.url()).pathname.split('/').at(-1)!;
  const timeline = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem');
  await timeline.first().waitFor();
  assert.ok((await timeline.count()) >= 2, 'his two purchases, at least, in the timeline');
  assert.match(await timeline.first().innerText(), /Ginza Tokeiten/);

  // A note the retailer of record may read.
  await page.getByRole('textbox', { name: 'Note' }).fill(noteForTheBoutique);
  await choose(page, 'Who may read it', 'The brand and the retailer of record');
  await page.getByRole('button', { name: 'Add the note' }).click();
  await page.getByText('The note is added to the timeline.').waitFor();
  await page.getByRole('list', { name: 'Timeline' }).getByText(noteForTheBoutique).waitFor();

  // Back to the segment (from the address, as the history kept it), and its marketing export.
  await page.goBack();
  await page.getByRole('group', { name: '3. Service due within' }).waitFor();
  await page.getByRole('status').filter({ hasText: new RegExp(`^${expected} clients? as of`) }).waitFor();
  await page.getByText('a marketing list never holds anyone who did not agree to marketing').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export as CSV' }).click()]);
  const csv = await readFile((await download.path())!, 'utf8');
  const lines = csv.trim().split(/\r?\n/);
  assert.ok(lines.length >= 2, 'a header and the segment’s consenting clients');
  assert.ok(lines.some((line) => line.includes('kenji.watanabe@example.jp')), 'the collector said yes to marketing: he is in the export');
  await page.context().close();

  // The back office writes a note for the brand only.
  const retainUntil = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
  await stack.staff.call(createClientNote, { body: { clientId, visibility: 'brand', text: brandOnlyNote, retainUntil } });
  const { notes } = await stack.staff.call(listClientNotes, { query: { clientId } });
  assert.deepEqual(notes.map((note) => note.text).sort(), [brandOnlyNote, noteForTheBoutique].sort(), 'the brand reads both');

  // The retailer of record reads the concierge's note, never the brand-only one.
  const boutique = await signInToConsole(stack, managerAddress);
  await boutique.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notes' }).click();
  await boutique.getByRole('heading', { name: 'From the brand about your clients' }).waitFor();
  const fromTheBrand = boutique.getByRole('list', { name: 'From the brand about your clients' });
  await fromTheBrand.getByText(noteForTheBoutique).waitFor();
  assert.match(await fromTheBrand.innerText(), new RegExp(`About client ${clientId}`));
  assert.match(await fromTheBrand.innerText(), /For your boutique, as the retailer of record/);
  assert.equal(await boutique.getByText(brandOnlyNote).count(), 0, 'a brand-only note is never shown to a retailer');
  assert.deepEqual(await accessibilityViolations(boutique), [], 'the retailer’s Notes page: axe finds no violation');
  assert.ok(consoleUrl(stack).startsWith('http://localhost:'));
  await boutique.context().close();
}
