/**
 * A passkey authenticator in software, for tests: what a browser and a platform authenticator
 * (Touch ID, Windows Hello, a phone) hand back to `@simplewebauthn/browser`, as JSON, so the
 * server's WebAuthn checks run against the same bytes a real sign-in sends. Each credential is an
 * ES256 (P-256) key pair from node:crypto; registration answers with the `none` attestation
 * (what browsers send when the relying party asks for none), sign-in with an assertion signed over
 * `authenticatorData ‖ SHA-256(clientDataJSON)` (WebAuthn §6.3.3).
 *
 * Tests may bend what a browser would never send (another origin, another RP ID, a counter going
 * back, another key's signature) to check that the server refuses it.
 */
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import type { PasskeyAssertion, PasskeyAttestation } from '@atelier/client/contract';
import { isoCBOR } from '@simplewebauthn/server/helpers';

/** The options the server sent, as `@simplewebauthn/browser` receives them (only what an authenticator reads). */
export interface RegistrationOptionsJSON {
  challenge: string;
  rp: { id?: string; name: string };
  user: { id: string; name: string; displayName: string };
  excludeCredentials?: Array<{ id: string }>;
}

export interface AuthenticationOptionsJSON {
  challenge: string;
  rpId?: string;
  allowCredentials?: Array<{ id: string }>;
}

/** What a test may change in one ceremony, to play a browser or authenticator that lies. */
export interface CeremonyOverrides {
  /** The page's origin in clientDataJSON; default: the authenticator's origin. */
  origin?: string;
  /** The RP ID hashed into authenticatorData; default: the options' RP ID. */
  rpId?: string;
  /** The challenge in clientDataJSON; default: the options' challenge. */
  challenge?: string;
  /** The user-verified flag; default true (a PIN, a fingerprint). */
  userVerified?: boolean;
  /** The signature counter to report; default: one more than last time. */
  counter?: number;
  /** Signs with this key instead of the credential's own. */
  signWith?: KeyObject;
}

interface StoredCredential {
  id: Buffer;
  rpId: string;
  userHandle: string;
  privateKey: KeyObject;
  counter: number;
}

type CborValue = Parameters<typeof isoCBOR.encode>[0];

const flagUserPresent = 0x01;
const flagUserVerified = 0x04;
const flagAttestedCredentialData = 0x40;
/** The software authenticator's AAGUID: all zeros, as for an authenticator that does not say what it is. */
const zeroAaguid = Buffer.alloc(16);
/** COSE key parameters (RFC 9053): kty EC2 = 2, alg ES256 = -7, crv P-256 = 1. */
const coseKty = 1;
const coseAlg = 3;
const coseCrv = -1;
const coseX = -2;
const coseY = -3;
const coseKtyEc2 = 2;
const coseAlgEs256 = -7;
const coseCrvP256 = 1;

function base64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

function sha256(bytes: Uint8Array | string): Buffer {
  return createHash('sha256').update(bytes).digest();
}

function uint32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(value);
  return bytes;
}

function cosePublicKey(privateKey: KeyObject): Uint8Array {
  const jwk = privateKey.export({ format: 'jwk' });
  const key: CborValue = new Map<number, CborValue>([
    [coseKty, coseKtyEc2],
    [coseAlg, coseAlgEs256],
    [coseCrv, coseCrvP256],
    [coseX, Buffer.from(jwk.x!, 'base64url')],
    [coseY, Buffer.from(jwk.y!, 'base64url')],
  ]);
  return isoCBOR.encode(key);
}

function clientData(type: 'webauthn.create' | 'webauthn.get', challenge: string, origin: string): Buffer {
  return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
}

export class SoftwareAuthenticator {
  readonly #origin: string;
  readonly #credentials = new Map<string, StoredCredential>();

  /** `origin`: the page the browser shows, which it writes into clientDataJSON. */
  constructor(origin: string) {
    this.#origin = origin;
  }

  /** A key no credential of this authenticator has, to sign with in place of the right one. */
  static strangerKey(): KeyObject {
    return generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
  }

  /** The credential ids this authenticator holds (base64url), newest last. */
  get credentialIds(): string[] {
    return [...this.#credentials.keys()];
  }

  /** Creates a discoverable credential for the options' user, as `navigator.credentials.create()` does. */
  register(options: RegistrationOptionsJSON, overrides: CeremonyOverrides = {}): PasskeyAttestation {
    const rpId = overrides.rpId ?? options.rp.id ?? new URL(this.#origin).hostname;
    for (const excluded of options.excludeCredentials ?? []) {
      if (this.#credentials.has(excluded.id)) throw new Error('InvalidStateError: this authenticator already holds an excluded credential');
    }
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const id = randomBytes(32);
    const counter = overrides.counter ?? 0;
    const credentialIdLength = Buffer.alloc(2);
    credentialIdLength.writeUInt16BE(id.length);
    const flags = flagUserPresent | (overrides.userVerified === false ? 0 : flagUserVerified) | flagAttestedCredentialData;
    const authenticatorData = Buffer.concat([
      sha256(rpId),
      Buffer.from([flags]),
      uint32(counter),
      zeroAaguid,
      credentialIdLength,
      id,
      cosePublicKey(privateKey),
    ]);
    const attestation: CborValue = new Map<string, CborValue>([
      ['fmt', 'none'],
      ['attStmt', new Map<string, CborValue>()],
      ['authData', authenticatorData],
    ]);
    const attestationObject = isoCBOR.encode(attestation);
    this.#credentials.set(base64url(id), { id, rpId, userHandle: options.user.id, privateKey, counter });
    return {
      id: base64url(id),
      rawId: base64url(id),
      type: 'public-key',
      response: {
        clientDataJSON: base64url(clientData('webauthn.create', overrides.challenge ?? options.challenge, overrides.origin ?? this.#origin)),
        attestationObject: base64url(attestationObject),
        transports: ['internal', 'hybrid'],
      },
      authenticatorAttachment: 'platform',
      clientExtensionResults: {},
    };
  }

  /**
   * Signs in with a discoverable credential, as `navigator.credentials.get()` does: the one named
   * by `credentialId`, else the newest this authenticator holds for the options' RP ID (the one a
   * person would pick). The user handle is returned, as for every discoverable credential.
   */
  authenticate(options: AuthenticationOptionsJSON, overrides: CeremonyOverrides & { credentialId?: string } = {}): PasskeyAssertion {
    const rpId = options.rpId ?? new URL(this.#origin).hostname;
    const credential = overrides.credentialId
      ? this.#credentials.get(overrides.credentialId)
      : [...this.#credentials.values()].reverse().find((candidate) => candidate.rpId === rpId);
    if (!credential) throw new Error(`NotAllowedError: no credential for ${rpId}`);
    credential.counter = overrides.counter ?? credential.counter + 1;
    const flags = flagUserPresent | (overrides.userVerified === false ? 0 : flagUserVerified);
    const authenticatorData = Buffer.concat([sha256(overrides.rpId ?? rpId), Buffer.from([flags]), uint32(credential.counter)]);
    const clientDataJSON = clientData('webauthn.get', overrides.challenge ?? options.challenge, overrides.origin ?? this.#origin);
    const signature = sign('sha256', Buffer.concat([authenticatorData, sha256(clientDataJSON)]), overrides.signWith ?? credential.privateKey);
    return {
      id: base64url(credential.id),
      rawId: base64url(credential.id),
      type: 'public-key',
      response: {
        clientDataJSON: base64url(clientDataJSON),
        authenticatorData: base64url(authenticatorData),
        signature: base64url(signature),
        userHandle: credential.userHandle,
      },
      authenticatorAttachment: 'platform',
      clientExtensionResults: {},
    };
  }
}
