/**
 * The life of a shop's expiring offline access token (Shopify requires them of public apps from
 * 2027-01-01): granted by token exchange when the merchant opens the app, refreshed with its refresh
 * token before an Admin API call or a webhook finds it about to expire, moved over from a
 * non-expiring token, and marked when Shopify refuses it.
 *
 * A refresh token is replaced on every use, so a second refresh with the same one would be refused
 * and lock the shop out. Hence exactly one refresh per token:
 * - within a process, concurrent callers for a shop share one promise (single flight);
 * - across processes on one database, the refresher first takes a lease on the row with a conditional
 *   UPDATE (`claimRefresh`: same revision as read, no running lease). The others poll the row until
 *   the new token is stored. Why not `SELECT … FOR UPDATE`: the lock would be held across Shopify's
 *   HTTP round trip, SQLite has no row locks (and its one connection would block every query
 *   meanwhile), and a lease that runs out also frees a shop whose refresher died.
 *
 * A refusal (4xx from the token endpoint: revoked, uninstalled, invalid_grant, or a refresh token
 * past its expiry) marks the shop: logged once, the refused token never tried again, and the mark
 * cleared only by a new token (the merchant opening the app). Anything else (timeout, 5xx, 429) is
 * transient: the lease is released and the caller fails this once; the next call tries again.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { HttpResponseError, HttpRetriableError, RequestedTokenType, type Session } from '@shopify/shopify-api';
import { accessTokenRefreshMarginSeconds, tokenRefreshLeaseSeconds, tokenRefreshWaitPollMs } from '../limits.ts';
import type { Logger } from '../logger.ts';
import type { ShopifyApi } from '../shopify.ts';
import type { DatabaseSessionStorage, StoredSession } from './session-storage.ts';

/** Shopify refused the shop's token: only the merchant opening the app can grant a new one. */
export class ReauthorizationNeededError extends Error {
  override name = 'ReauthorizationNeededError';
  readonly shop: string;
  constructor(shop: string) {
    super(`Shopify refused the app's access token for ${shop}; the merchant must open the app.`);
    this.shop = shop;
  }
}

/** Shopify did not answer the token request usefully this time (timeout, 5xx, throttled). */
export class TokenRefreshUnavailableError extends Error {
  override name = 'TokenRefreshUnavailableError';
}

export interface MigrationSummary {
  migrated: number;
  reauthorizationNeeded: number;
  /** Left as they were (Shopify unavailable, or another process refreshing): run the step again. */
  failed: number;
}

const refreshMarginMs = accessTokenRefreshMarginSeconds * 1000;
const leaseMs = tokenRefreshLeaseSeconds * 1000;
/** Enough polls to outlast a lease, so a waiter sees either the new token or a lease it may take over. */
const waitPollsMax = Math.ceil(leaseMs / tokenRefreshWaitPollMs) + 1;
const migrationPageRows = 100;

/** A 4xx other than 429 from the token endpoint: Shopify will not accept this token again. */
function isRefusal(error: unknown): error is HttpResponseError {
  return error instanceof HttpResponseError && !(error instanceof HttpRetriableError) && error.response.code >= 400 && error.response.code < 500;
}

/** Shopify's OAuth error code (e.g. `invalid_grant`), safe to log; never the body's other fields. */
function refusalReason(error: HttpResponseError): string {
  const body = error.response.body as { error?: unknown } | undefined;
  return typeof body?.error === 'string' && /^[a-z_]{1,64}$/.test(body.error) ? body.error : `http_${error.response.code}`;
}

export class OfflineTokens {
  readonly #shopify: ShopifyApi;
  readonly #sessions: DatabaseSessionStorage;
  readonly #logger: Logger;
  readonly #now: () => Date;
  readonly #refreshing = new Map<string, Promise<Session | undefined>>();

  constructor(options: { shopify: ShopifyApi; sessions: DatabaseSessionStorage; logger: Logger; now?: () => Date }) {
    this.#shopify = options.shopify;
    this.#sessions = options.sessions;
    this.#logger = options.logger;
    this.#now = options.now ?? (() => new Date());
  }

  #offlineId(shop: string): string {
    return this.#shopify.session.getOfflineId(shop);
  }

  #expiresSoon(session: Session): boolean {
    return session.expires !== undefined && session.expires.getTime() - this.#now().getTime() < refreshMarginMs;
  }

  #refreshTokenSpent(session: Session): boolean {
    return !session.refreshToken || (session.refreshTokenExpires !== undefined && session.refreshTokenExpires.getTime() <= this.#now().getTime());
  }

  /**
   * The shop's offline session, its access token valid for at least `accessTokenRefreshMarginSeconds`
   * (refreshed first if needed), or undefined when the app holds no token for the shop. A
   * non-expiring token is returned as it is: the merchant's next visit or the operator's migration
   * step moves it over. Throws ReauthorizationNeededError or TokenRefreshUnavailableError.
   */
  async freshSession(shop: string): Promise<Session | undefined> {
    const stored = await this.#sessions.loadStored(this.#offlineId(shop));
    if (!stored) return undefined;
    if (stored.reauthorizationNeededAt) throw new ReauthorizationNeededError(shop);
    if (!this.#expiresSoon(stored.session)) return stored.session;
    let pending = this.#refreshing.get(shop);
    if (!pending) {
      pending = this.#refreshOnce(shop).finally(() => this.#refreshing.delete(shop));
      this.#refreshing.set(shop, pending);
    }
    return pending;
  }

  /**
   * Shopify is talking to us about the shop anyway (a webhook): keep its token usable without the
   * merchant. An expiring token about to lapse is refreshed (freshSession); a non-expiring one is
   * moved over now, as the operator's migration step would, so a shop whose merchant never opens
   * the app is not cut off when Shopify stops accepting non-expiring tokens. The same lease guards
   * both, so two deliveries at once exchange the token once.
   */
  async upkeep(shop: string): Promise<void> {
    const stored = await this.#sessions.loadStored(this.#offlineId(shop));
    if (stored?.session.accessToken && !stored.session.expires && !stored.reauthorizationNeededAt) {
      await this.#migrateOne(stored);
      return;
    }
    await this.freshSession(shop);
  }

  /** Whether Shopify refused the shop's token and the merchant has not opened the app since. */
  async reauthorizationNeeded(shop: string): Promise<boolean> {
    return Boolean((await this.#sessions.loadStored(this.#offlineId(shop)))?.reauthorizationNeededAt);
  }

  /**
   * The merchant has the app open (a valid session token): makes sure the shop holds a usable
   * expiring offline token, by refresh when one is held, by token exchange otherwise: no token yet,
   * a non-expiring or refused one, a spent refresh token, or scopes that changed. Throws only when
   * the shop has no token at all and Shopify grants none; a shop that has one keeps being served
   * (the admin page needs no Admin API call), marked when Shopify refused the exchange.
   */
  async ensureForMerchant(shop: string, sessionToken: string): Promise<void> {
    const stored = await this.#sessions.loadStored(this.#offlineId(shop));
    const reason = this.#exchangeReason(stored);
    if (!reason) {
      try {
        await this.freshSession(shop);
        return;
      } catch (error) {
        if (!(error instanceof ReauthorizationNeededError || error instanceof TokenRefreshUnavailableError)) throw error;
      }
    }
    try {
      const { session } = await this.#shopify.auth.tokenExchange({ shop, sessionToken, requestedTokenType: RequestedTokenType.OfflineAccessToken, expiring: true });
      await this.#sessions.storeSession(session);
      this.#logger.info('offline_token_exchanged', { shop, reason: reason ?? 'refresh_failed' });
    } catch (error) {
      if (!stored) throw error;
      if (isRefusal(error)) await this.#markRefused(stored.session, refusalReason(error));
      else this.#logger.error('token_exchange_failed', { shop, error: (error as Error).name });
    }
  }

  #exchangeReason(stored: StoredSession | undefined): string | undefined {
    if (!stored?.session.accessToken) return 'no_token';
    if (stored.reauthorizationNeededAt) return 'refused';
    if (!stored.session.expires) return 'non_expiring';
    if (stored.session.isScopeChanged(this.#shopify.config.scopes)) return 'scopes_changed';
    // Spent or past its expiry: this token cannot be renewed later without the merchant, who is here now.
    if (this.#refreshTokenSpent(stored.session)) return 'refresh_token_expired';
    return undefined;
  }

  /** `app/scopes_update`: the shop's session now carries the scopes the merchant granted. */
  async updateScope(shop: string, scopes: readonly string[]): Promise<void> {
    const id = this.#offlineId(shop);
    // A write in between (a refresh) stores Shopify's own current scopes, so retrying on the new row suffices.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const stored = await this.#sessions.loadStored(id);
      if (!stored) return;
      stored.session.scope = scopes.join(',');
      if (await this.#sessions.replaceIfUnchanged(stored.session, stored.revision)) return;
    }
    throw new Error(`The session of ${shop} kept changing while its scope was updated.`);
  }

  /**
   * The operator's step for shops that never open the app: each non-expiring offline token is
   * exchanged for an expiring one (Shopify's token exchange with the offline token as subject). One
   * shop at a time; safe to run while the app serves, and again (done shops are not selected).
   */
  async migrateNonExpiring(): Promise<MigrationSummary> {
    const summary: MigrationSummary = { migrated: 0, reauthorizationNeeded: 0, failed: 0 };
    let afterId = '';
    for (;;) {
      const page = await this.#sessions.findNonExpiringOffline({ afterId, limit: migrationPageRows });
      for (const stored of page) {
        summary[await this.#migrateOne(stored)] += 1;
      }
      if (page.length < migrationPageRows) return summary;
      afterId = page.at(-1)!.session.id;
    }
  }

  async #migrateOne(stored: StoredSession): Promise<keyof MigrationSummary> {
    const { session } = stored;
    if (!session.accessToken || !(await this.#sessions.claimRefresh(session.id, stored.revision, new Date(this.#now().getTime() + leaseMs)))) return 'failed';
    try {
      const { session: migrated } = await this.#shopify.auth.migrateToExpiringToken({ shop: session.shop, nonExpiringOfflineAccessToken: session.accessToken });
      await this.#sessions.storeSession(migrated);
      this.#logger.info('offline_token_migrated', { shop: session.shop });
      return 'migrated';
    } catch (error) {
      if (isRefusal(error)) {
        await this.#markRefused(session, refusalReason(error));
        return 'reauthorizationNeeded';
      }
      await this.#sessions.releaseRefreshClaim(session.id);
      this.#logger.error('offline_token_migration_failed', { shop: session.shop, error: (error as Error).name });
      return 'failed';
    }
  }

  async #refreshOnce(shop: string): Promise<Session | undefined> {
    const id = this.#offlineId(shop);
    for (let poll = 0; poll < waitPollsMax; poll += 1) {
      const stored = await this.#sessions.loadStored(id);
      if (!stored) return undefined;
      if (stored.reauthorizationNeededAt) throw new ReauthorizationNeededError(shop);
      if (!this.#expiresSoon(stored.session)) return stored.session;
      if (await this.#sessions.claimRefresh(id, stored.revision, new Date(this.#now().getTime() + leaseMs))) return this.#refreshClaimed(stored.session);
      // Another process holds the lease (or wrote the row since it was read): wait for its token.
      await sleep(tokenRefreshWaitPollMs);
    }
    throw new TokenRefreshUnavailableError(`Another process's refresh of ${shop} did not finish in time.`);
  }

  async #refreshClaimed(session: Session): Promise<Session> {
    if (this.#refreshTokenSpent(session)) {
      await this.#markRefused(session, 'refresh_token_expired');
      throw new ReauthorizationNeededError(session.shop);
    }
    try {
      const { session: refreshed } = await this.#shopify.auth.refreshToken({ shop: session.shop, refreshToken: session.refreshToken! });
      await this.#sessions.storeSession(refreshed);
      this.#logger.info('offline_token_refreshed', { shop: session.shop });
      return refreshed;
    } catch (error) {
      if (isRefusal(error)) {
        await this.#markRefused(session, refusalReason(error));
        throw new ReauthorizationNeededError(session.shop);
      }
      await this.#sessions.releaseRefreshClaim(session.id);
      this.#logger.error('offline_token_refresh_failed', { shop: session.shop, error: (error as Error).name });
      throw new TokenRefreshUnavailableError(`Shopify did not refresh the token of ${session.shop}.`, { cause: error });
    }
  }

  async #markRefused(session: Session, reason: string): Promise<void> {
    if (await this.#sessions.markReauthorizationNeeded(session.id)) {
      this.#logger.error('shop_reauthorization_needed', { shop: session.shop, reason });
    }
  }
}
