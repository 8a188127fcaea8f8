/// <reference types="mocha" />
/**
 * The owner's passkeys in <atelier-owner-portal>, with a real WebAuthn authenticator: Chromium's
 * virtual authenticator through the DevTools Protocol (the `virtual-authenticator` command of
 * web-test-runner.config.mjs), against a fake owner space that keeps what the browser made. The
 * owner adds a passkey from their space by keyboard at a phone's width, signs out, and signs in
 * with it, nothing typed; removes it; is told where passkeys are not offered and when a passkey is
 * refused. Axe clean, in seven languages.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { OwnerPasskeyList, Passkey, PasskeyAssertion, PasskeyAttestation } from '@atelier/client/contract';
import { supportedLocales } from '@atelier/client/contract';
import type { OwnerPortalClient } from './owner-portal-client.ts';
import type { AtelierOwnerPortal } from './owner-portal.ts';
import { activeId, button, heldPiece, mountSignedIn, ownerSession, shadow, shown, tabUntil, text, type } from './owner-portal.test-helpers.ts';
import de from './locales/de.ts';
import en from './locales/en.ts';
import fr from './locales/fr.ts';
import italian from './locales/it.ts';
import ja from './locales/ja.ts';
import zhHans from './locales/zh-Hans.ts';
import zhHant from './locales/zh-Hant.ts';

const catalogs = { en, fr, de, it: italian, ja, 'zh-Hans': zhHans, 'zh-Hant': zhHant };

const session = ownerSession;
const piece = heldPiece;

/** The page's host: the relying party the test page may use (`localhost`, a secure context). */
const rpId = window.location.hostname;
/** The owner's WebAuthn user handle, as the server makes it: their id's bytes, base64url. */
const userHandle = btoa('own_1').replace(/=+$/, '');
const promptTimeoutMs = 5000;

function refusal(status: number, code: string): Error {
  return Object.assign(new Error(code), { code, status, fieldErrors: [] });
}

function randomChallenge(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** An owner space that keeps the passkeys the browser made, and signs in with them as the server would (by credential id and user handle). */
class FakePasskeySpace {
  signedIn = true;
  addableHere = true;
  passkeys: Array<Passkey & { credentialId: string }> = [];
  registrations: PasskeyAttestation[] = [];
  assertions: PasskeyAssertion[] = [];
  /** The next passkey sign-in is refused with this code, as the server would. */
  refuseNextSignIn: string | undefined;

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
      signOut: async () => {
        this.signedIn = false;
        return { signedOut: true, sessionsEnded: 1 };
      },
    },
    pieces: {
      list: async () => {
        this.#mustBeSignedIn();
        return { pieces: [piece] };
      },
      get: async () => ({ ...piece, timeline: [] }),
      reportStolen: async () => ({ ...piece, timeline: [] }),
      reportLost: async () => ({ ...piece, timeline: [] }),
      reportFound: async () => ({ ...piece, timeline: [] }),
    },
    passkeys: {
      signInOptions: async () => ({ challenge: randomChallenge(), rpId, timeout: promptTimeoutMs, userVerification: 'required' }),
      signIn: async ({ response }) => {
        this.assertions.push(response);
        const refused = this.refuseNextSignIn;
        this.refuseNextSignIn = undefined;
        if (refused) throw refusal(400, refused);
        const known = this.passkeys.find((passkey) => passkey.credentialId === response.id);
        if (!known || response.response.userHandle !== userHandle) throw refusal(400, 'passkey_not_recognized');
        this.signedIn = true;
        return session;
      },
      list: async () => {
        this.#mustBeSignedIn();
        const list: OwnerPasskeyList = { passkeys: this.passkeys.map(({ credentialId: _credentialId, ...shown }) => shown), addableHere: this.addableHere };
        return list;
      },
      registrationOptions: async () => ({
        challenge: randomChallenge(),
        rp: { id: rpId, name: session.brand.name },
        user: { id: userHandle, name: session.owner.email, displayName: session.owner.name },
        pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
        timeout: promptTimeoutMs,
        excludeCredentials: this.passkeys.map((passkey) => ({ id: passkey.credentialId, type: 'public-key' })),
        authenticatorSelection: { residentKey: 'required', requireResidentKey: true, userVerification: 'required' },
        attestation: 'none',
      }),
      register: async ({ response, deviceLabel }) => {
        this.#mustBeSignedIn();
        this.registrations.push(response);
        const passkey = { id: `opk_${this.passkeys.length + 1}`, deviceLabel: deviceLabel ?? 'Passkey', createdAt: '2026-12-07T10:00:00.000Z', lastUsedAt: null, credentialId: response.id };
        this.passkeys.push(passkey);
        const { credentialId: _credentialId, ...shown } = passkey;
        return shown;
      },
      remove: async (passkeyId) => {
        const removed = this.passkeys.find((passkey) => passkey.id === passkeyId);
        if (!removed) throw refusal(404, 'unknown_passkey');
        this.passkeys = this.passkeys.filter((passkey) => passkey !== removed);
        const { credentialId: _credentialId, ...shown } = removed;
        return shown;
      },
    },
  };
}

/** Presses Tab until the button saying `label` has the focus, then Enter: as a keyboard user does. */
async function press(element: AtelierOwnerPortal, label: string): Promise<void> {
  await tabUntil(element, (active) => text(active) === label, `"${label}"`, 30);
  await sendKeys({ press: 'Enter' });
}

async function openPasskeys(element: AtelierOwnerPortal, words = en.passkeys): Promise<void> {
  button(element, words.nav).click();
  await waitUntil(() => activeId(element) === 'passkeys-title', 'the passkeys page takes the focus', { timeout: 5000 });
}

function notice(element: AtelierOwnerPortal): string {
  return text(shadow(element).querySelector('.notice'));
}

describe('<atelier-owner-portal> passkeys', () => {
  beforeEach(() => executeServerCommand('virtual-authenticator'));
  afterEach(async () => {
    await executeServerCommand('virtual-authenticator', { remove: true });
    await setViewport({ width: 1024, height: 768 });
  });

  it('adds a passkey from the space by keyboard at phone width, then signs the owner in with it, nothing typed', async () => {
    await setViewport({ width: 320, height: 640 });
    const space = new FakePasskeySpace();
    const element = await mountSignedIn(space.client);
    await press(element, en.passkeys.nav);
    await waitUntil(() => activeId(element) === 'passkeys-title', 'the passkeys page takes the focus', { timeout: 5000 });
    expect(text(shadow(element).querySelector('atelier-owner-portal-passkeys'))).to.include(en.passkeys.none);
    expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(320);
    await expect(element).to.be.accessible();

    await tabUntil(element, (active) => active?.id === 'passkey-device-label', 'the device name', 30);
    await sendKeys({ type: 'My phone' });
    await press(element, en.passkeys.add);
    await waitUntil(() => notice(element) === en.passkeys.addedNotice('My phone'), 'the passkey is added', { timeout: 10000 });
    expect(activeId(element) || shadow(element).activeElement?.className).to.equal('notice');
    const [made] = space.registrations;
    expect(made?.type).to.equal('public-key');
    expect(made?.response.attestationObject.length, 'the browser made a credential').to.be.above(0);
    expect(space.passkeys.map((passkey) => passkey.deviceLabel)).to.deep.equal(['My phone']);
    expect(text(shadow(element).querySelector('.passkeys'))).to.include('My phone').and.include(en.passkeys.neverUsed);
    await expect(element).to.be.accessible();

    await press(element, en.signOut);
    await shown(element, '#sign-in-title', 'the sign-in form');
    await press(element, en.passkeys.signIn);
    await shown(element, '#pieces-title', 'signed in with the passkey');
    expect(space.assertions.at(-1)?.id).to.equal(space.passkeys[0]?.credentialId);
  });

  it('removes a passkey, which then signs no one in', async () => {
    const space = new FakePasskeySpace();
    const element = await mountSignedIn(space.client);
    await openPasskeys(element);
    type(shadow(element).querySelector<HTMLInputElement>('#passkey-device-label')!, 'Laptop');
    button(element, en.passkeys.add).click();
    await waitUntil(() => notice(element) === en.passkeys.addedNotice('Laptop'), 'the passkey is added', { timeout: 10000 });
    button(element, en.passkeys.remove('Laptop')).click();
    await waitUntil(() => notice(element) === en.passkeys.removedNotice('Laptop'), 'the passkey is removed');
    expect(space.passkeys).to.deep.equal([]);
    expect(text(shadow(element).querySelector('atelier-owner-portal-passkeys'))).to.include(en.passkeys.none);
  });

  it('says so where the brand’s site does not allow passkeys, and offers none to add', async () => {
    const space = new FakePasskeySpace();
    space.addableHere = false;
    const element = await mountSignedIn(space.client);
    await openPasskeys(element);
    expect(text(shadow(element).querySelector('atelier-owner-portal-passkeys'))).to.include(en.passkeys.notHere);
    expect([...shadow(element).querySelectorAll('button')].map((candidate) => text(candidate))).not.to.include(en.passkeys.add);
    await expect(element).to.be.accessible();
  });

  it('says in words when the server does not recognise the passkey, the e-mail way still there', async () => {
    const space = new FakePasskeySpace();
    const element = await mountSignedIn(space.client);
    await openPasskeys(element);
    button(element, en.passkeys.add).click();
    await waitUntil(() => space.passkeys.length === 1, 'the passkey is added', { timeout: 10000 });
    button(element, en.signOut).click();
    await shown(element, '#sign-in-title', 'the sign-in form');
    space.refuseNextSignIn = 'passkey_not_recognized';
    button(element, en.passkeys.signIn).click();
    await waitUntil(() => text(shadow(element).querySelector('.alert')) === en.passkeys.refused['not-recognized'], 'the refusal is said', { timeout: 10000 });
    expect(shadow(element).querySelector('#field-email'), 'the e-mail way stays').to.not.equal(null);
    await expect(element).to.be.accessible();
  });

  it('speaks each of the seven languages on the passkeys page, axe clean', async () => {
    for (const locale of supportedLocales) {
      const words = catalogs[locale].passkeys;
      const space = new FakePasskeySpace();
      space.passkeys = [{ id: 'opk_1', deviceLabel: 'iPhone', createdAt: '2026-11-01T09:00:00.000Z', lastUsedAt: '2026-12-01T09:00:00.000Z', credentialId: 'Y3JlZA' }];
      const element = await mountSignedIn(space.client, locale);
      await openPasskeys(element, words);
      expect(text(shadow(element).querySelector('#passkeys-title')), locale).to.equal(words.title);
      // text() makes every space one, narrow no-break spaces included.
      expect(button(element, words.remove('iPhone').replace(/\s+/g, ' ')), locale).to.not.equal(undefined);
      expect(text(shadow(element).querySelector('#add-passkey-title')), locale).to.equal(words.addTitle);
      await expect(element, locale).to.be.accessible();
    }
  });
});
