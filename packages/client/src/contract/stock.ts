/**
 * Stock, per serial, from events: the brand records the pieces it delivers to a retailer and the
 * ones that come back; a piece is in a retailer's stock from its delivery there until it is sold
 * (a sale or a warranty activation), returned, or delivered elsewhere. A retailer sees its own
 * stock; the brand sees every retailer's, and two alerts: pieces in stock too long, and sales
 * recorded by a retailer that never received the piece (a grey-market signal).
 *
 *   await client.call(recordDelivery, { retailerId: 'ret_paris', serials: ['MA-1', 'MA-2'], deliveredOn: '2026-12-01' });
 *   const { pieces } = await client.call(listStock, { query: { retailerId: 'ret_paris' } });
 */
import * as z from 'zod/mini';
import { operation, type OperationDocs } from './operation.ts';
import { Id, IsoDate, Serial } from './primitives.ts';
import { singleLine } from './text-characters.ts';

/** Most pieces one delivery or return may list (a large shipment is several requests). */
export const stockMovementMaxSerials = 500;
/** Longest reference (a delivery note or return number) kept with a movement. */
export const stockReferenceMaxLength = 64;
/** Most pieces a stock page holds. */
export const stockPageMaxSize = 500;

/**
 * Why a line of a delivery, a return or a stock file cannot be recorded: the field error `code`
 * at that line (its `message` says the same in English), for a program or a form to word it.
 */
export const stockLineRefusals = [
  /** No piece of the brand has this serial. */
  'unknown_serial',
  /** Sold: it cannot be delivered or come back to stock. */
  'item_sold',
  /** Reported stolen, lost or destroyed. */
  'item_unavailable',
  /** A delivery to the retailer that holds it. */
  'already_in_stock',
  /** A return from a retailer that does not hold it. */
  'not_in_stock',
  /** Dated before the piece's latest movement: movements are recorded in the order they happened. */
  'out_of_order',
  /** The same serial twice in one delivery or return. */
  'listed_twice',
] as const;
export type StockLineRefusal = (typeof stockLineRefusals)[number];

/** The body of a delivery or a return: which pieces, where, when. All are recorded, or none. */
export const StockMovementRequest = z.object({
  retailerId: Id,
  /**
   * Each serial once. A line that cannot be recorded refuses the whole request: 422
   * `validation_failed` with a field error at each such line (`serials.3`: "Sold: it cannot be delivered.").
   */
  serials: z.array(Serial).check(z.minLength(1), z.maxLength(stockMovementMaxSerials)),
  /** The day the pieces reached the retailer (a delivery) or left it (a return). */
  date: IsoDate,
  /** The brand's delivery note or return number, as it wants to find it again. */
  reference: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(stockReferenceMaxLength), singleLine)),
});
export type StockMovementRequest = z.input<typeof StockMovementRequest>;

export const StockMovement = z.object({
  id: Id,
  kind: z.enum(['delivery', 'return']),
  retailerId: Id,
  serials: z.array(z.string()),
  date: IsoDate,
  reference: z.nullable(z.string()),
});
export type StockMovement = z.infer<typeof StockMovement>;

/** A piece in a retailer's stock. */
export const StockPiece = z.object({
  serial: z.string(),
  model: z.object({ id: Id, reference: z.string(), name: z.string() }),
  retailerId: Id,
  deliveredOn: IsoDate,
  /** Whole days since its delivery, as of today (UTC). */
  daysInStock: z.number(),
});
export type StockPiece = z.infer<typeof StockPiece>;

export const StockQuery = z.object({
  /** The brand: one retailer's stock (a retailer always sees its own only). */
  retailerId: z.optional(Id),
  modelId: z.optional(Id),
  /** Pieces delivered at least this many days ago. */
  minDaysInStock: z.optional(z.string().check(z.regex(/^\d{1,4}$/, 'A whole number of days.'))),
  /** Where the previous page ended (its `nextCursor`). */
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(128), singleLine)),
});

export const StockPage = z.object({
  /** Oldest delivery first, then by serial. */
  pieces: z.array(StockPiece),
  /** Counts of the whole selection (not only this page), per retailer and model. */
  counts: z.array(z.object({ retailerId: Id, modelId: Id, pieces: z.number(), oldestDeliveredOn: IsoDate })),
  nextCursor: z.nullable(z.string()),
});
export type StockPage = z.infer<typeof StockPage>;

export const StockAlerts = z.object({
  /** The brand's threshold: a piece in stock this many days or more is listed in `agedStock`. */
  agedStockDays: z.number(),
  agedStock: z.array(StockPiece),
  /**
   * Sales and activations naming a retailer that never received the piece, since the brand's
   * first recorded delivery (before it, stock was not tracked and nothing can be told).
   */
  unreceivedSales: z.array(z.object({ serial: z.string(), retailerId: Id, purchaseDate: IsoDate, source: z.enum(['buyer', 'retailer', 'transfer']) })),
});
export type StockAlerts = z.infer<typeof StockAlerts>;

export const recordDelivery = operation({
  id: 'recordDelivery',
  method: 'POST',
  path: '/v1/stock/deliveries',
  access: { keys: ['secret'], brandStaff: ['admin'] },
  request: StockMovementRequest,
  response: StockMovement,
  successStatus: 201,
  errors: ['unknown_retailer'],
});

export const recordReturn = operation({
  id: 'recordReturn',
  method: 'POST',
  path: '/v1/stock/returns',
  access: { keys: ['secret'], brandStaff: ['admin'] },
  request: StockMovementRequest,
  response: StockMovement,
  successStatus: 201,
  errors: ['unknown_retailer'],
});

export const listStock = operation({
  id: 'listStock',
  method: 'GET',
  path: '/v1/stock',
  access: {
    keys: ['secret', 'retailer'],
    brandStaff: ['admin', 'serviceDesk', 'concierge', 'analyst'],
    retailerStaff: ['manager', 'associate'],
  },
  query: StockQuery,
  response: StockPage,
  errors: ['unknown_retailer'],
});

export const listStockAlerts = operation({
  id: 'listStockAlerts',
  method: 'GET',
  path: '/v1/stock/alerts',
  access: { keys: ['secret'], brandStaff: ['admin', 'analyst'] },
  response: StockAlerts,
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const stockDocs = {
  tag: 'stock',
  summaries: {
    recordDelivery:
      "The brand delivers pieces to a retailer: they enter its stock (leaving another retailer's, if they were there). All lines are recorded or none; each refused line is named (unknown serial, sold, stolen, already there, listed twice).",
    recordReturn:
      "Pieces come back from a retailer to the brand: they leave its stock. All lines are recorded or none; a piece not in that retailer's stock is a refused line.",
    listStock:
      "Pieces in stock (delivered, not sold, not returned) with their age: a retailer's own, or the brand's across its retailers, with counts per retailer and model.",
    listStockAlerts:
      "The brand's stock alerts: pieces in stock past its threshold, and sales by a retailer that never received the piece.",
  },
} as const satisfies OperationDocs;
