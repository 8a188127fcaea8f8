/**
 * What each method of `createClient()` returns: a promise of the data that can also give the raw
 * response. Kept out of the transport, so the widgets (which build on the transport alone) do not
 * carry it.
 */
import type { DataAndResponse } from './transport.ts';

/**
 * A promise of a call's data, whose `withResponse()` gives the data and the raw `Response`
 * (headers such as `RateLimit` or `Idempotent-Replayed`, the status, the URL):
 * `const { data, response } = await client.brand.get().withResponse()`.
 */
export type ApiPromise<T> = Promise<T> & { withResponse(): Promise<DataAndResponse<T>> };

/**
 * A client's methods as another implementation may provide them (a client routed through a
 * brand's own backend, a test fake): the same methods returning plain promises.
 */
export type ClientLike<T> = {
  [Key in keyof T]: T[Key] extends (...args: infer Args) => ApiPromise<infer Data> ? (...args: Args) => Promise<Data> : ClientLike<T[Key]>;
};

export function apiPromise<T>(answer: Promise<DataAndResponse<T>>): ApiPromise<T> {
  const data = answer.then((result) => result.data);
  return Object.assign(data, {
    withResponse: () => {
      // The caller awaits `answer` instead: its failure is theirs to handle, not an unhandled rejection of `data`.
      data.catch(() => undefined);
      return answer;
    },
  });
}
