/**
 * Deliveries and returns from a CSV file (POST /v1/stock/imports): the file is read with
 * csv-parse (quoting, a byte-order mark, line breaks inside quotes, as spreadsheets export them),
 * each line's fields are checked with the contract's own schemas, then every readable line is
 * checked against the stock like a delivery's lines; the file is recorded whole, or nothing is and
 * every refused line is named at `csv.<line>.<column>`.
 */
import { parse } from 'csv-parse/sync';
import type * as z from 'zod/mini';
import {
  IsoDate,
  Serial,
  StockMovementRequest,
  stockImportColumns,
  stockImportMaxLines,
  toFieldErrors,
  type FieldError,
  type StockImportReport,
  type StockFileRefusal,
  type StockImportRequest,
} from '@atelier/client/contract';
import { AtelierError } from '../../errors.ts';
import { brandRetailers } from '../retailers/service.ts';
import { checkMovements, nothingRecorded, recordMovements, type MovementKind, type MovementLine } from './movements.ts';
import type { StockDeps } from './service.ts';

type Column = (typeof stockImportColumns)[number];

const requiredColumns: readonly Column[] = ['kind', 'serial', 'retailerId', 'date'];
const movementKinds: readonly string[] = ['delivery', 'return'] satisfies MovementKind[];

/** A problem with the file as a whole (its header, its quoting, its size): nothing is read further. */
function unreadableFile(code: StockFileRefusal, message: string): AtelierError {
  return new AtelierError('validation_failed', `Nothing was recorded: ${message}`, { fieldErrors: [{ path: 'csv', code, message }] });
}

/** A semicolon-separated file (as a spreadsheet in a comma-decimal locale saves it) says so in its header. */
function delimiterOf(csv: string): string {
  const header = csv.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  return header.includes(';') && !header.includes(',') ? ';' : ',';
}

interface CsvRecord {
  fields: string[];
  /** The line the file numbers it by (its last line, when a quoted field holds a line break). */
  line: number;
}

function readRecords(csv: string): CsvRecord[] {
  try {
    // With `info`, each record comes as { record, info }: csv-parse's types do not say so.
    const parsed = parse(csv, { bom: true, delimiter: delimiterOf(csv), trim: true, skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
    return parsed.map(({ record, info }) => ({ fields: record, line: info.lines }));
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw unreadableFile('unreadable_file', `the file cannot be read as CSV${line === undefined ? '' : ` at line ${line}`} (${(error as Error).message.split(':')[0]}).`);
  }
}

/** Each column's position, from the header line. */
function columnsOf(header: CsvRecord): Map<Column, number> {
  const positions = new Map<Column, number>();
  header.fields.forEach((name, index) => {
    if (!(stockImportColumns as readonly string[]).includes(name)) {
      throw unreadableFile('unknown_column', `the header names an unknown column "${name}"; the columns are ${stockImportColumns.join(', ')}.`);
    }
    if (positions.has(name as Column)) throw unreadableFile('unknown_column', `the header names the column "${name}" twice.`);
    positions.set(name as Column, index);
  });
  const missing = requiredColumns.filter((column) => !positions.has(column));
  if (missing.length > 0) throw unreadableFile('missing_column', `the header must name the columns ${missing.join(', ')} (found: ${header.fields.join(', ')}).`);
  return positions;
}

/** The first error a contract schema finds in one field, at `path`. */
function fieldError(schema: z.ZodMiniType, value: string, path: string): FieldError | undefined {
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  const [first] = toFieldErrors(result.error.issues, value);
  return { path, code: first?.code ?? 'invalid_value', message: first?.message ?? 'Invalid value.' };
}

/** One record as a movement line, or the errors in its fields. */
function readLine(record: CsvRecord, columns: Map<Column, number>, retailerIds: ReadonlySet<string>): MovementLine | FieldError[] {
  const at = (column: Column) => `csv.${record.line}.${column}`;
  if (record.fields.length !== columns.size) {
    return [{ path: `csv.${record.line}`, code: 'wrong_field_count' satisfies StockFileRefusal, message: `Has ${record.fields.length} fields; the header names ${columns.size}.` }];
  }
  const value = (column: Column) => record.fields[columns.get(column) ?? -1] ?? '';
  const kind = value('kind').toLowerCase();
  const reference = value('reference');
  const errors = [
    movementKinds.includes(kind) ? undefined : { path: at('kind'), code: 'invalid_value', message: 'Must be delivery or return.' },
    fieldError(Serial, value('serial'), at('serial')),
    retailerIds.has(value('retailerId')) ? undefined : { path: at('retailerId'), code: 'unknown_retailer', message: 'No retailer of the brand has this id.' },
    fieldError(IsoDate, value('date'), at('date')),
    reference === '' ? undefined : fieldError(StockMovementRequest.shape.reference, reference, at('reference')),
  ].filter((error) => error !== undefined);
  if (errors.length > 0) return errors;
  return {
    kind: kind as MovementKind,
    serial: Serial.parse(value('serial')),
    retailerId: value('retailerId'),
    date: value('date'),
    reference: reference === '' ? null : reference,
    field: at('serial'),
  };
}

export async function importStockFile(deps: StockDeps, brandId: string, request: StockImportRequest): Promise<StockImportReport> {
  const [header, ...records] = readRecords(request.csv);
  if (!header) throw unreadableFile('no_lines', 'the file is empty.');
  const columns = columnsOf(header);
  if (records.length === 0) throw unreadableFile('no_lines', 'the file holds no movement line under its header.');
  if (records.length > stockImportMaxLines) throw unreadableFile('too_many_lines', `the file holds ${records.length} lines; at most ${stockImportMaxLines} can be imported at once: split it.`);
  const retailerIds = new Set((await brandRetailers(deps.db, brandId)).map((retailer) => retailer.id));
  const lines: MovementLine[] = [];
  const unreadableLines: FieldError[] = [];
  for (const record of records) {
    const read = readLine(record, columns, retailerIds);
    if (Array.isArray(read)) unreadableLines.push(...read);
    else lines.push(read);
  }
  if (lines.length === 0) throw nothingRecorded(unreadableLines, records.length);
  const checked = await checkMovements(deps.db, brandId, lines, { earlierErrors: unreadableLines, lineCount: records.length });
  const id = request.dryRun ? null : await recordMovements(deps, brandId, checked);
  const deliveries = lines.filter((line) => line.kind === 'delivery').length;
  return { recorded: id !== null, id, lines: lines.length, deliveries, returns: lines.length - deliveries };
}
