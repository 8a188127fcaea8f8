/**
 * Recording deliveries and returns. Each line is judged against the stock as the lines before it
 * leave it, in the order the stock will read them back (by day, then as listed), and every line
 * is recorded or none: one bad line refuses the request with a field error at each bad line.
 */
import type { FieldError, StockLineRefusal, StockMovement } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';
import type { Clock } from '../../clock.ts';
import { AtelierError } from '../../errors.ts';
import { newTimeOrderedId } from '../../ids.ts';
import { latestMovements } from './stock-history.ts';

export type MovementKind = StockMovement['kind'];

/** One movement to record, from a request or a line of a file. */
export interface MovementLine {
  kind: MovementKind;
  serial: string;
  retailerId: string;
  date: string;
  reference: string | null;
  /** Where a refusal of this line is reported: `serials.3`, `csv.7.serial`. */
  field: string;
}

/** What the registry knows of a piece, and where the lines judged so far leave it. */
interface PieceState {
  id: string;
  status: string;
  /** The retailer it was last delivered to, if it has not come back since. */
  holder: string | undefined;
  /** The day of its latest movement. */
  lastMovedOn: string | undefined;
}

/** The pieces the lines name, by serial, with their place in the stock today. */
async function piecesNamed(db: Db, brandId: string, serials: readonly string[]): Promise<Map<string, PieceState>> {
  const unique = [...new Set(serials)];
  if (unique.length === 0) return new Map();
  const items = await db.selectFrom('items').select(['id', 'serial', 'status']).where('brand_id', '=', brandId).where('serial', 'in', unique).execute();
  const itemIds = items.map((item) => item.id);
  const latest = itemIds.length === 0 ? [] : await latestMovements(db, brandId).where('m.item_id', 'in', itemIds).select(['m.item_id', 'm.kind', 'm.retailer_id', 'm.occurred_on']).execute();
  const latestByItem = new Map(latest.map((row) => [row.item_id, row]));
  return new Map(
    items.map((item) => {
      const movement = latestByItem.get(item.id);
      const holder = movement?.kind === 'delivery' ? movement.retailer_id : undefined;
      return [item.serial, { id: item.id, status: item.status, holder, lastMovedOn: movement?.occurred_on }];
    }),
  );
}

type Refusal = { code: StockLineRefusal; message: string };

/** Why a line cannot be recorded, or undefined when it can. */
function refusal(line: MovementLine, piece: PieceState | undefined): Refusal | undefined {
  if (!piece) return { code: 'unknown_serial', message: 'No piece of the brand has this serial.' };
  if (piece.status === 'sold') {
    return { code: 'item_sold', message: line.kind === 'delivery' ? 'Sold: it cannot be delivered.' : 'Sold: it cannot come back to stock.' };
  }
  if (piece.status !== 'in_stock') return { code: 'item_unavailable', message: 'Reported stolen, lost or destroyed.' };
  if (piece.lastMovedOn !== undefined && line.date < piece.lastMovedOn) {
    return { code: 'out_of_order', message: `Dated before this piece's last movement (${piece.lastMovedOn}): record movements in the order they happened.` };
  }
  if (line.kind === 'delivery' && piece.holder === line.retailerId) return { code: 'already_in_stock', message: "Already in this retailer's stock." };
  if (line.kind === 'return' && piece.holder !== line.retailerId) return { code: 'not_in_stock', message: "Not in this retailer's stock." };
  return undefined;
}

/** The lines in the order the stock reads them back: by day, then as listed. */
function inRecordingOrder(lines: readonly MovementLine[]): MovementLine[] {
  return lines.toSorted((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The field errors of the lines that cannot be recorded, each judged after the lines before it.
 * A refused line still moves its piece in the judgement of the later ones, so that fixing it is
 * all the file needs, not a cascade of errors after it.
 */
function refusedLines(ordered: readonly MovementLine[], pieces: Map<string, PieceState>): FieldError[] {
  const state = new Map([...pieces].map(([serial, piece]) => [serial, { ...piece }]));
  const errors: FieldError[] = [];
  for (const line of ordered) {
    const piece = state.get(line.serial);
    const refused = refusal(line, piece);
    if (refused) errors.push({ path: line.field, ...refused });
    if (piece) {
      piece.holder = line.kind === 'delivery' ? line.retailerId : undefined;
      piece.lastMovedOn = line.date;
    }
  }
  return errors;
}

/** Field errors in the order of their lines: `serials.2` before `serials.10`, `csv.9.date` before `csv.10.kind`. */
function byPath(a: FieldError, b: FieldError): number {
  return a.path.localeCompare(b.path, 'en', { numeric: true });
}

/** The error that refuses the whole request, naming each refused line. */
export function nothingRecorded(fieldErrors: FieldError[], lineCount: number): AtelierError {
  const lines = fieldErrors.map((error) => `${error.path} (${error.message})`).join(', ');
  return new AtelierError('validation_failed', `Nothing was recorded: ${fieldErrors.length} of ${lineCount} lines cannot be: ${lines}`, { fieldErrors });
}

/** Lines checked against the stock: in recording order, with the pieces they move. */
export interface CheckedMovements {
  ordered: MovementLine[];
  pieces: Map<string, PieceState>;
}

/**
 * Checks the lines against the stock, or throws `validation_failed` naming every refused line.
 * `earlierErrors` are refusals the caller found in lines it left out (a line listed twice, an
 * unreadable line), reported with these; `lineCount` is then the number of lines it was given.
 */
export async function checkMovements(
  db: Db,
  brandId: string,
  lines: readonly MovementLine[],
  options: { earlierErrors?: FieldError[]; lineCount?: number } = {},
): Promise<CheckedMovements> {
  const ordered = inRecordingOrder(lines);
  const pieces = await piecesNamed(db, brandId, lines.map((line) => line.serial));
  const fieldErrors = [...(options.earlierErrors ?? []), ...refusedLines(ordered, pieces)];
  if (fieldErrors.length > 0) throw nothingRecorded(fieldErrors.sort(byPath), options.lineCount ?? lines.length);
  return { ordered, pieces };
}

/** Records checked lines as one batch, and answers its id. */
export async function recordMovements(deps: { db: Db; clock: Clock }, brandId: string, { ordered, pieces }: CheckedMovements): Promise<string> {
  const recordedAt = deps.clock.now();
  const batchId = newTimeOrderedId('stk', recordedAt);
  // One recording time for the batch; each id's time part counts up in recording order, so two
  // movements of one piece on one day read back in the order they were listed.
  await deps.db
    .insertInto('stock_movements')
    .values(
      ordered.map((line, index) => ({
        id: newTimeOrderedId('stm', new Date(recordedAt.getTime() + index)),
        brand_id: brandId,
        item_id: pieces.get(line.serial)!.id,
        retailer_id: line.retailerId,
        kind: line.kind,
        batch_id: batchId,
        occurred_on: line.date,
        reference: line.reference,
        recorded_at: recordedAt.toISOString(),
      })),
    )
    .execute();
  return batchId;
}
