/**
 * The part of the API client <atelier-provenance> calls. Built from the transport and only these
 * operations, so the record's schemas and the chain verification ride in this widget's chunk only,
 * never in the runtime the other widgets download.
 */
import { createTransport } from '@atelier/client';
import type { AtelierClient, ClientLike } from '@atelier/client';
import { getBrand, getProvenance } from '@atelier/client/contract';
import type { WidgetClient } from '../../base/atelier-element.ts';

export type ProvenanceClient = ClientLike<Pick<AtelierClient, 'brand' | 'provenance'>>;

export const provenanceClient: WidgetClient<ProvenanceClient> = {
  methods: ['brand.get', 'provenance.get'],
  build({ publishableKey, baseUrl }) {
    const { call } = createTransport({ baseUrl, publishableKey });
    return {
      brand: { get: (options) => call(getBrand, {}, options) },
      provenance: { get: (serial, options) => call(getProvenance, { params: { serial } }, options) },
    };
  },
};
