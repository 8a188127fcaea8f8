/// <reference types="mocha" />
/**
 * A piece's Documents and Transfer in <atelier-owner-portal>, against a fake owner space that
 * answers as the server does: the dossier downloaded as PDF or JSON, the private calendar address
 * made, copied and renewed, a transfer named, pending, refused at a field, and cancelled. With the
 * keyboard only, axe clean, at a phone's width, and in French.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { OwnedPieceDetail, OwnerSession, PieceTransfer, PieceTransferRequest } from '@atelier/client/contract';
import './owner-portal.ts';
import type { AtelierOwnerPortal } from './owner-portal.ts';
import type { DossierFormat, OwnerPortalClient } from './owner-portal-client.ts';
import { button, mountSignedIn, shadow, shown, text } from './owner-portal.test-helpers.ts';

const serial = 'AT-100234';
const ownerEmail = 'ada@example.com';

const session: OwnerSession = {
  owner: { name: 'Ada Lovelace', email: ownerEmail, language: 'en' },
  brand: { id: 'brand_1', name: 'Maison Aubert' },
  session: { idleExpiresAt: '2026-12-07T11:00:00.000Z', absoluteExpiresAt: '2026-12-07T22:00:00.000Z' },
};

const piece: OwnedPieceDetail = {
  serial,
  model: { reference: 'MA-1020', name: 'Aubert Classique', collection: 'Classique', imageUrl: null },
  status: 'sold',
  purchaseDate: '2024-05-14',
  warranty: { status: 'active', coverageEnd: '2027-05-14' },
  nextCareDue: { date: '2027-05-14', after: 'purchase', overdue: false },
  careDue: [{ kind: 'service', date: '2027-05-14', after: 'purchase', overdue: false, intervalMonths: 36, ruledBy: null, warrantyCondition: null }],
  retailerOfRecord: null,
  timeline: [{ kind: 'provenance', at: '2024-05-14T10:00:00.000Z', event: { type: 'sold', country: 'CH', city: 'Genève' } }],
};

function refusal(status: number, errorCode: string, fieldErrors: unknown[] = []): Error {
  return Object.assign(new Error(errorCode), { code: errorCode, status, fieldErrors });
}

/** The owner space of one signed-in owner holding one piece, and what the widget asked of it. */
class FakeOwnerSpace {
  downloads: Array<[string, DossierFormat]> = [];
  feedsMade = 0;
  liveFeedSince: string | null = null;
  transfers: PieceTransferRequest[] = [];
  pending: PieceTransfer | null = null;
  cancels = 0;

  readonly client: OwnerPortalClient = {
    signIn: { request: async () => ({ codeLifetimeMinutes: 10 }), verify: async () => session },
    session: { get: async () => session, signOut: async () => ({ signedOut: true, sessionsEnded: 1 }) },
    pieces: {
      list: async () => {
        const { timeline: _timeline, ...listed } = piece;
        return { pieces: [listed] };
      },
      get: async () => piece,
      reportStolen: async () => piece,
      reportLost: async () => piece,
      reportFound: async () => piece,
    },
    documents: {
      dossierFile: async (asked, format) => {
        this.downloads.push([asked, format]);
        return new Blob([format === 'pdf' ? '%PDF-1.7' : '{}'], { type: format === 'pdf' ? 'application/pdf' : 'application/json' });
      },
    },
    calendarFeed: {
      get: async () => ({ feed: this.liveFeedSince ? { createdAt: this.liveFeedSince } : null }),
      create: async () => {
        this.feedsMade += 1;
        this.liveFeedSince = '2026-12-07T10:00:00.000Z';
        return { url: `https://api.atelier.test/v1/calendar-feeds/token${this.feedsMade}.ics`, createdAt: this.liveFeedSince, replacedEarlierFeed: this.feedsMade > 1 };
      },
    },
    transfers: {
      start: async (_serial, input) => {
        this.transfers.push(input);
        if (input.newOwner.email.toLowerCase() === ownerEmail) {
          throw refusal(422, 'validation_failed', [{ path: 'newOwner.email', code: 'invalid', message: 'This is your own address.' }]);
        }
        this.pending = {
          kind: input.kind,
          status: 'pending',
          newOwner: { name: input.newOwner.name, email: `${input.newOwner.email[0]}•••${input.newOwner.email.slice(input.newOwner.email.indexOf('@'))}` },
          requestedAt: '2026-12-07T10:00:00.000Z',
          expiresAt: '2026-12-14T10:00:00.000Z',
        };
        return this.pending;
      },
      get: async () => ({ transfer: this.pending }),
      cancel: async () => {
        this.cancels += 1;
        const cancelled = this.pending !== null;
        this.pending = null;
        return { cancelled };
      },
    },
  };
}

/** Presses Tab until `label`'s button has the focus, then Enter: as a keyboard user does. */
async function press(element: AtelierOwnerPortal, label: string): Promise<void> {
  const maxTabPresses = 30;
  for (let presses = 0; presses < maxTabPresses && text(shadow(element).activeElement) !== label; presses++) await sendKeys({ press: 'Tab' });
  expect(text(shadow(element).activeElement)).to.equal(label, `Tab reaches "${label}"`);
  await sendKeys({ press: 'Enter' });
}

/** Signed in already (the fake's session), on the piece's page. */
async function openPiece(space: FakeOwnerSpace, locale = 'en'): Promise<AtelierOwnerPortal> {
  const element = await mountSignedIn(space.client, locale);
  const open = [...shadow(element).querySelectorAll<HTMLElement>('atelier-owner-portal-pieces button, atelier-owner-portal-pieces a')][0];
  open?.click();
  await shown(element, 'atelier-owner-portal-papers #documents-title', 'the documents');
  await element.updateComplete;
  return element;
}

function status(element: AtelierOwnerPortal): string {
  return text(shadow(element).querySelector('.papers-outcome'));
}

describe('<atelier-owner-portal> a piece’s documents and transfer', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('downloads the dossier as PDF or JSON, with the keyboard, and says so', async () => {
    const space = new FakeOwnerSpace();
    const element = await openPiece(space);
    await expect(element).to.be.accessible();
    await press(element, 'Download the dossier (PDF)');
    await waitUntil(() => status(element) !== '', 'the download is said');
    expect(status(element)).to.equal(`${serial}-dossier.pdf is downloaded.`);
    await press(element, 'Download the signed data (JSON)');
    await waitUntil(() => status(element).includes('.json'), 'the JSON download is said');
    expect(space.downloads).to.deep.equal([
      [serial, 'pdf'],
      [serial, 'json'],
    ]);
  });

  it('makes the private calendar address, copies it, and renews it (the old one stops)', async () => {
    const space = new FakeOwnerSpace();
    const element = await openPiece(space);
    await press(element, 'Create my calendar address');
    await shown(element, '#calendar-feed-url', 'the address');
    const address = () => (shadow(element).querySelector('#calendar-feed-url') as HTMLInputElement).value;
    expect(address()).to.equal('https://api.atelier.test/v1/calendar-feeds/token1.ics');
    expect(shadow(element).activeElement?.id).to.equal('calendar-feed-url', 'the address takes the focus');
    await expect(element).to.be.accessible();

    button(element, 'Copy the address').click();
    await waitUntil(() => status(element) === 'Address copied.' || status(element).startsWith('The address is selected'), 'the copy is said');

    await press(element, 'Renew the address');
    await waitUntil(() => address().endsWith('token2.ics'), 'a new address');
    expect(space.feedsMade).to.equal(2);
  });

  it('says when the address was made, without showing it again, on a later visit', async () => {
    const space = new FakeOwnerSpace();
    space.liveFeedSince = '2026-11-02T10:00:00.000Z';
    const element = await openPiece(space);
    await waitUntil(() => text(shadow(element).querySelector('atelier-owner-portal-papers')).includes('You created your calendar address on November 2, 2026'), 'the live feed');
    expect(shadow(element).querySelector('#calendar-feed-url')).to.equal(null);
    button(element, 'Renew the address');
  });

  it('names the new owner, shows the transfer pending, and cancels it; a field the server refuses is said under it', async () => {
    const space = new FakeOwnerSpace();
    const element = await openPiece(space);
    await press(element, 'Transfer this piece');
    await shown(element, '#field-newOwner-name', 'the transfer form');
    expect(shadow(element).activeElement?.id).to.equal('field-kind', 'the form takes the focus');
    await expect(element).to.be.accessible();

    // Sent empty: the summary lists what is missing and takes the focus.
    button(element, 'Send the confirmation e-mail').click();
    await shown(element, '.summary', 'the error summary');
    await waitUntil(() => shadow(element).activeElement?.classList.contains('summary'), 'the summary has the focus');
    expect(text(shadow(element).querySelector('.summary'))).to.include('New owner’s name');
    await expect(element).to.be.accessible();

    // Typed with the keyboard: the owner's own address, which the server refuses at that field.
    (shadow(element).querySelector('#field-newOwner-name') as HTMLInputElement).focus();
    await sendKeys({ type: 'Béatrice Acheteur' });
    (shadow(element).querySelector('#field-newOwner-email') as HTMLInputElement).focus();
    await sendKeys({ type: ownerEmail });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(shadow(element).querySelector('#field-newOwner-email-error')).includes('your own address'), 'the refusal under the field');
    expect((shadow(element).querySelector('#field-newOwner-name') as HTMLInputElement).value).to.equal('Béatrice Acheteur', 'what was typed is kept');

    const email = shadow(element).querySelector('#field-newOwner-email') as HTMLInputElement;
    email.focus();
    email.select();
    await sendKeys({ type: 'bea@example.com' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(element) === 'We have sent the confirmation e-mail to b•••@example.com.', 'the transfer is sent');
    expect(space.transfers.at(-1)).to.deep.equal({ kind: 'sale', newOwner: { name: 'Béatrice Acheteur', email: 'bea@example.com', language: 'en' } });
    expect(text(shadow(element).querySelector('.transfer-pending'))).to.equal(
      'Waiting for Béatrice Acheteur (b•••@example.com) to confirm, until December 14, 2026. The piece stays yours until then.',
    );
    await expect(element).to.be.accessible();

    await press(element, 'Cancel the transfer');
    await waitUntil(() => status(element) === 'The transfer is cancelled: the piece stays yours.', 'the transfer is cancelled');
    expect(space.cancels).to.equal(1);
    button(element, 'Transfer this piece');
  });

  it('fits a phone’s width and speaks French', async () => {
    await setViewport({ width: 360, height: 740 });
    const space = new FakeOwnerSpace();
    space.pending = { kind: 'gift', status: 'pending', newOwner: { name: 'Béatrice', email: 'b•••@example.com' }, requestedAt: '2026-12-07T10:00:00.000Z', expiresAt: '2026-12-14T10:00:00.000Z' };
    const element = await openPiece(space, 'fr');
    await waitUntil(() => shadow(element).querySelector('.transfer-pending'), 'the pending transfer');
    const papers = shadow(element).querySelector('atelier-owner-portal-papers') as HTMLElement;
    expect(text(papers)).to.include('Télécharger le dossier (PDF)');
    expect(text(papers)).to.include('En attente de la confirmation de Béatrice');
    expect(element.scrollWidth).to.be.at.most(element.clientWidth + 1, 'nothing overflows sideways');
    for (const control of papers.querySelectorAll('button')) expect(control.getBoundingClientRect().right).to.be.at.most(360);
    await expect(element).to.be.accessible();
  });
});
