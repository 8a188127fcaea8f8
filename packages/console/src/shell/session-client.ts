/** What the shell calls for the session itself: who is signed in, and signing out. */
import type { CallFunction, CallOptions } from '@atelier/client';
import { getMe, signOut } from '@atelier/client/contract';
import { personFromMe } from '../shared/person.ts';
import type { SignedInPerson } from '../shared/person.ts';

export interface SessionClient {
  /** The signed-in person; rejects with a 401 ApiError when there is no session. */
  me(options?: CallOptions): Promise<SignedInPerson>;
  signOut(options?: CallOptions): Promise<unknown>;
}

export function createSessionClient(call: CallFunction): SessionClient {
  return {
    me: (options) => call(getMe, {}, options).then(personFromMe),
    signOut: (options) => call(signOut, {}, options),
  };
}
