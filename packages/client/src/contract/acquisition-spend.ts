/**
 * What the brand spends to win clients, per month and channel, as it enters it: the cost side of
 * CAC (customer acquisition cost), split between clients the brand wins itself (`brand_led`:
 * advertising, events, its own site) and those its retailers win with its support
 * (`retailer_assisted`: co-op budgets, retailer incentives). Each amount keeps its currency; a
 * figure converts it with the brand's rate for its month (exchange-rates.ts).
 *
 *   await client.call(putAcquisitionSpend, { params: { month: '2026-03', channel: 'brand_led' }, body: { amount: { currency: 'CHF', amountMinorUnits: 4_500_000 } } });
 */
import * as z from 'zod/mini';
import { type OperationDocs, operation } from './operation.ts';
import { IsoDateTime, IsoMonth, Money } from './primitives.ts';

export const acquisitionChannels = ['brand_led', 'retailer_assisted'] as const;
export const AcquisitionChannel = z.enum(acquisitionChannels);
export type AcquisitionChannel = z.infer<typeof AcquisitionChannel>;

export const AcquisitionSpendParams = z.strictObject({ month: IsoMonth, channel: AcquisitionChannel });
export type AcquisitionSpendParams = z.input<typeof AcquisitionSpendParams>;

export const AcquisitionSpendInput = z.strictObject({
  /** The month's whole spend on the channel, in the currency it was spent in. */
  amount: Money,
});
export type AcquisitionSpendInput = z.input<typeof AcquisitionSpendInput>;

export const AcquisitionSpendQuery = z.strictObject({
  fromMonth: z.optional(IsoMonth),
  toMonth: z.optional(IsoMonth),
});
export type AcquisitionSpendQuery = z.input<typeof AcquisitionSpendQuery>;

export const AcquisitionSpend = z.object({
  month: z.string(),
  channel: AcquisitionChannel,
  amount: z.object({ currency: z.string(), amountMinorUnits: z.number() }),
  updatedAt: IsoDateTime,
});
export type AcquisitionSpend = z.infer<typeof AcquisitionSpend>;

export const AcquisitionSpendList = z.object({
  /** The currency figures convert the spend into. */
  reportingCurrency: z.string(),
  /** By month, then channel. */
  spend: z.array(AcquisitionSpend),
});
export type AcquisitionSpendList = z.infer<typeof AcquisitionSpendList>;

const readSpend = { keys: ['secret'], brandStaff: ['admin', 'analyst'] } as const;
const writeSpend = { keys: ['secret'], brandStaff: ['admin'] } as const;

export const listAcquisitionSpend = operation({
  id: 'listAcquisitionSpend',
  method: 'GET',
  path: '/v1/acquisition-spend',
  access: readSpend,
  query: AcquisitionSpendQuery,
  response: AcquisitionSpendList,
});

export const putAcquisitionSpend = operation({
  id: 'putAcquisitionSpend',
  method: 'PUT',
  path: '/v1/acquisition-spend/{month}/{channel}',
  access: writeSpend,
  params: AcquisitionSpendParams,
  request: AcquisitionSpendInput,
  response: AcquisitionSpend,
});

export const deleteAcquisitionSpend = operation({
  id: 'deleteAcquisitionSpend',
  method: 'DELETE',
  path: '/v1/acquisition-spend/{month}/{channel}',
  access: writeSpend,
  params: AcquisitionSpendParams,
  response: AcquisitionSpend,
  errors: ['unknown_acquisition_spend'],
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const acquisitionSpendDocs = {
  tag: 'brand',
  summaries: {
    listAcquisitionSpend: "What the brand spent to win clients, per month and channel (brand_led, retailer_assisted), each in its own currency.",
    putAcquisitionSpend: "Sets a month's spend on a channel (the whole month's, replacing what was entered), in the currency it was spent in.",
    deleteAcquisitionSpend: "Removes a month's spend on a channel. An unknown one is 404 unknown_acquisition_spend.",
  },
} as const satisfies OperationDocs;
