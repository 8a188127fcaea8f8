/**
 * Passkeys (WebAuthn) for the console's staff: signing in without typing anything, and a person's
 * own passkeys (add, list, remove). The shapes are those of the WebAuthn JSON serialisation, as
 * `@simplewebauthn/browser` takes and produces them:
 *
 *   const options = await client.call(passkeySignInOptions, {});   // PublicKeyCredentialRequestOptionsJSON
 *   const response = await startAuthentication({ optionsJSON: options });
 *   const me = await client.call(signInWithPasskey, { response }); // sets the session cookie
 *
 *   const options = await client.call(myPasskeyRegistrationOptions, {}); // …CreationOptionsJSON
 *   const response = await startRegistration({ optionsJSON: options });
 *   await client.call(registerMyPasskey, { response, deviceLabel: 'MacBook' });
 *
 * Each options answer carries a fresh single-use challenge, valid a few minutes (`timeout`): ask
 * for new options for every attempt.
 */
import * as z from 'zod/mini';
import { operation, type OperationDocs } from './operation.ts';
import { Id, IsoDateTime } from './primitives.ts';
import { anyStaff, Me, signInAccess } from './sign-in.ts';
import { singleLine } from './text-characters.ts';

/** Longest device label a person may give a passkey. */
export const passkeyDeviceLabelMaxLength = 60;
/** Characters of a credential id in base64url: the specification allows 1,023 bytes. */
export const passkeyCredentialIdMaxLength = 1_366;
/** Characters of any other base64url field of a WebAuthn response (the body limit bounds them too). */
export const webAuthnFieldMaxLength = 32_768;

const Base64Url = z.string().check(z.maxLength(webAuthnFieldMaxLength), z.regex(/^[A-Za-z0-9_-]*$/, 'must be base64url'));
const CredentialId = z.string().check(
  z.minLength(1),
  z.maxLength(passkeyCredentialIdMaxLength),
  z.regex(/^[A-Za-z0-9_-]+$/, 'must be base64url'),
);
/** How the browser may reach an authenticator (`internal`, `hybrid`, `usb`, …): kept as given, for later ceremonies. */
const Transport = z.string().check(z.maxLength(32), singleLine);
const Transports = z.array(Transport).check(z.maxLength(16));
const DeviceLabel = z.string().check(z.trim(), z.minLength(1), z.maxLength(passkeyDeviceLabelMaxLength), singleLine);
const ClientExtensionResults = z.optional(z.record(z.string(), z.unknown()));
const AuthenticatorAttachment = z.optional(z.enum(['platform', 'cross-platform']));

/** What `startAuthentication()` of `@simplewebauthn/browser` resolves to (`AuthenticationResponseJSON`). */
export const PasskeyAssertion = z.looseObject({
  id: CredentialId,
  rawId: CredentialId,
  type: z.literal('public-key'),
  response: z.looseObject({
    clientDataJSON: Base64Url,
    authenticatorData: Base64Url,
    signature: Base64Url,
    userHandle: z.optional(z.nullable(Base64Url)),
  }),
  authenticatorAttachment: AuthenticatorAttachment,
  clientExtensionResults: ClientExtensionResults,
});
export type PasskeyAssertion = z.infer<typeof PasskeyAssertion>;

/** What `startRegistration()` of `@simplewebauthn/browser` resolves to (`RegistrationResponseJSON`). */
export const PasskeyAttestation = z.looseObject({
  id: CredentialId,
  rawId: CredentialId,
  type: z.literal('public-key'),
  response: z.looseObject({
    clientDataJSON: Base64Url,
    attestationObject: Base64Url,
    transports: z.optional(Transports),
  }),
  authenticatorAttachment: AuthenticatorAttachment,
  clientExtensionResults: ClientExtensionResults,
});
export type PasskeyAttestation = z.infer<typeof PasskeyAttestation>;

const CredentialDescriptor = z.object({ id: z.string(), type: z.string(), transports: z.optional(z.array(z.string())) });

/**
 * `PublicKeyCredentialRequestOptionsJSON`, for `startAuthentication({ optionsJSON })`: no
 * `allowCredentials` (the person picks one of their passkeys for this site), user verification required.
 */
export const PasskeySignInOptions = z.looseObject({
  challenge: z.string(),
  rpId: z.string(),
  timeout: z.number(),
  userVerification: z.literal('required'),
  allowCredentials: z.optional(z.array(CredentialDescriptor)),
});
export type PasskeySignInOptions = z.infer<typeof PasskeySignInOptions>;

/**
 * `PublicKeyCredentialCreationOptionsJSON`, for `startRegistration({ optionsJSON })`: a
 * discoverable credential (`residentKey: 'required'`) with user verification, none of the
 * person's existing passkeys again (`excludeCredentials`).
 */
export const PasskeyRegistrationOptions = z.looseObject({
  challenge: z.string(),
  rp: z.object({ id: z.string(), name: z.string() }),
  user: z.object({ id: z.string(), name: z.string(), displayName: z.string() }),
  pubKeyCredParams: z.array(z.object({ type: z.string(), alg: z.number() })),
  timeout: z.number(),
  excludeCredentials: z.array(CredentialDescriptor),
  authenticatorSelection: z.object({
    residentKey: z.literal('required'),
    requireResidentKey: z.optional(z.boolean()),
    userVerification: z.literal('required'),
  }),
  attestation: z.optional(z.string()),
});
export type PasskeyRegistrationOptions = z.infer<typeof PasskeyRegistrationOptions>;

export const PasskeySignIn = z.strictObject({ response: PasskeyAssertion });
export type PasskeySignIn = z.infer<typeof PasskeySignIn>;

export const PasskeyRegistration = z.strictObject({
  response: PasskeyAttestation,
  /** What the person calls the device ("MacBook", "Phone"); default "Passkey". */
  deviceLabel: z.optional(DeviceLabel),
});
export type PasskeyRegistration = z.infer<typeof PasskeyRegistration>;

/** One of a person's passkeys, as they see it in their account. */
export const Passkey = z.object({
  id: Id,
  deviceLabel: z.string(),
  createdAt: IsoDateTime,
  /** The last sign-in with it; null until then. */
  lastUsedAt: z.nullable(IsoDateTime),
});
export type Passkey = z.infer<typeof Passkey>;

export const PasskeyList = z.object({ passkeys: z.array(Passkey) });
export type PasskeyList = z.infer<typeof PasskeyList>;

export const PasskeyParams = z.strictObject({ passkeyId: Id });

export const passkeySignInOptions = operation({
  id: 'passkeySignInOptions',
  method: 'POST',
  path: '/v1/sign-in/passkey/options',
  access: signInAccess,
  response: PasskeySignInOptions,
});

export const signInWithPasskey = operation({
  id: 'signInWithPasskey',
  method: 'POST',
  path: '/v1/sign-in/passkey',
  access: signInAccess,
  request: PasskeySignIn,
  response: Me,
  errors: ['passkey_not_recognized', 'passkey_challenge_expired', 'too_many_attempts', 'origin_not_allowed'],
});

export const myPasskeyRegistrationOptions = operation({
  id: 'myPasskeyRegistrationOptions',
  method: 'POST',
  path: '/v1/me/passkeys/options',
  access: anyStaff,
  response: PasskeyRegistrationOptions,
});

export const registerMyPasskey = operation({
  id: 'registerMyPasskey',
  method: 'POST',
  path: '/v1/me/passkeys',
  access: anyStaff,
  request: PasskeyRegistration,
  response: Passkey,
  successStatus: 201,
  errors: ['passkey_not_verified', 'passkey_challenge_expired', 'passkey_already_registered'],
});

export const listMyPasskeys = operation({
  id: 'listMyPasskeys',
  method: 'GET',
  path: '/v1/me/passkeys',
  access: anyStaff,
  response: PasskeyList,
});

export const deleteMyPasskey = operation({
  id: 'deleteMyPasskey',
  method: 'DELETE',
  path: '/v1/me/passkeys/{passkeyId}',
  access: anyStaff,
  params: PasskeyParams,
  response: Passkey,
  errors: ['unknown_passkey'],
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const passkeysDocs = {
  tag: 'sign-in',
  summaries: {
    passkeySignInOptions:
      'Starts a passkey sign-in: WebAuthn request options (PublicKeyCredentialRequestOptionsJSON) with a single-use challenge, for any passkey of this site (nothing to type), user verification required.',
    signInWithPasskey:
      "Signs in with a passkey: `response` is what @simplewebauthn/browser's startAuthentication() resolved to. Sets the session cookie, ending the session the browser had, and answers who is signed in. The challenge is used up whatever the outcome; every refusal of the passkey is the same 400 passkey_not_recognized. Limited per network. Only from the console's own origin.",
    myPasskeyRegistrationOptions:
      'Starts adding a passkey for the signed-in person: WebAuthn creation options (PublicKeyCredentialCreationOptionsJSON) with a single-use challenge, a discoverable credential with user verification, their existing passkeys excluded.',
    registerMyPasskey:
      "Adds a passkey to the signed-in person: `response` is what @simplewebauthn/browser's startRegistration() resolved to, `deviceLabel` what they call the device. From then on it signs them in.",
    listMyPasskeys: "The signed-in person's passkeys, oldest first, with when each was last used.",
    deleteMyPasskey: "Removes one of the signed-in person's passkeys: it no longer signs anyone in. Answers the passkey removed.",
  },
} as const satisfies OperationDocs;
