/**
 * The brand's API keys as its admins manage them in the console: list, create (the key in clear
 * once, in the answer), revoke. Keys are made and stored by api-keys.ts, as the CLI makes them.
 */
import type { ApiKey, ApiKeyCreationRequest, CreatedApiKey } from '@atelier/client/contract';
import { createApiKey, normalizeOrigin } from '../../api-keys.ts';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { ApiKeysTable } from '../../db/schema.ts';
import { AtelierError } from '../../errors.ts';

function viewOf(row: ApiKeysTable): ApiKey {
  return {
    id: row.id,
    kind: row.kind,
    label: row.label,
    keyPrefix: row.key_prefix,
    allowedOrigins: JSON.parse(row.allowed_origins) as string[],
    retailerId: row.retailer_id,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  };
}

async function findKey(db: Db, brandId: string, id: string): Promise<ApiKeysTable | undefined> {
  return db.selectFrom('api_keys').selectAll().where('brand_id', '=', brandId).where('id', '=', id).executeTakeFirst();
}

export async function listApiKeys(db: Db, brandId: string): Promise<ApiKey[]> {
  const rows = await db.selectFrom('api_keys').selectAll().where('brand_id', '=', brandId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map(viewOf);
}

/** Origins as browsers send them; one that is not is refused naming its place in the list. */
function normalizedOrigins(origins: readonly string[]): string[] {
  return origins.map((origin, index) => {
    try {
      return normalizeOrigin(origin);
    } catch (error) {
      const message = (error as Error).message;
      throw new AtelierError('validation_failed', `Invalid request body: allowedOrigins.${index}.`, {
        fieldErrors: [{ path: `allowedOrigins.${index}`, code: 'invalid_format', message }],
      });
    }
  });
}

export async function createBrandApiKey(db: Db, clock: Clock, brandId: string, request: ApiKeyCreationRequest): Promise<CreatedApiKey> {
  if (request.retailerId !== undefined) {
    const retailer = await db.selectFrom('retailers').select('id').where('brand_id', '=', brandId).where('id', '=', request.retailerId).executeTakeFirst();
    if (!retailer) {
      throw new AtelierError('unknown_retailer', `The brand has no retailer with id "${request.retailerId}".`, {
        fieldErrors: [{ path: 'retailerId', code: 'unknown_retailer', message: 'Not one of the brand’s retailers.' }],
      });
    }
  }
  const created = await createApiKey(db, {
    brandId,
    kind: request.kind,
    label: request.label,
    now: clock.now(),
    ...(request.allowedOrigins && { allowedOrigins: normalizedOrigins(request.allowedOrigins) }),
    ...(request.retailerId !== undefined && { retailerId: request.retailerId }),
  });
  const row = await findKey(db, brandId, created.id);
  if (!row) throw new Error(`API key ${created.id} vanished after it was created`);
  return { ...viewOf(row), key: created.key };
}

/**
 * Revokes the key (once: a revoked key keeps its first revocation time) and answers it with the
 * SHA-256 the key caches are indexed by.
 */
export async function revokeBrandApiKey(db: Db, clock: Clock, brandId: string, id: string): Promise<{ view: ApiKey; keyHash: string }> {
  await db.updateTable('api_keys').set({ revoked_at: clock.now().toISOString() }).where('brand_id', '=', brandId).where('id', '=', id).where('revoked_at', 'is', null).execute();
  const row = await findKey(db, brandId, id);
  if (!row) throw new AtelierError('unknown_api_key', `The brand has no API key with id "${id}".`);
  return { view: viewOf(row), keyHash: row.key_hash };
}
