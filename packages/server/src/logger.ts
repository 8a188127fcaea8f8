/**
 * The server's logger: one JSON line per event (@atelier/runtime). Callers pass only non-secret
 * fields: never keys, tokens, card codes, e-mail addresses or request bodies.
 */
export { consoleLogger, recordingLogger, silentLogger, type LogFields, type Logger } from '@atelier/runtime';
