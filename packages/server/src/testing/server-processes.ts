/**
 * Real `atelier-server start` processes sharing one database, as a brand running several instances
 * would: for the two-instance test of exact limits and the measurement of traffic budgets
 * (bench/traffic-budgets.ts).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { logLine } from '@atelier/node-serve/testing';
import { createApiKey } from '../api-keys.ts';
import { migrateToLatest, openDatabase, type Db } from '../db/database.ts';
import { insertBrand, insertItems, insertModels, type SeededItem } from '../seed/building-blocks.ts';
import { brandSitePageTemplates, brandSiteServiceTrackerUrl, demoModels, type BrandSpec } from '../seed/demo-catalogue.ts';
import { createTestDatabase } from './postgres.ts';

const cli = fileURLToPath(new URL('../../bin/atelier-server.js', import.meta.url));
const siteOrigin = 'http://localhost:5173';

const brand: BrandSpec = {
  pageUrlTemplates: brandSitePageTemplates(siteOrigin),
  serviceTrackerUrl: brandSiteServiceTrackerUrl(siteOrigin),
  id: 'brand_instances',
  name: 'Maison Instances',
  locales: ['en'],
  warrantyBaseMonths: 24,
  warrantyMonthsAddedPerService: 12,
  serviceIntervalMonths: 36,
};

export interface ServerProcess {
  baseUrl: string;
  /** SIGTERM, then resolves once the process has exited. */
  stop(): Promise<void>;
}

export interface SharedDatabaseServers {
  instances: ServerProcess[];
  publishableKey: string;
  /** `keyCount` publishable keys in all, `publishableKey` first: one per measurement, so budgets do not mix. */
  publishableKeys: string[];
  /** Pieces in stock, with their card codes in clear. */
  pieces: SeededItem[];
  /** Stops every instance and removes the database. */
  close(): Promise<void>;
}

/**
 * NODE_OPTIONS without the workspace's source condition (pnpm passes it to scripts): the server
 * is started as a brand starts it, so it must find its modules by itself, on every thread.
 */
function withoutSourceCondition(nodeOptions: string | undefined): string {
  return (nodeOptions ?? '').replace(/(--conditions[= ]|-C ?)@atelier\/source/g, '').trim();
}

async function startServerProcess(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const child = spawn(process.execPath, [cli, 'start'], { env: { ...env, NODE_OPTIONS: withoutSourceCondition(env['NODE_OPTIONS']) }, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const { port } = (await logLine(child, 'listening')) as { port: number };
  // Read and dropped, so a full pipe never blocks the process's logging.
  child.stdout!.resume();
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A brand, its pieces and a publishable key; written directly, since a demo seed takes far longer. */
async function seed(db: Db, pieceCount: number, keyCount: number): Promise<{ publishableKey: string; publishableKeys: string[]; pieces: SeededItem[] }> {
  await migrateToLatest(db);
  const now = new Date();
  await insertBrand(db, brand, now);
  const models = await insertModels(db, brand.id, demoModels.slice(0, 1));
  const pieces = await insertItems(db, { brandId: brand.id, models, count: pieceCount, serialPrefix: 'IN-', firstSerialNumber: 1, firstManufacturedOn: '2025-01-06', daysBetweenPieces: 1, now });
  const publishableKeys: string[] = [];
  for (let index = 0; index < keyCount; index++) {
    const { key } = await createApiKey(db, { brandId: brand.id, kind: 'publishable', allowedOrigins: [siteOrigin], label: `instances ${index + 1}`, now });
    publishableKeys.push(key);
  }
  return { publishableKey: publishableKeys[0]!, publishableKeys, pieces };
}

/**
 * Seeds a fresh database — a SQLite file (WAL) in a temporary directory, or a new PostgreSQL
 * database — and starts `instanceCount` server processes on it, behind one "proxy" each
 * (`TRUST_PROXY=1`), so a caller picks its client address with `X-Forwarded-For`.
 */
export async function startServersOnOneDatabase(database: 'sqlite' | 'postgres', options: { instanceCount: number; pieceCount?: number; keyCount?: number }): Promise<SharedDatabaseServers> {
  const dataDir = mkdtempSync(join(tmpdir(), 'atelier-instances-'));
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', TRUST_PROXY: '1' };
  delete env['DATABASE_URL'];
  delete env['SMTP_URL'];
  let dropDatabase: (() => Promise<void>) | undefined;
  const removeAll = async () => {
    await dropDatabase?.();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    if (database === 'postgres') {
      const created = await createTestDatabase();
      env['DATABASE_URL'] = created.url;
      dropDatabase = created.drop;
    }
    const db = openDatabase(database === 'postgres' ? { databaseUrl: env['DATABASE_URL'] } : { dataDir });
    let seeded: Awaited<ReturnType<typeof seed>>;
    try {
      seeded = await seed(db, options.pieceCount ?? 1, options.keyCount ?? 1);
    } finally {
      await db.destroy();
    }
    const instances = await Promise.all(Array.from({ length: options.instanceCount }, () => startServerProcess(env)));
    return {
      instances,
      ...seeded,
      close: async () => {
        await Promise.all(instances.map((instance) => instance.stop()));
        await removeAll();
      },
    };
  } catch (error) {
    await removeAll();
    throw error;
  }
}
