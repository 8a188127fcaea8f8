/** /v1/insight-figures: the brand's figures about its clients and network, each defined once in the contract. */
import { getAcquisitionCost, getClvBySegment, getCohortRetention, getCsatFigures, getRegistrationRates } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { cohortRetention } from './retention.ts';
import { csatFigures } from './csat.ts';
import { registrationRates } from './registration-rates.ts';
import { clvBySegment } from './clv.ts';
import { acquisitionCost } from './acquisition-cost.ts';

export function insightFigureRoutes(deps: ServerDeps): OperationRoute[] {
  return [
    route(getCohortRetention, ({ caller }) => cohortRetention(deps, caller.brandId)),
    route(getCsatFigures, ({ caller }) => csatFigures(deps, caller.brandId)),
    route(getRegistrationRates, ({ caller }) => registrationRates(deps, caller.brandId)),
    route(getClvBySegment, ({ caller }) => clvBySegment(deps, caller.brandId)),
    route(getAcquisitionCost, ({ caller }) => acquisitionCost(deps, caller.brandId)),
  ];
}
