/** What the benchmarks page calls: a retailer's figures against the network median. */
import type { CallFunction, CallOptions } from '@atelier/client';
import { getRetailerBenchmarks } from '@atelier/client/contract';
import type { Received, RetailerBenchmarks } from '@atelier/client/contract';

export interface BenchmarksClient {
  /** A retailer's staff get their own whatever `retailerId` says; the brand names one. */
  figures(retailerId: string | undefined, options?: CallOptions): Promise<Received<RetailerBenchmarks>>;
}

export function createBenchmarksClient(call: CallFunction): BenchmarksClient {
  return {
    figures: (retailerId, options) => call(getRetailerBenchmarks, { query: retailerId ? { retailerId } : {} }, options),
  };
}
