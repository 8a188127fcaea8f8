/// <reference types="mocha" />
/**
 * The tracker against a mocked API at the network level (msw 3's `defineNetwork` with the fetch
 * interceptor), so the real client, contract validation and error mapping run unchanged. The
 * fake service centre below holds one repair and answers like the server: the same
 * `unknown_repair` for a wrong code and a wrong e-mail, `estimate_expired`, `repair_status_changed`.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { FetchInterceptor } from '@mswjs/interceptors/fetch';
import { http, HttpResponse } from 'msw';
import { defineNetwork, InterceptorSource } from 'msw/experimental';
import type { RepairTracker } from '@atelier/client/contract';
import './service-tracker.ts';
import type { AtelierServiceTracker } from './service-tracker.ts';

const apiBase = 'https://api.atelier.test';
const trackingCode = '7XK2-M9QD-R4TB';
const ownerEmail = 'ada@example.com';
const linkToken = 'q8Xv3LrT0aZ9kPm2Nw4yBc';

function problem(status: number, code: string, headers: Record<string, string> = {}): Response {
  return HttpResponse.json(
    { type: `https://atelier.dev/problems/${code}`, title: code, status, code },
    { status, headers: { 'content-type': 'application/problem+json', ...headers } },
  );
}

function unknownRepair(): Response {
  return HttpResponse.json(
    {
      type: 'https://atelier.dev/problems/unknown_repair',
      title: 'unknown_repair',
      status: 404,
      code: 'unknown_repair',
      errors: [{ path: 'trackingCode', code: 'unknown_repair', message: 'No repair matches this tracking code and e-mail address.' }],
    },
    { status: 404, headers: { 'content-type': 'application/problem+json' } },
  );
}

/** A repair waiting for the owner's decision on an estimate with one line covered by the warranty. */
function awaitingApproval(): RepairTracker {
  return {
    trackingCode,
    serial: 'AT-100234',
    serviceType: 'full_service',
    description: 'Loses two minutes a day.',
    centre: { id: 'centre_gva', name: 'Atelier Genève', city: 'Geneva', country: 'CH', address: 'Rue du Rhône 12', timeZone: 'Europe/Zurich' },
    dropOff: { method: 'slot', slot: { startsAt: '2025-03-04T09:00:00Z', endsAt: '2025-03-04T09:30:00Z' }, mailInInstructions: null },
    status: 'awaiting_approval',
    stages: [
      { status: 'requested', at: '2025-03-01T10:00:00Z' },
      { status: 'received', at: '2025-03-04T09:10:00Z' },
      { status: 'diagnosed', at: '2025-03-06T15:00:00Z' },
      // 23:30 UTC is already the next day in Geneva: the centre's calendar is the one shown.
      { status: 'awaiting_approval', at: '2025-03-06T23:30:00Z' },
    ],
    promisedDate: '2025-04-03',
    onTime: true,
    estimate: {
      currency: 'EUR',
      lineItems: [
        { description: 'Full service of the movement', amountMinorUnits: 65000, coveredByWarranty: false },
        { description: 'Crown replacement', amountMinorUnits: 12050, coveredByWarranty: true },
      ],
      totalMinorUnits: 65000,
      validUntil: '2025-03-20',
      decision: null,
    },
    warranty: { status: 'active', coverageEnd: '2026-05-14' },
    rating: null,
    createdAt: '2025-03-01T10:00:00Z',
  };
}

function returned(from: RepairTracker): RepairTracker {
  return {
    ...from,
    status: 'returned',
    stages: [
      ...from.stages,
      { status: 'in_repair', at: '2025-03-10T08:00:00Z' },
      { status: 'quality_control', at: '2025-03-25T08:00:00Z' },
      { status: 'ready', at: '2025-03-28T08:00:00Z' },
      { status: 'returned', at: '2025-03-29T14:00:00Z' },
    ],
    warranty: { status: 'active', coverageEnd: '2027-05-14' },
  };
}

type Body = Record<string, unknown>;

/** One repair at a fake service centre, and what the widget sent it. */
class ServiceCentre {
  repair: RepairTracker = awaitingApproval();
  lookups: Body[] = [];
  decisions: { body: Body; idempotencyKey: string | null }[] = [];
  ratings: Body[] = [];

  owns(body: Body): boolean {
    const code = String(body['trackingCode'] ?? '').toUpperCase().replaceAll('-', '');
    if (code !== this.repair.trackingCode.replaceAll('-', '')) return false;
    return body['email'] === ownerEmail || body['linkToken'] === linkToken;
  }

  decide(body: Body): Response {
    if (!this.owns(body)) return unknownRepair();
    if (this.repair.status !== 'awaiting_approval' || !this.repair.estimate) return problem(409, 'repair_status_changed');
    const decision = body['decision'] === 'approve' ? 'approve' : 'decline';
    const at = '2025-03-07T09:00:00Z';
    this.repair = {
      ...this.repair,
      status: decision === 'approve' ? 'approved' : 'declined',
      stages: [...this.repair.stages, { status: decision === 'approve' ? 'approved' : 'declined', at }],
      estimate: { ...this.repair.estimate, decision: { decision, decidedAt: at, name: String(body['name']) } },
    };
    return HttpResponse.json(this.repair);
  }

  rate(body: Body): Response {
    if (!this.owns(body)) return unknownRepair();
    if (this.repair.status !== 'returned') return problem(409, 'repair_not_returned');
    const comment = typeof body['comment'] === 'string' ? body['comment'] : null;
    this.repair = { ...this.repair, rating: { score: Number(body['score']), comment, ratedAt: '2025-03-30T10:00:00Z' } };
    return HttpResponse.json(this.repair, { status: 201 });
  }
}

const network = defineNetwork({
  sources: [new InterceptorSource({ interceptors: [new FetchInterceptor()] })],
  onUnhandledFrame: 'error',
  context: { quiet: true },
});

function serve(centre: ServiceCentre): void {
  network.use(
    http.post(`${apiBase}/v1/repairs/lookup`, async ({ request }) => {
      const body = (await request.json()) as Body;
      centre.lookups.push(body);
      return centre.owns(body) ? HttpResponse.json(centre.repair) : unknownRepair();
    }),
    http.post(`${apiBase}/v1/repairs/estimate-decisions`, async ({ request }) => {
      const body = (await request.json()) as Body;
      centre.decisions.push({ body, idempotencyKey: request.headers.get('idempotency-key') });
      return centre.decide(body);
    }),
    http.post(`${apiBase}/v1/repairs/ratings`, async ({ request }) => {
      const body = (await request.json()) as Body;
      centre.ratings.push(body);
      return centre.rate(body);
    }),
  );
}

async function mount(locale = 'en'): Promise<AtelierServiceTracker> {
  const element = await fixture<AtelierServiceTracker>(
    html`<atelier-service-tracker publishable-key="pk_test_widget" api-base=${apiBase} locale=${locale}></atelier-service-tracker>`,
  );
  await element.updateComplete;
  return element;
}

function shadow(element: AtelierServiceTracker): ShadowRoot {
  const root = element.shadowRoot;
  if (!root) throw new Error('the widget renders into a shadow root');
  return root;
}

function text(node: Element | ShadowRoot | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function control<Control extends HTMLElement = HTMLInputElement>(element: AtelierServiceTracker, selector: string): Control {
  const found = shadow(element).querySelector<Control>(selector);
  if (!found) throw new Error(`${selector} is shown`);
  return found;
}

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

function button(element: AtelierServiceTracker, label: string): HTMLButtonElement {
  const found = [...shadow(element).querySelectorAll('button')].find((candidate) => text(candidate) === label);
  if (!found) throw new Error(`a "${label}" button is shown`);
  return found;
}

async function lookUpByForm(element: AtelierServiceTracker, code: string, email: string): Promise<void> {
  type(control(element, '#field-trackingCode'), code);
  type(control(element, '#field-email'), email);
  await element.updateComplete;
  control<HTMLFormElement>(element, 'form').requestSubmit();
  await element.updateComplete;
}

async function trackerShown(element: AtelierServiceTracker): Promise<void> {
  await waitUntil(() => shadow(element).querySelector('[part="tracker"]'), 'the repair is shown', { timeout: 5000 });
}

async function alertShown(element: AtelierServiceTracker): Promise<string> {
  await waitUntil(() => shadow(element).querySelector('.alert[role="alert"]'), 'an alert is shown', { timeout: 5000 });
  return text(shadow(element).querySelector('.alert[role="alert"] p'));
}

function activeId(element: AtelierServiceTracker): string {
  return shadow(element).activeElement?.id ?? '';
}

async function tabUntil(element: AtelierServiceTracker, reached: (active: Element | null) => boolean, what: string): Promise<void> {
  const maxTabPresses = 8;
  for (let presses = 0; presses < maxTabPresses; presses++) {
    if (reached(shadow(element).activeElement)) return;
    await sendKeys({ press: 'Tab' });
  }
  if (!reached(shadow(element).activeElement)) throw new Error(`Tab never reached ${what}`);
}

describe('<atelier-service-tracker>', () => {
  before(() => network.enable());
  afterEach(() => {
    network.resetHandlers();
    sessionStorage.clear();
    history.replaceState(null, '', window.location.pathname + window.location.search);
  });
  after(() => network.disable());

  it('renders an accessible lookup form and names every missing field from the contract', async () => {
    serve(new ServiceCentre());
    const element = await mount();
    expect(control(element, '#field-trackingCode').labels?.[0]?.textContent).to.contain('Tracking code');
    await expect(element).to.be.accessible();

    control<HTMLFormElement>(element, 'form').requestSubmit();
    await waitUntil(() => activeId(element) === '' && shadow(element).activeElement?.classList.contains('summary'), 'the error summary takes focus');
    expect(text(shadow(element).querySelector('.summary'))).to.contain('Tracking code: This field is required.');
    expect(text(shadow(element).querySelector('.summary'))).to.contain('E-mail: This field is required.');
    type(control(element, '#field-trackingCode'), '7XK2');
    type(control(element, '#field-email'), 'ada@');
    await element.updateComplete;
    expect(text(shadow(element).querySelector('#field-trackingCode-error'))).to.equal('A tracking code has 12 letters and digits.');
    expect(text(shadow(element).querySelector('#field-email-error'))).to.equal('Enter an e-mail address such as name@example.com.');
    expect(control(element, '#field-email').getAttribute('aria-invalid')).to.equal('true');
    await expect(element).to.be.accessible();
  });

  it('starts with the code of its tracking-code attribute, follows a new one from the page, and needs only the e-mail', async () => {
    const centre = new ServiceCentre();
    serve(centre);
    const element = await fixture<AtelierServiceTracker>(
      html`<atelier-service-tracker publishable-key="pk_test_widget" api-base=${apiBase} locale="en" tracking-code="AAAA-BBBB-CCCC"></atelier-service-tracker>`,
    );
    await element.updateComplete;
    expect(control(element, '#field-trackingCode').value).to.equal('AAAA-BBBB-CCCC');
    // Another repair booked on the same page: its code is the one to follow now.
    element.setAttribute('tracking-code', trackingCode);
    await element.updateComplete;
    expect(control(element, '#field-trackingCode').value).to.equal(trackingCode);
    type(control(element, '#field-email'), ownerEmail);
    await element.updateComplete;
    control<HTMLFormElement>(element, 'form').requestSubmit();
    await trackerShown(element);
    expect(text(shadow(element).querySelector('#tracker-title'))).to.contain(trackingCode);
    await expect(element).to.be.accessible();
  });

  it('is completed with the keyboard only: look up, approve the estimate with a typed name, then rate after return', async () => {
    const centre = new ServiceCentre();
    serve(centre);
    const element = await mount();

    await sendKeys({ press: 'Tab' });
    expect(activeId(element)).to.equal('field-trackingCode');
    await sendKeys({ type: '7xk2m9qdr4tb' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: ownerEmail });
    await sendKeys({ press: 'Enter' });
    await trackerShown(element);
    await waitUntil(() => activeId(element) === 'tracker-title', 'focus moves to the repair');
    await expect(element).to.be.accessible();

    await tabUntil(element, (active) => active?.id === 'field-name', 'the signature field');
    await sendKeys({ type: 'Ada Lovelace' });
    await tabUntil(element, (active) => text(active) === 'Approve the estimate', 'the approve button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => activeId(element) === 'confirm-title', 'the confirmation step takes focus');
    expect(text(shadow(element).querySelector('.confirm'))).to.contain('You approve the work for €650.00, signed Ada Lovelace.');
    await expect(element).to.be.accessible();

    const decided = oneEvent(element, 'atelier-estimate-decided');
    await tabUntil(element, (active) => text(active) === 'Yes, approve', 'the confirm button');
    await sendKeys({ press: 'Enter' });
    const { detail } = await decided;
    expect(detail).to.deep.equal({ trackingCode, decision: 'approve' });
    expect(centre.decisions.map(({ body }) => body)).to.deep.equal([{ trackingCode: '7xk2m9qdr4tb', email: ownerEmail, decision: 'approve', name: 'Ada Lovelace' }]);
    await waitUntil(() => shadow(element).activeElement?.classList.contains('decision'), 'focus moves to the decision');
    expect(text(shadow(element).querySelector('[part="decision"]'))).to.equal('Approved by Ada Lovelace on March 7, 2025.');
    await expect(element).to.be.accessible();

    // The workshop finishes; the owner comes back in the same tab (a reload keeps the proof).
    centre.repair = returned(centre.repair);
    element.remove();
    const reloaded = await mount();
    await trackerShown(reloaded);
    expect(text(shadow(reloaded).querySelector('[aria-current="step"] .stage'))).to.equal('Returned');
    expect(text(shadow(reloaded).querySelector('.warranty'))).to.equal('Active, covered until May 14, 2027');

    await tabUntil(reloaded, (active) => active instanceof HTMLInputElement && active.type === 'radio', 'the rating');
    // Arrow keys move through a radio group and choose as they go: 1 → 4.
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Tab' });
    expect(activeId(reloaded)).to.equal('field-comment');
    await sendKeys({ type: 'Runs perfectly again.' });
    await tabUntil(reloaded, (active) => text(active) === 'Send my rating', 'the send button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(reloaded).activeElement?.classList.contains('thanks'), 'the thanks take focus');
    expect(centre.ratings).to.deep.equal([{ trackingCode: '7xk2m9qdr4tb', email: ownerEmail, score: 4, comment: 'Runs perfectly again.' }]);
    expect(text(shadow(reloaded).querySelector('.thanks'))).to.equal('Thank you for your rating: 4 out of 5.');
    await expect(reloaded).to.be.accessible();
  });

  it('keeps the tracking code of its title on one line on a narrow phone', async () => {
    serve(new ServiceCentre());
    const element = await mount();
    element.style.display = 'block';
    element.style.width = '240px';
    await lookUpByForm(element, trackingCode, ownerEmail);
    await trackerShown(element);
    const title = shadow(element).querySelector('#tracker-title')!;
    expect(text(title)).to.equal(`Repair ${trackingCode}`);
    expect(title.querySelector('.code')!.getClientRects().length, 'one line box for the code').to.equal(1);
  });

  it('shows the stages in order with dates in the centre’s calendar, what is to come, the promised date and the estimate', async () => {
    serve(new ServiceCentre());
    const element = await mount();
    await lookUpByForm(element, trackingCode, ownerEmail);
    await trackerShown(element);
    const root = shadow(element);
    const stages = [...root.querySelectorAll('[part="timeline"] > li')].map((item) => [text(item.querySelector('.stage')), text(item.querySelector('time'))]);
    expect(stages).to.deep.equal([
      ['Booked', 'March 1, 2025'],
      ['Received at the service centre', 'March 4, 2025'],
      ['Diagnosed', 'March 6, 2025'],
      ['Estimate awaiting your decision', 'March 7, 2025'],
      ['Estimate approved', ''],
      ['In repair', ''],
      ['Quality control', ''],
      ['Ready', ''],
      ['Returned', ''],
    ]);
    const current = root.querySelectorAll('[aria-current="step"]');
    expect(current.length).to.equal(1);
    expect(text(current[0])).to.contain('current stage');
    expect(text(root.querySelector('[part="timeline"] > li:last-child'))).to.contain('to come');

    // 09:00 UTC is 10:00 in Geneva in March; the time zone is named as the booking form names it, not "GMT+1".
    expect(text(root.querySelector('.facts'))).to.match(
      /At the boutique: Tuesday, March 4, 2025 at 10:00\sAM – 10:30\sAM — Central European Time \(Europe\/Zurich\)/,
    );
    expect(text(root.querySelector('.punctuality'))).to.equal('✓ On time');
    expect(text(root.querySelector('.facts'))).to.contain('Promised for April 3, 2025');

    const rows = [...root.querySelectorAll('[part="estimate"] tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => text(cell)));
    expect(rows).to.deep.equal([
      ['Full service of the movement', '€650.00'],
      ['Crown replacement Covered by warranty', '€0.00'],
    ]);
    expect(text(root.querySelector('[part="estimate"] tfoot'))).to.equal('Total to pay €650.00');
    expect(text(root.querySelector('[part="estimate"] caption'))).to.equal('Estimate, valid until March 20, 2025');
  });

  it('formats yen without minor digits, says late in words, and gives mail-in instructions, in the owner’s language', async () => {
    const centre = new ServiceCentre();
    const repair = awaitingApproval();
    centre.repair = {
      ...repair,
      centre: { ...repair.centre, name: 'アトリエ銀座', city: 'Tokyo', country: 'JP', timeZone: 'Asia/Tokyo' },
      dropOff: { method: 'mail_in', slot: null, mailInInstructions: 'Send it insured to:\nAtelier Ginza, 4-5-11 Ginza' },
      onTime: false,
      estimate: { ...(repair.estimate as NonNullable<RepairTracker['estimate']>), currency: 'JPY', lineItems: [{ description: 'Overhaul', amountMinorUnits: 88000, coveredByWarranty: false }], totalMinorUnits: 88000 },
    };
    serve(centre);
    const element = await mount('ja');
    await waitUntil(() => text(shadow(element).querySelector('#lookup-title')) === '修理の状況を確認', 'the Japanese strings load');
    await lookUpByForm(element, trackingCode, ownerEmail);
    await trackerShown(element);
    const root = shadow(element);
    expect(text(root.querySelector('[part="estimate"] tfoot .amount'))).to.equal('￥88,000');
    expect(text(root.querySelector('.punctuality'))).to.equal('! 遅延：お約束の日付を過ぎています');
    expect(root.querySelector('.instructions')?.textContent).to.equal('Send it insured to:\nAtelier Ginza, 4-5-11 Ginza');
    expect(text(root.querySelector('[part="timeline"] time'))).to.equal('2025年3月1日');
    await expect(element).to.be.accessible();
  });

  it('writes every date of a Japanese tracker in one style, the drop-off window’s day as the stages’ days', async () => {
    const centre = new ServiceCentre();
    const repair = awaitingApproval();
    centre.repair = { ...repair, centre: { ...repair.centre, name: 'アトリエ銀座', city: 'Tokyo', country: 'JP', timeZone: 'Asia/Tokyo' } };
    serve(centre);
    const element = await mount('ja');
    await waitUntil(() => text(shadow(element).querySelector('#lookup-title')) === '修理の状況を確認', 'the Japanese strings load');
    await lookUpByForm(element, trackingCode, ownerEmail);
    await trackerShown(element);
    const facts = text(shadow(element).querySelector('.facts'));
    // 09:00 UTC is 18:00 in Tokyo: the day as the stages write it (年月日, with its weekday), the times as 18:00, never 2025/3/4 or 18時00分.
    expect(facts).to.contain('ブティックにて：2025年3月4日火曜日 18:00～18:30');
    expect(facts).not.to.match(/\d+\/\d+\/\d+|時\d+分/);
    for (const time of shadow(element).querySelectorAll('[part="timeline"] time')) expect(text(time)).to.match(/^\d{4}年\d{1,2}月\d{1,2}日$/);
  });

  it('answers the same for a wrong e-mail and an unknown code, and keeps both as typed', async () => {
    const centre = new ServiceCentre();
    serve(centre);
    const element = await mount();
    await lookUpByForm(element, trackingCode, 'someone.else@example.com');
    const wrongEmail = await alertShown(element);
    expect(wrongEmail).to.equal('We found no repair for this tracking code and e-mail address. Check both and try again.');
    expect(shadow(element).activeElement?.classList.contains('alert')).to.equal(true);
    expect(control(element, '#field-trackingCode').value).to.equal(trackingCode);
    expect(control(element, '#field-email').value).to.equal('someone.else@example.com');
    await expect(element).to.be.accessible();

    await lookUpByForm(element, 'ZZZZ-ZZZZ-ZZZZ', ownerEmail);
    await waitUntil(() => centre.lookups.length === 2, 'the second lookup is sent');
    expect(await alertShown(element)).to.equal(wrongEmail);
  });

  it('keeps the code and e-mail when offline, and looks up again on retry', async () => {
    const centre = new ServiceCentre();
    network.use(http.post(`${apiBase}/v1/repairs/lookup`, () => HttpResponse.error()));
    const element = await mount();
    await lookUpByForm(element, trackingCode, ownerEmail);
    expect(await alertShown(element)).to.contain('We could not reach the server');
    expect(control(element, '#field-trackingCode').value).to.equal(trackingCode);
    expect(control(element, '#field-email').value).to.equal(ownerEmail);
    await expect(element).to.be.accessible();

    network.resetHandlers();
    serve(centre);
    button(element, 'Try again').click();
    await trackerShown(element);
  });

  it('says how long to wait when rate-limited', async () => {
    network.use(http.post(`${apiBase}/v1/repairs/lookup`, () => problem(429, 'rate_limited', { 'retry-after': '120' })));
    const element = await mount();
    await lookUpByForm(element, trackingCode, ownerEmail);
    expect(await alertShown(element)).to.equal('Too many attempts in a short time. Please try again in 2 minutes.');
    await expect(element).to.be.accessible();
  });

  it('opens the e-mailed link without typing, strips it from the address bar, and survives a reload of the tab', async () => {
    const centre = new ServiceCentre();
    serve(centre);
    history.replaceState(null, '', `${window.location.pathname}#section=repairs&atelier-tracker=${trackingCode}.${linkToken}`);
    const element = await mount();
    await trackerShown(element);
    // Opened for this repair: focus is on it, so a screen reader announces it.
    await waitUntil(() => element.shadowRoot!.activeElement?.id === 'tracker-title', 'focus on the tracker');
    expect(centre.lookups).to.deep.equal([{ trackingCode, linkToken }]);
    expect(window.location.hash).to.equal('#section=repairs');
    expect(window.location.href).not.to.contain(linkToken);

    element.remove();
    const reloaded = await mount();
    await trackerShown(reloaded);
    expect(centre.lookups[1]).to.deep.equal({ trackingCode, linkToken });
    // A reload is not a new link: focus stays where the page put it.
    expect(reloaded.shadowRoot!.activeElement).to.equal(null);
  });

  it('asks for the code and e-mail when the link no longer opens the repair, with the code filled in', async () => {
    const centre = new ServiceCentre();
    serve(centre);
    history.replaceState(null, '', `${window.location.pathname}#atelier-tracker=${trackingCode}.an0ther0ld0ne0f22chars`);
    const element = await mount();
    expect(await alertShown(element)).to.equal('This link no longer opens your repair. Enter your tracking code and e-mail address instead.');
    expect(control(element, '#field-trackingCode').value).to.equal(trackingCode);
    expect(sessionStorage.length).to.equal(0);
  });

  it('keeps the typed name when the decision cannot be sent, and retries it with the same idempotency key', async () => {
    const centre = new ServiceCentre();
    serve(centre);
    const element = await mount();
    await lookUpByForm(element, trackingCode, ownerEmail);
    await trackerShown(element);
    type(control(element, '#field-name'), 'Ada Lovelace');
    await element.updateComplete;
    button(element, 'Decline the estimate').click();
    await waitUntil(() => shadow(element).querySelector('.confirm'), 'the confirmation step is shown');
    expect(text(shadow(element).querySelector('.confirm'))).to.contain('You decline the work, signed Ada Lovelace.');

    network.use(http.post(`${apiBase}/v1/repairs/estimate-decisions`, () => HttpResponse.error()));
    button(element, 'Yes, decline').click();
    expect(await alertShown(element)).to.contain('We could not reach the server');
    await expect(element).to.be.accessible();
    button(element, 'Back').click();
    await element.updateComplete;
    expect(control(element, '#field-name').value).to.equal('Ada Lovelace');

    network.resetHandlers();
    serve(centre);
    button(element, 'Decline the estimate').click();
    await waitUntil(() => shadow(element).querySelector('.confirm'), 'the confirmation step is shown again');
    button(element, 'Yes, decline').click();
    await waitUntil(() => shadow(element).querySelector('[part="decision"]'), 'the decision is shown');
    expect(text(shadow(element).querySelector('[part="decision"]'))).to.equal('Declined by Ada Lovelace on March 7, 2025.');
    expect(centre.decisions.length).to.equal(1);
    expect(centre.decisions[0]?.idempotencyKey).to.be.a('string');
  });

  it('reuses the idempotency key when the same decision is sent again after a lost answer', async () => {
    const centre = new ServiceCentre();
    serve(centre);
    const element = await mount();
    await lookUpByForm(element, trackingCode, ownerEmail);
    await trackerShown(element);
    type(control(element, '#field-name'), 'Ada Lovelace');
    await element.updateComplete;
    button(element, 'Approve the estimate').click();
    await waitUntil(() => shadow(element).querySelector('.confirm'), 'the confirmation step is shown');
    const keys: (string | null)[] = [];
    network.use(
      http.post(`${apiBase}/v1/repairs/estimate-decisions`, ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        return HttpResponse.error();
      }),
    );
    button(element, 'Yes, approve').click();
    await alertShown(element);
    // The transport itself retries a lost POST a few times with its key; the person's retry must keep it too.
    const sentBeforeRetry = keys.length;
    button(element, 'Yes, approve').click();
    await waitUntil(() => keys.length > sentBeforeRetry, 'the decision is sent again');
    expect(keys[0]).to.be.a('string');
    expect(new Set(keys).size).to.equal(1);
  });

  it('says clearly when the estimate expired, and when the repair changed meanwhile, and shows where it stands', async () => {
    const centre = new ServiceCentre();
    serve(centre);
    network.use(http.post(`${apiBase}/v1/repairs/estimate-decisions`, () => problem(409, 'estimate_expired')));
    const element = await mount();
    await lookUpByForm(element, trackingCode, ownerEmail);
    await trackerShown(element);
    type(control(element, '#field-name'), 'Ada Lovelace');
    await element.updateComplete;
    button(element, 'Approve the estimate').click();
    await waitUntil(() => shadow(element).querySelector('.confirm'), 'the confirmation step is shown');
    button(element, 'Yes, approve').click();
    expect(await alertShown(element)).to.equal('This estimate has expired. The service centre will send you a new one.');
    await expect(element).to.be.accessible();

    network.resetHandlers();
    serve(centre);
    // Staff cancelled the repair while the owner was reading the estimate.
    centre.repair = { ...centre.repair, status: 'cancelled', stages: [...centre.repair.stages, { status: 'cancelled', at: '2025-03-08T08:00:00Z' }] };
    button(element, 'Approve the estimate').click();
    await waitUntil(() => shadow(element).querySelector('.confirm'), 'the confirmation step is shown');
    button(element, 'Yes, approve').click();
    await waitUntil(() => text(shadow(element).querySelector('.alert p')).startsWith('Your repair changed'), 'the change is explained');
    await waitUntil(() => text(shadow(element).querySelector('[aria-current="step"] .stage')) === 'Cancelled', 'the repair is shown as it stands');
    expect(shadow(element).querySelector('#field-name')).to.equal(null);
  });
});
