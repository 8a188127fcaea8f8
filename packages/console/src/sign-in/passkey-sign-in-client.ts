/** The sign-in page's passkey ceremony calls: the server's options, then the browser's answer, which signs in. */
import type { CallFunction } from '@atelier/client';
import { passkeySignInOptions, signInWithPasskey, type RequestOf } from '@atelier/client/contract';
import type { PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import { personFromMe } from '../shared/person.ts';
import type { PasskeySignInClient } from './sign-in-client.ts';

export function createPasskeySignInClient(call: CallFunction): PasskeySignInClient {
  return {
    // The contract checks the WebAuthn JSON loosely (open objects); the server makes these options with
    // @simplewebauthn/server and the browser's answer is @simplewebauthn/browser's, so their types hold.
    options: (options) => call(passkeySignInOptions, {}, options) as Promise<PublicKeyCredentialRequestOptionsJSON>,
    signIn: (response, options) =>
      call(signInWithPasskey, { body: { response: response as RequestOf<typeof signInWithPasskey>['response'] } }, options).then(personFromMe),
  };
}
