// A retailer's back office registers the sale of a piece with Atelier. The warranty is
// pre-activated and the buyer receives an e-mail asking to confirm it.
//
//   node register-sale.ts --serial MA-240005 --email buyer@example.com [--name "…"] [--country CH]
//                         [--language fr] [--retailer rtl_…] [--purchase-date 2026-11-24]
//
// ATELIER_API_BASE and ATELIER_SECRET_KEY say which API and key to use; without them the script
// uses the local demo (`pnpm demo`) and its credentials file.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ApiError, AtelierClientError, createClient, supportedLocales, ValidationError } from '@atelier/client';
import type { Locale, SaleRegistration } from '@atelier/client';

const demoApiBase = 'http://127.0.0.1:8787';
const demoDataDir = fileURLToPath(new URL('../../data/demo/', import.meta.url));
// The Geneva dealer of the demo brand; a real back office knows its own retailer id.
const demoRetailerId = 'rtl_horlogerie_du_rhone';

interface Connection {
  apiBase: string;
  secretKey: string;
  /** A piece of the demo, when the demo credentials were used. */
  demoSerial: string | undefined;
}

async function connection(): Promise<Connection> {
  const { ATELIER_API_BASE: apiBase, ATELIER_SECRET_KEY: secretKey } = process.env;
  if (secretKey) return { apiBase: apiBase || demoApiBase, secretKey, demoSerial: undefined };
  const credentialsFile = path.join(process.env.DATA_DIR || demoDataDir, 'demo-credentials.json');
  let credentials: { secretKey?: unknown; samplePieces?: Array<{ serial?: unknown }> };
  try {
    credentials = JSON.parse(await readFile(credentialsFile, 'utf8'));
  } catch {
    throw new Error(`Set ATELIER_SECRET_KEY (and ATELIER_API_BASE), or start \`pnpm demo\` so that ${credentialsFile} exists.`);
  }
  if (typeof credentials.secretKey !== 'string') throw new Error(`${credentialsFile} has no secretKey.`);
  // The last sample piece: the first ones are those a person tries on the demo site.
  const lastSample = credentials.samplePieces?.at(-1)?.serial;
  return { apiBase: apiBase || demoApiBase, secretKey: credentials.secretKey, demoSerial: typeof lastSample === 'string' ? lastSample : undefined };
}

function isSupportedLocale(value: string): value is Locale {
  return (supportedLocales as readonly string[]).includes(value);
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      serial: { type: 'string' },
      email: { type: 'string', default: 'camille.favre@example.com' },
      name: { type: 'string', default: 'Camille Favre' },
      country: { type: 'string', default: 'CH' },
      language: { type: 'string', default: 'fr' },
      retailer: { type: 'string', default: process.env.ATELIER_RETAILER_ID || demoRetailerId },
      'purchase-date': { type: 'string', default: today() },
    },
  });
  const { apiBase, secretKey, demoSerial } = await connection();
  const serial = values.serial ?? demoSerial;
  if (!serial) throw new Error('Say which piece was sold: --serial <serial>.');
  const language = values.language;
  if (!isSupportedLocale(language)) throw new Error(`--language must be one of ${supportedLocales.join(', ')}.`);

  const client = createClient({ baseUrl: apiBase, secretKey });
  const sale: SaleRegistration = {
    serial,
    retailerId: values.retailer,
    purchaseDate: values['purchase-date'],
    buyer: { name: values.name, email: values.email, country: values.country, language },
    consents: { service: true, marketing: false },
  };

  try {
    const { warranty, confirmationSentTo } = await client.sales.register(sale);
    console.log(`Sale of ${warranty.serial} (${warranty.model.name}) registered.`);
    console.log(`Warranty ${warranty.id}: ${warranty.status}, covered until ${warranty.coverageEnd}.`);
    console.log(`The buyer was asked to confirm at ${confirmationSentTo}.`);
    return 0;
  } catch (error) {
    if (error instanceof ValidationError || (error instanceof ApiError && error.fieldErrors.length > 0)) {
      // The same { path, code, message } shape whether the client or the server found the problem.
      console.error('The sale was not registered; check these fields:');
      for (const fieldError of error.fieldErrors) console.error(`  ${fieldError.path || '(request)'}: ${fieldError.message}`);
      return 1;
    }
    if (error instanceof ApiError) {
      switch (error.code) {
        case 'unknown_serial':
          console.error(`No piece with serial ${serial} in the brand's registry.`);
          return 1;
        case 'already_activated':
          console.error(`${serial} is already covered by a warranty; nothing changed.`);
          return 1;
        case 'item_unavailable':
          console.error(`${serial} cannot be sold: it is reported stolen, lost or destroyed.`);
          return 1;
        case 'unknown_retailer':
          console.error(`Retailer ${values.retailer} is not an authorized dealer of this brand.`);
          return 1;
        case 'invalid_api_key':
        case 'missing_api_key':
          console.error('The secret key was refused: check ATELIER_SECRET_KEY.');
          return 1;
        default:
          console.error(`The API refused the sale (${error.status} ${error.code}): ${error.message}`);
          return 1;
      }
    }
    if (error instanceof AtelierClientError) {
      // network_error, timeout, invalid_response: the sale may be retried as is.
      console.error(`Could not reach ${apiBase} (${error.code}): ${error.message}`);
      return 1;
    }
    throw error;
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
