/**
 * The part of the API client <atelier-provenance> calls. Built here rather than in the shared
 * `base/client.ts` so the record's schemas and the chain verification ride in this widget's chunk
 * only, never in the runtime the activation widget downloads.
 */
import { createTransport } from '@atelier/client';
import type { AtelierClient } from '@atelier/client';
import { getBrand, getProvenance } from '@atelier/client/contract';

export type ProvenanceClient = Pick<AtelierClient, 'brand' | 'provenance'>;

/** Without `api-base` the API is the page's own origin (an API proxy). */
export function provenanceClientFromAttributes(publishableKey: string, apiBase: string | undefined): ProvenanceClient {
  const { call } = createTransport({ baseUrl: apiBase || window.location.origin, publishableKey });
  return {
    brand: { get: (options) => call(getBrand, {}, options) },
    provenance: { get: (serial, options) => call(getProvenance, { params: { serial } }, options) },
  };
}

/** Whether a `client` property set on the element can look records up (any full `createClient()` can). */
export function isProvenanceClient(client: unknown): client is ProvenanceClient {
  const candidate = client as Partial<ProvenanceClient> | undefined;
  return typeof candidate?.provenance?.get === 'function' && typeof candidate.brand?.get === 'function';
}
