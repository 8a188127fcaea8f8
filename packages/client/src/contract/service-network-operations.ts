/**
 * The service network's operations (public: any key of the brand): the centre directory and a centre's
 * drop-off slots, in their own module so the booking widget imports only what it uses.
 */
import { operation, publicAccess } from './operation.ts';
import { ServiceCentreList, ServiceCentreListQuery, ServiceCentreParams, ServiceCentreSlots, SlotRangeQuery } from './service-network.ts';

export const listServiceCentres = operation({
  id: 'listServiceCentres',
  method: 'GET',
  path: '/v1/service-centres',
  // Also the retailer desk's, taking a piece in at the counter: which centre offers which service.
  access: { keys: ['publishable', 'secret', 'retailer'], retailerStaff: ['manager', 'associate'] },
  summary:
    "The brand's service centres with their services, turnaround, opening hours and mail-in instructions; filtered by `country` and `service`, nearest first from `near` (latitude,longitude).",
  tags: ['service-network'],
  query: ServiceCentreListQuery,
  response: ServiceCentreList,
});

export const listServiceCentreSlots = operation({
  id: 'listServiceCentreSlots',
  method: 'GET',
  path: '/v1/service-centres/{serviceCentreId}/slots',
  access: publicAccess,
  summary:
    "A centre's boutique drop-off slots still ahead, from `from` to `to` (whole days in the centre's time zone, both included, at most 62 days); full slots are listed with nothing remaining.",
  tags: ['service-network'],
  params: ServiceCentreParams,
  query: SlotRangeQuery,
  response: ServiceCentreSlots,
  errors: ['unknown_service_centre'],
});
