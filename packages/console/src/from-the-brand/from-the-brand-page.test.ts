/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { CallOptions } from '@atelier/client';
import type { BrandNews, BrandNewsInput, EventInvitation, InvitationInput, InvitationSent } from '@atelier/client/contract';
import type WaInput from '@awesome.me/webawesome/dist/components/input/input.js';
import type WaTextarea from '@awesome.me/webawesome/dist/components/textarea/textarea.js';
import type WaSelect from '@awesome.me/webawesome/dist/components/select/select.js';
import french from '../locales/fr.ts';
import { pressConfirm, problem } from '../testing/stand-ins.ts';
import type { FromTheBrandClient } from './from-the-brand-client.ts';
import './from-the-brand-page.ts';
import type { ConsoleFromTheBrand } from './from-the-brand-page.ts';
import { shownWords } from '../testing/buttons.ts';

const figures = { invited: 0, emailed: 0, notEmailed: 0, yes: 0, no: 0, seatsLeft: 40 };

function invitation(overrides: Partial<EventInvitation> = {}): EventInvitation {
  return {
    id: 'inv_soiree',
    status: 'draft',
    defaultLanguage: 'en',
    texts: { en: { title: 'An evening at Vendôme', description: 'Meet our watchmakers.' }, fr: { title: 'Une soirée à Vendôme', description: 'Rencontrez nos horlogers.' } },
    place: { name: 'Maison Aubert Vendôme', address: null, city: 'Paris', country: 'FR' },
    startsAt: { date: '2027-03-12', time: '18:30', timeZone: 'Europe/Paris', at: '2027-03-12T17:30:00.000Z' },
    capacity: 40,
    audience: { segment: null, filter: { kind: 'collection', in: ['Corniche'] } },
    audienceCount: 12,
    figures,
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    sentAt: null,
    ...overrides,
  };
}

class StandInClient implements FromTheBrandClient {
  invitationList: EventInvitation[] = [invitation()];
  newsList: BrandNews[] = [];
  created: InvitationInput[] = [];
  updated: { id: string; input: InvitationInput }[] = [];
  sent: string[] = [];
  createdNews: BrandNewsInput[] = [];
  published: string[] = [];
  refusals: Error[] = [];

  invitations() {
    return Promise.resolve({ invitations: this.invitationList });
  }
  createInvitation(input: InvitationInput, _options?: CallOptions) {
    const refusal = this.refusals.shift();
    if (refusal) return Promise.reject(refusal);
    this.created.push(input);
    const made = invitation({ id: 'inv_new', texts: { en: { title: input.texts.en?.title ?? '', description: input.texts.en?.description ?? '' } } });
    this.invitationList = [made, ...this.invitationList];
    return Promise.resolve(made);
  }
  updateInvitation(id: string, input: InvitationInput) {
    this.updated.push({ id, input });
    return Promise.resolve(invitation());
  }
  sendInvitation(id: string): Promise<InvitationSent> {
    this.sent.push(id);
    const sent = invitation({ status: 'sent', audienceCount: null, figures: { ...figures, invited: 12, emailed: 7, notEmailed: 5 } });
    this.invitationList = [sent];
    return Promise.resolve({ invitation: sent, invitedNow: 12, emailedNow: 7 });
  }
  news() {
    return Promise.resolve({ news: this.newsList });
  }
  createNews(input: BrandNewsInput) {
    this.createdNews.push(input);
    const made: BrandNews = {
      id: 'nws_bronze',
      status: 'draft',
      defaultLanguage: 'en',
      texts: { en: { title: input.texts.en?.title ?? '', body: input.texts.en?.body ?? '' } },
      link: input.link ?? null,
      audience: { segment: input.audience.segment ?? null, filter: input.audience.filter ?? null },
      audienceCount: 30,
      createdAt: '2026-11-25T10:00:00.000Z',
      updatedAt: '2026-11-25T10:00:00.000Z',
      publishedAt: null,
    };
    this.newsList = [made];
    return Promise.resolve(made);
  }
  updateNews() {
    return Promise.reject(new Error('not used'));
  }
  publishNews(id: string) {
    this.published.push(id);
    this.newsList = this.newsList.map((item) => ({ ...item, status: 'published' as const, publishedAt: '2026-11-25T11:00:00.000Z', audienceCount: null }));
    return Promise.resolve(this.newsList[0]!);
  }
}

async function mount(client: StandInClient): Promise<ConsoleFromTheBrand> {
  const element = await fixture<ConsoleFromTheBrand>(html`<console-from-the-brand .client=${client}></console-from-the-brand>`);
  await waitUntil(() => element.shadowRoot?.querySelector('table'), 'the invitations load');
  return element;
}

const form = (element: ConsoleFromTheBrand) => element.shadowRoot?.querySelector('console-brand-message-form');
const text = (element: ConsoleFromTheBrand) => `${element.shadowRoot?.textContent ?? ''} ${form(element)?.shadowRoot?.textContent ?? ''}`.replace(/\s+/g, ' ');

function fieldOf<T extends HTMLElement>(element: ConsoleFromTheBrand, name: string): T {
  const found = form(element)?.shadowRoot?.querySelector<T>(`[name="${name}"]`);
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

async function type(element: ConsoleFromTheBrand, name: string, value: string): Promise<void> {
  const field = fieldOf<WaInput | WaTextarea>(element, name);
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await form(element)?.updateComplete;
}

async function choose(element: ConsoleFromTheBrand, name: string, value: string): Promise<void> {
  const select = fieldOf<WaSelect>(element, name);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await form(element)?.updateComplete;
}

function buttonNamed(element: ConsoleFromTheBrand, label: string): HTMLElement {
  const found = [...(element.shadowRoot?.querySelectorAll<HTMLElement>('wa-button') ?? [])].find((button) => shownWords(button) === label);
  if (!found) throw new Error(`no button ${label}`);
  return found;
}

describe('<console-from-the-brand>', () => {
  afterEach(() => setViewport({ width: 1024, height: 768 }));

  it('writes an invitation for a collection in the place’s time zone, axe clean at phone width', async () => {
    await setViewport({ width: 360, height: 740 });
    const client = new StandInClient();
    const element = await mount(client);
    expect(text(element)).to.include('An evening at Vendôme');
    await expect(element).to.be.accessible();

    buttonNamed(element, 'New invitation').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => form(element), 'the form opens');
    await form(element)?.updateComplete;
    await type(element, 'texts.en.title', 'The Corniche in bronze');
    await type(element, 'texts.en.description', 'Cocktails at the boutique.');
    await type(element, 'place.name', 'Boutique Rhône');
    await type(element, 'place.city', 'Genève');
    await choose(element, 'place.country', 'CH');
    await type(element, 'startsAt.date', '2027-04-02');
    await type(element, 'startsAt.time', '19:00');
    await type(element, 'startsAt.timeZone', 'Europe/Zurich');
    await type(element, 'capacity', '25');
    await type(element, 'audience.collections', 'Corniche, Navigatrice');
    await type(element, 'audience.countries', 'ch');
    await expect(element).to.be.accessible();
    form(element)?.shadowRoot?.querySelector('form')?.requestSubmit();
    await waitUntil(() => client.created.length === 1, 'the draft is sent');
    expect(client.created[0]).to.deep.equal({
      texts: { en: { title: 'The Corniche in bronze', description: 'Cocktails at the boutique.' } },
      place: { name: 'Boutique Rhône', city: 'Genève', country: 'CH' },
      startsAt: { date: '2027-04-02', time: '19:00', timeZone: 'Europe/Zurich' },
      capacity: 25,
      audience: { filter: { kind: 'all', of: [{ kind: 'country', in: ['CH'] }, { kind: 'collection', in: ['Corniche', 'Navigatrice'] }] } },
    });
    await waitUntil(() => text(element).includes('Draft saved.'), 'the list is back');
  });

  it('says a refused field under it in the reader’s language and keeps what was typed', async () => {
    const client = new StandInClient();
    client.refusals = [problem(422, 'validation_failed', [{ path: 'texts.en', code: 'required', message: 'Required.' }])];
    const element = await mount(client);
    element.messages = french;
    element.locale = 'fr';
    await element.updateComplete;
    buttonNamed(element, 'Nouvelle invitation').click();
    await waitUntil(() => form(element));
    await form(element)?.updateComplete;
    await type(element, 'texts.fr.title', 'Une soirée');
    form(element)?.shadowRoot?.querySelector('form')?.requestSubmit();
    await waitUntil(() => fieldOf<WaInput>(element, 'texts.en.title').classList.contains('field-error'), 'the default language is asked for');
    expect(fieldOf<WaInput>(element, 'texts.en.title').hint).to.equal('Ce champ est obligatoire.');
    expect(fieldOf<WaInput>(element, 'texts.fr.title').value).to.equal('Une soirée');
  });

  it('keeps each row’s buttons in a cell of its row, so the row’s rule runs straight under it', async () => {
    const element = await mount(new StandInClient());
    const cells = [...(element.shadowRoot?.querySelectorAll('tbody td') ?? [])];
    expect(cells.length).to.be.greaterThan(0);
    expect(cells.map((cell) => getComputedStyle(cell).display).filter((display) => display !== 'table-cell')).to.deep.equal([]);
  });

  it('sends a draft once confirmed and shows who was invited and e-mailed', async () => {
    const client = new StandInClient();
    const element = await mount(client);
    buttonNamed(element, 'Send').click();
    await element.updateComplete;
    expect(client.sent).to.deep.equal([]);
    await pressConfirm(element.shadowRoot?.querySelector('console-confirm'));
    await waitUntil(() => text(element).includes('12 clients invited, 7 e-mailed.'));
    expect(client.sent).to.deep.equal(['inv_soiree']);
    expect(buttonNamed(element, 'Invite newcomers')).to.exist;
  });

  it('writes a news item for everyone and publishes it once confirmed', async () => {
    const client = new StandInClient();
    const element = await mount(client);
    buttonNamed(element, 'New news item').click();
    await waitUntil(() => form(element));
    await form(element)?.updateComplete;
    await type(element, 'texts.en.title', 'Our new boutique');
    await type(element, 'texts.en.body', 'Opening in Geneva.');
    await type(element, 'link', 'https://www.maison-aubert.example/geneve');
    form(element)?.shadowRoot?.querySelector('form')?.requestSubmit();
    await waitUntil(() => client.createdNews.length === 1);
    expect(client.createdNews[0]).to.deep.equal({ texts: { en: { title: 'Our new boutique', body: 'Opening in Geneva.' } }, link: 'https://www.maison-aubert.example/geneve', audience: {} });
    await waitUntil(() => text(element).includes('Our new boutique'));
    buttonNamed(element, 'Publish').click();
    await element.updateComplete;
    await pressConfirm(element.shadowRoot?.querySelector('console-confirm'));
    await waitUntil(() => client.published.length === 1 && text(element).includes('Published.'));
  });
});
