/**
 * The part of the API client <atelier-repair-booking> calls: the centre directory, a centre's
 * drop-off slots and the booking. Built from the transport and only these operations, so the
 * service-network and repair schemas ride in this widget's chunk only.
 */
import { createTransport } from '@atelier/client';
import type { CallOptions } from '@atelier/client';
import { bookRepair, listServiceCentres, listServiceCentreSlots } from '@atelier/client/contract';
import type { Received, RepairBookingRequest, RepairTracker, ServiceCentreList, ServiceCentreListQuery, ServiceCentreSlots, SlotRangeQuery } from '@atelier/client/contract';
import type { ClientAttributes } from '../../base/atelier-element.ts';

export interface RepairBookingClient {
  serviceCentres: {
    /** The brand's centres, filtered by country and service, nearest first from `near`. */
    list(query: ServiceCentreListQuery, options?: CallOptions): Promise<Received<ServiceCentreList>>;
    /** A centre's drop-off slots from `from` to `to`, whole days in its time zone. */
    slots(serviceCentreId: string, range: SlotRangeQuery, options?: CallOptions): Promise<Received<ServiceCentreSlots>>;
  };
  repairs: {
    book(input: RepairBookingRequest, options?: CallOptions): Promise<Received<RepairTracker>>;
  };
}

export function createRepairBookingClient({ publishableKey, baseUrl }: ClientAttributes): RepairBookingClient {
  const { call } = createTransport({ baseUrl, publishableKey });
  return {
    serviceCentres: {
      list: (query, options) => call(listServiceCentres, { query }, options),
      slots: (serviceCentreId, range, options) => call(listServiceCentreSlots, { params: { serviceCentreId }, query: range }, options),
    },
    repairs: {
      book: (input, options) => call(bookRepair, { body: input }, options),
    },
  };
}
