/**
 * The service desk's list of repairs (secret key): filtered by status, centre and flag, newest
 * first, a page at a time.
 */
import * as z from 'zod/mini';
import { operation, type OperationDocs } from './operation.ts';
import { Id, IsoDate, IsoDateTime } from './primitives.ts';
import { ContactConfirmation, RepairStatus } from './repairs.ts';
import { singleLine } from './text-characters.ts';

/** Repairs per page when `limit` is not given. */
export const repairListDefaultLimit = 25;
/** The most repairs one page may hold. */
export const repairListMaxLimit = 100;
const repairListCursorMaxLength = 200;

/**
 * `status=received&status=diagnosed` or `status=received,diagnosed`; from the client, an array
 * (sent as a comma list).
 */
export const RepairStatusList = z.pipe(
  z.union([z.string(), z.array(z.string())]),
  z.pipe(
    z.transform((value: string | string[]) =>
      (Array.isArray(value) ? value : [value])
        .flatMap((part) => part.split(','))
        .map((part) => part.trim())
        .filter((part) => part !== ''),
    ),
    z.array(RepairStatus).check(z.minLength(1)),
  ),
);

/** `true` or `false`, as a boolean or as the query string spells it. */
const BooleanFlag = z.pipe(
  z.union([z.boolean(), z.enum(['true', 'false'])]),
  // Ends in a schema, not the transform: the OpenAPI generator describes each schema's output too.
  z.pipe(
    z.transform((value: boolean | 'true' | 'false') => value === true || value === 'true'),
    z.boolean(),
  ),
);

/** A whole number of repairs from 1 to `repairListMaxLimit`, as a number or as the query string spells it. */
const PageSize = z.number().check(z.int(), z.gte(1), z.lte(repairListMaxLimit));
// The number form carries the bounds itself, so the OpenAPI document shows the maximum.
const PageLimit = z.pipe(
  z.union([PageSize, z.string().check(z.regex(/^\d+$/, 'A whole number.'))]),
  z.pipe(
    z.transform((value: number | string) => Number(value)),
    PageSize,
  ),
);

export const RepairListQuery = z.strictObject({
  status: z.optional(RepairStatusList),
  serviceCentreId: z.optional(Id),
  /**
   * Only flagged repairs (`true`): of pieces reported stolen or lost when booked, or booked by
   * someone other than the piece's registered owner; or only the others (`false`).
   */
  flagged: z.optional(BooleanFlag),
  /** Repairs per page: at most `repairListMaxLimit`, `repairListDefaultLimit` when absent. */
  limit: z.optional(PageLimit),
  /** `nextCursor` of the previous page. */
  cursor: z.optional(z.string().check(singleLine, z.minLength(1), z.maxLength(repairListCursorMaxLength))),
});
export type RepairListQuery = z.input<typeof RepairListQuery>;

/** One line of the service desk's list. */
export const RepairSummary = z.object({
  trackingCode: z.string(),
  status: RepairStatus,
  /** When the repair entered its current status. */
  statusSince: IsoDateTime,
  serial: z.string(),
  modelName: z.string(),
  serviceType: z.string(),
  serviceCentreId: Id,
  serviceCentreName: z.string(),
  contactName: z.string(),
  /** Whether the contact confirmed their address (see `ContactConfirmation`). */
  contactConfirmation: ContactConfirmation,
  /** The retailer whose counter the piece was left at, when it was. */
  droppedOffAtRetailerId: z.nullable(Id),
  flaggedItemStatus: z.nullable(z.enum(['stolen', 'lost'])),
  /** Booked by someone other than the piece's registered owner (see `RepairOrder`). */
  bookedByNonOwner: z.boolean(),
  promisedDate: z.nullable(IsoDate),
  createdAt: IsoDateTime,
});
export type RepairSummary = z.infer<typeof RepairSummary>;

export const RepairList = z.object({
  repairs: z.array(RepairSummary),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.nullable(z.string()),
});
export type RepairList = z.infer<typeof RepairList>;

export const listRepairs = operation({
  id: 'listRepairs',
  method: 'GET',
  path: '/v1/repairs',
  // Contacts are personal data: analysts get figures (service metrics), not this list. A retailer lists the repairs left with it.
  access: { keys: ['secret', 'retailer'], brandStaff: ['admin', 'serviceDesk', 'concierge'], retailerStaff: ['manager', 'associate'] },
  query: RepairListQuery,
  response: RepairList,
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const repairListingDocs = {
  tag: 'repairs',
  summaries: {
    listRepairs:
      `The service desk's repairs, newest first, a page at a time (\`limit\` up to ${repairListMaxLimit}, \`cursor\` from the previous page): filtered by \`status\` (repeated or a comma list), \`serviceCentreId\` and \`flagged\`.`,
  },
} as const satisfies OperationDocs;
