/**
 * The part of the API client <atelier-repair-booking> calls: the centre directory, a centre's
 * drop-off slots and the booking. Built from the transport and only these operations, so the
 * service-network and repair schemas ride in this widget's chunk only.
 */
import { createTransport } from '@atelier/client';
import type { AtelierClient, ClientLike } from '@atelier/client';
import { bookRepair, listServiceCentres, listServiceCentreSlots } from '@atelier/client/contract';
import type { WidgetClient } from '../../base/atelier-element.ts';

export type RepairBookingClient = ClientLike<{
  serviceCentres: Pick<AtelierClient['serviceCentres'], 'list' | 'slots'>;
  repairs: Pick<AtelierClient['repairs'], 'book'>;
}>;

export const repairBookingClient: WidgetClient<RepairBookingClient> = {
  methods: ['serviceCentres.list', 'serviceCentres.slots', 'repairs.book'],
  build({ publishableKey, baseUrl }) {
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
  },
};
