/**
 * The brand's care rules (GET /v1/care-rules, PUT and DELETE /v1/care-rules/{scope}/{key}): set
 * by its admins and its back office, read by care-due.ts. A rule is keyed by the model's reference
 * or the collection's or category's name as the catalogue spells it; it may name one no piece has
 * yet (a brand sets its rules before its new collection arrives).
 */
import {
  careRuleScopes,
  defaultReminderLeadTimeDays,
  type CareRule,
  type CareRuleList,
  type CareRuleScope,
  type ParsedParamsOf,
  type ParsedRequestOf,
  type putCareRule as putCareRuleOperation,
} from '@atelier/client/contract';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { CareRulesTable } from '../../db/schema.ts';
import { AtelierError } from '../../errors.ts';
import { serviceIntervalMonthsOf } from './next-care-due.ts';

type CareRuleKey = ParsedParamsOf<typeof putCareRuleOperation>;
type CareRuleInput = ParsedRequestOf<typeof putCareRuleOperation>;

function careRuleOf(row: CareRulesTable): CareRule {
  return {
    scope: row.scope,
    key: row.scope_key,
    serviceIntervalMonths: row.service_interval_months,
    waterResistanceCheckIntervalMonths: row.water_resistance_check_interval_months,
    cleaningIntervalMonths: row.cleaning_interval_months,
    reminderLeadTimeDays: row.reminder_lead_time_days,
    warrantyCondition:
      row.warranty_condition_care_kind === null || row.warranty_condition_text === null ? null : { careKind: row.warranty_condition_care_kind, text: row.warranty_condition_text },
    updatedAt: row.updated_at,
  };
}

const scopeRank: Record<CareRuleScope, number> = Object.fromEntries(careRuleScopes.map((scope, rank) => [scope, rank])) as Record<CareRuleScope, number>;

/** The brand's rules, most specific scope first, then by key; and the defaults. */
export async function listCareRules(db: Db, brandId: string): Promise<CareRuleList> {
  const rows = await db.selectFrom('care_rules').selectAll().where('brand_id', '=', brandId).execute();
  const rules = rows.map(careRuleOf).sort((a, b) => scopeRank[a.scope] - scopeRank[b.scope] || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { rules, defaults: { serviceIntervalMonths: await serviceIntervalMonthsOf(db, brandId), reminderLeadTimeDays: defaultReminderLeadTimeDays } };
}

/** Sets the rule of `key`, replacing the whole of it: what the input leaves out, the rule no longer states. */
export async function putCareRule(db: Db, clock: Clock, brandId: string, key: CareRuleKey, input: CareRuleInput): Promise<CareRule> {
  const values = {
    service_interval_months: input.serviceIntervalMonths ?? null,
    water_resistance_check_interval_months: input.waterResistanceCheckIntervalMonths ?? null,
    cleaning_interval_months: input.cleaningIntervalMonths ?? null,
    reminder_lead_time_days: input.reminderLeadTimeDays ?? null,
    warranty_condition_care_kind: input.warrantyCondition?.careKind ?? null,
    warranty_condition_text: input.warrantyCondition?.text ?? null,
    updated_at: clock.now().toISOString(),
  };
  // One statement, so two admins saving the same rule at once leave one of their rules, not an error.
  await db
    .insertInto('care_rules')
    .values({ brand_id: brandId, scope: key.scope, scope_key: key.key, ...values })
    .onConflict((conflict) => conflict.columns(['brand_id', 'scope', 'scope_key']).doUpdateSet(values))
    .execute();
  return careRuleOf({ brand_id: brandId, scope: key.scope, scope_key: key.key, ...values });
}

/** Removes the rule of `key`; another brand's, or none, is 404 `unknown_care_rule`. */
export async function deleteCareRule(db: Db, brandId: string, key: CareRuleKey): Promise<CareRule> {
  const row = await db.deleteFrom('care_rules').where('brand_id', '=', brandId).where('scope', '=', key.scope).where('scope_key', '=', key.key).returningAll().executeTakeFirst();
  if (!row) throw new AtelierError('unknown_care_rule', `The brand has no care rule for the ${key.scope} ${key.key}.`);
  return careRuleOf(row);
}
