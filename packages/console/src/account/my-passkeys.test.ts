/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PublicKeyCredentialCreationOptionsJSON, RegistrationResponseJSON } from '@simplewebauthn/browser';
import { WebAuthnError } from '@simplewebauthn/browser';
import './my-passkeys.ts';
import type { ConsoleMyPasskeys, PasskeyRegistrationCeremony } from './my-passkeys.ts';
import type { MyPasskeysClient } from './my-passkeys-client.ts';
import { pressConfirm } from '../testing/stand-ins.ts';
import { button, query, text } from './test-roots.ts';

type Passkeys = Awaited<ReturnType<MyPasskeysClient['list']>>['passkeys'];

const registrationOptions = { challenge: 'Y2hhbGxlbmdl' } as PublicKeyCredentialCreationOptionsJSON;
const attestation = { id: 'Y3JlZA', rawId: 'Y3JlZA', type: 'public-key', response: { clientDataJSON: 'e30', attestationObject: 'YQ' }, clientExtensionResults: {} } as RegistrationResponseJSON;

class StandInPasskeysClient implements MyPasskeysClient {
  rows: Passkeys = [{ id: 'pk_1', deviceLabel: 'Work laptop', createdAt: '2026-11-01T09:00:00Z', lastUsedAt: null }];
  registered: { deviceLabel?: string }[] = [];
  removed: string[] = [];

  list() {
    return Promise.resolve({ passkeys: this.rows });
  }
  registrationOptions() {
    return Promise.resolve(registrationOptions);
  }
  register(input: { response: RegistrationResponseJSON; deviceLabel?: string }) {
    this.registered.push({ ...(input.deviceLabel ? { deviceLabel: input.deviceLabel } : {}) });
    this.rows = [...this.rows, { id: 'pk_2', deviceLabel: input.deviceLabel ?? 'Passkey', createdAt: '2026-12-06T10:00:00Z', lastUsedAt: null }];
    return Promise.resolve({});
  }
  remove(passkeyId: string) {
    this.removed.push(passkeyId);
    this.rows = this.rows.filter((passkey) => passkey.id !== passkeyId);
    return Promise.resolve({});
  }
}

function registration(register: PasskeyRegistrationCeremony['register']): PasskeyRegistrationCeremony {
  return { supported: () => true, register };
}

async function mount(client: StandInPasskeysClient, ceremony = registration(() => Promise.resolve(attestation))): Promise<ConsoleMyPasskeys> {
  const element = await fixture<ConsoleMyPasskeys>(html`<console-my-passkeys .client=${client} .ceremony=${ceremony}></console-my-passkeys>`);
  await waitUntil(() => text(element).includes('Work laptop'), 'the passkeys load');
  return element;
}

describe('<console-my-passkeys>', () => {
  it('lists my passkeys, accessibly', async () => {
    const element = await mount(new StandInPasskeysClient());
    expect(text(element)).to.include('Work laptop').and.include('never used');
    await expect(element).to.be.accessible();
  });

  it('adds a passkey through the browser’s prompt with the name typed, then lists it', async () => {
    const client = new StandInPasskeysClient();
    const element = await mount(client);
    const input = query<HTMLInputElement>(element, 'wa-input[name="deviceLabel"]');
    if (!input) throw new Error('no label field');
    input.value = 'Phone';
    input.dispatchEvent(new Event('input'));
    query<HTMLFormElement>(element, 'form')?.requestSubmit();
    await waitUntil(() => text(element).includes('Passkey added.'));
    expect(client.registered).to.deep.equal([{ deviceLabel: 'Phone' }]);
    await waitUntil(() => text(element).includes('Phone'));
  });

  it('says in words when the device already holds a passkey for me, or the prompt was cancelled', async () => {
    const previously = new WebAuthnError({ message: 'already', code: 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED', cause: new Error('InvalidStateError'), name: 'InvalidStateError' });
    const element = await mount(new StandInPasskeysClient(), registration(() => Promise.reject(previously)));
    query<HTMLFormElement>(element, 'form')?.requestSubmit();
    await waitUntil(() => text(element).includes('This device already holds a passkey for your account.'));
    const cancelled = await mount(new StandInPasskeysClient(), registration(() => Promise.reject(new DOMException('no', 'NotAllowedError'))));
    query<HTMLFormElement>(cancelled, 'form')?.requestSubmit();
    await waitUntil(() => text(cancelled).includes('Adding the passkey was cancelled or timed out.'));
  });

  it('removes a passkey only once confirmed', async () => {
    const client = new StandInPasskeysClient();
    const element = await mount(client);
    button(element, 'Remove').click();
    await element.updateComplete;
    const confirm = query<HTMLElementTagNameMap['console-confirm']>(element, 'console-confirm');
    expect(confirm?.open).to.equal(true);
    expect(client.removed).to.deep.equal([]);
    await pressConfirm(confirm);
    await waitUntil(() => text(element).includes('Passkey removed.'));
    expect(client.removed).to.deep.equal(['pk_1']);
  });
});
