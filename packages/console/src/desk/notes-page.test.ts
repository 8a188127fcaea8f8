/// <reference types="mocha" />
import type { CallOptions } from '@atelier/client';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { problem } from '../testing/stand-ins.ts';
import type { NotesClient, NotesQuery } from './notes-client.ts';
import './notes-page.ts';
import type { ConsoleNotes } from './notes-page.ts';

type Page = Awaited<ReturnType<NotesClient['page']>>;
type Note = Page['notes'][number];
type Marked = Awaited<ReturnType<NotesClient['markRead']>>;

const lumiere = { id: 'ret_lyon', name: 'Bijouterie Lumière', country: 'FR', city: 'Lyon' };
const readAt = '2026-11-25T10:00:00.000Z';

function note(id: string, serial: string, overrides: Partial<Note> = {}): Note {
  return {
    id,
    kind: 'modification',
    serial,
    model: { reference: '1801G-AC', name: 'Méridienne' },
    servedBy: lumiere,
    detail: 'Strap replaced',
    occurredAt: '2026-11-24T09:30:00.000Z',
    createdAt: '2026-11-24T09:31:00.000Z',
    readAt: null,
    ...overrides,
  };
}

class StandInNotesClient implements NotesClient {
  queries: NotesQuery[] = [];
  marked: string[][] = [];
  notes: Note[] = [note('rnt_1', 'MA-1'), note('rnt_2', 'MA-2', { kind: 'repair_intake', detail: 'full_service' }), note('rnt_3', 'MA-3', { readAt })];
  failNextMark = false;

  page(query: NotesQuery, _options?: CallOptions): Promise<Page> {
    this.queries.push(query);
    if (query.cursor === 'page2') return Promise.resolve({ notes: [note('rnt_4', 'MA-4', { readAt })], unreadCount: this.unread(), nextCursor: null });
    return Promise.resolve({ notes: this.notes, unreadCount: this.unread(), nextCursor: 'page2' });
  }

  markRead(noteIds: string[], _options?: CallOptions): Promise<Marked> {
    if (this.failNextMark) {
      this.failNextMark = false;
      return Promise.reject(problem(503, 'service_unavailable'));
    }
    this.marked.push(noteIds);
    this.notes = this.notes.map((each) => (noteIds.includes(each.id) && each.readAt === null ? { ...each, readAt } : each));
    return Promise.resolve({ notes: this.notes.filter((each) => noteIds.includes(each.id)), unreadCount: this.unread() });
  }

  unread(): number {
    return this.notes.filter((each) => each.readAt === null).length;
  }
}

function items(element: ConsoleNotes): string[] {
  return [...(element.shadowRoot?.querySelectorAll('ul.cards > li') ?? [])].map((item) => item.textContent?.replace(/\s+/g, ' ').trim() ?? '');
}

function status(element: ConsoleNotes): string {
  return element.shadowRoot?.querySelector('#notes-status')?.textContent?.trim() ?? '';
}

async function mount(client: NotesClient): Promise<ConsoleNotes> {
  const element = await fixture<ConsoleNotes>(html`<console-notes .client=${client}></console-notes>`);
  await waitUntil(() => items(element).length > 0, 'the notes are shown');
  return element;
}

describe('<console-notes>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('lists the notes newest first, the unread ones marked New and counted, accessibly', async () => {
    const element = await mount(new StandInNotesClient());
    expect(status(element)).to.equal('2 unread notes.');
    const [first, second, third] = items(element);
    expect(first).to.include('New').and.include('Modified: Strap replaced').and.include('MA-1').and.include('By Bijouterie Lumière, Lyon (FR)');
    expect(second).to.include('New').and.include('Taken in for service: full_service');
    expect(third).to.not.include('New');
    expect(third).to.include('Read');
    expect(element.shadowRoot?.querySelectorAll('li.unread')).to.have.length(2);
    await expect(element).to.be.accessible();
  });

  it('marks one note read, its button naming the piece, and then all the others', async () => {
    const client = new StandInNotesClient();
    const element = await mount(client);
    const button = element.shadowRoot?.querySelector<HTMLElement>('li.unread wa-button');
    expect(button?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Mark read MA-1');
    button?.click();
    await waitUntil(() => status(element) === '1 unread note.', 'the count follows');
    expect(client.marked).to.deep.equal([['rnt_1']]);
    expect(element.shadowRoot?.querySelectorAll('li.unread')).to.have.length(1);
    element.shadowRoot?.querySelector<HTMLElement>('.actions wa-button')?.click();
    await waitUntil(() => status(element) === 'All notes read.', 'all are read');
    expect(client.marked[1]).to.deep.equal(['rnt_2']);
    expect(element.shadowRoot?.querySelectorAll('li.unread')).to.have.length(0);
  });

  it('says when marking failed, and keeps the note unread', async () => {
    const client = new StandInNotesClient();
    client.failNextMark = true;
    const element = await mount(client);
    element.shadowRoot?.querySelector<HTMLElement>('li.unread wa-button')?.click();
    await waitUntil(() => element.shadowRoot?.querySelector('wa-callout[role="alert"]'), 'the failure is said');
    expect(status(element)).to.equal('2 unread notes.');
  });

  it('loads the next page with the cursor it was given', async () => {
    const client = new StandInNotesClient();
    const element = await mount(client);
    const more = [...(element.shadowRoot?.querySelectorAll<HTMLElement>('.actions wa-button') ?? [])].find((button) => button.textContent?.includes('Load more'));
    more?.click();
    await waitUntil(() => items(element).length === 4, 'the next page is added');
    expect(client.queries).to.deep.equal([{}, { cursor: 'page2' }]);
  });

  it('says when there is no note yet', async () => {
    const client = new StandInNotesClient();
    client.notes = [];
    client.page = () => Promise.resolve({ notes: [], unreadCount: 0, nextCursor: null });
    const element = await fixture<ConsoleNotes>(html`<console-notes .client=${client}></console-notes>`);
    await waitUntil(() => element.shadowRoot?.textContent?.includes('No note yet.'), 'the empty state is said');
    await expect(element).to.be.accessible();
  });

  it('marks a note read by keyboard at phone width', async () => {
    await setViewport({ width: 375, height: 800 });
    const client = new StandInNotesClient();
    const element = await mount(client);
    expect(document.documentElement.scrollWidth).to.be.at.most(375);
    const button = element.shadowRoot?.querySelector<HTMLElement & { focus(): void }>('li.unread wa-button');
    button?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => client.marked.length === 1, 'Enter marks the note read');
    expect(client.marked[0]).to.deep.equal(['rnt_1']);
    await expect(element).to.be.accessible();
  });
});
