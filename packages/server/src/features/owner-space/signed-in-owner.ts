/** The signed-in owner behind a call, for the owner-space capabilities that live in folders of their own. */
import { AtelierError } from '../../errors.ts';
import type { Caller } from '../../http/principal.ts';

export interface SignedInOwner {
  ownerId: string;
  brandId: string;
  sessionId: string;
}

/** The owner operations admit no one else (their `access` says so); this says it to the type checker too. */
export function signedInOwnerOf(caller: Caller): SignedInOwner {
  if (caller.kind !== 'owner') throw new AtelierError('forbidden', 'Only an owner signed in to their space may do this.');
  return { ownerId: caller.ownerId, brandId: caller.brandId, sessionId: caller.sessionId };
}
