/**
 * The app's logger: one JSON line per event (@atelier/runtime). Callers pass only non-secret,
 * non-personal fields: shop domains, topics, ids and codes; never keys, tokens, e-mail addresses,
 * names or bodies.
 */
export { consoleLogger, recordingLogger, silentLogger, type LogFields, type Logger } from '@atelier/runtime';
