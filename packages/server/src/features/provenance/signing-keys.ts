/**
 * The brand's Ed25519 keys that sign provenance chain heads. Created at seed time; the newest
 * unretired key signs. The private key is stored as PKCS #8 and is a secret at rest: it is
 * imported as a non-extractable CryptoKey and never leaves this module, in no response or log.
 */
import { generateKeyPairSync, webcrypto } from 'node:crypto';
import { signChainHead, type WebCryptoKey } from '@atelier/client';
import type { BrandSigningKey, ProvenanceChainHead } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';
import { newId } from '../../ids.ts';

export interface SigningKey {
  kid: string;
  publicJwk: BrandSigningKey;
  privateKey: WebCryptoKey;
}

/**
 * Imported private keys by `kid`. A kid is random and a key is never changed once stored, so a
 * cached import can never be stale; which key is current is still read from the database on
 * every use, so a rotation on another instance counts at once.
 */
const importedKeys = new Map<string, Promise<WebCryptoKey>>();

export async function createBrandSigningKey(db: Db, brandId: string, now: Date): Promise<BrandSigningKey> {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  const publicJwk: BrandSigningKey = { kty: 'OKP', crv: 'Ed25519', x: String(jwk.x), kid: newId('sig') };
  const store = async (tx: Db) => {
    await tx.updateTable('brand_signing_keys').set({ retired_at: now.toISOString() }).where('brand_id', '=', brandId).where('retired_at', 'is', null).execute();
    await tx
      .insertInto('brand_signing_keys')
      .values({
        kid: publicJwk.kid,
        brand_id: brandId,
        public_jwk: JSON.stringify(publicJwk),
        private_key_pkcs8: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
        created_at: now.toISOString(),
        retired_at: null,
      })
      .execute();
  };
  await (db.isTransaction ? store(db) : db.transaction().execute(store));
  return publicJwk;
}

function importPrivateKey(kid: string, pkcs8Base64: string): Promise<WebCryptoKey> {
  let key = importedKeys.get(kid);
  if (!key) {
    key = webcrypto.subtle.importKey('pkcs8', Buffer.from(pkcs8Base64, 'base64'), { name: 'Ed25519' }, false, ['sign']);
    importedKeys.set(kid, key);
  }
  return key;
}

/**
 * The id of the key that signs for the brand now, as a subquery of a lookup's statement. Bound to
 * the brand parameter rather than correlated with a column (the same value), so SQLite evaluates
 * it once per statement rather than once per row.
 */
export function currentSigningKeyId(db: Db, brandId: string) {
  return db
    .selectFrom('brand_signing_keys')
    .select('brand_signing_keys.kid')
    .where('brand_signing_keys.brand_id', '=', brandId)
    .where('brand_signing_keys.retired_at', 'is', null)
    .orderBy('brand_signing_keys.created_at', 'desc')
    .limit(1);
}

/** The key that signs for the brand now; undefined before the brand has one. */
export async function currentSigningKey(db: Db, brandId: string): Promise<SigningKey | undefined> {
  const row = await db
    .selectFrom('brand_signing_keys')
    .select(['kid', 'public_jwk', 'private_key_pkcs8'])
    .where('brand_id', '=', brandId)
    .where('retired_at', 'is', null)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return undefined;
  return { kid: row.kid, publicJwk: JSON.parse(row.public_jwk) as BrandSigningKey, privateKey: await importPrivateKey(row.kid, row.private_key_pkcs8) };
}

/** Signs a chain head with the brand's current key; undefined when the brand has none yet. */
export async function signHead(db: Db, brandId: string, headHash: string): Promise<ProvenanceChainHead | undefined> {
  const key = await currentSigningKey(db, brandId);
  return key ? signChainHead(headHash, key.privateKey, key.kid) : undefined;
}
