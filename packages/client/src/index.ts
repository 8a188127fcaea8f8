export { createClient } from './client.ts';
export type { AtelierClient, ClientCallFunction, ClientOptions } from './client.ts';
export type { ApiPromise, ClientLike } from './api-promise.ts';
export { createTransport, defaultTimeoutMs, expandPath, sdkName } from './transport.ts';
export { createSessionTransport } from './session-transport.ts';
export type { SessionTransportOptions } from './session-transport.ts';
export { createOwnerTransport, ownerCredentialOf, ownerSpacePathPrefix } from './owner-transport.ts';
export type { OwnerTransportOptions } from './owner-transport.ts';
export { createOwnerClient } from './owner-client.ts';
export type { OwnerClient, OwnerClientOptions } from './owner-client.ts';
export type {
  ApiKeyOptions,
  CallFunction,
  CallInput,
  CallOptions,
  ConnectionOptions,
  DataAndResponse,
  FetchFunction,
  SendFunction,
  Sender,
  Transport,
  TransportOptions,
} from './transport.ts';
export { sdkVersion } from './sdk-version.ts';
export { paginate } from './pagination.ts';
export type { CursorPage } from './pagination.ts';
export { generateIdempotencyKey } from './idempotency-key.ts';
export { defaultRetryLimit, idempotentMethods, longestRetryAfterWaitSeconds, methodsRetriedWithIdempotencyKey, retryPolicy } from './retry-policy.ts';
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
export { canonicalDossierBytes, canonicalEventBytes, canonicalEventFormat, chainEvents, hashEvent, signChainHead, signDossierFacts, verifyProvenanceRecord } from './provenance-chain.ts';
export type {
  ChainedEventFields,
  ProvenanceVerification,
  ProvenanceVerificationFailureReason,
  UnchainedEvent,
  WebCryptoKey,
} from './provenance-chain.ts';
export * from './contract/index.ts';
