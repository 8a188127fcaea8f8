/**
 * A brand's service network: the services it performs, the centres that perform them with their
 * standard turnaround, boutique drop-off slots and mail-in instructions. Its
 * operations are public (any key of the brand): the booking widget lists centres and slots.
 */
import * as z from 'zod/mini';
import { fieldCheck } from './field-check.ts';
import { operation, type OperationDocs, publicAccess } from './operation.ts';
import { CountryCode, Id, IsoDate, IsoDateTime } from './primitives.ts';

export const serviceTypeMaxLength = 64;

/**
 * A service a brand performs, as an identifier (`full_service`, `battery`, `resizing`, …): each
 * brand names its own, and a centre lists those it offers.
 */
export const ServiceTypeCode = z.string().check(
  z.trim(),
  z.minLength(1),
  z.maxLength(serviceTypeMaxLength),
  z.regex(/^[a-z][a-z0-9_]*$/),
);
export type ServiceTypeCode = z.infer<typeof ServiceTypeCode>;

/** What kind of piece a service applies to. */
export const serviceCategories = ['watch', 'jewellery'] as const;
export const ServiceCategory = z.enum(serviceCategories);
export type ServiceCategory = z.infer<typeof ServiceCategory>;

export const ServiceType = z.object({
  code: ServiceTypeCode,
  category: ServiceCategory,
});
export type ServiceType = z.infer<typeof ServiceType>;

/** A service a centre offers and the days it promises for it. */
export const CentreService = z.object({
  serviceType: z.string(),
  /** The brand's category of the service: a booking form lists watch and jewellery services apart. */
  category: ServiceCategory,
  standardTurnaroundDays: z.number().check(z.int(), z.gte(0)),
});
export type CentreService = z.infer<typeof CentreService>;

export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const Weekday = z.enum(weekdays);
export type Weekday = z.infer<typeof Weekday>;

/** Local wall-clock time `HH:MM` in the centre's time zone. */
export const LocalTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

/** One opening period of a weekday, in the centre's time zone; a day may have several (lunch break). */
export const OpeningPeriod = z.object({
  day: Weekday,
  opens: LocalTime,
  closes: LocalTime,
});
export type OpeningPeriod = z.infer<typeof OpeningPeriod>;

export const ServiceCentre = z.object({
  id: Id,
  name: z.string(),
  country: z.string(),
  city: z.string(),
  address: z.string(),
  /** IANA time zone (`Europe/Paris`): slots and opening hours are shown in it. */
  timeZone: z.string(),
  openingHours: z.array(OpeningPeriod),
  services: z.array(CentreService),
  /** How to send a piece by post, for mail-in repairs; empty when the centre takes boutique drop-offs only. */
  mailInInstructions: z.string(),
});
export type ServiceCentre = z.infer<typeof ServiceCentre>;

/** A boutique drop-off appointment window. */
export const DropOffSlot = z.object({
  id: Id,
  serviceCentreId: Id,
  startsAt: IsoDateTime,
  endsAt: IsoDateTime,
  capacity: z.number().check(z.int(), z.gte(1)),
  /** Places left; 0 when full. */
  remaining: z.number().check(z.int(), z.gte(0)),
});
export type DropOffSlot = z.infer<typeof DropOffSlot>;

/** A point on the map, WGS 84 degrees. */
export const GeoPoint = z.object({
  latitude: z.number().check(z.gte(-90), z.lte(90)),
  longitude: z.number().check(z.gte(-180), z.lte(180)),
});
export type GeoPoint = z.infer<typeof GeoPoint>;

const nearPointPattern = /^(-?\d{1,2}(?:\.\d+)?), *(-?\d{1,3}(?:\.\d+)?)$/;
const maxLatitudeDegrees = 90;
const maxLongitudeDegrees = 180;

function readNearPoint(value: string): GeoPoint | undefined {
  const match = nearPointPattern.exec(value);
  return match ? { latitude: Number(match[1]), longitude: Number(match[2]) } : undefined;
}

/** `near=48.8566,2.3522` as a query parameter: latitude, then longitude, in degrees; parsed to a `GeoPoint`. */
export const NearPoint = z.pipe(
  z.string().check(
    z.trim(),
    z.regex(nearPointPattern, 'Latitude and longitude in degrees, separated by a comma: 48.8566,2.3522.'),
    fieldCheck((value: string) => {
      const point = readNearPoint(value);
      if (point && (Math.abs(point.latitude) > maxLatitudeDegrees || Math.abs(point.longitude) > maxLongitudeDegrees)) {
        return { path: [], code: 'invalid_value', message: 'Latitude from -90 to 90 and longitude from -180 to 180 degrees.' };
      }
      return undefined;
    }),
  ),
  // The checks above guarantee the pattern matched.
  z.transform((value: string): GeoPoint => readNearPoint(value) as GeoPoint),
);

/** The brand's centres, filtered by country and offered service, nearest first when `near` is given. */
export const ServiceCentreListQuery = z.strictObject({
  country: z.optional(CountryCode),
  service: z.optional(ServiceTypeCode),
  near: z.optional(NearPoint),
});
export type ServiceCentreListQuery = z.input<typeof ServiceCentreListQuery>;

export const ServiceCentreListing = z.object({
  ...ServiceCentre.shape,
  /** Null for a centre not yet placed on the map. */
  location: z.nullable(GeoPoint),
  /** Great-circle distance from `near`, in kilometres; null without `near` or a location. */
  distanceKm: z.nullable(z.number()),
});
export type ServiceCentreListing = z.infer<typeof ServiceCentreListing>;

/** The longest range of dates one slot listing covers, in days. */
export const slotRangeMaxDays = 62;

/** Dates are the centre's: `from` and `to` are whole days, both included, in its time zone. */
export const SlotRangeQuery = z.strictObject({
  from: IsoDate,
  to: IsoDate,
});
export type SlotRangeQuery = z.input<typeof SlotRangeQuery>;

export const ServiceCentreSlots = z.object({
  serviceCentreId: Id,
  /** The time zone `from` and `to` were read in, and slots are best shown in. */
  timeZone: z.string(),
  slots: z.array(DropOffSlot),
});
export type ServiceCentreSlots = z.infer<typeof ServiceCentreSlots>;

/** The answer of the centre directory: the brand's centres that match, nearest first when asked. */
export const ServiceCentreList = z.object({
  centres: z.array(ServiceCentreListing),
});
export type ServiceCentreList = z.infer<typeof ServiceCentreList>;

/** A centre named in the path: its slots, for instance. */
export const ServiceCentreParams = z.strictObject({ serviceCentreId: Id });
export type ServiceCentreParams = z.infer<typeof ServiceCentreParams>;

export const listServiceCentres = operation({
  id: 'listServiceCentres',
  method: 'GET',
  path: '/v1/service-centres',
  // Also the retailer desk's, taking a piece in at the counter: which centre offers which service.
  access: { keys: ['publishable', 'secret', 'retailer'], retailerStaff: ['manager', 'associate'] },
  query: ServiceCentreListQuery,
  response: ServiceCentreList,
});

export const listServiceCentreSlots = operation({
  id: 'listServiceCentreSlots',
  method: 'GET',
  path: '/v1/service-centres/{serviceCentreId}/slots',
  access: publicAccess,
  params: ServiceCentreParams,
  query: SlotRangeQuery,
  response: ServiceCentreSlots,
  errors: ['unknown_service_centre'],
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const serviceNetworkDocs = {
  tag: 'service-network',
  summaries: {
    listServiceCentres:
      "The brand's service centres with their services, turnaround, opening hours and mail-in instructions; filtered by `country` and `service`, nearest first from `near` (latitude,longitude).",
    listServiceCentreSlots:
      "A centre's boutique drop-off slots still ahead, from `from` to `to` (whole days in the centre's time zone, both included, at most 62 days); full slots are listed with nothing remaining.",
  },
} as const satisfies OperationDocs;
