/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { AuditClient } from './audit-client.ts';
import { auditQueryFromFilters, emptyAuditFilters } from './audit-filters.ts';
import './audit-page.ts';
import type { ConsoleAudit } from './audit-page.ts';

type Page = Awaited<ReturnType<AuditClient['page']>>;
type Query = Parameters<AuditClient['page']>[0];

function entry(id: string, overrides: Partial<Page['entries'][number]> = {}): Page['entries'][number] {
  return {
    id,
    at: '2026-12-06T09:30:00Z',
    actor: { kind: 'person', id: 'per_admin' },
    retailerId: null,
    operation: 'invitePerson',
    target: { kind: 'person', id: `per_${id}` },
    ip: '192.0.2.10',
    outcome: 'ok',
    ...overrides,
  };
}

class StandInAuditClient implements AuditClient {
  queries: Query[] = [];
  page(query: Query) {
    this.queries.push(query);
    if (query.cursor === 'page2') return Promise.resolve({ entries: [entry('c')], nextCursor: null });
    if (query.operation === 'nothing') return Promise.resolve({ entries: [], nextCursor: null });
    return Promise.resolve({ entries: [entry('a'), entry('b', { actor: { kind: 'key', id: 'key_erp' }, operation: 'registerSale', target: { kind: 'item', id: 'AT-100234' } })], nextCursor: 'page2' });
  }
  exportUrl(query: Query) {
    return `/v1/audit-log.csv?${new URLSearchParams(query as Record<string, string>).toString()}`;
  }
}

async function mount(client: StandInAuditClient): Promise<ConsoleAudit> {
  const element = await fixture<ConsoleAudit>(html`<console-audit .client=${client}></console-audit>`);
  await waitUntil(() => element.shadowRoot?.querySelector('table'), 'the log is shown');
  return element;
}

function rows(element: ConsoleAudit): string[] {
  return [...(element.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((row) => row.textContent?.replace(/\s+/g, ' ').trim() ?? '');
}

async function fill(element: ConsoleAudit, name: string, value: string): Promise<void> {
  const control = element.shadowRoot?.querySelector<HTMLInputElement>(`form [name="${name}"]`);
  if (!control) throw new Error(`no field ${name}`);
  control.value = value;
  control.dispatchEvent(new Event('input'));
  await element.updateComplete;
}

describe('<console-audit>', () => {
  it('shows who did what, on what, from where, accessibly', async () => {
    const element = await mount(new StandInAuditClient());
    expect(rows(element)[1]).to.include('Key key_erp').and.include('registerSale').and.include('item AT-100234').and.include('192.0.2.10');
    await expect(element).to.be.accessible();
  });

  it('loads the next page after the ones shown', async () => {
    const client = new StandInAuditClient();
    const element = await mount(client);
    const more = [...(element.shadowRoot?.querySelectorAll<HTMLElement>('wa-button') ?? [])].find((button) => button.textContent?.includes('Load more'));
    more?.click();
    await waitUntil(() => rows(element).length === 3);
    expect(client.queries.at(-1)).to.deep.equal({ cursor: 'page2' });
    expect(element.shadowRoot?.textContent).to.include('3 entries shown');
  });

  it('filters, and exports the same filters as CSV', async () => {
    const client = new StandInAuditClient();
    const element = await mount(client);
    await fill(element, 'operation', 'nothing');
    await fill(element, 'actorId', ' per_admin ');
    element.shadowRoot?.querySelector('form')?.requestSubmit();
    await waitUntil(() => element.shadowRoot?.textContent?.includes('No entry matches these filters.'));
    expect(client.queries.at(-1)).to.deep.equal({ actorId: 'per_admin', operation: 'nothing' });
    const exportLink = [...(element.shadowRoot?.querySelectorAll<HTMLElement>('wa-button') ?? [])].find((button) => button.textContent?.includes('Export as CSV'));
    expect(exportLink?.getAttribute('href')).to.equal('/v1/audit-log.csv?actorId=per_admin&operation=nothing');
  });
});

describe('auditQueryFromFilters', () => {
  it('turns days into instants in the person’s time zone, the “to” day included', () => {
    const query = auditQueryFromFilters({ ...emptyAuditFilters, fromDay: '2026-12-01', toDay: '2026-12-06' });
    expect(query.from).to.equal(new Date(2026, 11, 1).toISOString());
    expect(query.to).to.equal(new Date(2026, 11, 7).toISOString());
    expect(Object.keys(auditQueryFromFilters(emptyAuditFilters))).to.deep.equal([]);
  });
});
