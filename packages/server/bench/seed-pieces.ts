/**
 * The benchmarks' registry: pieces with short histories (manufactured, sold, warranty_activated,
 * and a service for one piece in ten) seeded into a SQLite file. Fast path: node:sqlite prepared
 * statements in large transactions, and ONE precomputed card-code hash reused by every piece
 * (scrypt per piece would take hours and the lookup never reads it). Chains are real: each event
 * is hashed with the client's canonical form and each head signed with the brand's key, exactly
 * as the server writes them (node:crypto's synchronous SHA-256/Ed25519 give the same bytes as
 * WebCrypto, faster).
 */
import { createHash, createPrivateKey, sign } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { canonicalEventBytes } from '@atelier/client';
import { createApiKey } from '../src/api-keys.ts';
import { migrateToLatest, openDatabase } from '../src/db/database.ts';
import type { ProvenancePublicRecordsTable } from '../src/db/schema.ts';
import { toUnchainedEvent } from '../src/features/provenance/public-event.ts';
import { lookUpCheckedRecord } from '../src/features/provenance/record.ts';
import { storedRecordRow } from '../src/features/provenance/stored-record.ts';
import { hashCardCode } from '../src/features/warranties/card-code.ts';
import { insertBrand, insertModels, insertRetailers, insertServiceCentres, insertServiceTypes } from '../src/seed/building-blocks.ts';
import { demoBrand, demoModels, demoRetailers, demoServiceCentres, demoServiceTypes } from '../src/seed/demo-catalogue.ts';

/** Serials are this prefix and 1…pieceCount. */
export const serialPrefix = 'BN-';
const piecesPerTransaction = 20_000;
/** One piece in this many has had a service. */
const servicedEveryNthPiece = 10;

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function seed(dataDir: string, pieceCount: number): Promise<{ apiKey: string }> {
  const db = openDatabase({ dataDir });
  await migrateToLatest(db);
  const now = new Date();
  await insertBrand(db, demoBrand, now);
  const models = [...(await insertModels(db, demoBrand.id, demoModels)).values()];
  await insertRetailers(db, demoBrand.id, demoRetailers);
  await insertServiceTypes(db, demoBrand.id, demoServiceTypes);
  await insertServiceCentres(db, demoBrand.id, demoServiceCentres);
  const key = await createApiKey(db, { brandId: demoBrand.id, kind: 'publishable', allowedOrigins: [], label: 'benchmark', now });
  const signing = await db.selectFrom('brand_signing_keys').select(['kid', 'private_key_pkcs8']).executeTakeFirstOrThrow();
  await db.destroy();

  const privateKey = createPrivateKey({ key: Buffer.from(signing.private_key_pkcs8, 'base64'), format: 'der', type: 'pkcs8' });
  const cardCodeHash = await hashCardCode('BENCH-CARD-CODE');
  const sqlite = new DatabaseSync(join(dataDir, 'atelier.sqlite'));
  sqlite.exec('PRAGMA journal_mode = WAL');
  sqlite.exec('PRAGMA synchronous = OFF');
  const insertItem = sqlite.prepare(
    `insert into items (id, brand_id, serial, gtin, model_id, manufactured_on, status, card_code_hash, created_at) values (?, ?, ?, null, ?, ?, 'sold', ?, ?)`,
  );
  const insertEvent = sqlite.prepare(
    `insert into provenance_events (id, brand_id, item_id, type, occurred_at, country, city, retailer_id, details, recorded_at, sequence, hash, previous_hash, head_signature, head_key_id)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const createdAt = now.toISOString();
  const startedAt = performance.now();
  for (let start = 0; start < pieceCount; start += piecesPerTransaction) {
    sqlite.exec('begin');
    for (let index = start; index < Math.min(start + piecesPerTransaction, pieceCount); index++) {
      const serial = `${serialPrefix}${index + 1}`;
      const itemId = `itm_bench_${index + 1}`;
      const retailer = demoRetailers[index % demoRetailers.length]!;
      const year = 2020 + (index % 6);
      const month = String(1 + (index % 12)).padStart(2, '0');
      insertItem.run(itemId, demoBrand.id, serial, models[index % models.length]!.id, `${year}-${month}-01`, cardCodeHash, createdAt);
      const history: { type: 'manufactured' | 'sold' | 'warranty_activated' | 'serviced'; occurred_at: string; country: string; city: string; retailer: string | null; details: string }[] = [
        { type: 'manufactured', occurred_at: `${year}-${month}-01T00:00:00.000Z`, country: 'CH', city: 'Genève', retailer: null, details: '{}' },
        { type: 'sold', occurred_at: `${year}-${month}-20T00:00:00.000Z`, country: retailer.country, city: retailer.city, retailer: retailer.id, details: '{"source":"retailer"}' },
        { type: 'warranty_activated', occurred_at: `${year}-${month}-21T10:00:00.000Z`, country: retailer.country, city: retailer.city, retailer: retailer.id, details: '{}' },
      ];
      if (index % servicedEveryNthPiece === 0) history.push({ type: 'serviced', occurred_at: `${year + 1}-${month}-05T00:00:00.000Z`, country: 'CH', city: 'Genève', retailer: null, details: '{"serviceType":"full_service"}' });
      let previousHash: string | null = null;
      for (const [position, event] of history.entries()) {
        const sequence = position + 1;
        const hash = sha256Hex(canonicalEventBytes(serial, { ...toUnchainedEvent({ ...event, sequence }), previousHash }));
        const isHead = sequence === history.length;
        const signature = isHead ? sign(null, Buffer.from(hash, 'hex'), privateKey).toString('base64url') : null;
        insertEvent.run(`pev_bench_${index + 1}_${sequence}`, demoBrand.id, itemId, event.type, event.occurred_at, event.country, event.city, event.retailer, event.details, createdAt, sequence, hash, previousHash, signature, isHead ? signing.kid : null);
        previousHash = hash;
      }
    }
    sqlite.exec('commit');
    process.stdout.write(`\rseeded ${Math.min(start + piecesPerTransaction, pieceCount).toLocaleString('en')} pieces`);
  }
  sqlite.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  sqlite.close();
  console.log(` in ${((performance.now() - startedAt) / 1000).toFixed(0)} s`);
  await storePublicRecords(dataDir, pieceCount);
  return { apiKey: key.key };
}

/**
 * Stores each piece's public record as the server would after its first lookup
 * (src/features/provenance/stored-record.ts: built from the events by the server's own code), so
 * the benchmark measures a registry in its steady state, where pieces have been looked up before.
 * Pieces that have a record already keep it: a seed made before records were stored is completed.
 */
async function storePublicRecords(dataDir: string, pieceCount: number): Promise<void> {
  const db = openDatabase({ dataDir });
  await migrateToLatest(db);
  const sqlite = new DatabaseSync(join(dataDir, 'atelier.sqlite'));
  sqlite.exec('PRAGMA journal_mode = WAL');
  sqlite.exec('PRAGMA synchronous = OFF');
  const columns: (keyof ProvenancePublicRecordsTable)[] = ['item_id', 'brand_id', 'serial', 'item_status', 'record_json', 'signing_key_id', 'format', 'stored_at'];
  const insertRecord = sqlite.prepare(
    `insert or ignore into provenance_public_records (${columns.join(', ')}) values (${columns.map((column) => `$${column}`).join(', ')})`,
  );
  const isStored = sqlite.prepare('select 1 from provenance_public_records where brand_id = ? and serial = ?');
  const now = new Date();
  const startedAt = performance.now();
  for (let start = 0; start < pieceCount; start += piecesPerTransaction) {
    sqlite.exec('begin');
    for (let index = start; index < Math.min(start + piecesPerTransaction, pieceCount); index++) {
      const serial = `${serialPrefix}${index + 1}`;
      if (isStored.get(demoBrand.id, serial)) continue;
      const built = await lookUpCheckedRecord(db, demoBrand.id, serial);
      if (!built) throw new Error(`${serial} was not seeded`);
      insertRecord.run({ ...storedRecordRow(demoBrand.id, serial, built, now) });
    }
    sqlite.exec('commit');
    process.stdout.write(`\rstored ${Math.min(start + piecesPerTransaction, pieceCount).toLocaleString('en')} public records`);
  }
  sqlite.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  sqlite.close();
  await db.destroy();
  console.log(` in ${((performance.now() - startedAt) / 1000).toFixed(0)} s`);
}

export interface SeededRegistry {
  /** The benchmark brand's publishable key (its origins unrestricted). */
  apiKey: string;
}

/**
 * Seeds `pieceCount` pieces into `dataDir`. With `keep`, the brand's key is written beside the
 * database and a later call on the same directory reuses the seed instead of seeding again
 * (seeding a million pieces takes minutes; iterating on the server should not).
 */
export async function seededRegistry(dataDir: string, pieceCount: number, keep: boolean): Promise<SeededRegistry> {
  const seedManifest = join(dataDir, 'bench-seed.json');
  if (keep && existsSync(seedManifest)) {
    const manifest = JSON.parse(readFileSync(seedManifest, 'utf8')) as { pieceCount: number; apiKey: string };
    if (manifest.pieceCount === pieceCount) {
      console.log(`reusing the ${pieceCount.toLocaleString('en')} pieces seeded in ${dataDir}`);
      await storePublicRecords(dataDir, pieceCount);
      return { apiKey: manifest.apiKey };
    }
    throw new Error(`${dataDir} holds ${manifest.pieceCount} pieces, not ${pieceCount}: pick another BENCH_DATA_DIR`);
  }
  const seeded = await seed(dataDir, pieceCount);
  // The benchmark brand's key, kept beside its throwaway database only (mode 600).
  if (keep) writeFileSync(seedManifest, JSON.stringify({ pieceCount, apiKey: seeded.apiKey }), { mode: 0o600 });
  return seeded;
}
