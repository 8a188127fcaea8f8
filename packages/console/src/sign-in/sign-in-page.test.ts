/// <reference types="mocha" />
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { NetworkError } from '@atelier/client';
import type { CallOptions } from '@atelier/client';
import type { AuthenticationResponseJSON, PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import type WaInput from '@awesome.me/webawesome/dist/components/input/input.js';
import { signedInEvent } from '../shared/events.ts';
import type { SignedInPerson } from '../shared/person.ts';
import { admin, problem } from '../testing/stand-ins.ts';
import type { SignInClient } from './sign-in-client.ts';
import './sign-in-page.ts';
import type { ConsoleSignIn, PasskeyCeremony } from './sign-in-page.ts';
import { takeSignInToken } from './sign-in-link.ts';

const passkeyOptions: PublicKeyCredentialRequestOptionsJSON = { challenge: 'Y2hhbGxlbmdl', rpId: 'localhost', timeout: 60000, userVerification: 'required' };
const assertion: AuthenticationResponseJSON = {
  id: 'Y3JlZA',
  rawId: 'Y3JlZA',
  type: 'public-key',
  response: { clientDataJSON: 'e30', authenticatorData: 'YQ', signature: 'cw' },
  clientExtensionResults: {},
};

class StandInSignInClient implements SignInClient {
  linkRequests: { email: string; idempotencyKey: string | undefined }[] = [];
  consumed: string[] = [];
  passkeyResponses: AuthenticationResponseJSON[] = [];
  requestLinkAnswers: Array<() => Promise<unknown>> = [];
  consumeAnswer: () => Promise<SignedInPerson> = () => Promise.resolve(admin);
  signInAnswer: () => Promise<SignedInPerson> = () => Promise.resolve(admin);

  requestLink(email: string, options?: CallOptions): Promise<unknown> {
    this.linkRequests.push({ email, idempotencyKey: options?.idempotencyKey });
    return this.requestLinkAnswers.shift()?.() ?? Promise.resolve({ linkLifetimeMinutes: 15 });
  }
  consumeLink(token: string): Promise<SignedInPerson> {
    this.consumed.push(token);
    return this.consumeAnswer();
  }
  passkey = {
    options: (): Promise<PublicKeyCredentialRequestOptionsJSON> => Promise.resolve(passkeyOptions),
    signIn: (response: AuthenticationResponseJSON): Promise<SignedInPerson> => {
      this.passkeyResponses.push(response);
      return this.signInAnswer();
    },
  };
}

function ceremony(authenticate: PasskeyCeremony['authenticate'], supported = true): PasskeyCeremony {
  return { supported: () => supported, authenticate };
}

async function mount(client: StandInSignInClient, options: { token?: string; ceremony?: PasskeyCeremony } = {}): Promise<ConsoleSignIn> {
  const element = await fixture<ConsoleSignIn>(
    html`<console-sign-in .client=${client} .token=${options.token} .ceremony=${options.ceremony ?? ceremony(() => Promise.resolve(assertion))}></console-sign-in>`,
  );
  await element.updateComplete;
  return element;
}

function emailInput(element: ConsoleSignIn): WaInput {
  const input = element.shadowRoot?.querySelector<WaInput>('wa-input[name="email"]');
  if (!input) throw new Error('no e-mail field');
  return input;
}

async function typeEmail(element: ConsoleSignIn, value: string): Promise<void> {
  const input = emailInput(element);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}

async function submitLinkForm(element: ConsoleSignIn): Promise<void> {
  element.shadowRoot?.querySelector('form')?.requestSubmit();
  await element.updateComplete;
}

function text(element: ConsoleSignIn): string {
  return element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

function button(element: ConsoleSignIn, label: string): HTMLElement {
  const found = [...(element.shadowRoot?.querySelectorAll<HTMLElement>('wa-button') ?? [])].find((candidate) => candidate.textContent?.includes(label));
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

describe('<console-sign-in>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('offers a passkey and an e-mailed link, accessibly', async () => {
    const element = await mount(new StandInSignInClient());
    expect(text(element)).to.include('Sign in with a passkey');
    expect(emailInput(element).label).to.equal('Work e-mail');
    expect(emailInput(element).autocomplete).to.equal('username webauthn');
    await expect(element).to.be.accessible();
  });

  it('e-mails a link to the address typed and says where to look, the same whether or not it has an account', async () => {
    const client = new StandInSignInClient();
    const element = await mount(client);
    await typeEmail(element, '  desk@maison-aubert.example ');
    await submitLinkForm(element);
    await waitUntil(() => text(element).includes('Check your inbox'));
    expect(client.linkRequests.map((request) => request.email)).to.deep.equal(['desk@maison-aubert.example']);
    expect(text(element)).to.include('If desk@maison-aubert.example belongs to an account');
    await expect(element).to.be.accessible();
  });

  it('shows the server’s field error under the e-mail field, by name, and keeps what was typed', async () => {
    const client = new StandInSignInClient();
    client.requestLinkAnswers.push(() => Promise.reject(problem(422, 'validation_failed', [{ path: 'email', code: 'invalid_format', message: 'Invalid email' }])));
    const element = await mount(client);
    await typeEmail(element, 'not-an-address');
    await submitLinkForm(element);
    await waitUntil(() => emailInput(element).classList.contains('field-error'));
    expect(emailInput(element).hint).to.equal('Enter an e-mail address such as name@example.com.');
    expect(emailInput(element).value).to.equal('not-an-address');
    await waitUntil(() => element.shadowRoot?.activeElement === emailInput(element), 'the field in error has focus');
    await expect(element).to.be.accessible();
  });

  it('keeps the address on a network failure and sends it again with the same idempotency key', async () => {
    const client = new StandInSignInClient();
    client.requestLinkAnswers.push(() => Promise.reject(new NetworkError('offline')));
    const element = await mount(client);
    await typeEmail(element, 'desk@maison-aubert.example');
    await submitLinkForm(element);
    await waitUntil(() => text(element).includes('We could not reach the server'));
    expect(emailInput(element).value).to.equal('desk@maison-aubert.example');
    expect(element.shadowRoot?.querySelector('[role="alert"]')).to.exist;
    await submitLinkForm(element);
    await waitUntil(() => text(element).includes('Check your inbox'));
    const [first, second] = client.linkRequests;
    expect(second?.idempotencyKey).to.equal(first?.idempotencyKey);
  });

  it('consumes an e-mailed link’s token once and announces who signed in', async () => {
    const client = new StandInSignInClient();
    const element = await fixture<ConsoleSignIn>(html`<div></div>`);
    const signIn = document.createElement('console-sign-in');
    signIn.client = client;
    signIn.token = 'tok_from_the_link';
    const announced = oneEvent(element, signedInEvent);
    element.append(signIn);
    const event = await announced;
    expect(event.detail).to.deep.equal(admin);
    expect(client.consumed).to.deep.equal(['tok_from_the_link']);
  });

  it('says an expired or used link is no good and offers a new one', async () => {
    const client = new StandInSignInClient();
    client.consumeAnswer = () => Promise.reject(problem(400, 'sign_in_link_expired'));
    const element = await mount(client, { token: 'tok_old' });
    await waitUntil(() => text(element).includes('This sign-in link has expired or was already used'));
    expect(emailInput(element)).to.exist;
    await expect(element).to.be.accessible();
  });

  it('signs in with a passkey: the server’s options to the authenticator, its answer to the server', async () => {
    const client = new StandInSignInClient();
    const seenOptions: PublicKeyCredentialRequestOptionsJSON[] = [];
    const element = await mount(client, {
      ceremony: ceremony(({ optionsJSON }) => {
        seenOptions.push(optionsJSON);
        return Promise.resolve(assertion);
      }),
    });
    const announced = oneEvent(element, signedInEvent);
    button(element, 'Sign in with a passkey').click();
    await announced;
    expect(seenOptions).to.deep.equal([passkeyOptions]);
    expect(client.passkeyResponses).to.deep.equal([assertion]);
  });

  it('says so in words when the person cancels the passkey prompt', async () => {
    const element = await mount(new StandInSignInClient(), {
      ceremony: ceremony(() => Promise.reject(new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError'))),
    });
    button(element, 'Sign in with a passkey').click();
    await waitUntil(() => text(element).includes('The passkey sign-in was cancelled or timed out'));
  });

  it('says a passkey the server does not accept is not registered, and points to the link', async () => {
    const client = new StandInSignInClient();
    client.signInAnswer = () => Promise.reject(problem(400, 'passkey_not_recognized'));
    const element = await mount(client);
    button(element, 'Sign in with a passkey').click();
    await waitUntil(() => text(element).includes('This passkey is not registered for any active account.'));
    await expect(element).to.be.accessible();
  });

  it('offers only the link where the server has no passkeys', async () => {
    const client = new StandInSignInClient();
    const withoutPasskeys: SignInClient = { requestLink: (email) => client.requestLink(email), consumeLink: (token) => client.consumeLink(token) };
    const element = await fixture<ConsoleSignIn>(html`<console-sign-in .client=${withoutPasskeys}></console-sign-in>`);
    expect(element.shadowRoot?.querySelectorAll('wa-button')).to.have.length(1);
    expect(text(element)).to.include('Have a single-use sign-in link sent to your work address.').and.not.include('passkey');
  });

  it('offers only the link where the browser has no passkeys', async () => {
    const element = await mount(new StandInSignInClient(), { ceremony: ceremony(() => Promise.reject(new Error('unused')), false) });
    expect(text(element)).to.include('This browser cannot use passkeys');
    expect(element.shadowRoot?.querySelectorAll('wa-button').length).to.equal(1);
  });

  it('fits a 320 px wide screen', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await mount(new StandInSignInClient());
    expect(element.scrollWidth).to.be.at.most(element.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});

describe('takeSignInToken', () => {
  it('takes the token from #sign-in=… and removes it from the address bar and the history entry', () => {
    const replaced: string[] = [];
    const location = { hash: '#sign-in=abc_DEF-123', pathname: '/console/', search: '' } as Location;
    const history = { state: null, replaceState: (_state: unknown, _title: string, url: string) => replaced.push(url) } as unknown as History;
    expect(takeSignInToken(location, history)).to.equal('abc_DEF-123');
    expect(replaced).to.deep.equal(['/console/']);
  });

  it('leaves any other fragment alone', () => {
    const history = { replaceState: () => expect.fail('the address must not change') } as unknown as History;
    expect(takeSignInToken({ hash: '#people', pathname: '/console/', search: '' } as Location, history)).to.equal(undefined);
  });
});
