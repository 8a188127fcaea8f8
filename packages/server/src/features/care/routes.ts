/** /v1/care-rules: the brand's care rules, for its admins and its back office; /v1/care-reminders: customer care's queue and figures. */
import {
  deleteCareRule as deleteCareRuleOperation,
  dropCareReminder as dropCareReminderOperation,
  getCareReminder as getCareReminderOperation,
  getCareReminderFigures as getCareReminderFiguresOperation,
  holdCareReminder as holdCareReminderOperation,
  listCareReminders as listCareRemindersOperation,
  listCareRules as listCareRulesOperation,
  personaliseCareReminder as personaliseCareReminderOperation,
  putCareRule as putCareRuleOperation,
  releaseCareReminder as releaseCareReminderOperation,
  sendCareReminderNow as sendCareReminderNowOperation,
} from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { careReminderFigures } from './care-reminder-figures.ts';
import { dropCareReminder, getCareReminder, holdCareReminder, listCareReminders, personaliseCareReminder, releaseCareReminder, sendCareReminderNow } from './care-reminder-queue.ts';
import { deleteCareRule, listCareRules, putCareRule } from './care-rules.ts';

export function careRuleRoutes(deps: ServerDeps): OperationRoute[] {
  return [
    route(listCareRulesOperation, ({ caller }) => listCareRules(deps.db, caller.brandId)),
    route(putCareRuleOperation, ({ params, body, caller }) => putCareRule(deps.db, deps.clock, caller.brandId, params, body)),
    route(deleteCareRuleOperation, ({ params, caller }) => deleteCareRule(deps.db, caller.brandId, params)),
  ];
}

/** `deps.mailer` is the server's outbox: a reminder sent now is queued with its change to `sent`. */
export function careReminderRoutes(deps: ServerDeps): OperationRoute[] {
  return [
    route(listCareRemindersOperation, ({ query, caller }) => listCareReminders(deps, caller.brandId, query)),
    route(getCareReminderOperation, ({ params, caller }) => getCareReminder(deps, caller.brandId, params.reminderId)),
    route(personaliseCareReminderOperation, ({ params, body, caller }) => personaliseCareReminder(deps, caller.brandId, params.reminderId, body)),
    route(holdCareReminderOperation, ({ params, caller }) => holdCareReminder(deps, caller.brandId, params.reminderId)),
    route(releaseCareReminderOperation, ({ params, caller }) => releaseCareReminder(deps, caller.brandId, params.reminderId)),
    route(sendCareReminderNowOperation, ({ params, caller }) => sendCareReminderNow(deps, caller.brandId, params.reminderId)),
    route(dropCareReminderOperation, ({ params, body, caller }) => dropCareReminder(deps, caller.brandId, params.reminderId, body.reason)),
    route(getCareReminderFiguresOperation, ({ query, caller }) => careReminderFigures(deps.db, deps.clock, caller.brandId, query)),
  ];
}
