/// <reference types="mocha" />
import type { CallOptions } from '@atelier/client';
import type { CareReminder, CareReminderFigures, CareReminderPersonalisation, CareRemindersQuery, CareRule, CareRuleInput, CareRuleList, CareRuleParams } from '@atelier/client/contract';
import type WaTextarea from '@awesome.me/webawesome/dist/components/textarea/textarea.js';
import type WaInput from '@awesome.me/webawesome/dist/components/input/input.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import french from '../locales/fr.ts';
import { pressConfirm, problem } from '../testing/stand-ins.ts';
import type { CareRemindersClient, CareRulesClient } from './care-client.ts';
import './care-page.ts';
import type { ConsoleCare } from './care-page.ts';
import type { ConsoleCareQueue } from './reminder-queue.ts';
import type { ConsoleCareRules } from './care-rules-editor.ts';
import type { ConsoleCareFigures } from './care-figures.ts';
import { shownWords, waButtonNamed } from '../testing/buttons.ts';

function reminder(overrides: Partial<CareReminder> & Pick<CareReminder, 'id'>): CareReminder {
  return {
    status: 'draft',
    careKind: 'water_resistance_check',
    dueOn: '2026-12-31',
    piece: { serial: 'MA-240101', modelName: 'Navigatrice', modelReference: 'NV-40' },
    owner: { clientId: 'own_marc', name: 'Marc Aubry', language: 'fr' },
    warrantyCondition: { text: 'Un contrôle par an maintient la garantie.', lapsesAfter: '2026-12-31' },
    personalisation: { subject: null, personalNote: null, personalisedAt: null },
    heldAt: null,
    email: { subject: 'Maison Aubert : votre Navigatrice attend un contrôle d’étanchéité', text: 'Bonjour Marc Aubry,\n\nVotre Navigatrice (numéro de série MA-240101) attend un contrôle d’étanchéité pour le 31 décembre 2026.' },
    wouldBeDroppedFor: null,
    draftedAt: '2026-11-25T10:00:00.000Z',
    autoSendAt: '2026-11-28T10:00:00.000Z',
    ownerLastHeardFromBrandAt: null,
    sentAt: null,
    droppedAt: null,
    dropReason: null,
    dropNote: null,
    ...overrides,
  };
}

class StandInCareClient implements CareRemindersClient, CareRulesClient {
  calls: string[] = [];
  stored: CareReminder[] = [
    reminder({ id: 'crem_1' }),
    reminder({ id: 'crem_2', careKind: 'service', dueOn: '2027-01-10', piece: { serial: 'MA-240207', modelName: 'Corniche', modelReference: 'CO-38' }, owner: { clientId: 'own_ada', name: 'Ada Owner', language: 'en' }, warrantyCondition: null, wouldBeDroppedFor: 'owner_booked' }),
  ];
  ruleList: CareRuleList = {
    rules: [
      { scope: 'collection', key: 'Navigatrice', serviceIntervalMonths: 48, waterResistanceCheckIntervalMonths: 12, cleaningIntervalMonths: null, reminderLeadTimeDays: 45, warrantyCondition: { careKind: 'water_resistance_check', text: 'A check every year keeps the warranty.' }, updatedAt: '2026-11-01T09:00:00.000Z' },
    ],
    defaults: { serviceIntervalMonths: 36, reminderLeadTimeDays: 30 },
  };
  /** What the next write answers instead, in turn. */
  refusals: Error[] = [];

  #change(id: string, change: (stored: CareReminder) => CareReminder): Promise<CareReminder> {
    const refusal = this.refusals.shift();
    if (refusal) return Promise.reject(refusal);
    const found = this.stored.find((candidate) => candidate.id === id)!;
    const changed = change(found);
    this.stored = this.stored.map((candidate) => (candidate.id === id ? changed : candidate));
    return Promise.resolve(changed);
  }

  reminders(query: CareRemindersQuery): Promise<{ reminders: CareReminder[]; nextCursor: string | null }> {
    this.calls.push(`list ${JSON.stringify(query)}`);
    return Promise.resolve({ reminders: this.stored.filter((candidate) => candidate.status === (query.status ?? 'draft') && (query.careKind === undefined || candidate.careKind === query.careKind)), nextCursor: null });
  }
  personalise(id: string, change: CareReminderPersonalisation): Promise<CareReminder> {
    this.calls.push(`personalise ${id} ${JSON.stringify(change)}`);
    return this.#change(id, (stored) => ({
      ...stored,
      personalisation: { subject: change.subject ?? null, personalNote: change.personalNote ?? null, personalisedAt: '2026-11-25T11:00:00.000Z' },
      email: { subject: change.subject ?? stored.email!.subject, text: `${stored.email!.text}\n\n${change.personalNote ?? ''}` },
    }));
  }
  hold(id: string): Promise<CareReminder> {
    this.calls.push(`hold ${id}`);
    return this.#change(id, (stored) => ({ ...stored, heldAt: '2026-11-25T11:00:00.000Z', autoSendAt: null }));
  }
  release(id: string): Promise<CareReminder> {
    this.calls.push(`release ${id}`);
    return this.#change(id, (stored) => ({ ...stored, heldAt: null, autoSendAt: '2026-11-28T11:00:00.000Z' }));
  }
  send(id: string): Promise<CareReminder> {
    this.calls.push(`send ${id}`);
    return this.#change(id, (stored) => ({ ...stored, status: 'sent', sentAt: '2026-11-25T11:00:00.000Z', email: null, autoSendAt: null }));
  }
  drop(id: string, reason: string): Promise<CareReminder> {
    this.calls.push(`drop ${id} ${reason}`);
    return this.#change(id, (stored) => ({ ...stored, status: 'dropped', droppedAt: '2026-11-25T11:00:00.000Z', dropReason: 'by_customer_care', dropNote: reason, email: null, autoSendAt: null }));
  }
  figures(period: { from: string; to: string }, _options?: CallOptions): Promise<CareReminderFigures> {
    this.calls.push(`figures ${period.from} ${period.to}`);
    return Promise.resolve({
      from: period.from,
      to: period.to,
      bookingWindowDays: 60,
      stillInWindow: 2,
      kinds: [
        { careKind: 'service', sent: 40, followedByBooking: 18, bookingRate: 0.45 },
        { careKind: 'water_resistance_check', sent: 25, followedByBooking: 5, bookingRate: 0.2 },
        { careKind: 'cleaning', sent: 0, followedByBooking: 0, bookingRate: null },
      ],
      total: { sent: 65, followedByBooking: 23, bookingRate: 23 / 65 },
    });
  }
  rules(): Promise<CareRuleList> {
    return Promise.resolve(structuredClone(this.ruleList));
  }
  put(key: CareRuleParams, input: CareRuleInput): Promise<CareRule> {
    this.calls.push(`put ${key.scope}:${key.key} ${JSON.stringify(input)}`);
    const refusal = this.refusals.shift();
    if (refusal) return Promise.reject(refusal);
    const rule: CareRule = {
      scope: key.scope,
      key: key.key,
      serviceIntervalMonths: input.serviceIntervalMonths ?? null,
      waterResistanceCheckIntervalMonths: input.waterResistanceCheckIntervalMonths ?? null,
      cleaningIntervalMonths: input.cleaningIntervalMonths ?? null,
      reminderLeadTimeDays: input.reminderLeadTimeDays ?? null,
      warrantyCondition: input.warrantyCondition ?? null,
      updatedAt: '2026-11-25T11:00:00.000Z',
    };
    this.ruleList.rules = [...this.ruleList.rules.filter((candidate) => candidate.key !== key.key), rule];
    return Promise.resolve(rule);
  }
  delete(key: CareRuleParams): Promise<CareRule> {
    this.calls.push(`delete ${key.scope}:${key.key}`);
    const rule = this.ruleList.rules.find((candidate) => candidate.key === key.key)!;
    this.ruleList.rules = this.ruleList.rules.filter((candidate) => candidate !== rule);
    return Promise.resolve(rule);
  }
}

const textOf = (root: ShadowRoot | null | undefined) => root?.textContent?.replace(/\s+/g, ' ') ?? '';

async function mountQueue(client: StandInCareClient): Promise<ConsoleCareQueue> {
  const element = await fixture<ConsoleCareQueue>(html`<console-care-queue .client=${client}></console-care-queue>`);
  await waitUntil(() => element.shadowRoot?.querySelector('table'), 'the queue loads');
  return element;
}

async function openReview(element: ConsoleCareQueue, serial: string): Promise<void> {
  const button = waButtonNamed(element.shadowRoot, `Review the reminder for ${serial}`);
  button!.click();
  await waitUntil(() => element.shadowRoot?.querySelector('section.review'), 'the review opens');
}

function button(root: ShadowRoot | null | undefined, label: string): HTMLElement {
  const found = [...(root?.querySelectorAll<HTMLElement>('wa-button') ?? [])].find((candidate) => shownWords(candidate) === label);
  if (!found) throw new Error(`no button ${label}`);
  return found;
}

describe('<console-care>', () => {
  afterEach(() => setViewport({ width: 1024, height: 768 }));

  it('lists the drafts with what is due for whom and what will become of each, and reviews one from the keyboard', async () => {
    const client = new StandInCareClient();
    const element = await mountQueue(client);
    const text = textOf(element.shadowRoot);
    expect(text).to.include('2 reminders');
    expect(text).to.include('Water-resistance check');
    expect(text).to.include('Marc Aubry');
    expect(text).to.include('Goes out on its own');
    expect(text).to.include('Would be dropped: the owner booked the piece in');
    await expect(element).to.be.accessible();

    waButtonNamed(element.shadowRoot, 'Review the reminder for MA-240101')?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => element.shadowRoot?.querySelector('section.review'), 'the review opens');
    await waitUntil(() => element.shadowRoot?.activeElement?.id === 'review-title', 'focus on the review’s heading');
    const review = textOf(element.shadowRoot);
    expect(review).to.include('Reminder for Navigatrice MA-240101');
    expect(review).to.include('Warranty condition: Un contrôle par an maintient la garantie.');
    expect(review).to.include('numéro de série MA-240101');
    expect(element.shadowRoot?.querySelector('.email')?.getAttribute('lang')).to.equal('fr');
    await expect(element).to.be.accessible();
  });

  it('saves a subject and a note in the owner’s language, and keeps what was typed when the server refuses the note', async () => {
    const client = new StandInCareClient();
    client.refusals = [problem(422, 'validation_failed', [{ path: 'personalNote', code: 'too_long', message: 'Too long.' }])];
    const element = await mountQueue(client);
    await openReview(element, 'MA-240101');
    const subject = element.shadowRoot!.querySelector<WaInput>('wa-input[name="subject"]')!;
    subject.value = 'Votre Navigatrice';
    subject.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    const note = element.shadowRoot!.querySelector<WaTextarea>('wa-textarea[name="personalNote"]')!;
    expect(note.getAttribute('lang')).to.equal('fr');
    note.value = 'Au plaisir de vous revoir à Genève.';
    note.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await element.updateComplete;
    element.shadowRoot?.querySelector('form')?.requestSubmit();
    await waitUntil(() => element.shadowRoot?.querySelector('wa-textarea[name="personalNote"]')?.classList.contains('field-error'), 'the note is marked');
    expect(element.shadowRoot?.querySelector('wa-textarea[name="personalNote"]')?.getAttribute('hint')).to.equal('This value is too long.');
    expect(element.shadowRoot!.querySelector<WaTextarea>('wa-textarea[name="personalNote"]')!.value).to.equal('Au plaisir de vous revoir à Genève.');

    element.shadowRoot?.querySelector('form')?.requestSubmit();
    await waitUntil(() => textOf(element.shadowRoot).includes('Personalisation saved.'), 'saved');
    expect(client.calls.filter((call) => call.startsWith('personalise'))).to.deep.equal([
      'personalise crem_1 {"subject":"Votre Navigatrice","personalNote":"Au plaisir de vous revoir à Genève."}',
      'personalise crem_1 {"subject":"Votre Navigatrice","personalNote":"Au plaisir de vous revoir à Genève."}',
    ]);
    expect(element.shadowRoot?.querySelector('.email')?.textContent).to.include('Au plaisir de vous revoir à Genève.');
    await expect(element).to.be.accessible();
  });

  it('holds and releases a draft, sends one now and drops another with a reason', async () => {
    const client = new StandInCareClient();
    const element = await mountQueue(client);
    await openReview(element, 'MA-240101');
    button(element.shadowRoot, 'Hold').click();
    await waitUntil(() => textOf(element.shadowRoot).includes('Held: it goes out only when you send it.'), 'held');
    button(element.shadowRoot, 'Release').click();
    await waitUntil(() => textOf(element.shadowRoot).includes('Released'), 'released');
    button(element.shadowRoot, 'Send now').click();
    await waitUntil(() => textOf(element.shadowRoot).includes('Sent to the owner.'), 'sent');
    expect(element.shadowRoot?.querySelector('section.review form')).to.equal(null);
    expect(textOf(element.shadowRoot)).to.include('Sent ');

    await openReview(element, 'MA-240207');
    button(element.shadowRoot, 'Drop').click();
    const confirm = element.shadowRoot!.querySelector('console-confirm')!;
    await waitUntil(() => confirm.open, 'the drop is asked');
    expect(confirm.confirmDisabled).to.equal(true);
    const reason = confirm.querySelector<WaTextarea>('wa-textarea[name="reason"]')!;
    reason.value = 'The owner called: already booked at the boutique.';
    reason.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await element.updateComplete;
    await pressConfirm(confirm);
    await waitUntil(() => textOf(element.shadowRoot).includes('Dropped.'), 'dropped');
    expect(client.calls.filter((call) => !call.startsWith('list'))).to.deep.equal(['hold crem_1', 'release crem_1', 'send crem_1', 'drop crem_2 The owner called: already booked at the boutique.']);
    expect(textOf(element.shadowRoot)).to.include('Customer care’s reason: The owner called: already booked at the boutique.');
  });

  it('says in words when a reminder went out meanwhile', async () => {
    const client = new StandInCareClient();
    client.refusals = [problem(409, 'care_reminder_not_draft')];
    const element = await mountQueue(client);
    await openReview(element, 'MA-240101');
    button(element.shadowRoot, 'Send now').click();
    await waitUntil(() => element.shadowRoot?.querySelector('section.review wa-callout[variant="danger"]'), 'the refusal is shown');
    expect(textOf(element.shadowRoot)).to.include('This reminder was sent or dropped in the meantime.');
  });

  it('filters by kind of care', async () => {
    const client = new StandInCareClient();
    const element = await mountQueue(client);
    const kind = element.shadowRoot!.querySelector<HTMLElement & { value: string }>('wa-select[name="careKind"]')!;
    kind.value = 'service';
    kind.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => textOf(element.shadowRoot).includes('1 reminder'), 'the filtered list');
    expect(client.calls.at(-1)).to.equal('list {"status":"draft","careKind":"service"}');
  });

  it('shows the figures per kind of care in a table, in the reader’s language', async () => {
    const client = new StandInCareClient();
    const element = await fixture<ConsoleCareFigures>(html`<console-care-figures .client=${client} .messages=${french} .locale=${'fr'}></console-care-figures>`);
    await waitUntil(() => element.shadowRoot?.querySelector('table'), 'the figures load');
    const rows = [...element.shadowRoot!.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()));
    expect(rows).to.deep.equal([
      ['Révision', '40', '18', '45 %'],
      ['Contrôle d’étanchéité', '25', '5', '20 %'],
      ['Nettoyage', '0', '0', '—'],
      ['Tous les types', '65', '23', '35 %'],
    ]);
    expect(textOf(element.shadowRoot)).to.include('2 rappels ont été envoyés trop récemment');
    await expect(element).to.be.accessible();
  });

  it('adds, edits and deletes a care rule, units in the labels', async () => {
    const client = new StandInCareClient();
    const element = await fixture<ConsoleCareRules>(html`<console-care-rules .client=${client}></console-care-rules>`);
    await waitUntil(() => element.shadowRoot?.querySelector('table'), 'the rules load');
    expect(textOf(element.shadowRoot)).to.include('serviced every 36 months and reminded 30 days ahead');
    expect(textOf(element.shadowRoot)).to.include('12 months');
    await expect(element).to.be.accessible();

    const type = async (name: string, value: string) => {
      const input = element.shadowRoot!.querySelector<WaInput>(`wa-input[name="${name}"]`)!;
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await element.updateComplete;
    };
    expect(element.shadowRoot?.querySelector('wa-input[name="cleaningIntervalMonths"]')?.getAttribute('label')).to.equal('Cleaning every (months)');
    await type('key', 'Pétale');
    await type('cleaningIntervalMonths', '12');
    element.shadowRoot?.querySelector('form')?.requestSubmit();
    await waitUntil(() => textOf(element.shadowRoot).includes('Rule for Pétale saved.'), 'saved');
    expect(client.calls.at(-1)).to.equal('put collection:Pétale {"cleaningIntervalMonths":12}');

    waButtonNamed(element.shadowRoot, 'Edit the rule for Navigatrice')?.click();
    await waitUntil(() => element.shadowRoot?.activeElement?.id === 'rule-form-title', 'the form takes the rule');
    expect(element.shadowRoot!.querySelector<WaInput>('wa-input[name="serviceIntervalMonths"]')!.value).to.equal('48');
    await type('reminderLeadTimeDays', '60');
    element.shadowRoot?.querySelector('form')?.requestSubmit();
    await waitUntil(() => textOf(element.shadowRoot).includes('Rule for Navigatrice saved.'), 'edited');
    expect(client.calls.at(-1)).to.equal(
      'put collection:Navigatrice {"serviceIntervalMonths":48,"waterResistanceCheckIntervalMonths":12,"reminderLeadTimeDays":60,"warrantyCondition":{"careKind":"water_resistance_check","text":"A check every year keeps the warranty."}}',
    );

    waButtonNamed(element.shadowRoot, 'Delete the rule for Pétale')?.click();
    await pressConfirm(element.shadowRoot?.querySelector('console-confirm'));
    await waitUntil(() => textOf(element.shadowRoot).includes('Rule for Pétale deleted.'), 'deleted');
    expect(client.calls.at(-1)).to.equal('delete collection:Pétale');
  });

  it('names a refused rule field under it', async () => {
    const client = new StandInCareClient();
    client.refusals = [problem(422, 'validation_failed', [{ path: 'warrantyCondition.careKind', code: 'invalid_value', message: 'No interval.' }])];
    const element = await fixture<ConsoleCareRules>(html`<console-care-rules .client=${client}></console-care-rules>`);
    await waitUntil(() => element.shadowRoot?.querySelector('form'), 'the form');
    const key = element.shadowRoot!.querySelector<WaInput>('wa-input[name="key"]')!;
    key.value = 'Pétale';
    key.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    element.shadowRoot?.querySelector('form')?.requestSubmit();
    await waitUntil(() => element.shadowRoot?.querySelector('wa-select[name="warrantyCondition.careKind"]')?.classList.contains('field-error'), 'the field is marked');
    expect(key.value).to.equal('Pétale');
  });

  it('shows the rules to those who may set them only, and fits a phone', async () => {
    await setViewport({ width: 320, height: 640 });
    const client = new StandInCareClient();
    const concierge = await fixture<ConsoleCare>(html`<console-care .remindersClient=${client}></console-care>`);
    expect(concierge.shadowRoot?.querySelector('console-care-rules')).to.equal(null);
    const admin = await fixture<ConsoleCare>(html`<console-care .remindersClient=${client} .rulesClient=${client}></console-care>`);
    const queue = admin.shadowRoot!.querySelector('console-care-queue')!;
    await waitUntil(() => queue.shadowRoot?.querySelector('table') && admin.shadowRoot?.querySelector('console-care-rules')?.shadowRoot?.querySelector('table'), 'the page loads');
    await expect(admin).to.be.accessible();
    const tooWide = (root: ShadowRoot | null | undefined): string[] =>
      [...(root?.querySelectorAll('*') ?? [])].flatMap((node) => [...(node.closest('.table-box') ? [] : node.getBoundingClientRect().right > 320 ? [node.localName] : []), ...tooWide(node.shadowRoot && node.localName.startsWith('console-') ? node.shadowRoot : null)]);
    expect(tooWide(admin.shadowRoot)).to.deep.equal([]);
  });
});
