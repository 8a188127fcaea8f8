export { createClient } from './client.ts';
export type { AtelierClient, ClientOptions } from './client.ts';
export { createTransport, defaultTimeoutMs, expandPath } from './transport.ts';
export type { ApiKeyOptions, CallFunction, CallInput, CallOptions, FetchFunction, Transport, TransportOptions } from './transport.ts';
export { generateIdempotencyKey } from './idempotency-key.ts';
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
export {
  buildDigitalLink,
  defaultDigitalLinkBaseUrl,
  DigitalLinkError,
  digitalLinkErrorCodes,
  gs1CheckDigit,
  gs1SerialMaxLength,
  linkTypeQueryParameter,
  normalizeGtin,
  parseDigitalLink,
  readDigitalLink,
} from './digital-link.ts';
export type {
  DigitalLink,
  DigitalLinkErrorCode,
  DigitalLinkField,
  DigitalLinkInput,
  DigitalLinkParseResult,
  DigitalLinkType,
} from './digital-link.ts';
export { canonicalEventBytes, canonicalEventFormat, chainEvents, hashEvent, signChainHead, verifyProvenanceRecord } from './provenance-chain.ts';
export type {
  ChainedEventFields,
  ProvenanceVerification,
  ProvenanceVerificationFailureReason,
  UnchainedEvent,
  WebCryptoKey,
} from './provenance-chain.ts';
export * from './contract/index.ts';
