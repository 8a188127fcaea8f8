/** What the Care page calls: the concierge's queue, its figures, and the brand's care rules. */
import type { CallFunction, CallOptions } from '@atelier/client';
import {
  deleteCareRule,
  dropCareReminder,
  getCareReminderFigures,
  holdCareReminder,
  listCareReminders,
  listCareRules,
  personaliseCareReminder,
  putCareRule,
  releaseCareReminder,
  sendCareReminderNow,
} from '@atelier/client/contract';
import type {
  CareReminder,
  CareReminderFigures,
  CareReminderFiguresQuery,
  CareReminderPersonalisation,
  CareRemindersPage,
  CareRemindersQuery,
  CareRule,
  CareRuleInput,
  CareRuleList,
  CareRuleParams,
  Received,
} from '@atelier/client/contract';

export interface CareRemindersClient {
  reminders(query: CareRemindersQuery, options?: CallOptions): Promise<Received<CareRemindersPage>>;
  personalise(reminderId: string, change: CareReminderPersonalisation, options?: CallOptions): Promise<Received<CareReminder>>;
  hold(reminderId: string, options?: CallOptions): Promise<Received<CareReminder>>;
  release(reminderId: string, options?: CallOptions): Promise<Received<CareReminder>>;
  send(reminderId: string, options?: CallOptions): Promise<Received<CareReminder>>;
  drop(reminderId: string, reason: string, options?: CallOptions): Promise<Received<CareReminder>>;
  figures(period: CareReminderFiguresQuery, options?: CallOptions): Promise<Received<CareReminderFigures>>;
}

export interface CareRulesClient {
  rules(options?: CallOptions): Promise<Received<CareRuleList>>;
  put(key: CareRuleParams, rule: CareRuleInput, options?: CallOptions): Promise<Received<CareRule>>;
  delete(key: CareRuleParams, options?: CallOptions): Promise<Received<CareRule>>;
}

export function createCareRemindersClient(call: CallFunction): CareRemindersClient {
  return {
    reminders: (query, options) => call(listCareReminders, { query }, options),
    personalise: (reminderId, change, options) => call(personaliseCareReminder, { params: { reminderId }, body: change }, options),
    hold: (reminderId, options) => call(holdCareReminder, { params: { reminderId } }, options),
    release: (reminderId, options) => call(releaseCareReminder, { params: { reminderId } }, options),
    send: (reminderId, options) => call(sendCareReminderNow, { params: { reminderId } }, options),
    drop: (reminderId, reason, options) => call(dropCareReminder, { params: { reminderId }, body: { reason } }, options),
    figures: (period, options) => call(getCareReminderFigures, { query: period }, options),
  };
}

export function createCareRulesClient(call: CallFunction): CareRulesClient {
  return {
    rules: (options) => call(listCareRules, {}, options),
    put: (key, rule, options) => call(putCareRule, { params: key, body: rule }, options),
    delete: (key, options) => call(deleteCareRule, { params: key }, options),
  };
}
