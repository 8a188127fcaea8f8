/** /v1/exchange-rates: the brand's rates into its reporting currency; /v1/acquisition-spend: what it spends to win clients. */
import {
  deleteAcquisitionSpend as deleteAcquisitionSpendOperation,
  deleteExchangeRate as deleteExchangeRateOperation,
  listAcquisitionSpend as listAcquisitionSpendOperation,
  listExchangeRates as listExchangeRatesOperation,
  putAcquisitionSpend as putAcquisitionSpendOperation,
  setExchangeRates as setExchangeRatesOperation,
} from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { deleteAcquisitionSpend, listAcquisitionSpend, putAcquisitionSpend } from './acquisition-spend.ts';
import { deleteExchangeRate, listExchangeRates, setExchangeRates } from './rates.ts';

export function moneySettingsRoutes(deps: ServerDeps): OperationRoute[] {
  return [
    route(listExchangeRatesOperation, ({ query, caller }) => listExchangeRates(deps.db, caller.brandId, query)),
    route(setExchangeRatesOperation, ({ body, caller }) => setExchangeRates(deps, caller.brandId, body)),
    route(deleteExchangeRateOperation, ({ params, caller }) => deleteExchangeRate(deps.db, caller.brandId, params, deps.clock.now())),
    route(listAcquisitionSpendOperation, ({ query, caller }) => listAcquisitionSpend(deps.db, caller.brandId, query)),
    route(putAcquisitionSpendOperation, ({ params, body, caller }) => putAcquisitionSpend(deps, caller.brandId, params, body)),
    route(deleteAcquisitionSpendOperation, ({ params, caller }) => deleteAcquisitionSpend(deps.db, caller.brandId, params)),
  ];
}
