// Reads the keys and sample pieces that `atelier-server seed --demo` writes for local use.
// The file comes from another process and may be from an older seed, so it is checked rather
// than trusted; only the fields the demo and the end-to-end test use are required.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod/mini';

export const demoCredentialsFileName = 'demo-credentials.json';

const DemoCredentialsFile = z.object({
  publishableKey: z.string().check(z.startsWith('pk_')),
  secretKey: z.string().check(z.startsWith('sk_')),
  allowedOrigins: z.array(z.string()),
  samplePieces: z.array(z.object({ serial: z.string(), cardCode: z.string(), model: z.string() })).check(z.minLength(1)),
  /** One key per demo retailer (`rk_…`); absent from a file seeded before retailer keys. */
  retailerKeys: z.optional(z.array(z.object({ retailerId: z.string(), key: z.string().check(z.startsWith('rk_')) }))),
  /** Pieces in states worth showing; a serial is empty when a re-issued file found no such piece. */
  specialPieces: z.object({ stolen: z.string(), destroyed: z.string(), alreadyCovered: z.string() }),
  /** Who signs in to the console; absent from a file written before the console. */
  consolePeople: z.optional(z.array(z.object({ email: z.string(), role: z.string(), retailerName: z.optional(z.string()) }))),
  /** The piece its owner reported lost, and her address to sign in with; absent from a file written before her. */
  lostPiece: z.optional(z.object({ serial: z.string(), ownerName: z.string(), ownerEmail: z.string() })),
});

export type DemoCredentials = z.infer<typeof DemoCredentialsFile>;

export async function readDemoCredentials(dataDir: string): Promise<DemoCredentials> {
  const file = path.join(dataDir, demoCredentialsFileName);
  const parsed = z.safeParse(DemoCredentialsFile, JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file} is not a demo credentials file: ${issue?.path.join('.') || 'root'} ${issue?.message ?? 'is invalid'}`);
  }
  return parsed.data;
}
