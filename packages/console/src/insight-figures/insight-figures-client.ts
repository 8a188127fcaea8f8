/** What the figures page calls: the brand's figures, each defined in the contract (insight-figures.ts). */
import type { CallFunction, CallOptions } from '@atelier/client';
import { getAcquisitionCost, getClvBySegment, getCohortRetention, getCsatFigures, getRegistrationRates } from '@atelier/client/contract';
import type { AcquisitionCost, ClvBySegment, CohortRetention, CsatFigures, Received, RegistrationRates } from '@atelier/client/contract';

export interface InsightFiguresClient {
  retention(options?: CallOptions): Promise<Received<CohortRetention>>;
  csat(options?: CallOptions): Promise<Received<CsatFigures>>;
  registrationRates(options?: CallOptions): Promise<Received<RegistrationRates>>;
  clv(options?: CallOptions): Promise<Received<ClvBySegment>>;
  acquisitionCost(options?: CallOptions): Promise<Received<AcquisitionCost>>;
}

export function createInsightFiguresClient(call: CallFunction): InsightFiguresClient {
  return {
    retention: (options) => call(getCohortRetention, {}, options),
    csat: (options) => call(getCsatFigures, {}, options),
    registrationRates: (options) => call(getRegistrationRates, {}, options),
    clv: (options) => call(getClvBySegment, {}, options),
    acquisitionCost: (options) => call(getAcquisitionCost, {}, options),
  };
}
