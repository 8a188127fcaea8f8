/**
 * The estimate of `atelier repairs advance … --to awaiting_approval`, from a JSON file (the API's
 * own shape) or from `--line "Description:amount[:covered]"` options with amounts in the
 * currency's major units (`120.50` EUR is 12 050 cents; `15000` JPY is 15 000 yen).
 */
import { readFile } from 'node:fs/promises';
import type { EstimateInput } from '../contract/repairs.ts';
import { minorUnitDigits } from './minor-units.ts';
import { UsageError } from './usage-error.ts';

const coveredMarker = 'covered';

function currencyDigits(currency: string): number {
  try {
    return minorUnitDigits(currency);
  } catch {
    throw new UsageError(`--currency: "${currency}" is not an ISO 4217 currency code (EUR, CHF, JPY…).`);
  }
}

/** `120.50` → 12050 with 2 digits; refuses more decimals than the currency has. */
function toMinorUnits(amount: string, digits: number, line: string): number {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!match || (match[2] ?? '').length > digits) {
    const example = digits === 0 ? '15000' : `120.${'5'.padEnd(digits, '0')}`;
    throw new UsageError(`--line "${line}": the amount must be a positive number with at most ${digits} decimals, e.g. ${example}.`);
  }
  return Number(match[1]) * 10 ** digits + Number((match[2] ?? '').padEnd(digits, '0') || '0');
}

/** `Mainspring:120.50`, `Cleaning:80:covered`; the description may itself contain colons. */
function parseEstimateLine(line: string, digits: number): EstimateInput['lineItems'][number] {
  let rest = line;
  let coveredByWarranty = false;
  if (rest.endsWith(`:${coveredMarker}`)) {
    coveredByWarranty = true;
    rest = rest.slice(0, -coveredMarker.length - 1);
  }
  const separator = rest.lastIndexOf(':');
  const description = rest.slice(0, separator).trim();
  if (separator < 0 || description === '') {
    throw new UsageError(`--line "${line}": write "Description:amount" or "Description:amount:covered".`);
  }
  return { description, amountMinorUnits: toMinorUnits(rest.slice(separator + 1), digits, line), coveredByWarranty };
}

export interface EstimateOptions {
  estimateFile?: string | undefined;
  lines: string[];
  currency?: string | undefined;
  validUntil?: string | undefined;
}

/** The estimate the options describe, or undefined when they describe none. */
export async function estimateFromOptions(options: EstimateOptions): Promise<EstimateInput | undefined> {
  const lineOptionsGiven = options.lines.length > 0 || options.currency !== undefined || options.validUntil !== undefined;
  if (options.estimateFile !== undefined) {
    if (lineOptionsGiven) throw new UsageError('Give the estimate either as --estimate-file or as --line/--currency/--valid-until, not both.');
    let text: string;
    try {
      text = await readFile(options.estimateFile, 'utf8');
    } catch (error) {
      throw new UsageError(`--estimate-file: cannot read ${options.estimateFile} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
    }
    try {
      return JSON.parse(text) as EstimateInput;
    } catch {
      throw new UsageError(`--estimate-file: ${options.estimateFile} is not JSON; expected {"currency", "lineItems": [{"description", "amountMinorUnits", "coveredByWarranty"}], "validUntil"}.`);
    }
  }
  if (!lineOptionsGiven) return undefined;
  const missing = [
    ...(options.lines.length === 0 ? ['--line'] : []),
    ...(options.currency === undefined ? ['--currency'] : []),
    ...(options.validUntil === undefined ? ['--valid-until'] : []),
  ];
  if (missing.length > 0) throw new UsageError(`An estimate needs ${missing.join(', ')} as well.`);
  const currency = options.currency!.trim().toUpperCase();
  const digits = currencyDigits(currency);
  return { currency, lineItems: options.lines.map((line) => parseEstimateLine(line, digits)), validUntil: options.validUntil! };
}
