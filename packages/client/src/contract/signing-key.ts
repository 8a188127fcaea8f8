/**
 * The brand's public Ed25519 key as a JWK (RFC 8037), published in `GET /v1/brand` so anyone can
 * check that a provenance record was signed by the brand. Its own module because both the brand
 * config and the provenance record refer to it.
 */
import * as z from 'zod/mini';
import { identifierMaxLength } from './primitives.ts';

/** An Ed25519 public key is 32 bytes: 43 characters of unpadded base64url. */
const ed25519PublicKeyBase64UrlLength = 43;

export const KeyId = z.string().check(z.minLength(1), z.maxLength(identifierMaxLength));

export const BrandSigningKey = z.object({
  // Single-value enums rather than literals: the brand schema ships in every widget, enums are already there.
  kty: z.enum(['OKP']),
  crv: z.enum(['Ed25519']),
  /** The public key, base64url without padding. */
  x: z.string().check(z.length(ed25519PublicKeyBase64UrlLength), z.regex(/^[A-Za-z0-9_-]+$/)),
  /** Names the key a record's `chainHead.keyId` refers to, so keys can be rotated. */
  kid: KeyId,
});
export type BrandSigningKey = z.infer<typeof BrandSigningKey>;
