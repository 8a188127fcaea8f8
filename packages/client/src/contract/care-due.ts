/**
 * When each kind of care of a piece falls due (issue 16): what the owner's space shows of a piece
 * and what the care rules (`care-rules.ts`) are about. A module of its own so a page showing a
 * piece's care (the owner portal) carries these few schemas and none of the rules' operations.
 */
import * as z from 'zod/mini';
import { IsoDate } from './primitives.ts';

/** The kinds of care a rule sets an interval for. */
export const careKinds = ['service', 'water_resistance_check', 'cleaning'] as const;
export const CareKind = z.enum(careKinds);
export type CareKind = z.infer<typeof CareKind>;

/** What a rule is keyed by, most specific first: a model's reference, a collection's name, a category's name. */
export const careRuleScopes = ['model', 'collection', 'category'] as const;
export const CareRuleScope = z.enum(careRuleScopes);
export type CareRuleScope = z.infer<typeof CareRuleScope>;

/**
 * When one kind of care of a piece falls due, as the owner's space and the concierge read it: the
 * interval of the rule it follows (`ruledBy`, null for the brand's default), counted from its last
 * service closed in Atelier since the purchase, or from the purchase.
 */
export const CareDue = z.object({
  kind: CareKind,
  date: IsoDate,
  after: z.enum(['last_service', 'purchase']),
  /** Due before today. */
  overdue: z.boolean(),
  intervalMonths: z.number(),
  ruledBy: z.nullable(z.object({ scope: CareRuleScope, key: z.string() })),
  /**
   * The rule's warranty condition for this kind of care, while the warranty covers the piece:
   * `text` says what lapses, `lapsesAfter` the last day the care keeps it (the due date).
   */
  warrantyCondition: z.nullable(z.object({ text: z.string(), lapsesAfter: IsoDate })),
});
export type CareDue = z.infer<typeof CareDue>;
