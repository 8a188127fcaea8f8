/**
 * The signed-in person's own passkeys: listed, added (the server's options, the browser's
 * ceremony, then the answer), removed. Built from the contract's operations over the session
 * transport; tests pass a stand-in.
 */
import type { CallFunction, CallOptions } from '@atelier/client';
import { deleteMyPasskey, listMyPasskeys, myPasskeyRegistrationOptions, registerMyPasskey } from '@atelier/client/contract';
import type { PasskeyList, Received, RequestOf } from '@atelier/client/contract';
import type { PublicKeyCredentialCreationOptionsJSON, RegistrationResponseJSON } from '@simplewebauthn/browser';

export interface MyPasskeysClient {
  list(options?: CallOptions): Promise<Received<PasskeyList>>;
  registrationOptions(options?: CallOptions): Promise<PublicKeyCredentialCreationOptionsJSON>;
  register(input: { response: RegistrationResponseJSON; deviceLabel?: string }, options?: CallOptions): Promise<unknown>;
  remove(passkeyId: string, options?: CallOptions): Promise<unknown>;
}

export function createMyPasskeysClient(call: CallFunction): MyPasskeysClient {
  return {
    list: (options) => call(listMyPasskeys, {}, options),
    // The contract checks the WebAuthn JSON loosely (open objects); the server makes these options with
    // @simplewebauthn/server and the browser's answer is @simplewebauthn/browser's, so their types hold.
    registrationOptions: (options) => call(myPasskeyRegistrationOptions, {}, options) as Promise<PublicKeyCredentialCreationOptionsJSON>,
    register: (input, options) => call(registerMyPasskey, { body: input as RequestOf<typeof registerMyPasskey> }, options),
    remove: (passkeyId, options) => call(deleteMyPasskey, { params: { passkeyId } }, options),
  };
}
