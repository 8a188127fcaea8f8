/// <reference types="mocha" />
/**
 * <atelier-owner-portal>'s "From the brand": a signed-in owner opens their invitations and the
 * brand's news from their pieces, by keyboard, at phone width, and answers yes or no; a yes without
 * a seat is refused beside the invitation, their answer unchanged. In seven languages, axe clean.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { InvitationAnswer, MyBrandNewsItem, MyInvitation, OwnerSession } from '@atelier/client/contract';
import { supportedLocales } from '@atelier/client/contract';
import './owner-portal.ts';
import type { AtelierOwnerPortal } from './owner-portal.ts';
import type { OwnerPortalClient } from './owner-portal-client.ts';
import { button, heldPiece, mountSignedIn, shadow, text } from './owner-portal.test-helpers.ts';
import de from './locales/de.ts';
import en from './locales/en.ts';
import fr from './locales/fr.ts';
import italian from './locales/it.ts';
import ja from './locales/ja.ts';
import zhHans from './locales/zh-Hans.ts';
import zhHant from './locales/zh-Hant.ts';

const catalogs = { en, fr, de, it: italian, ja, 'zh-Hans': zhHans, 'zh-Hant': zhHant };

const session: OwnerSession = {
  owner: { name: 'Ada Lovelace', email: 'ada@example.com', language: 'fr' },
  brand: { id: 'brand_1', name: 'Maison Aubert' },
  session: { idleExpiresAt: '2026-12-07T11:00:00.000Z', absoluteExpiresAt: '2026-12-07T22:00:00.000Z' },
};

const piece = heldPiece;

const soiree: MyInvitation = {
  id: 'inv_soiree',
  language: 'fr',
  title: 'Une soirée à Vendôme',
  description: 'Nos horlogers présentent la Corniche en bronze.\n\nChampagne dès 18 h 30.',
  place: { name: 'Maison Aubert Vendôme', address: '12 place Vendôme', city: 'Paris', country: 'FR' },
  startsAt: { date: '2027-03-12', time: '18:30', timeZone: 'Europe/Paris', at: '2027-03-12T17:30:00.000Z' },
  answer: null,
  answeredAt: null,
  full: false,
  open: true,
};

const bronze: MyBrandNewsItem = {
  id: 'nws_bronze',
  language: 'fr',
  title: 'La Corniche, désormais en bronze',
  body: 'Un boîtier qui prend sa patine.',
  link: 'https://www.maison-aubert.test/corniche-bronze',
  publishedAt: '2026-11-20T09:00:00.000Z',
};

function refusal(status: number, code: string): Error {
  return Object.assign(new Error(code), { code, status, fieldErrors: [] });
}

class FakeOwnerSpace {
  invitations: MyInvitation[] = [soiree];
  answers: { invitationId: string; answer: InvitationAnswer }[] = [];
  /** The seats the next yes finds: none refuses it. */
  seatsLeft = 10;

  readonly base: OwnerPortalClient = {
    signIn: { request: async () => ({ codeLifetimeMinutes: 10 }), verify: async () => session },
    session: { get: async () => session, signOut: async () => ({ signedOut: true, sessionsEnded: 1 }) },
    pieces: {
      list: async () => ({ pieces: [piece] }),
      get: async () => ({ ...piece, timeline: [] }),
      reportStolen: async () => ({ ...piece, timeline: [] }),
      reportLost: async () => ({ ...piece, timeline: [] }),
      reportFound: async () => ({ ...piece, timeline: [] }),
    },
  };

  readonly client: OwnerPortalClient = {
    ...this.base,
    fromTheBrand: {
      invitations: async () => ({ invitations: this.invitations }),
      news: async () => ({ news: [bronze] }),
      answerInvitation: async (invitationId, answer) => {
        if (answer === 'yes' && this.seatsLeft === 0) throw refusal(409, 'invitation_full');
        this.answers.push({ invitationId, answer });
        this.invitations = this.invitations.map((invitation) => (invitation.id === invitationId ? { ...invitation, answer, answeredAt: '2026-12-07T10:00:00.000Z' } : invitation));
        return this.invitations.find((invitation) => invitation.id === invitationId)!;
      },
    },
  };
}

async function openFromTheBrand(element: AtelierOwnerPortal, label: string): Promise<void> {
  await waitUntil(() => [...shadow(element).querySelectorAll('button')].some((candidate) => text(candidate) === label), 'the pieces and the way to the brand', { timeout: 5000 });
  button(element, label).focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => shadow(element).querySelector('#invitations-title'), 'the invitations', { timeout: 5000 });
}

describe('<atelier-owner-portal> from the brand', () => {
  afterEach(() => setViewport({ width: 1024, height: 768 }));

  it('shows the owner their invitation and the news, and takes their yes from the keyboard at phone width', async () => {
    await setViewport({ width: 320, height: 640 });
    const space = new FakeOwnerSpace();
    const element = await mountSignedIn(space.client);
    await openFromTheBrand(element, en.fromTheBrand.open);
    await waitUntil(() => shadow(element).activeElement?.id === 'brand-title', 'the heading takes the focus');
    const invitation = shadow(element).querySelector('[part="invitation"]');
    expect(text(invitation)).to.include('Une soirée à Vendôme');
    expect(text(invitation)).to.match(/Friday, March 12, 2027 at 6:30\s?PM, Central European Time \(Europe\/Paris\)/);
    expect(text(invitation)).to.include('Maison Aubert Vendôme, 12 place Vendôme, Paris, France');
    expect(invitation?.getAttribute('lang')).to.equal('fr');
    expect(text(shadow(element).querySelector('[part="news"]'))).to.include('La Corniche, désormais en bronze');
    expect(document.documentElement.scrollWidth, "no sideways scrolling").to.be.at.most(320);
    await expect(element).to.be.accessible();

    button(element, en.fromTheBrand.yes).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(shadow(element).querySelector('#invitation-inv_soiree-outcome')) === en.fromTheBrand.thanksYes, 'the yes is thanked');
    expect(space.answers).to.deep.equal([{ invitationId: 'inv_soiree', answer: 'yes' }]);
    expect(button(element, en.fromTheBrand.yes).getAttribute('aria-pressed')).to.equal('true');
    expect(shadow(element).activeElement?.id).to.equal('invitation-inv_soiree-outcome');
    await expect(element).to.be.accessible();

    button(element, en.fromTheBrand.no).click();
    await waitUntil(() => text(shadow(element).querySelector('#invitation-inv_soiree-outcome')) === en.fromTheBrand.thanksNo, 'the no is recorded');
    button(element, en.allPieces).click();
    await waitUntil(() => shadow(element).querySelector('#pieces-title'), 'back to the pieces');
  });

  it('says beside the invitation that no seat is left, the answer unchanged', async () => {
    const space = new FakeOwnerSpace();
    space.seatsLeft = 0;
    const element = await mountSignedIn(space.client);
    await openFromTheBrand(element, en.fromTheBrand.open);
    button(element, en.fromTheBrand.yes).click();
    await waitUntil(() => text(shadow(element).querySelector('#invitation-inv_soiree-outcome')) === en.fromTheBrand.refusedFull, 'the refusal is said');
    expect(space.answers).to.deep.equal([]);
    expect(text(shadow(element).querySelector('#invitation-inv_soiree-answer'))).to.include(en.fromTheBrand.notAnswered);
    expect(shadow(element).querySelector('.alert')).to.equal(null);
  });

  it('speaks each of the seven languages, axe clean', async () => {
    for (const locale of supportedLocales) {
      const words = catalogs[locale].fromTheBrand;
      const space = new FakeOwnerSpace();
      space.invitations = [{ ...soiree, open: false }];
      const element = await mountSignedIn(space.client, locale);
      await openFromTheBrand(element, words.open);
      expect(text(shadow(element).querySelector('#brand-title')), locale).to.equal(words.title);
      // text() makes every space one, narrow no-break spaces included.
      expect(text(shadow(element).querySelector('#invitation-inv_soiree-answer')), locale).to.include(words.closed.replace(/\s+/g, ' '));
      await expect(element, locale).to.be.accessible();
    }
  });

  it('offers no "From the brand" to a client without it', async () => {
    const space = new FakeOwnerSpace();
    const element = await mountSignedIn(space.base);
    expect([...shadow(element).querySelectorAll('button')].map((candidate) => text(candidate))).not.to.include(en.fromTheBrand.open);
  });
});
