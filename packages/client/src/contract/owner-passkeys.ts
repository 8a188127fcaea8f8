/**
 * Owners' passkeys (WebAuthn) in the owner space on the brand's site: once signed in by e-mailed
 * code, an owner may add a passkey, list and remove theirs, and sign in with one next time,
 * nothing typed (a discoverable credential). A passkey belongs to the site it was made on (the
 * page's host is the relying party), so it is offered only on a page whose origin the brand's
 * publishable keys allow, over HTTPS (or `http://localhost`): `addableHere` says whether the page
 * asking is one. The shapes are the WebAuthn JSON of `@simplewebauthn/browser`, as the staff's.
 *
 *   const options = await owner.call(ownerPasskeySignInOptions, {});
 *   const session = await owner.call(signInOwnerWithPasskey, { response: await startAuthentication({ optionsJSON: options }) });
 */
import * as z from 'zod/mini';
import { operation, type OperationDocs } from './operation.ts';
import { ownerAccess, ownerSignInAccess, OwnerSession } from './owner-space.ts';
import { Passkey, PasskeyParams, PasskeyRegistration, PasskeyRegistrationOptions, PasskeySignIn, PasskeySignInOptions } from './passkeys.ts';

export const OwnerPasskeyList = z.object({
  /** The owner's passkeys, on every site of the brand, oldest first. */
  passkeys: z.array(Passkey),
  /** Whether the page asking (its `Origin`) may add one: an origin the brand allows, over HTTPS. */
  addableHere: z.boolean(),
});
export type OwnerPasskeyList = z.infer<typeof OwnerPasskeyList>;

export const ownerPasskeySignInOptions = operation({
  id: 'ownerPasskeySignInOptions',
  method: 'POST',
  path: '/v1/owner/sign-in/passkey/options',
  access: ownerSignInAccess,
  response: PasskeySignInOptions,
  errors: ['origin_not_allowed'],
});

export const signInOwnerWithPasskey = operation({
  id: 'signInOwnerWithPasskey',
  method: 'POST',
  path: '/v1/owner/sign-in/passkey',
  access: ownerSignInAccess,
  request: PasskeySignIn,
  response: OwnerSession,
  errors: ['passkey_not_recognized', 'passkey_challenge_expired', 'too_many_attempts', 'origin_not_allowed'],
});

export const myOwnerPasskeyRegistrationOptions = operation({
  id: 'myOwnerPasskeyRegistrationOptions',
  method: 'POST',
  path: '/v1/owner/passkeys/options',
  access: ownerAccess,
  response: PasskeyRegistrationOptions,
  errors: ['origin_not_allowed'],
});

export const registerMyOwnerPasskey = operation({
  id: 'registerMyOwnerPasskey',
  method: 'POST',
  path: '/v1/owner/passkeys',
  access: ownerAccess,
  request: PasskeyRegistration,
  response: Passkey,
  successStatus: 201,
  errors: ['passkey_not_verified', 'passkey_challenge_expired', 'passkey_already_registered', 'origin_not_allowed'],
});

export const listMyOwnerPasskeys = operation({
  id: 'listMyOwnerPasskeys',
  method: 'GET',
  path: '/v1/owner/passkeys',
  access: ownerAccess,
  response: OwnerPasskeyList,
});

export const deleteMyOwnerPasskey = operation({
  id: 'deleteMyOwnerPasskey',
  method: 'DELETE',
  path: '/v1/owner/passkeys/{passkeyId}',
  access: ownerAccess,
  params: PasskeyParams,
  response: Passkey,
  errors: ['unknown_passkey'],
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const ownerPasskeysDocs = {
  tag: 'owner-space',
  summaries: {
    ownerPasskeySignInOptions:
      "Starts an owner's passkey sign-in on the brand's page: WebAuthn request options with a single-use challenge, the page's host as relying party, no allowCredentials (the browser offers the owner's passkeys for this site), user verification required. Only from an origin the key allows, over HTTPS.",
    signInOwnerWithPasskey:
      "Signs an owner in with a passkey: `response` is what startAuthentication() resolved to. Sets the owner's session cookie, as a verified code does, and answers the session. Every refusal of the passkey is the same 400 passkey_not_recognized; limited per network.",
    myOwnerPasskeyRegistrationOptions:
      "Starts adding a passkey for the signed-in owner on this page's site: creation options (a discoverable credential with user verification, their passkeys excluded). 403 origin_not_allowed when the page is not one the brand allows over HTTPS.",
    registerMyOwnerPasskey: "Adds a passkey to the signed-in owner: `response` is what startRegistration() resolved to, `deviceLabel` what they call the device. It signs them in on this site from then on.",
    listMyOwnerPasskeys: "The signed-in owner's passkeys, oldest first, and whether this page may add one.",
    deleteMyOwnerPasskey: "Removes one of the signed-in owner's passkeys; another owner's id is 404 unknown_passkey like an unknown one.",
  },
} as const satisfies OperationDocs;
