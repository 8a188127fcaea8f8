export { createClient } from './client.ts';
export type { AtelierClient, ClientOptions } from './client.ts';
export { createTransport, defaultTimeoutMs, expandPath } from './transport.ts';
export type { ApiKeyOptions, CallFunction, CallInput, CallOptions, FetchFunction, Transport, TransportOptions } from './transport.ts';
export { defaultRetryLimit, longestRetryAfterWaitSeconds, retriedMethods } from './retry-policy.ts';
export type { RetryOption } from './retry-policy.ts';
export {
  ApiError,
  AtelierClientError,
  NetworkError,
  ResponseValidationError,
  TimeoutError,
  ValidationError,
} from './errors.ts';
export * from './contract/index.ts';
