/**
 * The brand's authorized retailers, for its staff: the console's retailers page, and the choice
 * of a retailer when inviting its manager or creating its key. (The widgets read them in the
 * brand configuration, with a publishable key.)
 */
import * as z from 'zod/mini';
import { RetailerSummary } from './brand.ts';
import { operation, type OperationDocs } from './operation.ts';

export const RetailerList = z.object({
  /** By country, city, then name. */
  retailers: z.array(RetailerSummary),
});
export type RetailerList = z.infer<typeof RetailerList>;

export const listRetailers = operation({
  id: 'listRetailers',
  method: 'GET',
  path: '/v1/retailers',
  access: { keys: ['secret'], brandStaff: ['admin', 'serviceDesk', 'concierge', 'analyst'] },
  response: RetailerList,
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const retailersDocs = {
  tag: 'retailers',
  summaries: {
    listRetailers: "The brand's authorized retailers (id, name, country, city), by country, city and name.",
  },
} as const satisfies OperationDocs;
