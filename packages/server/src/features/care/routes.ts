/** /v1/care-rules: the brand's care rules, for its admins and its back office. */
import { deleteCareRule as deleteCareRuleOperation, listCareRules as listCareRulesOperation, putCareRule as putCareRuleOperation } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { deleteCareRule, listCareRules, putCareRule } from './care-rules.ts';

export function careRuleRoutes(deps: ServerDeps): OperationRoute[] {
  return [
    route(listCareRulesOperation, ({ caller }) => listCareRules(deps.db, caller.brandId)),
    route(putCareRuleOperation, ({ params, body, caller }) => putCareRule(deps.db, deps.clock, caller.brandId, params, body)),
    route(deleteCareRuleOperation, ({ params, caller }) => deleteCareRule(deps.db, caller.brandId, params)),
  ];
}
