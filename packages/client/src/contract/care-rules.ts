/**
 * The concierge's care rules (issue 16): how often each kind of care falls due for the brand's
 * pieces of a model, a collection or a category, and how long before it falls due the owner is
 * reminded. A rule may state a warranty condition ("a water-resistance check every 2 years keeps
 * the warranty"): the owner's space and the reminders then say what lapses, and when.
 *
 *   await client.call(putCareRule, { params: { scope: 'collection', key: 'Corniche' } }, {
 *     serviceIntervalMonths: 60,
 *     waterResistanceCheckIntervalMonths: 24,
 *     reminderLeadTimeDays: 45,
 *     warrantyCondition: { careKind: 'water_resistance_check', text: 'A water-resistance check every 2 years keeps the warranty.' },
 *   });
 *
 * Which rule a piece follows, per kind of care: the most specific rule that states an interval for
 * that kind — its model's, else its collection's, else its category's; for the service, the
 * brand's `serviceIntervalMonths` (its warranty policy) when no rule states one, and for a
 * water-resistance check or a cleaning, none (no date) when no rule states one. The lead time is
 * the most specific rule's that states one, else `defaultReminderLeadTimeDays`.
 */
import * as z from 'zod/mini';
import { fieldCheck } from './field-check.ts';
import { operation, type OperationDocs } from './operation.ts';
import { CareKind, CareRuleScope } from './care-due.ts';
import { IsoDateTime } from './primitives.ts';
import { singleLine } from './text-characters.ts';

/** Longest interval a rule may set: twenty years, in months. */
export const careIntervalMaxMonths = 240;
/** Longest lead time a rule may set: a year, in days. */
export const reminderLeadTimeMaxDays = 365;
/** The lead time of a piece no rule gives one: reminders are drafted this many days before care falls due. */
export const defaultReminderLeadTimeDays = 30;
/** Longest model reference, collection or category name a rule is keyed by. */
export const careRuleKeyMaxLength = 100;
/** Longest warranty condition, in characters: one sentence the owner reads. */
export const warrantyConditionMaxLength = 280;

const IntervalMonths = z.number().check(z.int(), z.gte(1), z.lte(careIntervalMaxMonths));
const LeadTimeDays = z.number().check(z.int(), z.gte(0), z.lte(reminderLeadTimeMaxDays));

export const CareRuleParams = z.strictObject({
  scope: CareRuleScope,
  /** The model's reference, or the collection's or category's name, as the catalogue spells it. */
  key: z.string().check(z.trim(), singleLine, z.minLength(1), z.maxLength(careRuleKeyMaxLength)),
});
export type CareRuleParams = z.input<typeof CareRuleParams>;

export const WarrantyCondition = z.object({
  /** The kind of care the condition is about; the rule must set that kind's interval. */
  careKind: CareKind,
  /** What the owner reads, in the brand's words: "A water-resistance check every 2 years keeps the warranty." */
  text: z.string(),
});
export type WarrantyCondition = z.infer<typeof WarrantyCondition>;

/** The interval field of each kind of care, in a rule and in its input. */
export const careIntervalFields = {
  service: 'serviceIntervalMonths',
  water_resistance_check: 'waterResistanceCheckIntervalMonths',
  cleaning: 'cleaningIntervalMonths',
} as const satisfies Record<CareKind, string>;

interface CareRuleIntervals {
  serviceIntervalMonths?: number | undefined;
  waterResistanceCheckIntervalMonths?: number | undefined;
  cleaningIntervalMonths?: number | undefined;
  warrantyCondition?: { careKind: CareKind } | undefined;
}

/**
 * A rule as put: what it leaves out, it does not state (a more general rule, or the brand's
 * default, then decides that for the piece). A PUT replaces the whole rule.
 */
export const CareRuleInput = z
  .strictObject({
    serviceIntervalMonths: z.optional(IntervalMonths),
    waterResistanceCheckIntervalMonths: z.optional(IntervalMonths),
    cleaningIntervalMonths: z.optional(IntervalMonths),
    /** Days before care falls due that the owner's reminder is drafted. */
    reminderLeadTimeDays: z.optional(LeadTimeDays),
    warrantyCondition: z.optional(
      z.strictObject({
        careKind: CareKind,
        text: z.string().check(z.trim(), singleLine, z.minLength(1), z.maxLength(warrantyConditionMaxLength)),
      }),
    ),
  })
  .check(
    fieldCheck((rule: CareRuleIntervals) => {
      if (rule.serviceIntervalMonths === undefined && rule.waterResistanceCheckIntervalMonths === undefined && rule.cleaningIntervalMonths === undefined) {
        return { path: ['serviceIntervalMonths'], code: 'required', message: 'Give at least one interval: serviceIntervalMonths, waterResistanceCheckIntervalMonths or cleaningIntervalMonths.' };
      }
      const condition = rule.warrantyCondition;
      if (condition !== undefined && rule[careIntervalFields[condition.careKind]] === undefined) {
        return { path: ['warrantyCondition', 'careKind'], code: 'invalid_value', message: `This rule sets no ${careIntervalFields[condition.careKind]}: a warranty condition is about an interval the same rule sets.` };
      }
      return undefined;
    }),
  );
export type CareRuleInput = z.input<typeof CareRuleInput>;

export const CareRule = z.object({
  scope: CareRuleScope,
  key: z.string(),
  /** Each interval, or null where the rule does not state it. */
  serviceIntervalMonths: z.nullable(z.number()),
  waterResistanceCheckIntervalMonths: z.nullable(z.number()),
  cleaningIntervalMonths: z.nullable(z.number()),
  reminderLeadTimeDays: z.nullable(z.number()),
  warrantyCondition: z.nullable(WarrantyCondition),
  updatedAt: IsoDateTime,
});
export type CareRule = z.infer<typeof CareRule>;

export const CareRuleList = z.object({
  /** Most specific scope first (model, collection, category), then by key. */
  rules: z.array(CareRule),
  /** What a piece no rule covers follows. */
  defaults: z.object({
    /** The brand's warranty policy. */
    serviceIntervalMonths: z.number(),
    reminderLeadTimeDays: z.number(),
  }),
});
export type CareRuleList = z.infer<typeof CareRuleList>;

const careRulesAccess = { keys: ['secret'], brandStaff: ['admin'] } as const;

export const listCareRules = operation({
  id: 'listCareRules',
  method: 'GET',
  path: '/v1/care-rules',
  access: careRulesAccess,
  response: CareRuleList,
});

export const putCareRule = operation({
  id: 'putCareRule',
  method: 'PUT',
  path: '/v1/care-rules/{scope}/{key}',
  access: careRulesAccess,
  params: CareRuleParams,
  request: CareRuleInput,
  response: CareRule,
});

export const deleteCareRule = operation({
  id: 'deleteCareRule',
  method: 'DELETE',
  path: '/v1/care-rules/{scope}/{key}',
  access: careRulesAccess,
  params: CareRuleParams,
  response: CareRule,
  errors: ['unknown_care_rule'],
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const careRulesDocs = {
  tag: 'care',
  summaries: {
    listCareRules: "The brand's care rules, most specific scope first, and the defaults a piece no rule covers follows.",
    putCareRule:
      "Sets the care rule of a model (by reference), a collection or a category (by name), replacing the whole rule: its intervals in months per kind of care, the reminders' lead time in days, and a warranty condition about one kind of care it sets. Per kind of care, a piece follows the most specific rule stating it (model, then collection, then category), else the brand's service interval for the service. A rule may name a model, collection or category no piece has yet.",
    deleteCareRule: 'Removes a care rule: its pieces follow the next more general rule from then on. Answers the rule removed; an unknown one is 404 unknown_care_rule.',
  },
} as const satisfies OperationDocs;
