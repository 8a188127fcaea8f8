/**
 * What the sign-in page calls: the e-mailed link (ask for one, consume one) and, where the server
 * offers passkeys, the passkey ceremony (the server's options, then the browser's answer).
 * `createSignInClient` builds it from the contract's operations over the session transport; tests
 * pass a stand-in.
 */
import type { CallFunction, CallOptions } from '@atelier/client';
import { consumeSignInLink, requestSignInLink } from '@atelier/client/contract';
import type { Locale } from '@atelier/client/contract';
import type { AuthenticationResponseJSON, PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import { personFromMe } from '../shared/person.ts';
import type { SignedInPerson } from '../shared/person.ts';

export interface SignInClient {
  /** Always answers the same, whether the address has an account or not. */
  requestLink(email: string, options?: CallOptions): Promise<unknown>;
  consumeLink(token: string, options?: CallOptions): Promise<SignedInPerson>;
  /** The passkey ceremony's two calls; absent, the page offers the e-mailed link only. */
  passkey?: PasskeySignInClient;
}

export interface PasskeySignInClient {
  options(options?: CallOptions): Promise<PublicKeyCredentialRequestOptionsJSON>;
  signIn(response: AuthenticationResponseJSON, options?: CallOptions): Promise<SignedInPerson>;
}

/**
 * `locale()` is the language the console speaks now: the e-mail is written in it. `passkey`
 * (passkey-sign-in-client.ts) when the server offers passkeys.
 */
export function createSignInClient(call: CallFunction, locale: () => Locale, passkey?: PasskeySignInClient): SignInClient {
  return {
    requestLink: (email, options) => call(requestSignInLink, { body: { email, language: locale() } }, options),
    consumeLink: (token, options) => call(consumeSignInLink, { body: { token } }, options).then(personFromMe),
    ...(passkey ? { passkey } : {}),
  };
}
