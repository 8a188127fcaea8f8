/// <reference types="mocha" />
import { createSessionTransport } from '@atelier/client';
import type { CallOptions } from '@atelier/client';
import type { SegmentClause } from '@atelier/client/contract';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { replaceAddressEvent } from '../shared/events.ts';
import { deferred, problem } from '../testing/stand-ins.ts';
import { createSegmentsClient } from './segments-client.ts';
import type { SegmentsClient } from './segments-client.ts';
import './segments-page.ts';
import type { ConsoleSegments } from './segments-page.ts';
import { buttonNameOf } from '../testing/buttons.ts';

type Count = Awaited<ReturnType<SegmentsClient['count']>>;
type MemberPage = Awaited<ReturnType<SegmentsClient['members']>>;

const vipFilter: SegmentClause = {
  kind: 'all',
  of: [
    { kind: 'monthsSinceLastPurchaseOrService', op: '<', value: 36 },
    { kind: 'purchasesAndServices', op: '>=', value: 4 },
  ],
};

const collectorsInJapanDueForCare: SegmentClause = {
  kind: 'all',
  of: [
    { kind: 'customerType', in: ['collector'] },
    { kind: 'country', in: ['JP'] },
    { kind: 'serviceDue', withinDays: 90 },
  ],
};

const person = (id: string, name: string): MemberPage['people'][number] => ({ id, name, email: `${id}@example.jp`, country: 'JP', language: 'ja', customerType: 'collector' });

class StandInSegmentsClient implements SegmentsClient {
  counted: string[] = [];
  listed: string[] = [];
  /** Answers for the next counts, in order; then `answer`. */
  pending: (() => Promise<Count>)[] = [];
  answer: (filterText: string) => Promise<Count> = (filterText) => Promise.resolve({ count: filterText.length % 7, asOf: '2026-12-07' });

  builtIn() {
    return Promise.resolve({
      segments: [
        { name: 'vip', description: 'A purchase or service in the last 36 months, and 4 purchases and services or more in all.', filter: vipFilter },
        { name: 'lapsed', description: 'No purchase or service for 60 months or more.', filter: { kind: 'monthsSinceLastPurchaseOrService', op: '>=', value: 60 } },
      ],
    });
  }

  collections = ['Corniche', 'Lune d’Or', 'Méridienne'];

  catalogue() {
    return Promise.resolve({ models: [], collections: this.collections, categories: [] });
  }

  count(filterText: string, _options?: CallOptions): Promise<Count> {
    this.counted.push(filterText);
    return this.pending.shift()?.() ?? this.answer(filterText);
  }

  members(filterText: string, cursor: string | undefined): Promise<MemberPage> {
    this.listed.push(`${cursor ?? 'first'} ${filterText}`);
    if (cursor === 'page2') return Promise.resolve({ people: [person('own_kenji', 'Kenji Sato')], nextCursor: null, asOf: '2026-12-07' });
    return Promise.resolve({ people: [person('own_aiko', 'Aiko Mori'), person('own_hiro', 'Hiro Ito')], nextCursor: 'page2', asOf: '2026-12-07' });
  }

  exportUrl(filterText: string, purpose: string, channel: string): string {
    return `/v1/segments/export.csv?${new URLSearchParams({ filter: filterText, purpose, channel }).toString()}`;
  }
}

const text = (node: Element | ShadowRoot | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const builderOf = (element: ConsoleSegments) => element.shadowRoot!.querySelector('console-segment-builder')!;
const countText = (element: ConsoleSegments) => text(element.shadowRoot?.querySelector('p.count'));
const conditions = (element: ConsoleSegments) => [...builderOf(element).shadowRoot!.querySelectorAll<HTMLElement>('fieldset.condition')];

async function mount(client: SegmentsClient, options: { search?: string; canListMembers?: boolean } = {}): Promise<ConsoleSegments> {
  return fixture<ConsoleSegments>(
    html`<console-segments .client=${client} .search=${options.search ?? ''} ?can-list-members=${options.canListMembers ?? true}></console-segments>`,
  );
}

/** Chooses `value` in a Web Awesome select as a click on its option would. */
async function choose(select: HTMLElement | null | undefined, value: string | string[]): Promise<void> {
  if (!select) throw new Error('no such select');
  (select as HTMLElement & { value: unknown }).value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await (select as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

async function typeInto(field: HTMLElement | null | undefined, value: string): Promise<void> {
  if (!field) throw new Error('no such field');
  (field as HTMLElement & { value: string }).value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('<console-segments>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('starts from a built-in segment, counts it and writes its filter into the page’s address, accessibly', async () => {
    const client = new StandInSegmentsClient();
    client.answer = () => Promise.resolve({ count: 42, asOf: '2026-12-07' });
    const element = await mount(client);
    expect(countText(element)).to.equal('Add a condition to count the clients who match it.');
    const root = element.shadowRoot!;
    await waitUntil(() => !root.querySelector('wa-option[value="vip"]')?.hasAttribute('disabled'), 'the built-in segments are loaded');
    await choose(root.querySelector('form.start wa-select'), 'vip');
    const address = oneEvent(element, replaceAddressEvent);
    root.querySelector<HTMLElement>('form.start wa-button[type="submit"]')!.click();
    const written = new URL((await address).detail, window.location.href);
    expect(written.pathname).to.equal('/console/segments');
    expect(written.searchParams.get('filter')).to.equal(JSON.stringify(vipFilter));
    await waitUntil(() => countText(element) === '42 clients as of Dec 7, 2026 (UTC).', 'the count is shown');
    expect(client.counted).to.deep.equal([JSON.stringify(vipFilter)]);
    const shown = conditions(element).map((condition) => text(condition.querySelector('legend')));
    expect(shown).to.deep.equal(['1. Months since the last purchase or service', '2. Purchases and services']);
    expect((conditions(element)[1]!.querySelector('wa-input[name="value"]') as HTMLElement & { value: string }).value).to.equal('4');
    await expect(element).to.be.accessible();
  });

  it('opens an RFM group, shows its value condition in whole units and says the count’s currency and the rates it misses', async () => {
    const client = new StandInSegmentsClient();
    const champions: SegmentClause = {
      kind: 'all',
      of: [
        { kind: 'monthsSinceLastPurchaseOrService', op: '<', value: 12 },
        { kind: 'purchasesAndServices', op: '>=', value: 4 },
        { kind: 'value', op: '>=', amount: 20_000 },
      ],
    };
    client.builtIn = () => Promise.resolve({ segments: [{ name: 'rfm_champions', description: 'Bought or serviced within 12 months, often, for a high value.', filter: champions }] });
    client.answer = () =>
      Promise.resolve({
        count: 2,
        asOf: '2026-12-07',
        valueBasis: { reportingCurrency: 'EUR', convertedWith: 'brand_monthly_rates', missingRates: [{ currency: 'JPY', month: '2024-02' }], amountsLeftOut: 1, recomputingSince: '2026-12-07T09:30:00.000Z' },
      });
    const element = await mount(client);
    const root = element.shadowRoot!;
    await waitUntil(() => !root.querySelector('wa-option[value="rfm_champions"]')?.hasAttribute('disabled'), 'the built-in segments are loaded');
    expect(text(root.querySelector('wa-option[value="rfm_champions"]'))).to.equal('RFM: Champions');
    await choose(root.querySelector('form.start wa-select'), 'rfm_champions');
    root.querySelector<HTMLElement>('form.start wa-button[type="submit"]')!.click();
    await waitUntil(() => countText(element) === '2 clients as of Dec 7, 2026 (UTC).', 'the count is shown');
    expect(text(root.querySelector('p.value-basis'))).to.equal('Values in EUR, each amount converted with the brand’s rate for its month. No rate entered for JPY 2024-02: 1 amount is left out.');
    expect(text(root.querySelector('wa-callout.recomputing'))).to.match(/^Clients’ values are being recomputed in EUR since the reporting currency changed \(Dec 7, 2026, .+\): until then, the clients not yet reached still count in the previous currency\.$/);
    const value = conditions(element)[2]!;
    expect(text(value.querySelector('legend'))).to.equal('3. Value including after-sales');
    expect((value.querySelector('wa-input[name="amount"]') as HTMLElement & { value: string }).value).to.equal('20000');
    await expect(element).to.be.accessible();
  });

  it('builds “collectors in Japan with a service due in 90 days” from the keyboard and controls, counting a moment after the last change', async () => {
    const client = new StandInSegmentsClient();
    client.answer = () => Promise.resolve({ count: 3, asOf: '2026-12-07' });
    const element = await mount(client);
    const builder = builderOf(element);
    const root = builder.shadowRoot!;
    root.querySelector<HTMLElement>('wa-button.add-condition')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => conditions(element).length === 1, 'a condition is added');
    await waitUntil(() => root.activeElement?.getAttribute('name') === 'kind', 'its kind takes focus');
    // Country is proposed first; the keyboard picks the next kinds down the list.
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(conditions(element)[0]!.querySelector('legend')) === '1. Client type', 'the kind is chosen from the keyboard');
    await choose(conditions(element)[0]!.querySelector('wa-select[name="in"]'), ['collector']);
    root.querySelector<HTMLElement>('wa-button.add-condition')!.click();
    await waitUntil(() => conditions(element).length === 2, 'a second condition is added');
    await choose(conditions(element)[1]!.querySelector('wa-select[name="in"]'), ['JP']);
    root.querySelector<HTMLElement>('wa-button.add-condition')!.click();
    await waitUntil(() => conditions(element).length === 3, 'a third condition is added');
    await choose(conditions(element)[2]!.querySelector('wa-select[name="kind"]'), 'serviceDue');
    await builder.updateComplete;
    const days = conditions(element)[2]!.querySelector<HTMLElement & { value: string }>('wa-input[name="withinDays"]')!;
    expect(days.value, 'ninety days proposed').to.equal('90');
    await waitUntil(() => countText(element) === '3 clients as of Dec 7, 2026 (UTC).', 'the count is shown');
    expect(client.counted.at(-1)).to.equal(JSON.stringify(collectorsInJapanDueForCare));
    // Several quick edits: one count, for the last of them.
    const before = client.counted.length;
    await typeInto(days, '6');
    await typeInto(days, '60');
    await typeInto(days, '90');
    await waitUntil(() => client.counted.length > before && countText(element).startsWith('3 clients'), 'counted again');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(client.counted.slice(before)).to.deep.equal([JSON.stringify(collectorsInJapanDueForCare)]);
    await expect(element).to.be.accessible();
  });

  it('shows only the latest count when an earlier answer arrives after it', async () => {
    const client = new StandInSegmentsClient();
    const slow = deferred<Count>();
    client.pending = [() => slow.promise];
    client.answer = () => Promise.resolve({ count: 7, asOf: '2026-12-07' });
    const element = await mount(client, { search: `?filter=${encodeURIComponent(JSON.stringify(vipFilter))}` });
    await waitUntil(() => client.counted.length === 1, 'the first count is asked');
    const value = conditions(element)[1]!.querySelector<HTMLElement>('wa-input[name="value"]');
    await typeInto(value, '5');
    await waitUntil(() => countText(element) === '7 clients as of Dec 7, 2026 (UTC).', 'the latest count is shown');
    slow.resolve({ count: 99, asOf: '2026-12-07' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(countText(element)).to.equal('7 clients as of Dec 7, 2026 (UTC).');
  });

  it('opens the filter the address holds, lists its members a page at a time with links to each client, and offers the consent-aware export', async () => {
    const client = new StandInSegmentsClient();
    client.answer = () => Promise.resolve({ count: 3, asOf: '2026-12-07' });
    const filterText = JSON.stringify(collectorsInJapanDueForCare);
    const element = await mount(client, { search: `?filter=${encodeURIComponent(filterText)}` });
    await waitUntil(() => countText(element).startsWith('3 clients'), 'the count is shown');
    expect(conditions(element)).to.have.length(3);
    const root = element.shadowRoot!;
    const listButton = [...root.querySelectorAll<HTMLElement>('wa-button')].find((button) => text(button) === 'List the members')!;
    listButton.click();
    await waitUntil(() => root.querySelectorAll('tbody tr').length === 2, 'the first page is listed');
    expect(client.listed).to.deep.equal([`first ${filterText}`]);
    const link = root.querySelector<HTMLAnchorElement>('tbody tr a')!;
    expect(text(link)).to.equal('Aiko Mori');
    expect(link.getAttribute('href')).to.equal('/console/clients/own_aiko');
    expect(text(root.querySelector('tbody tr'))).to.include('own_aiko@example.jp').and.include('Japan').and.include('Japanese').and.include('Collector');
    expect(text(root.querySelector('caption'))).to.equal('2 of 3 shown');
    [...root.querySelectorAll<HTMLElement>('wa-button')].find((button) => text(button) === 'Load more')!.click();
    await waitUntil(() => root.querySelectorAll('tbody tr').length === 3, 'the next page is added');
    expect(text(root.querySelector('caption'))).to.equal('3 of 3 shown');

    const exportButton = root.querySelector<HTMLElement>('form.export wa-button[href]')!;
    expect(exportButton.getAttribute('href')).to.equal(client.exportUrl(filterText, 'marketing', 'email'));
    expect(root.querySelector('form.export wa-select')!.getAttribute('hint')).to.include('never holds anyone who did not agree to marketing');
    await choose(root.querySelector('form.export wa-select'), 'service');
    expect(root.querySelector<HTMLElement>('form.export wa-button[href]')!.getAttribute('href')).to.equal(client.exportUrl(filterText, 'service', 'email'));
    await expect(element).to.be.accessible();
  });

  it('says a refusal naming a clause next to that condition, and forgets it once the count accepts the filter', async () => {
    const client = new StandInSegmentsClient();
    client.pending = [() => Promise.reject(problem(422, 'validation_failed', [{ path: 'filter.of.2.withinDays', code: 'too_large', message: 'Must be at most 365.' }]))];
    client.answer = () => Promise.resolve({ count: 3, asOf: '2026-12-07' });
    const element = await mount(client, { search: `?filter=${encodeURIComponent(JSON.stringify(collectorsInJapanDueForCare))}` });
    const days = () => conditions(element)[2]!.querySelector<HTMLElement>('wa-input[name="withinDays"]')!;
    await waitUntil(() => days().classList.contains('field-error'), 'the condition’s field says what is wrong');
    expect(days().getAttribute('hint')).to.equal('Between 0 and 365.');
    expect(conditions(element)[0]!.querySelector('.field-error')).to.equal(null);
    expect(countText(element)).to.equal('Some conditions need your attention: they are marked above.');
    const root = element.shadowRoot!;
    expect(root.querySelector<HTMLElement>('form.export wa-button')!.hasAttribute('disabled'), 'no export of a refused filter').to.equal(true);
    await expect(element).to.be.accessible();
    await typeInto(days(), '60');
    await waitUntil(() => countText(element).startsWith('3 clients'), 'counted again');
    expect(days().classList.contains('field-error')).to.equal(false);
  });

  it('checks a condition against the contract before asking: an empty choice is said under it, with nothing sent', async () => {
    const requests: string[] = [];
    const answer = (body: unknown) => Promise.resolve(new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }));
    const fetch = (input: RequestInfo | URL): Promise<Response> => {
      const url = input instanceof Request ? input.url : String(input);
      requests.push(new URL(url).pathname);
      return url.includes('/built-in') ? answer({ segments: [] }) : answer({ count: 1, asOf: '2026-12-07' });
    };
    const element = await mount(createSegmentsClient(createSessionTransport({ fetch }).call));
    const root = builderOf(element).shadowRoot!;
    root.querySelector<HTMLElement>('wa-button.add-condition')!.click();
    await waitUntil(() => conditions(element)[0]?.querySelector('wa-select[name="in"].field-error'), 'the empty country choice is refused');
    expect(conditions(element)[0]!.querySelector('wa-select[name="in"]')!.getAttribute('hint')).to.equal('Choose at least one.');
    expect(requests.filter((path) => path === '/v1/segments/count'), 'nothing sent').to.have.length(0);
    await choose(conditions(element)[0]!.querySelector('wa-select[name="in"]'), ['JP']);
    await waitUntil(() => countText(element) === '1 client as of Dec 7, 2026 (UTC).', 'counted once chosen');
    expect(requests.filter((path) => path === '/v1/segments/count')).to.have.length(1);
  });

  it('groups conditions: any of a nested group, none of the top one, and removes a condition', async () => {
    const client = new StandInSegmentsClient();
    const element = await mount(client, { search: `?filter=${encodeURIComponent(JSON.stringify(collectorsInJapanDueForCare))}` });
    const builder = builderOf(element);
    const root = builder.shadowRoot!;
    root.querySelector<HTMLElement>('wa-button.add-group')!.click();
    await waitUntil(() => root.querySelectorAll('fieldset.group').length === 2, 'a group is added');
    const group = root.querySelectorAll<HTMLElement>('fieldset.group')[1]!;
    expect(text(group.querySelector('legend'))).to.equal('Group 4');
    await choose(group.querySelector('fieldset.condition wa-select[name="in"]'), ['FR']);
    group.querySelector<HTMLElement>('wa-button.add-condition')!.click();
    await waitUntil(() => root.querySelectorAll('fieldset.group')[1]!.querySelectorAll('fieldset.condition').length === 2, 'a condition is added in the group');
    const inGroup = root.querySelectorAll<HTMLElement>('fieldset.group')[1]!.querySelectorAll<HTMLElement>('fieldset.condition');
    await choose(inGroup[1]!.querySelector('wa-select[name="kind"]'), 'consent');
    await choose(root.querySelector('wa-select[name="match"]'), 'none');
    // Remove the first condition (client type) with its own button, named for screen readers.
    const remove = conditions(element)[0]!.querySelector<HTMLElement>('wa-button[variant="danger"]')!;
    expect(buttonNameOf(remove)).to.equal('Remove condition 1: Client type');
    remove.click();
    const expected: SegmentClause = {
      kind: 'not',
      of: {
        kind: 'any',
        of: [
          { kind: 'country', in: ['JP'] },
          { kind: 'serviceDue', withinDays: 90 },
          {
            kind: 'any',
            of: [
              { kind: 'country', in: ['FR'] },
              { kind: 'consent', channel: 'email', purpose: 'marketing', granted: true },
            ],
          },
        ],
      },
    };
    await waitUntil(() => client.counted.at(-1) === JSON.stringify(expected), 'the nested filter is counted');
    await waitUntil(() => root.activeElement?.classList.contains('add-condition'), 'focus returns to the group’s Add a condition');
    await expect(element).to.be.accessible();
  });

  it('offers the catalogue’s collections to a collection condition, and keeps a chosen one the catalogue no longer lists', async () => {
    const client = new StandInSegmentsClient();
    const ownsCorniche: SegmentClause = { kind: 'all', of: [{ kind: 'collection', in: ['Corniche'] }] };
    const element = await mount(client, { search: `?filter=${encodeURIComponent(JSON.stringify({ kind: 'all', of: [{ kind: 'collection', in: ['Navigatrice'] }] }))}` });
    const builder = builderOf(element);
    await waitUntil(() => conditions(element)[0]?.querySelectorAll('wa-option').length, 'the condition is shown');
    const legend = text(conditions(element)[0]!.querySelector('legend'));
    expect(legend).to.equal('1. Owns a piece of a collection');
    const choice = () => conditions(element)[0]!.querySelector<HTMLElement & { value: string[] }>('wa-select[name="in"]')!;
    await waitUntil(() => choice().querySelectorAll('wa-option').length === 4, 'the catalogue’s collections are offered beside the chosen one');
    expect([...choice().querySelectorAll('wa-option')].map((option) => option.getAttribute('value'))).to.deep.equal(['Corniche', 'Lune d’Or', 'Méridienne', 'Navigatrice']);
    expect(choice().value).to.deep.equal(['Navigatrice']);
    await choose(choice(), ['Corniche']);
    await builder.updateComplete;
    await waitUntil(() => client.counted.at(-1) === JSON.stringify(ownsCorniche), 'the collection condition is counted');
    await expect(element).to.be.accessible();
  });

  it('nests groups within groups as deep as the language allows, numbering each row by where it sits', async () => {
    const client = new StandInSegmentsClient();
    const element = await mount(client, { search: `?filter=${encodeURIComponent(JSON.stringify(vipFilter))}` });
    const root = builderOf(element).shadowRoot!;
    const groups = () => [...root.querySelectorAll<HTMLElement>('fieldset.group')];
    const ownButton = (group: HTMLElement, name: string) => group.querySelector<HTMLElement>(`:scope > .actions > wa-button.${name}`);
    ownButton(groups()[0]!, 'add-group')!.click();
    await waitUntil(() => groups().length === 2, 'a group is added');
    const second = ownButton(groups()[1]!, 'add-group')!;
    expect(buttonNameOf(second)).to.equal('Add a group to group 3');
    second.click();
    await waitUntil(() => groups().length === 3, 'a group is added within the group');
    expect(text(groups()[2]!.querySelector('legend'))).to.equal('Group 3.2');
    expect(text(groups()[2]!.querySelector('fieldset.condition legend'))).to.equal('3.2.1. Country');
    await choose(groups()[2]!.querySelector('fieldset.condition wa-select[name="in"]'), ['JP']);
    await choose(groups()[1]!.querySelector('fieldset.condition wa-select[name="in"]'), ['FR']);
    const expected: SegmentClause = {
      kind: 'all',
      of: [...(vipFilter as { of: SegmentClause[] }).of, { kind: 'any', of: [{ kind: 'country', in: ['FR'] }, { kind: 'any', of: [{ kind: 'country', in: ['JP'] }] }] }],
    };
    await waitUntil(() => client.counted.at(-1) === JSON.stringify(expected), 'the filter with a group in a group is counted');
    // all (1) › any (2) › any (3): one more level is allowed, and no more.
    ownButton(groups()[2]!, 'add-group')!.click();
    await waitUntil(() => groups().length === 4, 'a fourth level is added');
    expect(ownButton(groups()[3]!, 'add-group'), 'the language nests four levels at most').to.equal(null);
    expect(ownButton(groups()[2]!, 'add-group')).to.not.equal(null);
    await expect(element).to.be.accessible();
  });

  it('lets an analyst count without listing or exporting anyone', async () => {
    const element = await mount(new StandInSegmentsClient(), { search: `?filter=${encodeURIComponent(JSON.stringify(vipFilter))}`, canListMembers: false });
    await waitUntil(() => countText(element).includes('clients'), 'the count is shown');
    expect(element.shadowRoot!.querySelector('#members-title')).to.equal(null);
    expect(element.shadowRoot!.querySelector('form.export')).to.equal(null);
  });

  it('says when the address’s filter cannot be read, and starts empty', async () => {
    const element = await mount(new StandInSegmentsClient(), { search: '?filter=%7B%22kind%22%3A' });
    expect(text(element.shadowRoot!.querySelector('wa-callout[variant="warning"]'))).to.include('cannot be read');
    expect(conditions(element)).to.have.length(0);
  });

  it('fits a phone’s width', async () => {
    await setViewport({ width: 360, height: 800 });
    const element = await mount(new StandInSegmentsClient(), { search: `?filter=${encodeURIComponent(JSON.stringify(collectorsInJapanDueForCare))}` });
    await waitUntil(() => countText(element).includes('clients'), 'the count is shown');
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
    await expect(element).to.be.accessible();
  });
});
