/**
 * createServer(): the HTTP platform (request id, security headers, CORS, body limit, rate limit,
 * problem+json for every error), then each feature's operations registered from the contract.
 */
import { importStockMovements } from '@atelier/client/contract';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { sql } from 'kysely';
import { ApiKeyCache } from './api-keys.ts';
import { startProcedureThread } from './threads/procedure-threads.ts';
import { SharedCounters } from './db/shared-counters.ts';
import type { ServerDeps } from './deps.ts';
import { AtelierError } from './errors.ts';
import { apiKeyRoutes } from './features/api-keys/routes.ts';
import { auditRoutes } from './features/audit/routes.ts';
import { brandRoutes } from './features/brand/routes.ts';
import { currentKeyRoutes } from './features/api-keys/current-key.ts';
import { registerDigitalLinkResolver } from './features/digital-link/resolver.ts';
import { registerUnsubscribeRoutes } from './features/unsubscribe/routes.ts';
import { registerCalendarFeedRoute } from './features/owner-documents/calendar-feed-route.ts';
import { loggedPath } from './http/logged-path.ts';
import { addressHasher, LookupAuditLog } from './features/provenance/lookup-audit.ts';
import { provenanceLookupGuard } from './features/provenance/lookup-guard.ts';
import { provenanceRoutes } from './features/provenance/routes.ts';
import { StoredRecordRefresher } from './features/provenance/stored-record-refresher.ts';
import { itemRoutes } from './features/items/routes.ts';
import { saleRoutes } from './features/sales/routes.ts';
import { repairRoutes } from './features/repairs/routes.ts';
import { retailerRoutes } from './features/retailers/routes.ts';
import { catalogueRoutes } from './features/catalogue/routes.ts';
import { stockRoutes } from './features/stock/routes.ts';
import { recognitionRoutes } from './features/recognition/routes.ts';
import { retailerBenchmarkRoutes } from './features/retailer-benchmarks/routes.ts';
import { retailerNoteRoutes } from './features/retailer-notes/routes.ts';
import { segmentRoutes } from './features/segments/routes.ts';
import { clientRoutes } from './features/clients/routes.ts';
import { insightFigureRoutes } from './features/insight-figures/routes.ts';
import { careReminderRoutes, careRuleRoutes } from './features/care/routes.ts';
import { moneySettingsRoutes } from './features/exchange-rates/routes.ts';
import { clientNoteRoutes } from './features/client-notes/routes.ts';
import { invitationRoutes } from './features/invitations/routes.ts';
import { brandNewsRoutes } from './features/brand-news/routes.ts';
import { serviceMetricsRoutes } from './features/service-metrics/routes.ts';
import { serviceNetworkRoutes } from './features/service-network/routes.ts';
import { peopleRoutes } from './features/people/routes.ts';
import { passkeyRoutes } from './features/passkeys/routes.ts';
import { sessionRoutes } from './features/sessions/routes.ts';
import { consoleSessionAuthenticator } from './features/sessions/sessions.ts';
import { ownerOrConsoleSession, ownerSessionAuthenticator } from './features/owner-space/owner-sessions.ts';
import { ownerPreferenceRoutes } from './features/owner-preferences/routes.ts';
import { profileShareRoutes } from './features/profile-shares/routes.ts';
import { myDataRoutes } from './features/my-data/routes.ts';
import { ownerSpaceRoutes } from './features/owner-space/routes.ts';
import { ownerDocumentRoutes } from './features/owner-documents/routes.ts';
import { ownerTransferRoutes } from './features/owner-transfers/routes.ts';
import { ownerPasskeyRoutes } from './features/owner-passkeys/routes.ts';
import { warrantyRoutes } from './features/warranties/routes.ts';
import { clientIpOf } from './http/client-ip.ts';
import { requestBodyLimit } from './http/body-limit.ts';
import type { AppEnv } from './http/context.ts';
import { consoleBasePath, consoleRoutes } from './http/console-static.ts';
import { corsByApiKeys } from './http/cors.ts';
import { problemFromError, problemResponse } from './http/problem.ts';
import { rateLimit } from './http/rate-limit.ts';
import { oncePerRequest, type SessionAuthenticator } from './http/principal.ts';
import { registerOperations } from './http/register-operations.ts';
import {
  apiKeyCacheMaxEntries,
  apiKeyCacheTtlMs,
  defaultProvenanceLookupPolicies,
  defaultRateLimitPolicies,
  lookupAuditFlushIntervalMs,
  lookupAuditMaxBufferedRows,
  lookupAuditRowsPerInsert,
  rateLimitSyncIntervalMs,
  requestBodyLimitBytes,
  stockImportBodyLimitBytes,
  type ProvenanceLookupPolicies,
  type RateLimitPolicies,
} from './limits.ts';
import { consoleLogger, type Logger } from './logger.ts';
import type { Mailer } from './mail/mailer.ts';
import { MailOutbox } from './mail/outbox.ts';
import { openApiDocument } from './openapi.ts';

export interface ServerOptions {
  logger?: Logger;
  rateLimits?: RateLimitPolicies;
  /** Budgets of public provenance lookups (API and Digital Link resolver). */
  provenanceLookupLimits?: ProvenanceLookupPolicies;
  /** Salt of the lookup audit's address hashes (`AUDIT_ADDRESS_SALT`); default: generated once, kept in the database. */
  auditAddressSalt?: string | undefined;
  /** Proxies of ours in front of the server (`true`: one); the client IP is read that many hops from the right of `X-Forwarded-For` (client-ip.ts). */
  trustProxy?: boolean | number;
  /** Finds the console session of a request without a key; default: the console's sessions (features/sessions). Tests may pass their own. */
  authenticateSession?: SessionAuthenticator;
  /** Where the built console is served from at /console/; default the workspace's packages/console/dist. */
  consoleDistDir?: string;
  /** An error code a handler answers that its operation does not declare: logged and answered (default), or answered 500 (`fail`, tests). */
  undeclaredErrorCodes?: 'log' | 'fail';
}

export interface App extends Hono<AppEnv> {
  /**
   * Writes what the server keeps in memory for a few milliseconds (rate-limit increments, lookup
   * audit rows, public records being stored), lets e-mails being sent finish, and stops their timers. Call once requests have stopped, before closing the database.
   */
  drain(): Promise<void>;
  /** The outbox features mail through: for work the server runs outside requests (the concierge's sweep). */
  readonly mailer: Mailer;
}

export function createServer(deps: ServerDeps & { options?: ServerOptions }): App {
  const logger = deps.options?.logger ?? consoleLogger;
  const trustedProxyHops = Number(deps.options?.trustProxy ?? 0);
  const apiKeys = new ApiKeyCache({ db: deps.db, clock: deps.clock, ttlMs: apiKeyCacheTtlMs, maxEntries: apiKeyCacheMaxEntries });
  // On a SQLite file, batched writes (rate-limit counts, audit rows) and the public lookup's read
  // run on threads with their own connections, off the event loop (threads/procedure-threads.ts).
  const writer = startProcedureThread(deps.db, { name: 'writer', logger, writes: true });
  const reader = startProcedureThread(deps.db, { name: 'reader', logger, writes: false });
  const counters = new SharedCounters({ writer, clock: deps.clock, logger, syncIntervalMs: rateLimitSyncIntervalMs });
  const audit = new LookupAuditLog({
    writer,
    logger,
    flushIntervalMs: lookupAuditFlushIntervalMs,
    rowsPerInsert: lookupAuditRowsPerInsert,
    maxBufferedRows: lookupAuditMaxBufferedRows,
  });
  const storedRecords = new StoredRecordRefresher({ writer, clock: deps.clock, logger });
  // Features mail through the outbox: a message is queued with the change it announces and sent
  // once that commits (mail/outbox.ts); what a crash left queued is sent now.
  const outbox = new MailOutbox({ db: deps.db, transport: deps.mailer, clock: deps.clock, logger });
  void outbox.start();
  const featureDeps: ServerDeps = { ...deps, mailer: outbox };
  const app = Object.assign(new Hono<AppEnv>(), {
    drain: async () => {
      await Promise.all([counters.close(), audit.close(), storedRecords.close(), outbox.close()]);
      await Promise.all([writer.close(), reader.close()]);
    },
    mailer: outbox,
  });

  app.use(requestId());
  app.use(async (c, next) => {
    c.set('clientIp', clientIpOf(c, trustedProxyHops));
    const startedAt = performance.now();
    await next();
    // Path only: query strings and bodies may carry personal data (and a capability's path its token: logged-path.ts).
    logger.info('request', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: loggedPath(c.req.path),
      status: c.res.status,
      durationMs: Math.round(performance.now() - startedAt),
    });
  });
  // Before the API's security headers: the console's pages carry their own (console-static.ts).
  app.route(consoleBasePath, consoleRoutes({ distDir: deps.options?.consoleDistDir }));
  app.use(
    secureHeaders({
      // A JSON API: nothing may be framed, scripted or embedded from it.
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      // Brand sites on other origins read the API through CORS.
      crossOriginResourcePolicy: 'cross-origin',
    }),
  );
  app.use(async (c, next) => {
    await next();
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  });
  app.use(methodNotAllowed({ app, onMethodNotAllowed: (_c, methods) => problemResponse({
    code: 'method_not_allowed',
    detail: `Allowed here: ${methods.join(', ')}.`,
    headers: { Allow: methods.join(', ') },
  }) }));
  app.use(corsByApiKeys(apiKeys));
  app.use(
    requestBodyLimit({
      maxSize: requestBodyLimitBytes,
      largerFor: { [importStockMovements.path]: stockImportBodyLimitBytes },
      onError: (maxSize) => problemResponse({ code: 'payload_too_large', detail: `The body may be at most ${maxSize} bytes.` }),
    }),
  );
  // The console's sessions; a test may put its own in their place.
  // Owner sessions (the owner space) are always the real ones: they carry their own cookie.
  const authenticateSession = oncePerRequest(
    ownerOrConsoleSession(
      ownerSessionAuthenticator({ db: deps.db, clock: deps.clock }),
      deps.options?.authenticateSession ?? consoleSessionAuthenticator({ db: deps.db, clock: deps.clock, publicOrigin: deps.publicOrigin }),
    ),
  );
  app.use('/v1/*', rateLimit({ apiKeys, counters, clock: deps.clock, policies: deps.options?.rateLimits ?? defaultRateLimitPolicies, authenticateSession }));

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    try {
      await sql`select 1`.execute(deps.db);
      return c.json({ status: 'ready' });
    } catch (error) {
      logger.error('readiness_failed', { requestId: c.get('requestId'), error: (error as Error).name });
      return problemResponse({ code: 'service_unavailable', detail: 'The database is not reachable.' });
    }
  });
  app.get('/v1/openapi.json', (c) => c.json(openApiDocument()));

  const lookupPolicies = deps.options?.provenanceLookupLimits ?? defaultProvenanceLookupPolicies;
  const hashAddress = addressHasher(deps.db, deps.options?.auditAddressSalt, () => deps.clock.now());
  app.use('/v1/provenance/:serial', provenanceLookupGuard({ db: deps.db, clock: deps.clock, apiKeys, counters, audit, policies: lookupPolicies, hashAddress }));
  registerDigitalLinkResolver(app, { db: deps.db, clock: deps.clock, counters, audit, policy: lookupPolicies.digitalLinkPerAddress, hashAddress });
  registerUnsubscribeRoutes(app, { db: deps.db, clock: deps.clock });
  registerCalendarFeedRoute(app, { db: deps.db, clock: deps.clock, publicUrl: deps.publicUrl });

  const routes = [
    ...brandRoutes(featureDeps),
    ...retailerBenchmarkRoutes(featureDeps),
    ...warrantyRoutes(featureDeps),
    ...saleRoutes(featureDeps),
    ...itemRoutes(featureDeps, { audit }),
    ...provenanceRoutes(featureDeps, { audit, hashAddress, reader, storedRecords }),
    ...repairRoutes(featureDeps),
    ...serviceNetworkRoutes(featureDeps),
    ...serviceMetricsRoutes(featureDeps),
    ...currentKeyRoutes(featureDeps),
    ...sessionRoutes(featureDeps, { hashAddress }),
    ...peopleRoutes(featureDeps),
    ...passkeyRoutes(featureDeps),
    ...apiKeyRoutes(featureDeps, { apiKeys }),
    ...auditRoutes(featureDeps),
    ...retailerRoutes(featureDeps),
    ...catalogueRoutes(featureDeps),
    ...stockRoutes(featureDeps),
    ...recognitionRoutes(featureDeps),
    ...retailerNoteRoutes(featureDeps),
    ...segmentRoutes(featureDeps),
    ...clientRoutes(featureDeps),
    ...insightFigureRoutes(featureDeps),
    ...careRuleRoutes(featureDeps),
    ...moneySettingsRoutes(featureDeps),
    ...careReminderRoutes(featureDeps),
    ...clientNoteRoutes(featureDeps),
    ...ownerSpaceRoutes(featureDeps, { hashAddress }),
    ...ownerPreferenceRoutes(featureDeps),
    ...profileShareRoutes(featureDeps),
    ...myDataRoutes(featureDeps),
    ...invitationRoutes(featureDeps),
    ...brandNewsRoutes(featureDeps),
    ...ownerDocumentRoutes(featureDeps),
    ...ownerTransferRoutes(featureDeps),
    ...ownerPasskeyRoutes(featureDeps),
  ];
  registerOperations(app, routes, {
    db: deps.db,
    apiKeys,
    clock: deps.clock,
    logger,
    hashAddress,
    authenticateSession,
    undeclaredErrorCodes: deps.options?.undeclaredErrorCodes ?? 'log',
  });

  app.notFound(() => problemResponse({ code: 'not_found', detail: 'No such endpoint. The API is described at /v1/openapi.json.' }));
  app.onError((error, c) => {
    if (error instanceof AtelierError) return problemFromError(error);
    if (error instanceof HTTPException && error.status < 500) {
      // Hono's own refusals (body limit, unreadable JSON); any other 4xx is answered as invalid input, 422.
      const code = error.status === 413 ? 'payload_too_large' : error.status === 400 ? 'malformed_json' : 'validation_failed';
      return problemResponse({ code, detail: error.message });
    }
    // The name and stack go to the log with the request id; the caller gets the id only.
    logger.error('unhandled_error', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: loggedPath(c.req.path),
      error: error.name,
      stack: error.stack ?? null,
    });
    return problemResponse({
      code: 'internal_error',
      detail: `An unexpected error occurred. Quote request id ${c.get('requestId')} when reporting it.`,
    });
  });
  return app;
}
