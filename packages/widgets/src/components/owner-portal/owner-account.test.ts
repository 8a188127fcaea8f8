/// <reference types="mocha" />
/**
 * The owner portal's account views against a fake owner space (its `client` property): the
 * preferences with their history (by keyboard, refusals said at the field, the words on screen
 * sent with the change), and "My data" (a download, and an erasure after a confirmation that
 * names what is lost); axe clean, at a phone's width, in French too.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MyDataExport, MyPreferences, MyProfileShares, OwnedPiece, OwnerSession, UpdateMyPreferencesRequest } from '@atelier/client/contract';
import './owner-portal.ts';
import type { AtelierOwnerPortal } from './owner-portal.ts';
import type { OwnerPortalClient } from './owner-portal-client.ts';
import { activeId, button, control, mountSignedIn, shadow, shown, tabUntil, text } from './owner-portal.test-helpers.ts';
import { fillDateField } from '../../forms/date-field.test-helpers.ts';

/** The preferences page has more stops than the sign-in form. */
const maxTabPresses = 20;

const session: OwnerSession = {
  owner: { name: 'Ada Lovelace', email: 'ada@example.com', language: 'en' },
  brand: { id: 'brand_1', name: 'Maison Aubert' },
  session: { idleExpiresAt: '2026-12-07T11:00:00.000Z', absoluteExpiresAt: '2026-12-07T22:00:00.000Z' },
};

const piece: OwnedPiece = {
  serial: 'AT-100234',
  model: { reference: 'MA-1020', name: 'Aubert Classique', collection: 'Classique', imageUrl: null },
  status: 'sold',
  purchaseDate: '2024-05-14',
  warranty: { status: 'active', coverageEnd: '2027-05-14' },
  nextCareDue: { date: '2027-05-14', after: 'purchase', overdue: false },
  careDue: [{ kind: 'service', date: '2027-05-14', after: 'purchase', overdue: false, intervalMonths: 36, ruledBy: null, warrantyCondition: null }],
  retailerOfRecord: null,
};

function refusal(status: number, errorCode: string, fieldErrors: unknown[] = []): Error {
  return Object.assign(new Error(errorCode), { code: errorCode, status, fieldErrors });
}

/** One signed-in owner's preferences and data, as the server keeps them. */
class FakeAccount {
  signedIn = true;
  preferences: MyPreferences = {
    channels: [{ channel: 'email', choice: 'marketing', service: true, marketing: true, since: '2024-05-20T10:00:00.000Z' }],
    language: 'en',
    quietPeriod: null,
    history: [
      { kind: 'consent', at: '2024-05-20T10:00:00.000Z', source: 'registration', wording: null, consent: { channel: 'email', purpose: 'marketing', granted: true } },
      { kind: 'consent', at: '2024-05-20T10:00:00.000Z', source: 'registration', wording: null, consent: { channel: 'email', purpose: 'service', granted: true } },
    ],
  };
  updates: UpdateMyPreferencesRequest[] = [];
  exports = 0;
  erasures: unknown[] = [];
  shares: MyProfileShares = {
    shares: [],
    retailers: [
      { id: 'ret_1', name: 'Horlogerie du Rhône', country: 'CH', city: 'Genève', retailerOfRecord: true },
      { id: 'ret_2', name: 'Maison Vendôme', country: 'FR', city: 'Paris', retailerOfRecord: false },
    ],
  };
  /** The next update is refused with these field errors, as the server would. */
  refuseNext: unknown[] | undefined;

  #mustBeSignedIn(): void {
    if (!this.signedIn) throw refusal(401, 'session_expired');
  }

  readonly client: OwnerPortalClient = {
    signIn: { request: async () => ({ codeLifetimeMinutes: 10 }), verify: async () => session },
    session: {
      get: async () => {
        this.#mustBeSignedIn();
        return session;
      },
      signOut: async () => ({ signedOut: true, sessionsEnded: 1 }),
    },
    pieces: {
      list: async () => {
        this.#mustBeSignedIn();
        return { pieces: [piece] };
      },
      get: async () => {
        throw refusal(404, 'unknown_serial');
      },
      reportStolen: async () => {
        throw refusal(404, 'unknown_serial');
      },
      reportLost: async () => {
        throw refusal(404, 'unknown_serial');
      },
      reportFound: async () => {
        throw refusal(404, 'unknown_serial');
      },
    },
    preferences: {
      get: async () => {
        this.#mustBeSignedIn();
        return this.preferences;
      },
      update: async (input) => {
        this.#mustBeSignedIn();
        this.updates.push(input);
        if (this.refuseNext) {
          const errors = this.refuseNext;
          this.refuseNext = undefined;
          throw refusal(422, 'validation_failed', errors);
        }
        const at = '2026-12-07T10:30:00.000Z';
        const choice = input.channels?.[0]?.choice ?? 'marketing';
        this.preferences = {
          channels: [{ channel: 'email', choice, service: choice !== 'none', marketing: choice === 'marketing', since: at }],
          language: input.language ?? this.preferences.language,
          quietPeriod: input.quietPeriod ?? null,
          history: [
            { kind: 'consent', at, source: 'owner_space', wording: input.wording, consent: { channel: 'email', purpose: 'marketing', granted: choice === 'marketing' } },
            ...(input.quietPeriod ? [{ kind: 'quiet_period' as const, at, source: 'owner_space' as const, wording: input.wording, quietPeriod: input.quietPeriod }] : []),
            ...this.preferences.history,
          ],
        };
        return this.preferences;
      },
    },
    profileShares: {
      list: async () => {
        this.#mustBeSignedIn();
        return this.shares;
      },
      share: async ({ retailerId }) => {
        const retailer = this.shares.retailers.find((candidate) => candidate.id === retailerId)!;
        const share = { id: `shr_${retailerId}`, retailer: { id: retailer.id, name: retailer.name, country: retailer.country, city: retailer.city }, sharedAt: '2026-12-07T10:40:00.000Z', revokedAt: null };
        this.shares = { ...this.shares, shares: [share, ...this.shares.shares] };
        return share;
      },
      revoke: async (shareId) => {
        this.shares = { ...this.shares, shares: this.shares.shares.map((share) => (share.id === shareId ? { ...share, revokedAt: '2026-12-07T10:45:00.000Z' } : share)) };
        return this.shares.shares.find((share) => share.id === shareId)!;
      },
    },
    myData: {
      export: async () => {
        this.#mustBeSignedIn();
        this.exports += 1;
        const exported: MyDataExport = { format: 1, exportedAt: '2026-12-07T10:30:00.000Z', brand: session.brand, tables: { owners: [{ id: 'own_1', name: 'Ada Lovelace' }] } };
        return exported;
      },
      erase: async (input) => {
        this.#mustBeSignedIn();
        this.erasures.push(input);
        this.signedIn = false;
        return { erased: true, erasedAt: '2026-12-07T10:31:00.000Z' };
      },
    },
  };
}

async function openPreferences(element: AtelierOwnerPortal): Promise<void> {
  button(element, 'Preferences').focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => activeId(element) === 'preferences-title', 'the preferences title takes focus');
}

describe('<atelier-owner-portal> account views', () => {
  it('changes the preferences with the keyboard alone, sends the words on screen, and shows the change in the history', async () => {
    const account = new FakeAccount();
    const element = await mountSignedIn(account.client);
    await openPreferences(element);
    expect(control(element, '#field-channels-0-choice').checked, 'the current choice is selected').to.equal(true);
    expect(text(control(element, '.history'))).to.contain('By e-mail, news and invitations: yes').and.to.contain('(when you registered a piece)');
    await expect(element).to.be.accessible();

    await tabUntil(element, (active) => active?.id === 'field-channels-0-choice', 'the e-mail choice', maxTabPresses);
    await sendKeys({ press: 'ArrowDown' }); // service only
    await tabUntil(element, (active) => (active as HTMLInputElement | null)?.type === 'checkbox', 'the quiet period', maxTabPresses);
    await sendKeys({ press: 'Space' });
    await shown(element, '#field-quietPeriod-from', 'the quiet period’s days');
    await tabUntil(element, (active) => active?.id === 'field-quietPeriod-from', 'the first day', maxTabPresses);
    await fillDateField(shadow(element), 'quietPeriod.from', '2027-07-01', () => element.updateComplete);
    await fillDateField(shadow(element), 'quietPeriod.until', '2027-07-31', () => element.updateComplete);
    await tabUntil(element, (active) => text(active) === 'Save my preferences', 'the save button', maxTabPresses);
    await sendKeys({ press: 'Enter' });

    await waitUntil(() => shadow(element).activeElement?.classList.contains('notice'), 'the notice takes focus');
    expect(text(control(element, '.notice'))).to.equal('Your preferences are saved.');
    expect(account.updates).to.have.length(1);
    const sent = account.updates[0]!;
    expect(sent.channels).to.deep.equal([{ channel: 'email', choice: 'service_only' }]);
    expect(sent.quietPeriod).to.deep.equal({ from: '2027-07-01', until: '2027-07-31' });
    expect(sent.language).to.equal('en');
    expect(sent.wording).to.contain('Your warranty never depends on these choices.').and.to.contain('By e-mail: Only the care of my pieces and my repairs');
    expect(text(control(element, '.history li:first-child'))).to.contain('news and invitations: no').and.to.contain('(in your space)').and.to.contain('What you read:');
    await expect(element).to.be.accessible();
  });

  it('names a missing day before sending, and the server’s refusal at its field', async () => {
    const account = new FakeAccount();
    const element = await mountSignedIn(account.client);
    await openPreferences(element);
    control(element, 'input[type="checkbox"]').click();
    await shown(element, '#field-quietPeriod-until', 'the quiet period’s days');
    button(element, 'Save my preferences').click();
    await waitUntil(() => shadow(element).activeElement?.classList.contains('summary'), 'the error summary takes focus');
    expect(account.updates, 'nothing is sent').to.deep.equal([]);
    expect(text(control(element, '.summary'))).to.contain('First day').and.to.contain('Last day');
    await expect(element).to.be.accessible();

    await fillDateField(shadow(element), 'quietPeriod.from', '2027-07-01', () => element.updateComplete);
    await fillDateField(shadow(element), 'quietPeriod.until', '2026-01-01', () => element.updateComplete);
    account.refuseNext = [{ path: 'quietPeriod.until', code: 'invalid_value', message: 'The quiet period ends on or after the day it starts.' }];
    await element.updateComplete;
    button(element, 'Save my preferences').click();
    await waitUntil(() => shadow(element).activeElement?.classList.contains('summary'), 'the server’s refusal is summed up');
    expect(text(shadow(element).querySelector('#field-quietPeriod-until-error'))).to.equal('The quiet period ends on or after its first day, and today or later.');
    expect(control(element, '[name="quietPeriod.from.year"]').value, 'what was typed is kept').to.equal('2027');
    expect(control(element, '[name="quietPeriod.from.month"]').value, 'what was typed is kept').to.equal('07');
  });

  it('shares my profile with a retailer and stops, each said; the ended share stays listed', async () => {
    const account = new FakeAccount();
    const element = await mountSignedIn(account.client);
    await openPreferences(element);
    await shown(element, '#shares-title', 'the retailers');
    const first = text(control(element, '.shares li'));
    expect(first, 'the retailer of record first').to.contain('Horlogerie du Rhône, Genève (Switzerland)').and.to.contain('(your retailer)');
    await expect(element).to.be.accessible();

    button(element, 'Share with Maison Vendôme').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(element).activeElement?.classList.contains('notice'), 'the notice takes focus');
    expect(text(control(element, '.notice'))).to.equal('Maison Vendôme may now recognise you by name.');
    expect(account.shares.shares.map((share) => share.retailer.id)).to.deep.equal(['ret_2']);

    button(element, 'Stop sharing with Maison Vendôme').click();
    await waitUntil(() => text(shadow(element).querySelector('.notice')) === 'Maison Vendôme no longer sees your name or contact.', 'the revocation is said');
    expect(text(control(element, '#past-shares-title + ul'))).to.contain('Maison Vendôme: from');
    button(element, 'Share with Maison Vendôme');
    await expect(element).to.be.accessible();
  });

  it('downloads my data, then erases the account after a confirmation naming what is lost', async () => {
    const account = new FakeAccount();
    const element = await mountSignedIn(account.client);
    button(element, 'My data').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => activeId(element) === 'my-data-title', 'the title takes focus');
    await expect(element).to.be.accessible();

    button(element, 'Download my data (JSON)').click();
    await waitUntil(() => shadow(element).activeElement?.classList.contains('notice'), 'the notice takes focus');
    expect(account.exports).to.equal(1);
    expect(text(control(element, '.notice'))).to.contain('my-data.json');

    button(element, 'Erase my account…').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => activeId(element) === 'erase-title' && shadow(element).querySelector('.confirm'), 'the confirmation takes focus');
    const confirmation = text(control(element, '.confirm'));
    expect(confirmation).to.contain('you can no longer sign in here').and.to.contain('no longer send you care reminders').and.to.contain('keep their public history and their warranty');
    expect(account.erasures, 'nothing is erased before the confirmation').to.deep.equal([]);
    await expect(element).to.be.accessible();

    const erased = oneEvent(element, 'atelier-owner-account-erased');
    button(element, 'Yes, erase my account').click();
    expect((await erased).detail).to.deep.equal({ erasedAt: '2026-12-07T10:31:00.000Z' });
    expect(account.erasures).to.deep.equal([{ confirm: true }]);
    await waitUntil(() => shadow(element).activeElement?.classList.contains('notice'), 'the notice takes focus');
    expect(text(control(element, '.notice'))).to.equal('Your account is erased. Thank you for having been our client.');
    expect(shadow(element).querySelector('#field-email'), 'back to signing in').to.not.equal(null);
    expect(text(shadow(element).querySelector('.panel'))).to.not.contain('Aubert Classique');
  });

  it('fits a phone’s width in both views', async () => {
    const phoneWidthPx = 320;
    const element = await mountSignedIn(new FakeAccount().client);
    element.style.display = 'block';
    element.style.width = `${phoneWidthPx}px`;
    const panel = control<HTMLElement>(element, '.panel');
    await openPreferences(element);
    control(element, 'input[type="checkbox"]').click();
    await shown(element, '#field-quietPeriod-until', 'the quiet period’s days');
    expect(panel.scrollWidth, 'the preferences').to.be.at.most(phoneWidthPx);
    button(element, 'My data').click();
    await shown(element, '#my-data-title', 'my data');
    button(element, 'Erase my account…').click();
    await shown(element, '.confirm', 'the confirmation');
    expect(panel.scrollWidth, 'my data and the confirmation').to.be.at.most(phoneWidthPx);
  });

  it('speaks French in the account views', async () => {
    const element = await mountSignedIn(new FakeAccount().client, 'fr');
    await waitUntil(() => text(shadow(element).querySelector('#pieces-title')) !== 'Your pieces', 'the French strings load');
    button(element, 'Préférences').click();
    await waitUntil(() => text(shadow(element).querySelector('#preferences-title')) === 'Vos préférences', 'the French preferences');
    expect(text(control(element, '.history'))).to.contain('à l’enregistrement d’une pièce');
    await expect(element).to.be.accessible();
  });
});
