/**
 * What the desk's Service page calls: the brand's service centres (which offer which service), a
 * piece taken in at the counter (`bookRepair`, drop-off `retailer`), the repairs left with this
 * retailer a page at a time, and a modification recorded into the piece's provenance.
 */
import type { CallFunction, CallOptions } from '@atelier/client';
import { bookRepair, listRepairs, listServiceCentres, recordModification } from '@atelier/client/contract';
import type { ModificationRequest, ProvenanceRecord, QueryOf, Received, RepairBookingRequest, RepairList, RepairTracker, ServiceCentreList } from '@atelier/client/contract';

export type CounterRepairsQuery = NonNullable<QueryOf<typeof listRepairs>>;

export interface RepairsClient {
  centres(options?: CallOptions): Promise<Received<ServiceCentreList>>;
  takeIn(request: RepairBookingRequest, options?: CallOptions): Promise<Received<RepairTracker>>;
  page(query: CounterRepairsQuery, options?: CallOptions): Promise<Received<RepairList>>;
  recordModification(serial: string, request: ModificationRequest, options?: CallOptions): Promise<Received<ProvenanceRecord>>;
}

export function createRepairsClient(call: CallFunction): RepairsClient {
  return {
    centres: (options) => call(listServiceCentres, {}, options),
    takeIn: (request, options) => call(bookRepair, { body: request }, options),
    page: (query, options) => call(listRepairs, { query }, options),
    recordModification: (serial, request, options) => call(recordModification, { params: { serial }, body: request }, options),
  };
}
