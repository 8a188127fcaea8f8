/** The connection budgets of `serve()`, each with its unit in its name. */

/**
 * While draining, a keep-alive connection is closed once it has been idle this long since its last
 * answer. A client that got an answer a moment ago may already be sending its next request on the
 * connection: closing it under that request would reset it, so a connection in use gets the grace
 * and then its next answer says `Connection: close`. One already idle this long closes at once.
 */
export const drainIdleConnectionGraceMs = 1_000;

/** While draining, how often idle connections are looked for. */
export const drainIdleSweepIntervalMs = 50;
