/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { BrandNotesClient } from './brand-notes-client.ts';
import './brand-notes.ts';
import type { ConsoleBrandNotes } from './brand-notes.ts';

type Page = Awaited<ReturnType<BrandNotesClient['page']>>;
type Note = Page['notes'][number];

function note(id: string, overrides: Partial<Note>): Note {
  return {
    id,
    subject: 'client',
    clientId: 'own_kenji',
    serial: null,
    trackingCode: null,
    visibility: 'retailer_of_record',
    text: 'Prefers Saturday fittings.',
    retainUntil: '2028-12-07',
    createdAt: '2026-12-07T10:00:00.000Z',
    ...overrides,
  };
}

class StandInBrandNotesClient implements BrandNotesClient {
  cursors: (string | undefined)[] = [];
  readonly notes: Note[];
  constructor(notes: Note[] = []) {
    this.notes = notes;
  }
  page(cursor: string | undefined): Promise<Page> {
    this.cursors.push(cursor);
    if (cursor === 'page2') return Promise.resolve({ notes: [note('cnt_3', { subject: 'repair', clientId: null, serial: 'MA-240101', trackingCode: '7XK2-M9QD-R4TB', text: 'Bracelet scratched on arrival.' })], nextCursor: null });
    return Promise.resolve({ notes: this.notes, nextCursor: this.notes.length > 0 ? 'page2' : null });
  }
}

const items = (element: ConsoleBrandNotes) => [...(element.shadowRoot?.querySelectorAll('ul.cards > li') ?? [])].map((item) => item.textContent?.replace(/\s+/g, ' ').trim() ?? '');

describe('<console-brand-notes>', () => {
  it('shows the brand’s notes this boutique may read, newest first, a page at a time, by id and never by name, accessibly', async () => {
    const client = new StandInBrandNotesClient([
      note('cnt_1', {}),
      note('cnt_2', { subject: 'piece', clientId: null, serial: 'MA-240207', visibility: 'all_retailers', text: 'Engraving to check at the next visit.', createdAt: '2026-12-06T10:00:00.000Z' }),
    ]);
    const element = await fixture<ConsoleBrandNotes>(html`<console-brand-notes .client=${client}></console-brand-notes>`);
    await waitUntil(() => items(element).length === 2, 'the notes are shown');
    expect(items(element)[0]).to.include('About client own_kenji').and.include('Prefers Saturday fittings.').and.include('For your boutique, as the retailer of record · kept until Dec 7, 2028');
    expect(items(element)[1]).to.include('About piece MA-240207').and.include('For every retailer');
    [...(element.shadowRoot?.querySelectorAll<HTMLElement>('wa-button') ?? [])].find((button) => button.textContent?.trim() === 'Load more')!.click();
    await waitUntil(() => items(element).length === 3, 'the next page is added');
    expect(items(element)[2]).to.include('About repair 7XK2-M9QD-R4TB');
    expect(client.cursors).to.deep.equal([undefined, 'page2']);
    await expect(element).to.be.accessible();
  });

  it('says when the brand has written nothing for this boutique', async () => {
    const element = await fixture<ConsoleBrandNotes>(html`<console-brand-notes .client=${new StandInBrandNotesClient()}></console-brand-notes>`);
    await waitUntil(() => element.shadowRoot?.textContent?.includes('No note from the brand yet.'), 'the page says so');
    await expect(element).to.be.accessible();
  });
});
