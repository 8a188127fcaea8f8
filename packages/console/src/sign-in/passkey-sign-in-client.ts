/** The sign-in page's passkey ceremony calls: the server's options, then the browser's answer, which signs in. */
import type { CallFunction } from '@atelier/client';
import { passkeySignInOptions, signInWithPasskey } from '@atelier/client/contract';
import { personFromMe } from '../shared/person.ts';
import type { PasskeySignInClient } from './sign-in-client.ts';

export function createPasskeySignInClient(call: CallFunction): PasskeySignInClient {
  return {
    options: (options) => call(passkeySignInOptions, {}, options),
    signIn: (response, options) => call(signInWithPasskey, { body: { response } }, options).then(personFromMe),
  };
}
