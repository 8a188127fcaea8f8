/** A serialized piece as brand staff and authorized retailers see it. */
import * as z from 'zod/mini';
import { RetailerSummary } from './brand.ts';
import { type OperationDocs, operation } from './operation.ts';
import { IsoDate, Serial } from './primitives.ts';
import { WarrantyStatus } from './warranties.ts';

export const itemStatuses = ['in_stock', 'sold', 'stolen', 'lost', 'destroyed'] as const;
export const ItemStatus = z.enum(itemStatuses);
export type ItemStatus = z.infer<typeof ItemStatus>;

export const ItemModel = z.object({
  reference: z.string(),
  name: z.string(),
  collection: z.string(),
  calibre: z.string(),
});

export const ItemWarranty = z.object({
  status: WarrantyStatus,
  purchaseDate: IsoDate,
  coverageEnd: IsoDate,
  retailer: z.nullable(RetailerSummary),
  /** The owner's country only: the registry recognises an owner anywhere without exposing them. */
  ownerCountry: z.string(),
});

export const ItemSummary = z.object({
  serial: z.string(),
  gtin: z.nullable(z.string()),
  model: ItemModel,
  manufacturedOn: IsoDate,
  status: ItemStatus,
  warranty: z.nullable(ItemWarranty),
});
export type ItemSummary = z.infer<typeof ItemSummary>;

export const ItemParams = z.strictObject({ serial: Serial });
export type ItemParams = z.input<typeof ItemParams>;

export const getItem = operation({
  id: 'getItem',
  method: 'GET',
  path: '/v1/items/{serial}',
  // Every authorized retailer recognises any piece of the brand (international warranty); the summary holds no personal data.
  access: { keys: ['secret', 'retailer'], brandStaff: ['admin', 'serviceDesk', 'concierge', 'analyst'], retailerStaff: ['manager', 'associate'] },
  params: ItemParams,
  response: ItemSummary,
  errors: ['unknown_serial'],
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const itemsDocs = {
  tag: 'items',
  summaries: {
    getItem: 'A serialized piece with its current warranty, as brand staff and retailers see it.',
  },
} as const satisfies OperationDocs;
