/// <reference types="mocha" />
/**
 * The owner portal against a fake owner space (its `client` property) that answers as the server
 * does: the same 202 for any address, `invalid_sign_in_link` for a wrong code, 401 once the session
 * has ended. Network faults go through the real client built from the attributes, with msw 3's
 * `defineNetwork` and the fetch interceptor.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { FetchInterceptor } from '@mswjs/interceptors/fetch';
import { http, HttpResponse } from 'msw';
import { defineNetwork, InterceptorSource } from 'msw/experimental';
import type { OwnedPiece, OwnedPieceDetail, OwnerSession, OwnerSignInRequest, OwnerSignInVerification, TheftReportRequest } from '@atelier/client/contract';
import './owner-portal.ts';
import type { AtelierOwnerPortal } from './owner-portal.ts';
import type { OwnerPortalClient } from './owner-portal-client.ts';
import { activeId, button, control, mountPortal, shadow, shown, tabUntil, text, type } from './owner-portal.test-helpers.ts';

const apiBase = 'https://api.atelier.test';
const ownerEmail = 'ada@example.com';
const code = '1234 5678';
const linkToken = 'k3Jd9sLx0qP2mN8vB4cZ7yT1wR5eU6iO9aS2dF3gH4j';
const trackerUrl = 'https://www.maison-aubert.test/repair';

const session: OwnerSession = {
  owner: { name: 'Ada Lovelace', email: ownerEmail, language: 'en' },
  brand: { id: 'brand_1', name: 'Maison Aubert' },
  session: { idleExpiresAt: '2026-12-07T11:00:00.000Z', absoluteExpiresAt: '2026-12-07T22:00:00.000Z' },
};

const heldPiece: OwnedPiece = {
  serial: 'AT-100234',
  model: { reference: 'MA-1020', name: 'Aubert Classique', collection: 'Classique', imageUrl: null },
  status: 'sold',
  purchaseDate: '2024-05-14',
  warranty: { status: 'active', coverageEnd: '2027-05-14' },
  nextCareDue: { date: '2027-05-14', after: 'purchase', overdue: false },
  careDue: [{ kind: 'service', date: '2027-05-14', after: 'purchase', overdue: false, intervalMonths: 36, ruledBy: null, warrantyCondition: null }],
  retailerOfRecord: {
    id: 'ret_1',
    name: 'Horlogerie du Rhône',
    country: 'CH',
    city: 'Genève',
    contact: { email: 'boutique@horlogerie-rhone.test', phone: '+41 22 310 00 00' },
  },
};

function detailOf(piece: OwnedPiece): OwnedPieceDetail {
  return {
    ...piece,
    timeline: [
      { kind: 'provenance', at: '2024-05-14T10:00:00.000Z', event: { type: 'sold', country: 'CH', city: 'Genève' } },
      {
        kind: 'repair',
        at: '2025-03-01T10:00:00.000Z',
        repair: { trackingCode: '7XK2-M9QD-R4TB', trackerUrl, serviceType: 'full_service', status: 'returned', promisedDate: '2025-04-03' },
      },
      { kind: 'warranty_extension', at: '2025-03-29T14:00:00.000Z', extension: { reason: 'service', months: 24 } },
    ],
  };
}

/** What a refusal looks like to the widget: the client's errors carry a code, a status and field errors. */
function refusal(status: number, errorCode: string, fieldErrors: unknown[] = []): Error {
  return Object.assign(new Error(errorCode), { code: errorCode, status, fieldErrors });
}

/** The owner space as the server keeps it for one owner, and what the widget asked of it. */
class FakeOwnerSpace {
  signedIn = false;
  piece: OwnedPieceDetail = detailOf(heldPiece);
  codeRequests: OwnerSignInRequest[] = [];
  verifications: OwnerSignInVerification[] = [];
  theftReports: TheftReportRequest[] = [];
  recoveries = 0;
  lossReports = 0;
  signOuts: Array<{ everywhere?: boolean | undefined }> = [];
  pieceReads = 0;
  /** The next list of pieces gets no answer, as when the network drops. */
  dropNextList = false;

  #mustBeSignedIn(): void {
    if (!this.signedIn) throw refusal(401, 'session_expired');
  }

  readonly client: OwnerPortalClient = {
    signIn: {
      request: async (input) => {
        this.codeRequests.push(input);
        return { codeLifetimeMinutes: 10 };
      },
      verify: async (input) => {
        this.verifications.push(input);
        const byCode = input.email === ownerEmail && input.code?.replace(/\D/g, '') === code.replace(/\D/g, '');
        if (!byCode && input.token !== linkToken) throw refusal(404, 'invalid_sign_in_link');
        this.signedIn = true;
        return session;
      },
    },
    session: {
      get: async () => {
        this.#mustBeSignedIn();
        return session;
      },
      signOut: async (input = {}) => {
        this.#mustBeSignedIn();
        this.signOuts.push(input);
        this.signedIn = false;
        return { signedOut: true, sessionsEnded: input.everywhere ? 3 : 1 };
      },
    },
    pieces: {
      list: async () => {
        if (this.dropNextList) {
          this.dropNextList = false;
          throw Object.assign(new Error('Failed to fetch'), { code: 'network_error' });
        }
        this.#mustBeSignedIn();
        const { timeline: _timeline, ...piece } = this.piece;
        return { pieces: [piece] };
      },
      get: async (serial) => {
        this.#mustBeSignedIn();
        if (serial !== this.piece.serial) throw refusal(404, 'unknown_serial');
        this.pieceReads += 1;
        return this.piece;
      },
      reportStolen: async (_serial, input = {}) => {
        this.#mustBeSignedIn();
        this.theftReports.push(input);
        const at = '2026-12-07T09:00:00.000Z';
        this.piece = {
          ...this.piece,
          status: 'stolen',
          timeline: [...this.piece.timeline, { kind: 'provenance', at, event: { type: 'reported_stolen', country: input.country ?? null, city: input.city ?? null } }],
        };
        return this.piece;
      },
      reportLost: async () => {
        this.#mustBeSignedIn();
        this.lossReports += 1;
        this.piece = { ...this.piece, status: 'lost' };
        return this.piece;
      },
      reportFound: async () => {
        this.#mustBeSignedIn();
        this.recoveries += 1;
        this.piece = { ...this.piece, status: 'sold', timeline: [...this.piece.timeline, { kind: 'provenance', at: '2026-12-08T09:00:00.000Z', event: { type: 'recovered', country: null, city: null } }] };
        return this.piece;
      },
    },
  };
}

async function signInByCode(element: AtelierOwnerPortal): Promise<void> {
  await shown(element, '#field-email', 'the sign-in form');
  type(control(element, '#field-email'), ownerEmail);
  await element.updateComplete;
  control<HTMLFormElement>(element, 'form').requestSubmit();
  await shown(element, '#field-code', 'the code step');
  type(control(element, '#field-code'), code);
  await element.updateComplete;
  control<HTMLFormElement>(element, 'form').requestSubmit();
  await shown(element, '#pieces-title', 'the pieces');
}

async function openThePiece(element: AtelierOwnerPortal): Promise<void> {
  button(element, 'History of Aubert Classique AT-100234').click();
  await shown(element, '#piece-title', 'the piece');
}

const network = defineNetwork({
  sources: [new InterceptorSource({ interceptors: [new FetchInterceptor()] })],
  onUnhandledFrame: 'error',
  context: { quiet: true },
});

describe('<atelier-owner-portal>', () => {
  afterEach(() => {
    history.replaceState(null, '', window.location.pathname + window.location.search);
  });

  it('starts on an accessible sign-in form when nobody is signed in, and names a missing or malformed e-mail', async () => {
    const element = await mountPortal(new FakeOwnerSpace().client);
    await shown(element, '#field-email', 'the sign-in form');
    expect(text(shadow(element).querySelector('.alert'))).to.equal('', 'no session yet is no problem');
    await expect(element).to.be.accessible();

    control<HTMLFormElement>(element, 'form').requestSubmit();
    await waitUntil(() => shadow(element).activeElement?.classList.contains('summary'), 'the error summary takes focus');
    expect(text(shadow(element).querySelector('.summary'))).to.contain('E-mail: This field is required.');
    type(control(element, '#field-email'), 'ada@');
    await element.updateComplete;
    expect(text(shadow(element).querySelector('#field-email-error'))).to.equal('Enter an e-mail address such as name@example.com.');
    await expect(element).to.be.accessible();
  });

  it('signs in with the keyboard alone: e-mail, "check your mail", the code; then my pieces and one piece’s history', async () => {
    const space = new FakeOwnerSpace();
    const element = await mountPortal(space.client);
    await shown(element, '#field-email', 'the sign-in form');

    await tabUntil(element, (active) => active?.id === 'field-email', 'the e-mail field');
    await sendKeys({ type: ownerEmail });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => activeId(element) === 'code-title', '"Check your mail" takes focus');
    expect(text(shadow(element).querySelector('#code-title + p'))).to.contain(`If ${ownerEmail} belongs to an owner of our pieces`);
    expect(space.codeRequests).to.deep.equal([{ email: ownerEmail, returnUrl: `${window.location.origin}${window.location.pathname}${window.location.search}` }]);
    await expect(element).to.be.accessible();

    const signedIn = oneEvent(element, 'atelier-owner-signed-in');
    await tabUntil(element, (active) => active?.id === 'field-code', 'the code field');
    expect(control(element, '#field-code').autocomplete).to.equal('one-time-code');
    await sendKeys({ type: '12345678' });
    await sendKeys({ press: 'Enter' });
    expect((await signedIn).detail.owner.name).to.equal('Ada Lovelace');
    await waitUntil(() => activeId(element) === 'pieces-title', 'my pieces take focus');
    expect(space.verifications).to.deep.equal([{ email: ownerEmail, code: '12345678' }]);

    const piece = text(shadow(element).querySelector('.piece'));
    expect(piece).to.contain('Aubert Classique');
    expect(piece).to.contain('Active, until May 14, 2027');
    expect(piece).to.contain('Due on May 14, 2027');
    expect(piece).to.contain('Horlogerie du Rhône, Genève (Switzerland)');
    expect(button(element, 'E-mail Horlogerie du Rhône').getAttribute('href')).to.equal('mailto:boutique@horlogerie-rhone.test');
    expect(button(element, 'Call Horlogerie du Rhône').getAttribute('href')).to.equal('tel:+41223100000');
    expect(text(shadow(element).querySelector('[part="account"] p'))).to.equal('Signed in as Ada Lovelace');
    await expect(element).to.be.accessible();

    await tabUntil(element, (active) => text(active) === 'History of Aubert Classique AT-100234', 'the piece’s button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => activeId(element) === 'piece-title', 'the piece takes focus');
    const entries = [...shadow(element).querySelectorAll('[part="timeline"] li')].map((entry) => text(entry));
    expect(entries).to.deep.equal([
      'May 14, 2024 Sold Genève, Switzerland',
      'March 1, 2025 Full service: returned Follow repair 7XK2-M9QD-R4TB',
      'March 29, 2025 Warranty extended by 24 months (after a service)',
    ]);
    expect(button(element, 'Follow repair 7XK2-M9QD-R4TB').getAttribute('href')).to.equal(trackerUrl);
    await expect(element).to.be.accessible();

    await tabUntil(element, (active) => text(active) === 'All my pieces', 'the way back');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => activeId(element) === 'pieces-title', 'back to my pieces');
  });

  it('shows when each kind of care falls due, and what of the warranty lapses and when', async () => {
    const space = new FakeOwnerSpace();
    const condition = 'A water-resistance check every 2 years keeps the warranty.';
    const corniche = { scope: 'collection', key: 'Corniche' } as const;
    space.piece = {
      ...space.piece,
      careDue: [
        { kind: 'service', date: '2029-03-01', after: 'last_service', overdue: false, intervalMonths: 48, ruledBy: corniche, warrantyCondition: null },
        { kind: 'water_resistance_check', date: '2027-03-01', after: 'last_service', overdue: false, intervalMonths: 24, ruledBy: corniche, warrantyCondition: { text: condition, lapsesAfter: '2027-03-01' } },
        { kind: 'cleaning', date: '2026-09-01', after: 'last_service', overdue: true, intervalMonths: 18, ruledBy: { scope: 'model', key: 'MA-1020' }, warrantyCondition: null },
      ],
    };
    const element = await mountPortal(space.client);
    await signInByCode(element);
    const cares = () => [...shadow(element).querySelectorAll('.care')].map((care) => text(care));
    expect(cares()).to.deep.equal([
      'Service Due on March 1, 2029',
      `Water-resistance check Due on March 1, 2027 ${condition} Done by March 1, 2027, it keeps your warranty.`,
      'Cleaning Overdue since September 1, 2026',
    ]);
    await expect(element).to.be.accessible();
    await openThePiece(element);
    expect(cares()).to.have.length(3, "on the piece's page too");
    expect(text(shadow(element).querySelector('[part="warranty-condition"]'))).to.contain(condition);
  });

  it('signs in from the e-mailed link: the token is exchanged by POST and gone from the address bar, other fragment parameters kept', async () => {
    const space = new FakeOwnerSpace();
    history.replaceState(null, '', `${window.location.pathname}${window.location.search}#atelier-owner-sign-in=${linkToken}&section=pieces`);
    const element = await mountPortal(space.client);
    await shown(element, '#pieces-title', 'the pieces');
    expect(space.verifications).to.deep.equal([{ token: linkToken }]);
    expect(window.location.href).not.to.contain(linkToken);
    expect(window.location.hash).to.equal('#section=pieces');
  });

  it('says when a link was already used, and offers the e-mail form', async () => {
    history.replaceState(null, '', `${window.location.pathname}${window.location.search}#atelier-owner-sign-in=used-token`);
    const element = await mountPortal(new FakeOwnerSpace().client);
    await shown(element, '.alert', 'an alert');
    expect(text(shadow(element).querySelector('.alert p'))).to.contain('This sign-in link no longer works');
    expect(shadow(element).querySelector('.alert button'), 'a used link is not worth retrying').to.equal(null);
    expect(window.location.hash).to.equal('');
    await shown(element, '#field-email', 'the sign-in form');
  });

  it('keeps a mistyped code and says so; the right one signs in', async () => {
    const space = new FakeOwnerSpace();
    const element = await mountPortal(space.client);
    await shown(element, '#field-email', 'the sign-in form');
    type(control(element, '#field-email'), ownerEmail);
    await element.updateComplete;
    control<HTMLFormElement>(element, 'form').requestSubmit();
    await shown(element, '#field-code', 'the code step');
    type(control(element, '#field-code'), '1234 0000');
    await element.updateComplete;
    control<HTMLFormElement>(element, 'form').requestSubmit();
    await waitUntil(() => shadow(element).activeElement?.classList.contains('alert'), 'the alert takes focus');
    expect(text(shadow(element).querySelector('.alert p'))).to.contain('This code does not work');
    expect(control(element, '#field-code').value).to.equal('1234 0000');
  });

  it('comes back signed in after a reload, and offers to try again when the pieces cannot be loaded', async () => {
    const space = new FakeOwnerSpace();
    space.signedIn = true; // the session cookie of an earlier visit
    space.dropNextList = true;
    const element = await mountPortal(space.client);
    await waitUntil(() => shadow(element).activeElement?.classList.contains('alert'), 'the alert takes focus');
    expect(text(shadow(element).querySelector('.alert p'))).to.contain('We could not reach the server');
    expect(shadow(element).querySelector('[aria-busy="true"]'), 'nothing is said to be loading').to.equal(null);
    await expect(element).to.be.accessible();
    button(element, 'Try again').click();
    await shown(element, '#pieces-title', 'the pieces');
    expect(shadow(element).querySelector('.alert')).to.equal(null);
    expect(space.verifications, 'no new sign-in was needed').to.deep.equal([]);
  });

  it('reports a piece stolen, where and after a confirmation, then found', async () => {
    const space = new FakeOwnerSpace();
    const element = await mountPortal(space.client);
    await signInByCode(element);
    await openThePiece(element);

    button(element, 'Report it stolen').click();
    await waitUntil(() => activeId(element) === 'report-title', 'the report form takes focus');
    type(control<HTMLSelectElement>(element, '#field-country'), 'FR');
    type(control(element, '#field-city'), 'Lyon');
    await element.updateComplete;
    await expect(element).to.be.accessible();
    control<HTMLFormElement>(element, 'form.report').requestSubmit();
    await waitUntil(() => activeId(element) === 'report-title' && shadow(element).querySelector('.confirm'), 'the confirmation takes focus');
    expect(text(shadow(element).querySelector('.confirm p'))).to.contain('Aubert Classique, serial number AT-100234, will show as stolen');
    expect(space.theftReports, 'nothing is sent before the confirmation').to.deep.equal([]);
    await expect(element).to.be.accessible();

    const reported = oneEvent(element, 'atelier-owner-piece-reported');
    button(element, 'Yes, report it stolen').click();
    expect((await reported).detail).to.deep.equal({ serial: 'AT-100234', report: 'stolen' });
    expect(space.theftReports).to.deep.equal([{ country: 'FR', city: 'Lyon' }]);
    await waitUntil(() => shadow(element).activeElement?.classList.contains('outcome'), 'the outcome takes focus');
    expect(text(shadow(element).querySelector('.status dd'))).to.equal('Reported stolen');
    expect(text(shadow(element).querySelector('[part="timeline"] li:last-child'))).to.contain('Reported stolen Lyon, France');
    await expect(element).to.be.accessible();

    button(element, 'Report it found').click();
    await shown(element, '.confirm', 'the confirmation');
    button(element, 'Yes, it was found').click();
    await waitUntil(() => space.recoveries === 1 && shadow(element).querySelector('.outcome'), 'the recovery is recorded');
    expect(text(shadow(element).querySelector('.outcome'))).to.equal('Reported found. We are glad you have it back.');
  });

  it('reports a piece lost after a confirmation, then found', async () => {
    const space = new FakeOwnerSpace();
    const element = await mountPortal(space.client);
    await signInByCode(element);
    await openThePiece(element);

    button(element, 'Report it lost').click();
    await waitUntil(() => activeId(element) === 'report-title' && shadow(element).querySelector('.confirm'), 'the confirmation takes focus');
    expect(text(shadow(element).querySelector('.confirm p'))).to.contain('Aubert Classique, serial number AT-100234, will show as lost');
    expect(space.lossReports, 'nothing is sent before the confirmation').to.equal(0);
    await expect(element).to.be.accessible();

    const reported = oneEvent(element, 'atelier-owner-piece-reported');
    button(element, 'Yes, report it lost').click();
    expect((await reported).detail).to.deep.equal({ serial: 'AT-100234', report: 'lost' });
    expect(space.lossReports).to.equal(1);
    await waitUntil(() => shadow(element).activeElement?.classList.contains('outcome'), 'the outcome takes focus');
    expect(text(shadow(element).querySelector('.outcome'))).to.equal('Reported lost. If it turns up, come back here and report it found.');
    expect(text(shadow(element).querySelector('.status dd'))).to.equal('Reported lost');
    await expect(element).to.be.accessible();

    button(element, 'Report it found').click();
    await shown(element, '.confirm', 'the confirmation');
    expect(text(shadow(element).querySelector('.confirm p'))).to.contain('will no longer show as lost');
    button(element, 'Yes, it was found').click();
    await waitUntil(() => space.recoveries === 1 && shadow(element).querySelector('.outcome'), 'the recovery is recorded');
    expect(text(shadow(element).querySelector('.outcome'))).to.equal('Reported found. We are glad you have it back.');
  });

  it('goes back from the loss confirmation without sending anything', async () => {
    const space = new FakeOwnerSpace();
    const element = await mountPortal(space.client);
    await signInByCode(element);
    await openThePiece(element);
    button(element, 'Report it lost').click();
    await shown(element, '.confirm', 'the confirmation');
    button(element, 'Back').click();
    await waitUntil(() => activeId(element) === 'piece-title', 'the piece takes focus again');
    expect(space.lossReports).to.equal(0);
  });

  it('still serves a client made before loss reports (no `pieces.reportLost`): the pieces and a piece are drawn, "Report it lost" is not offered', async () => {
    const space = new FakeOwnerSpace();
    const { reportLost: _reportLost, ...piecesBeforeLossReports } = space.client.pieces;
    const element = await mountPortal({ ...space.client, pieces: piecesBeforeLossReports });
    await signInByCode(element);
    expect(shadow(element).querySelector('.alert')).to.equal(null);
    await openThePiece(element);
    const labels = [...shadow(element).querySelectorAll('button')].map((shownButton) => text(shownButton));
    expect(labels).to.include('Report it stolen');
    expect(labels).not.to.include('Report it lost');
    await expect(element).to.be.accessible();
  });

  it('sends an owner whose session ended back to sign in, their address and their report kept, then back to the report', async () => {
    const space = new FakeOwnerSpace();
    const element = await mountPortal(space.client);
    await signInByCode(element);
    await openThePiece(element);
    button(element, 'Report it stolen').click();
    await shown(element, '#field-city', 'the report form');
    type(control(element, '#field-city'), 'Lyon');
    await element.updateComplete;
    control<HTMLFormElement>(element, 'form.report').requestSubmit();
    await shown(element, '.confirm', 'the confirmation');

    space.signedIn = false; // idle for an hour, or signed out everywhere from another browser
    button(element, 'Yes, report it stolen').click();
    await waitUntil(() => shadow(element).activeElement?.classList.contains('alert'), 'the alert takes focus');
    expect(text(shadow(element).querySelector('.alert p'))).to.equal('Your session has ended. Sign in again to continue: nothing you typed is lost.');
    expect(control(element, '#field-email').value).to.equal(ownerEmail);
    await expect(element).to.be.accessible();

    control<HTMLFormElement>(element, 'form').requestSubmit();
    await shown(element, '#field-code', 'the code step');
    type(control(element, '#field-code'), code);
    await element.updateComplete;
    control<HTMLFormElement>(element, 'form').requestSubmit();
    await waitUntil(() => shadow(element).querySelector('.confirm') && activeId(element) === 'report-title', 'back on the confirmation');
    button(element, 'Yes, report it stolen').click();
    await shown(element, '.outcome', 'the report recorded');
    expect(JSON.parse(JSON.stringify(space.theftReports))).to.deep.equal([{ city: 'Lyon' }]);
  });

  it('signs out, and signs out everywhere', async () => {
    const space = new FakeOwnerSpace();
    const element = await mountPortal(space.client);
    await signInByCode(element);
    const signedOut = oneEvent(element, 'atelier-owner-signed-out');
    button(element, 'Sign out everywhere').click();
    expect((await signedOut).detail).to.deep.equal({ everywhere: true });
    await waitUntil(() => shadow(element).activeElement?.classList.contains('notice'), 'the notice takes focus');
    expect(text(shadow(element).querySelector('.notice'))).to.equal('You are signed out on every device.');
    expect(shadow(element).querySelector('[part="account"]')).to.equal(null);
    await shown(element, '#field-email', 'the sign-in form');

    await signInByCode(element);
    button(element, 'Sign out').click();
    await shown(element, '.notice', 'the notice');
    expect(text(shadow(element).querySelector('.notice'))).to.equal('You are signed out.');
    expect(space.signOuts).to.deep.equal([{ everywhere: true }, { everywhere: false }]);
  });

  it('fits a phone’s width: nothing wider than the screen, in the list and on a piece', async () => {
    const phoneWidthPx = 320;
    const space = new FakeOwnerSpace();
    const element = await mountPortal(space.client);
    element.style.display = 'block';
    element.style.width = `${phoneWidthPx}px`;
    await signInByCode(element);
    const panel = control<HTMLElement>(element, '.panel');
    expect(panel.scrollWidth, 'my pieces').to.be.at.most(phoneWidthPx);
    await openThePiece(element);
    expect(panel.scrollWidth, 'a piece and its history').to.be.at.most(phoneWidthPx);
  });

  it('speaks the page’s language', async () => {
    const element = await mountPortal(new FakeOwnerSpace().client, 'fr');
    await waitUntil(() => text(shadow(element).querySelector('#sign-in-title')) === 'Connectez-vous à vos pièces', 'the French strings load');
    await expect(element).to.be.accessible();
  });

  describe('on the network', () => {
    before(() => network.enable());
    afterEach(() => network.resetHandlers());
    after(() => network.disable());

    it('books a service from a piece: the booking widget, loaded then, starts with the piece and the owner as contact', async () => {
      network.use(http.get(`${apiBase}/v1/service-centres`, () => HttpResponse.json({ centres: [] })));
      // The brand's house style for the portal reaches the booking it opens (exportparts).
      const houseStyle = Object.assign(document.createElement('style'), { textContent: 'atelier-owner-portal::part(primary-button) { text-transform: uppercase; }' });
      document.head.append(houseStyle);
      const space = new FakeOwnerSpace();
      const element = await fixture<AtelierOwnerPortal>(
        html`<atelier-owner-portal publishable-key="pk_test_portal" api-base=${apiBase} locale="en" .client=${space.client}></atelier-owner-portal>`,
      );
      await signInByCode(element);
      await openThePiece(element);
      expect(shadow(element).querySelector('atelier-repair-booking'), 'no booking until asked').to.equal(null);

      button(element, 'Book a service').click();
      await waitUntil(() => activeId(element) === 'booking-title', 'the booking takes focus', { timeout: 8000 });
      const booking = control<HTMLElement & { serial?: string; contactName?: string; contactEmail?: string }>(element, 'atelier-repair-booking');
      expect([booking.serial, booking.contactName, booking.contactEmail]).to.deep.equal(['AT-100234', 'Ada Lovelace', ownerEmail]);
      expect(booking.getAttribute('publishable-key')).to.equal('pk_test_portal');
      expect(booking.getAttribute('api-base')).to.equal(apiBase);
      expect(text(shadow(element).querySelector('#booking-title'))).to.equal('Book a service for your Aubert Classique');
      await expect(element).to.be.accessible();
      await waitUntil(() => booking.shadowRoot?.querySelector('button[type="submit"]'), 'the booking draws its first step');
      expect(getComputedStyle(booking.shadowRoot?.querySelector('button[type="submit"]') as Element).textTransform, 'the portal’s part rule reaches the booking').to.equal('uppercase');
      houseStyle.remove();

      // Once booked, the piece is read again, so its timeline shows the repair.
      const readsBefore = space.pieceReads;
      booking.dispatchEvent(
        new CustomEvent('atelier-repair-booked', { detail: { trackingCode: '7XK2-M9QD-R4TC', serial: 'AT-100234', serviceCentreId: 'centre_gva', slot: null }, bubbles: true, composed: true }),
      );
      await waitUntil(() => space.pieceReads === readsBefore + 1, 'the piece is read again');

      button(element, 'Close the booking').click();
      await waitUntil(() => activeId(element) === 'piece-title', 'back to the piece');
      expect(shadow(element).querySelector('atelier-repair-booking')).to.equal(null);
    });

    it('keeps the e-mail when offline and sends the same request again, under the same idempotency key, on "Try again"', async () => {
      const keys: Array<string | null> = [];
      let online = false;
      network.use(
        http.get(`${apiBase}/v1/owner/session`, () => HttpResponse.json({ type: 'about:blank', title: 'Unauthorized', status: 401, code: 'unauthorized' }, { status: 401, headers: { 'content-type': 'application/problem+json' } })),
        http.get(`${apiBase}/v1/owner/pieces`, () => HttpResponse.json({ type: 'about:blank', title: 'Unauthorized', status: 401, code: 'unauthorized' }, { status: 401, headers: { 'content-type': 'application/problem+json' } })),
        http.post(`${apiBase}/v1/owner/sign-in`, ({ request }) => {
          keys.push(request.headers.get('idempotency-key'));
          if (request.credentials !== 'include') return HttpResponse.json({ wrong: 'credentials' }, { status: 400 });
          return online ? HttpResponse.json({ codeLifetimeMinutes: 10 }, { status: 202 }) : HttpResponse.error();
        }),
      );
      const element = await fixture<AtelierOwnerPortal>(html`<atelier-owner-portal publishable-key="pk_test_portal" api-base=${apiBase} locale="en"></atelier-owner-portal>`);
      await shown(element, '#field-email', 'the sign-in form');
      type(control(element, '#field-email'), ownerEmail);
      await element.updateComplete;
      control<HTMLFormElement>(element, 'form').requestSubmit();
      await waitUntil(() => shadow(element).activeElement?.classList.contains('alert'), 'the alert takes focus', { timeout: 8000 });
      expect(text(shadow(element).querySelector('.alert p'))).to.contain('We could not reach the server');
      expect(control(element, '#field-email').value).to.equal(ownerEmail);

      online = true;
      button(element, 'Try again').click();
      await waitUntil(() => activeId(element) === 'code-title', 'the code step', { timeout: 8000 });
      expect(new Set(keys).size, 'every attempt carries the same key').to.equal(1);
    });
  });
});
