/**
 * When each kind of care of a piece falls due (issue 16, the concierge): the owner's space shows
 * it, the concierge's sweep drafts reminders from it. Per kind of care (service, water-resistance
 * check, cleaning), the interval of the most specific care rule stating one — the piece's model's,
 * else its collection's, else its category's (care-rules.ts) — else, for the service, the brand's
 * `serviceIntervalMonths`, and for the other kinds no date at all; counted, as next-care-due.ts
 * counts the brand's interval, from the last service closed in Atelier since the purchase, or from
 * the purchase.
 *
 * Every service resets every kind of care. The registry records what a service was (a `serviced`
 * event's `serviceType`: a code each brand names itself, `full_service`, `battery`,
 * `water_resistance_test`…), not which checks it included, so Atelier cannot tell that a
 * battery change also tested the water resistance; counting only a service named after a kind
 * would guess at brands' codes, and would let a piece's service date here disagree with the one
 * the segments (next-care-due.ts, through the client summaries) count from, which take every service.
 */
import { careIntervalFields, careKinds, defaultReminderLeadTimeDays, type CareDue, type CareKind, type CareRuleScope } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';
import { addMonthsToDate, isBefore, type IsoDate } from '../shared/calendar.ts';
import { careCountedFrom, serviceIntervalMonthsOf, servicedDaysOf, type CareHistory } from './next-care-due.ts';

/** A care rule as care-due reads it (care-rules.ts stores and validates them). */
export interface StoredCareRule {
  scope: CareRuleScope;
  key: string;
  serviceIntervalMonths: number | null;
  waterResistanceCheckIntervalMonths: number | null;
  cleaningIntervalMonths: number | null;
  reminderLeadTimeDays: number | null;
  warrantyCondition: { careKind: CareKind; text: string } | null;
}

/** What of a piece's model its rules are keyed by. */
export interface PieceModel {
  reference: string;
  collection: string;
  category: string | null;
}

/** The brand's defaults, for a piece no rule covers. */
export interface CareDefaults {
  serviceIntervalMonths: number;
}

/** When one kind of care falls due, and when to remind the owner. */
export interface PieceCareDue extends CareDue {
  /** Days before `date` from which the concierge drafts its reminder. */
  reminderLeadTimeDays: number;
}

/** The rules that apply to a piece of `model`, most specific first: its model's, its collection's, its category's. */
export function rulesOfModel(model: PieceModel, rules: readonly StoredCareRule[]): StoredCareRule[] {
  const keyOf: Record<CareRuleScope, string | null> = { model: model.reference, collection: model.collection, category: model.category };
  const order: readonly CareRuleScope[] = ['model', 'collection', 'category'];
  return order.flatMap((scope) => rules.filter((rule) => rule.scope === scope && rule.key === keyOf[scope]));
}

/**
 * Each kind of care of a piece with `history`, of `model`, under the brand's `rules`, in the order
 * of `careKinds`; a kind no rule gives an interval (a check, a cleaning) is left out.
 * `warrantyCovers`: whether the warranty still covers the piece — a condition of a warranty that
 * has ended keeps nothing, and is not shown.
 */
export function careDueOfPiece(
  history: CareHistory,
  model: PieceModel,
  rules: readonly StoredCareRule[],
  defaults: CareDefaults,
  today: IsoDate,
  warrantyCovers: boolean,
): PieceCareDue[] {
  const applying = rulesOfModel(model, rules);
  const countedFrom = careCountedFrom(history);
  // One lead time for the piece, whichever rule sets an interval: the most specific rule stating one.
  const leadTimeRule = applying.find((rule) => rule.reminderLeadTimeDays !== null);
  const dues: PieceCareDue[] = [];
  for (const kind of careKinds) {
    const field = careIntervalFields[kind];
    const rule = applying.find((candidate) => candidate[field] !== null);
    const intervalMonths = rule?.[field] ?? (kind === 'service' ? defaults.serviceIntervalMonths : null);
    if (intervalMonths === null) continue;
    const date = addMonthsToDate(countedFrom.day, intervalMonths);
    const condition = rule?.warrantyCondition?.careKind === kind && warrantyCovers ? rule.warrantyCondition : null;
    dues.push({
      kind,
      date,
      after: countedFrom.after,
      overdue: isBefore(date, today),
      intervalMonths,
      ruledBy: rule ? { scope: rule.scope, key: rule.key } : null,
      warrantyCondition: condition ? { text: condition.text, lapsesAfter: date } : null,
      reminderLeadTimeDays: leadTimeRule?.reminderLeadTimeDays ?? defaultReminderLeadTimeDays,
    });
  }
  return dues;
}

/** The brand's care rules, as care-due reads them. */
export async function careRulesOf(db: Db, brandId: string): Promise<StoredCareRule[]> {
  const rows = await db.selectFrom('care_rules').selectAll().where('brand_id', '=', brandId).execute();
  return rows.map((row) => ({
    scope: row.scope,
    key: row.scope_key,
    serviceIntervalMonths: row.service_interval_months,
    waterResistanceCheckIntervalMonths: row.water_resistance_check_interval_months,
    cleaningIntervalMonths: row.cleaning_interval_months,
    reminderLeadTimeDays: row.reminder_lead_time_days,
    warrantyCondition:
      row.warranty_condition_care_kind === null || row.warranty_condition_text === null ? null : { careKind: row.warranty_condition_care_kind, text: row.warranty_condition_text },
  }));
}

/** A piece whose care is asked for: its purchase by its current owner, and whether its warranty covers it still. */
export interface PieceAskedFor {
  itemId: string;
  purchasedOn: IsoDate;
  warrantyCovers: boolean;
}

/** Each kind of care of each piece of the brand's `pieces`, by item id (one read of rules, models and services for them all). */
export async function careDueOfPieces(db: Db, brandId: string, pieces: readonly PieceAskedFor[], today: IsoDate): Promise<Map<string, PieceCareDue[]>> {
  const dues = new Map<string, PieceCareDue[]>();
  if (pieces.length === 0) return dues;
  const itemIds = pieces.map((piece) => piece.itemId);
  const models = await db
    .selectFrom('items')
    .innerJoin('models', 'models.id', 'items.model_id')
    .select(['items.id as item_id', 'models.reference', 'models.collection', 'models.category'])
    .where('items.id', 'in', itemIds)
    .execute();
  const modelOf = new Map(models.map((row) => [row.item_id, { reference: row.reference, collection: row.collection, category: row.category }]));
  const rules = await careRulesOf(db, brandId);
  const defaults = { serviceIntervalMonths: await serviceIntervalMonthsOf(db, brandId) };
  const servicedDays = await servicedDaysOf(db, itemIds);
  for (const piece of pieces) {
    const model = modelOf.get(piece.itemId);
    if (!model) continue;
    const history = { purchasedOn: piece.purchasedOn, servicedOn: servicedDays.get(piece.itemId) ?? [] };
    dues.set(piece.itemId, careDueOfPiece(history, model, rules, defaults, today, piece.warrantyCovers));
  }
  return dues;
}
