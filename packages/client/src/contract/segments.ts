/**
 * Customer segments, declared once: a small typed filter language over the brand's clients that
 * the server compiles to SQL (the same answer on SQLite and PostgreSQL), the console's builder
 * edits, and exports use. A filter is a clause: a condition on a person, or `all` / `any` / `not`
 * of clauses.
 *
 *   const collectorsInJapanDueForCare: SegmentFilter = {
 *     kind: 'all',
 *     of: [
 *       { kind: 'customerType', in: ['collector'] },
 *       { kind: 'country', in: ['JP'] },
 *       { kind: 'serviceDue', withinDays: 90 },
 *     ],
 *   };
 *   const { count } = await client.call(countSegment, { query: { filter: JSON.stringify(collectorsInJapanDueForCare) } });
 *
 * The people of a segment are the brand's clients: owners named by at least one confirmed
 * registration, as owner or buyer (a gift's giver is a client too). What each condition counts:
 * - `piecesOwned`: pieces they own now (confirmed, not voided or transferred away);
 * - `purchases`: pieces they bought or received (as buyer or owner of a confirmed registration,
 *   a sale voided as a mistake not counted); `services`: services of the pieces they own, since
 *   they got them; `purchasesAndServices`: both, the frequency the built-in segments use;
 * - `monthsSinceLastPurchaseOrService`, `monthsSinceFirstPurchase`, `monthsSinceLastService`:
 *   whole months elapsed (a date plus that many months is still on or before today), so
 *   "within 36 months" is `< 36`; a person with no such date matches no `monthsSince…`;
 * - `lastServiceBefore`: their latest service was before the date (never serviced: no match);
 * - `purchaseAnniversary`: a piece they own turns a year older (the day they got it) between
 *   today and `withinDays` days from today, both included (29 February counts as 28 February in
 *   other years);
 * - `serviceDue`: a piece they own falls due for care (the brand's service interval after its
 *   last service, or its purchase) on or before `withinDays` days from today, overdue included;
 * - `consent`: their current choice on that channel and purpose (the latest recorded); `granted:
 *   false` matches those who said no or were never asked;
 * - `country`, `language`, `customerType`: their profile;
 * - `collection`: they own now a piece of one of these collections (the catalogue's names, exact);
 * - `value`: their value including after-sales — what they paid for the pieces they bought and for
 *   repairs while they held a piece — in whole units of the brand's reporting currency (`amount`),
 *   amounts in other currencies converted with the brand's rate for their month; an amount without
 *   a rate is left out (exchange-rates.ts), so the count says which rates are missing (`valueBasis`).
 * Every date is the brand's day in UTC.
 */
import * as z from 'zod/mini';
import { operation, type OperationDocs } from './operation.ts';
import { CountryCode, Id, IsoDate, Locale } from './primitives.ts';
import { singleLine } from './text-characters.ts';
import { CurrencyBasis } from './exchange-rates.ts';
import { clientTiers } from './recognition.ts';

/** Most clauses an `all` or `any` lists. */
export const segmentGroupMaxClauses = 20;
/** Most conditions in one filter, whatever its nesting: each is a subquery. */
export const segmentFilterMaxConditions = 40;
/** Deepest nesting of `all` / `any` / `not`. */
export const segmentFilterMaxDepth = 4;
/** Most values a `country`, `language` or `customerType` condition lists. */
export const segmentListMaxValues = 50;
/** Longest collection name a `collection` condition lists (the catalogue's names are far shorter). */
export const segmentCollectionNameMaxLength = 100;
/** Largest count a `piecesOwned`, `purchases`… condition compares with. */
export const segmentCountMax = 10_000;
/** Largest number of months a `monthsSince…` condition compares with (100 years). */
export const segmentMonthsMax = 1_200;
/** Largest amount, in whole units of the reporting currency, a `value` condition compares with. */
export const segmentValueMax = 1_000_000_000;
/** Longest window, in days, of `purchaseAnniversary` and `serviceDue`. */
export const segmentWindowMaxDays = 365;
/** Longest `filter` text (JSON) a query carries. */
export const segmentFilterMaxLength = 8_000;
/** People in one page of a segment's members. */
export const segmentPageSize = 50;
/** Most people one CSV export holds: a larger segment is refused rather than cut short. */
export const segmentExportMaxRows = 100_000;

export const segmentComparisons = ['<', '<=', '=', '>=', '>'] as const;
export const SegmentComparison = z.enum(segmentComparisons);
export type SegmentComparison = z.infer<typeof SegmentComparison>;

export const segmentCounts = ['piecesOwned', 'purchases', 'services', 'purchasesAndServices'] as const;
export const segmentElapsedMonths = ['monthsSinceLastPurchaseOrService', 'monthsSinceFirstPurchase', 'monthsSinceLastService'] as const;
export const customerTypes = ['retail', 'trade', 'collector'] as const;
export const CustomerType = z.enum(customerTypes);
export type CustomerType = z.infer<typeof CustomerType>;
export const consentChannels = ['email'] as const;
export const consentPurposes = ['service', 'marketing'] as const;
export const ConsentChannel = z.enum(consentChannels);
export const ConsentPurpose = z.enum(consentPurposes);

const Count = z.number().check(z.int(), z.gte(0), z.lte(segmentCountMax));
const Months = z.number().check(z.int(), z.gte(0), z.lte(segmentMonthsMax));
const ValueAmount = z.number().check(z.int(), z.gte(0), z.lte(segmentValueMax));
const WindowDays = z.number().check(z.int(), z.gte(0), z.lte(segmentWindowMaxDays));
const Countries = z.array(CountryCode).check(z.minLength(1), z.maxLength(segmentListMaxValues));
const Languages = z.array(Locale).check(z.minLength(1), z.maxLength(segmentListMaxValues));
const CustomerTypes = z.array(CustomerType).check(z.minLength(1), z.maxLength(segmentListMaxValues));
const Collections = z
  .array(z.string().check(z.trim(), singleLine, z.minLength(1), z.maxLength(segmentCollectionNameMaxLength)))
  .check(z.minLength(1), z.maxLength(segmentListMaxValues));

// Each written out: a spread or a map at the top of a contract module is a possible side effect
// to a bundler, which would then keep these schemas in every widget chunk.
export const SegmentCondition = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('piecesOwned'), op: SegmentComparison, value: Count }),
  z.strictObject({ kind: z.literal('purchases'), op: SegmentComparison, value: Count }),
  z.strictObject({ kind: z.literal('services'), op: SegmentComparison, value: Count }),
  z.strictObject({ kind: z.literal('purchasesAndServices'), op: SegmentComparison, value: Count }),
  z.strictObject({ kind: z.literal('monthsSinceLastPurchaseOrService'), op: SegmentComparison, value: Months }),
  z.strictObject({ kind: z.literal('monthsSinceFirstPurchase'), op: SegmentComparison, value: Months }),
  z.strictObject({ kind: z.literal('monthsSinceLastService'), op: SegmentComparison, value: Months }),
  z.strictObject({ kind: z.literal('lastServiceBefore'), date: IsoDate }),
  z.strictObject({ kind: z.literal('purchaseAnniversary'), withinDays: WindowDays }),
  z.strictObject({ kind: z.literal('serviceDue'), withinDays: WindowDays }),
  z.strictObject({ kind: z.literal('consent'), channel: ConsentChannel, purpose: ConsentPurpose, granted: z.boolean() }),
  z.strictObject({ kind: z.literal('country'), in: Countries }),
  z.strictObject({ kind: z.literal('language'), in: Languages }),
  z.strictObject({ kind: z.literal('customerType'), in: CustomerTypes }),
  z.strictObject({ kind: z.literal('collection'), in: Collections }),
  z.strictObject({ kind: z.literal('value'), op: SegmentComparison, amount: ValueAmount }),
]);
export type SegmentCondition = z.infer<typeof SegmentCondition>;
export type SegmentConditionKind = SegmentCondition['kind'];

/** A condition, or `all` / `any` of clauses (every one, at least one), or `not` one. */
export type SegmentClause =
  | SegmentCondition
  | { kind: 'all'; of: SegmentClause[] }
  | { kind: 'any'; of: SegmentClause[] }
  | { kind: 'not'; of: SegmentClause };

const Clauses = z.array(z.lazy((): z.ZodMiniType<SegmentClause> => SegmentClause)).check(z.minLength(1), z.maxLength(segmentGroupMaxClauses));

// One discriminated union of the groups and the conditions: `kind` picks the clause, so an error
// names the clause's own field (`filter.of.1.value`), not "matches none of these".
export const SegmentClause: z.ZodMiniType<SegmentClause> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all'), of: Clauses }),
  z.strictObject({ kind: z.literal('any'), of: Clauses }),
  z.strictObject({ kind: z.literal('not'), of: z.lazy((): z.ZodMiniType<SegmentClause> => SegmentClause) }),
  SegmentCondition,
]);

/** How deep `clause` nests and how many conditions it holds. */
function measure(clause: SegmentClause): { depth: number; conditions: number } {
  if (clause.kind === 'all' || clause.kind === 'any' || clause.kind === 'not') {
    const parts = (clause.kind === 'not' ? [clause.of] : clause.of).map(measure);
    return { depth: 1 + Math.max(...parts.map((part) => part.depth)), conditions: parts.reduce((sum, part) => sum + part.conditions, 0) };
  }
  return { depth: 0, conditions: 1 };
}

/** A whole filter: a clause within the nesting and size bounds. */
export const SegmentFilter = SegmentClause.check(
  z.refine((clause) => measure(clause).depth <= segmentFilterMaxDepth, { message: `At most ${segmentFilterMaxDepth} levels of all, any and not.`, params: { code: 'too_large' } }),
  z.refine((clause) => measure(clause).conditions <= segmentFilterMaxConditions, { message: `At most ${segmentFilterMaxConditions} conditions.`, params: { code: 'too_large' } }),
);
export type SegmentFilter = SegmentClause;

/**
 * The built-in segments: one per client tier (the same definition as the recognition card's tier,
 * recognition.ts's `clientTiers`), then the RFM groups (`rfm_…`: recency, frequency and value
 * including after-sales, the usual group names, fixed thresholds, the value's declared in euros and
 * applied in the brand's reporting currency at its own euro rate — the server's rfm-segments.ts and
 * its README say which). Each family puts every client in exactly one of its segments.
 */
export const tierSegmentNames = clientTiers;
export const rfmSegmentNames = [
  'rfm_champions',
  'rfm_loyal_customers',
  'rfm_potential_loyalists',
  'rfm_new_customers',
  'rfm_promising',
  'rfm_need_attention',
  'rfm_about_to_sleep',
  'rfm_at_risk',
  'rfm_cannot_lose_them',
  'rfm_hibernating',
  'rfm_lost',
] as const;
export type RfmSegmentName = (typeof rfmSegmentNames)[number];
// Written out rather than spread from the two lists: a spread is a possible side effect to a bundler.
export const builtInSegmentNames = [
  'vip',
  'regular',
  'new',
  'at_risk',
  'lapsed',
  'rfm_champions',
  'rfm_loyal_customers',
  'rfm_potential_loyalists',
  'rfm_new_customers',
  'rfm_promising',
  'rfm_need_attention',
  'rfm_about_to_sleep',
  'rfm_at_risk',
  'rfm_cannot_lose_them',
  'rfm_hibernating',
  'rfm_lost',
] as const;
export const BuiltInSegmentName = z.enum(builtInSegmentNames);
export type BuiltInSegmentName = z.infer<typeof BuiltInSegmentName>;

/** The `filter` query parameter: a filter as JSON text, checked clause by clause (errors name `filter.of.2.value`…). */
const FilterText = z.pipe(
  z.string().check(z.minLength(1), z.maxLength(segmentFilterMaxLength), singleLine),
  z.pipe(
    z.transform((text: string, context) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        context.issues.push({ code: 'custom', input: text, message: 'Not JSON: the filter is a clause as JSON text.', params: { code: 'invalid_format' } });
        return z.NEVER;
      }
    }),
    SegmentFilter,
  ),
);

/** Which people: a built-in `segment` by name, or a `filter` (one of the two). */
const segmentChoice = {
  segment: z.optional(BuiltInSegmentName),
  filter: z.optional(FilterText),
};

export const SegmentQuery = z.strictObject(segmentChoice);
export type SegmentQuery = z.input<typeof SegmentQuery>;

export const SegmentMembersQuery = z.strictObject({
  ...segmentChoice,
  /** `nextCursor` of the previous page. */
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(128), singleLine)),
});
export type SegmentMembersQuery = z.input<typeof SegmentMembersQuery>;

export const SegmentExportQuery = z.strictObject({
  ...segmentChoice,
  /** What the list is for: only people who said yes to it on `channel` are exported. */
  purpose: ConsentPurpose,
  channel: ConsentChannel,
});
export type SegmentExportQuery = z.input<typeof SegmentExportQuery>;

export const SegmentCount = z.object({
  count: z.number(),
  /** The day the segment was evaluated on (UTC): "within 90 days" counts from it. */
  asOf: IsoDate,
  /**
   * When the segment compares clients' value (a `value` condition, the RFM segments): the currency
   * it is in and the exchange rates missing, whose amounts no value holds. Absent otherwise.
   */
  valueBasis: z.optional(CurrencyBasis),
});
export type SegmentCount = z.infer<typeof SegmentCount>;

/** A person of a segment, as brand staff see them. */
export const SegmentMember = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  country: z.string(),
  language: z.string(),
  customerType: CustomerType,
});
export type SegmentMember = z.infer<typeof SegmentMember>;

export const SegmentMemberPage = z.object({
  /** In a stable order (by id), so paging neither repeats nor skips anyone. */
  people: z.array(SegmentMember),
  nextCursor: z.nullable(z.string()),
  asOf: IsoDate,
});
export type SegmentMemberPage = z.infer<typeof SegmentMemberPage>;

export const BuiltInSegment = z.object({
  name: BuiltInSegmentName,
  /** In words, with its thresholds. */
  description: z.string(),
  /** The definition in the filter language: send it as `filter`, or edit it. */
  filter: z.unknown(),
});
export type BuiltInSegment = Omit<z.infer<typeof BuiltInSegment>, 'filter'> & { filter: SegmentFilter };

export const BuiltInSegmentList = z.object({ segments: z.array(BuiltInSegment) });
export type BuiltInSegmentList = { segments: BuiltInSegment[] };

/** The CSV export: a header line, then one person a line (RFC 4180, UTF-8). */
export const SegmentCsv = z.string();

/** Counting reads no one's data: analysts too. Members and exports name people: admins and customer care. */
const segmentFigures = { keys: ['secret'], brandStaff: ['admin', 'concierge', 'analyst'] } as const;
const segmentPeople = { keys: ['secret'], brandStaff: ['admin', 'concierge'] } as const;

export const listBuiltInSegments = operation({
  id: 'listBuiltInSegments',
  method: 'GET',
  path: '/v1/segments/built-in',
  access: segmentFigures,
  response: BuiltInSegmentList,
});

export const countSegment = operation({
  id: 'countSegment',
  method: 'GET',
  path: '/v1/segments/count',
  access: segmentFigures,
  query: SegmentQuery,
  response: SegmentCount,
});

export const listSegmentMembers = operation({
  id: 'listSegmentMembers',
  method: 'GET',
  path: '/v1/segments/members',
  access: segmentPeople,
  query: SegmentMembersQuery,
  response: SegmentMemberPage,
});

export const exportSegment = operation({
  id: 'exportSegment',
  method: 'GET',
  path: '/v1/segments/export.csv',
  access: segmentPeople,
  query: SegmentExportQuery,
  response: SegmentCsv,
  responseMediaType: 'text/csv',
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const segmentsDocs = {
  tag: 'segments',
  summaries: {
    listBuiltInSegments:
      'The built-in segments — the client tiers (vip, regular, new, at_risk, lapsed) and the RFM groups (rfm_champions … rfm_lost) — each in words with its thresholds, and its definition in the filter language.',
    countSegment:
      'How many clients a segment holds today: a built-in `segment`, or a `filter` (a clause of the filter language as JSON text).',
    listSegmentMembers:
      `The clients of a segment, ${segmentPageSize} a page (\`cursor\` from the previous page): name, e-mail, country, language, type. Audited.`,
    exportSegment:
      `The clients of a segment who said yes to \`purpose\` (marketing, service) on \`channel\`, as CSV (text/csv, UTF-8); at most ${segmentExportMaxRows} people. A cell starting with = + - @, a tab or a carriage return is prefixed with ' so a spreadsheet shows it, never runs it. Audited.`,
  },
} as const satisfies OperationDocs;
