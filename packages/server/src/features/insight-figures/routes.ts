/** /v1/insight-figures: the brand's figures about its clients and network, each defined once in the contract. */
import { getCohortRetention, getCsatFigures, getRegistrationRates } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { cohortRetention } from './retention.ts';
import { csatFigures } from './csat.ts';
import { registrationRates } from './registration-rates.ts';

export function insightFigureRoutes(deps: ServerDeps): OperationRoute[] {
  return [
    route(getCohortRetention, ({ caller }) => cohortRetention(deps, caller.brandId)),
    route(getCsatFigures, ({ caller }) => csatFigures(deps, caller.brandId)),
    route(getRegistrationRates, ({ caller }) => registrationRates(deps, caller.brandId)),
  ];
}
