/**
 * Which key is calling: lets a server-side integration (the Shopify app, a point of sale) learn
 * from its key alone which brand and, for a retailer's key, which retailer it acts for, so it
 * never has to ask a person to type a retailer id that must match the key anyway.
 */
import * as z from 'zod/mini';
import { operation } from './operation.ts';
import { Id } from './primitives.ts';

export const CurrentApiKey = z.object({
  /** `secret`: the brand's own key, whole brand. `retailer`: one retailer's key, scoped to it. */
  kind: z.enum(['secret', 'retailer']),
  brand: z.object({ id: Id, name: z.string() }),
  /** The retailer a `retailer` key acts for; null for the brand's secret key. */
  retailer: z.nullable(z.object({ id: Id, name: z.string() })),
});
export type CurrentApiKey = z.infer<typeof CurrentApiKey>;

export const getCurrentApiKey = operation({
  id: 'getCurrentApiKey',
  method: 'GET',
  path: '/v1/api-keys/current',
  access: { keys: ['secret', 'retailer'] },
  summary: 'The key making this call: its kind, its brand and, for a retailer key, its retailer. Holds no secret.',
  tags: ['api-keys'],
  response: CurrentApiKey,
});
