/**
 * Deliveries and returns from a CSV file, as a brand's warehouse or ERP exports them: one
 * movement per line, every line checked against the stock as the lines before it leave it, and
 * the whole file recorded or nothing. A dry run reports the same lines without recording.
 *
 *   kind,serial,retailerId,date,reference
 *   delivery,MA-100001,ret_paris,2026-11-02,DN-2026-114
 *   return,MA-100007,ret_geneva,2026-11-03,RT-2026-9
 *
 *   await client.call(importStockMovements, { csv, dryRun: true });
 */
import * as z from 'zod/mini';
import { operation, type OperationDocs } from './operation.ts';
import { multiLine } from './repairs.ts';

/** The columns of a stock file, in the order a template lists them; `reference` may be left out. */
export const stockImportColumns = ['kind', 'serial', 'retailerId', 'date', 'reference'] as const;
/** Most movement lines one file may hold (a larger export is split into files). */
export const stockImportMaxLines = 5000;
/** Most characters a file may hold: 5,000 lines of about 100 characters. */
export const stockImportMaxCharacters = 500_000;

/**
 * Why a stock file, or one of its lines, cannot be read (the field error `code`, at `csv` for the
 * file, at `csv.<line>` for a line); its `message` names the column or line in English.
 */
export const stockFileRefusals = [
  /** Not CSV (a quote left open, say). */
  'unreadable_file',
  /** The header names a column that is not one of `stockImportColumns`, or one twice. */
  'unknown_column',
  /** The header lacks kind, serial, retailerId or date. */
  'missing_column',
  /** Nothing under the header. */
  'no_lines',
  /** More than `stockImportMaxLines` lines. */
  'too_many_lines',
  /** A line with more or fewer fields than the header names. */
  'wrong_field_count',
] as const;
export type StockFileRefusal = (typeof stockFileRefusals)[number];

export const StockImportRequest = z.strictObject({
  /**
   * The file's text. A header line names the columns (`kind,serial,retailerId,date,reference`, in
   * any order, `reference` optional); fields are separated by commas or semicolons, quoted with
   * `"` where they hold one. `kind` is `delivery` or `return`; `date` is the day (YYYY-MM-DD).
   * Each refused line is a field error at `csv.<line>.<column>`, the line as the file numbers it
   * (the header is line 1): `csv.7.serial` "Sold: it cannot be delivered."
   */
  csv: z.string().check(z.minLength(1), z.maxLength(stockImportMaxCharacters), multiLine),
  /** Check every line and answer the report, recording nothing. */
  dryRun: z.optional(z.boolean()),
});
export type StockImportRequest = z.input<typeof StockImportRequest>;

export const StockImportReport = z.object({
  /** False for a dry run: the file would be recorded as reported. */
  recorded: z.boolean(),
  /** The recorded movements' id (one for the file), null for a dry run. */
  id: z.nullable(z.string()),
  /** Movement lines read (the header and empty lines not counted). */
  lines: z.number(),
  deliveries: z.number(),
  returns: z.number(),
});
export type StockImportReport = z.infer<typeof StockImportReport>;

export const importStockMovements = operation({
  id: 'importStockMovements',
  method: 'POST',
  path: '/v1/stock/imports',
  access: { keys: ['secret'], brandStaff: ['admin'] },
  request: StockImportRequest,
  response: StockImportReport,
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const stockImportDocs = {
  tag: 'stock',
  summaries: {
    importStockMovements:
      'Deliveries and returns from a CSV file: every line is checked in date order against the stock as the earlier lines leave it, and the whole file is recorded or nothing; a 422 names every refused line and column (`csv.7.serial`). `dryRun` reports without recording.',
  },
} as const satisfies OperationDocs;
