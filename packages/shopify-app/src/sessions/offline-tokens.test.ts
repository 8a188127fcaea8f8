import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  bodyOf,
  createTestApp,
  databaseKinds,
  expiringTokenResponse,
  offlineSession,
  postgresSkipReason,
  sessionToken,
  signedProxyUrl,
  testShop,
  webhookRequest,
  type TestApp,
} from '../testing/harness.ts';
import { ReauthorizationNeededError, TokenRefreshUnavailableError } from './offline-tokens.ts';

const refreshGrant = 'refresh_token';
const tokenExchangeGrant = 'urn:ietf:params:oauth:grant-type:token-exchange';
const offlineTokenType = 'urn:shopify:params:oauth:token-type:offline-access-token';
const idTokenType = 'urn:ietf:params:oauth:token-type:id_token';
const customerId = '8101';

type TokenRequest = Record<string, string> & { shop: string };

/** What the test's Shopify answers on the token endpoint; each test sets its own. */
type TokenAnswer = (request: TokenRequest) => Response | Promise<Response>;

const unexpected: TokenAnswer = () => HttpResponse.json({ error: 'unexpected_test_request' }, { status: 500 });
const refused: TokenAnswer = () => HttpResponse.json({ error: 'invalid_grant', error_description: 'The refresh token is revoked.' }, { status: 400 });

for (const database of databaseKinds) {
  describe(`expiring offline tokens [${database}]`, async () => {
    const skip = database === 'postgres' ? await postgresSkipReason() : undefined;
    const tokenRequests: TokenRequest[] = [];
    const adminApiTokens: Array<string | null> = [];
    let answer: TokenAnswer = unexpected;

    const shopify = setupServer(
      http.post(/\/admin\/oauth\/access_token$/, async ({ request }) => {
        const body = { ...((await request.json()) as Record<string, string>), shop: new URL(request.url).hostname };
        tokenRequests.push(body);
        return answer(body);
      }),
      http.post(/\/admin\/api\/[^/]+\/graphql\.json$/, ({ request }) => {
        adminApiTokens.push(request.headers.get('X-Shopify-Access-Token'));
        return HttpResponse.json({ data: { customer: { firstName: 'Aiko', lastName: 'Tanaka', email: 'aiko@example.com', locale: 'ja', defaultAddress: { countryCodeV2: 'JP' } } } });
      }),
    );
    let app: TestApp;
    const stored = () => app.sessions.loadSession(`offline_${testShop}`);
    const prefill = () => app.app.request(signedProxyUrl('/customer', { loggedInCustomerId: customerId }));
    const openAdmin = () => app.app.request('/api/connection', { headers: { Authorization: `Bearer ${sessionToken()}` } });
    const refusalLogs = () => app.logger.entries.filter((e) => e.event === 'shop_reauthorization_needed');

    before(async () => {
      if (skip) return;
      shopify.listen({ onUnhandledFrame: 'error' });
      app = await createTestApp({ database });
    });
    afterEach(async () => {
      if (skip) return;
      tokenRequests.length = 0;
      adminApiTokens.length = 0;
      answer = unexpected;
      app.logger.entries.length = 0;
      await app.db.deleteFrom('shopify_sessions').execute();
    });
    after(async () => {
      if (skip) return;
      shopify.close();
      await app.close();
    });

    it('uses a token until it is within a minute of expiring, then refreshes it once before the Admin API call', { skip }, async () => {
      answer = () => HttpResponse.json(expiringTokenResponse('shpat_second', 'shprt_second'));
      await app.sessions.storeSession(offlineSession({ accessToken: 'shpat_first', refreshToken: 'shprt_first', expiresInSeconds: 120 }));
      assert.equal((await prefill()).status, 200);
      assert.equal(tokenRequests.length, 0, 'two minutes before expiry the token is used as it is');
      assert.deepEqual(adminApiTokens, ['shpat_first']);

      await app.sessions.storeSession(offlineSession({ accessToken: 'shpat_first', refreshToken: 'shprt_first', expiresInSeconds: 30 }));
      assert.deepEqual(await bodyOf(await prefill()), { customer: { name: 'Aiko Tanaka', email: 'aiko@example.com', country: 'JP', locale: 'ja' } });
      assert.equal(tokenRequests.length, 1);
      assert.equal(tokenRequests[0]!['grant_type'], refreshGrant);
      assert.equal(tokenRequests[0]!['refresh_token'], 'shprt_first');
      assert.deepEqual(adminApiTokens, ['shpat_first', 'shpat_second'], 'the Admin API call is made with the refreshed token');

      const session = await stored();
      assert.equal(session?.accessToken, 'shpat_second');
      assert.equal(session?.refreshToken, 'shprt_second', 'the replaced refresh token is stored with it');
      const rows = JSON.stringify(await app.db.selectFrom('shopify_sessions').selectAll().execute());
      assert.ok(!/shpat_|shprt_/.test(rows), 'no token is stored in clear');
    });

    it('refreshes once for concurrent callers in one process', { skip }, async () => {
      await app.sessions.storeSession(offlineSession({ expiresInSeconds: 30, refreshToken: 'shprt_once' }));
      answer = async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        return HttpResponse.json(expiringTokenResponse('shpat_after', 'shprt_after'));
      };
      const sessions = await Promise.all(Array.from({ length: 5 }, () => app.tokens.freshSession(testShop)));
      assert.equal(tokenRequests.length, 1, 'exactly one token request');
      assert.deepEqual(sessions.map((s) => s?.accessToken), Array(5).fill('shpat_after'));
    });

    it('refreshes once when two app processes on the same database need the token at the same time', { skip }, async () => {
      await app.sessions.storeSession(offlineSession({ expiresInSeconds: 30, refreshToken: 'shprt_shared' }));
      let release!: () => void;
      const bothAsked = new Promise<void>((resolve) => (release = resolve));
      answer = async () => {
        // Shopify answers only once the other process has looked at the row too.
        await bothAsked;
        return HttpResponse.json(expiringTokenResponse('shpat_shared_next', 'shprt_shared_next'));
      };
      const other = app.anotherProcess();
      const first = app.tokens.freshSession(testShop);
      const second = other.tokens.freshSession(testShop);
      setTimeout(release, 300);
      const sessions = await Promise.all([first, second]);
      assert.equal(tokenRequests.length, 1, 'exactly one token request: the refresh token is spent once');
      assert.deepEqual(sessions.map((s) => s?.accessToken), ['shpat_shared_next', 'shpat_shared_next']);
      assert.equal((await stored())?.refreshToken, 'shprt_shared_next');
    });

    it('takes over the refresh of a process that died holding the lease, once the lease has run out', { skip }, async () => {
      await app.sessions.storeSession(offlineSession({ expiresInSeconds: 30, refreshToken: 'shprt_orphaned' }));
      const leaseRanOut = new Date(Date.now() - 1_000).toISOString();
      await app.db.updateTable('shopify_sessions').set({ refresh_claimed_until: leaseRanOut }).execute();
      answer = () => HttpResponse.json(expiringTokenResponse('shpat_taken_over', 'shprt_taken_over'));
      assert.equal((await app.tokens.freshSession(testShop))?.accessToken, 'shpat_taken_over');
      assert.equal(tokenRequests.length, 1);
      const row = await app.db.selectFrom('shopify_sessions').select('refresh_claimed_until').executeTakeFirstOrThrow();
      assert.equal(row.refresh_claimed_until, null, 'the new token frees the row');
    });

    it('moves a non-expiring token over when the merchant opens the app (token exchange for an expiring one)', { skip }, async () => {
      await app.sessions.storeSession(offlineSession({ accessToken: 'shpat_legacy', expiresInSeconds: null }));
      answer = () => HttpResponse.json(expiringTokenResponse('shpat_migrated_on_visit', 'shprt_migrated_on_visit'));
      const response = await openAdmin();
      assert.equal(response.status, 200);
      assert.equal((await bodyOf(response)).reauthorizationNeeded, false);
      assert.equal(tokenRequests.length, 1);
      assert.equal(tokenRequests[0]!['grant_type'], tokenExchangeGrant);
      assert.equal(tokenRequests[0]!['subject_token_type'], idTokenType);
      assert.equal(tokenRequests[0]!['expiring'], '1');
      const session = await stored();
      assert.equal(session?.accessToken, 'shpat_migrated_on_visit');
      assert.ok(session?.expires && session.refreshToken, 'now an expiring token with its refresh token');

      assert.equal((await openAdmin()).status, 200);
      assert.equal(tokenRequests.length, 1, 'the next visit needs no token request');
    });

    it('moves non-expiring tokens over by the operator\'s migration step, for shops that never open the app', { skip }, async () => {
      const quiet = 'quiet-retailer.myshopify.com';
      const gone = 'gone-retailer.myshopify.com';
      await app.sessions.storeSession(offlineSession({ shop: quiet, accessToken: 'shpat_quiet_legacy', expiresInSeconds: null }));
      await app.sessions.storeSession(offlineSession({ shop: gone, accessToken: 'shpat_gone_legacy', expiresInSeconds: null }));
      await app.sessions.storeSession(offlineSession({ accessToken: 'shpat_already_expiring' }));
      answer = (request) => (request.shop === gone ? refused(request) : HttpResponse.json(expiringTokenResponse('shpat_quiet_expiring', 'shprt_quiet_expiring')));

      assert.deepEqual(await app.tokens.migrateNonExpiring(), { migrated: 1, reauthorizationNeeded: 1, failed: 0 });
      assert.deepEqual(tokenRequests.map((r) => r.shop).sort(), [gone, quiet]);
      const quietRequest = tokenRequests.find((r) => r.shop === quiet)!;
      assert.equal(quietRequest['grant_type'], tokenExchangeGrant);
      assert.equal(quietRequest['subject_token'], 'shpat_quiet_legacy');
      assert.equal(quietRequest['subject_token_type'], offlineTokenType);
      assert.equal(quietRequest['expiring'], '1');
      assert.equal((await app.sessions.loadSession(`offline_${quiet}`))?.refreshToken, 'shprt_quiet_expiring');
      assert.equal(await app.tokens.reauthorizationNeeded(gone), true);
      assert.equal((await stored())?.accessToken, 'shpat_already_expiring', 'an expiring token is left alone');

      assert.deepEqual(await app.tokens.migrateNonExpiring(), { migrated: 0, reauthorizationNeeded: 0, failed: 0 }, 'a second run finds nothing left');
      assert.equal(tokenRequests.length, 2);
    });

    it('marks a shop whose refresh Shopify refuses: logged once, never asked again, shown on the admin API, cleared by a visit', { skip }, async () => {
      await app.sessions.storeSession(offlineSession({ expiresInSeconds: 30, refreshToken: 'shprt_revoked' }));
      answer = refused;

      await assert.rejects(app.tokens.freshSession(testShop), ReauthorizationNeededError);
      assert.deepEqual(await bodyOf(await prefill()), { customer: null }, 'the storefront form starts empty, not broken');
      const delivery = await app.app.request(webhookRequest('customers/data_request', { customer: { id: 5, email: 'x@example.com' }, orders_requested: [] }));
      assert.equal(delivery.status, 200, 'a webhook is not failed (and so not redelivered) for it');
      await assert.rejects(app.anotherProcess().tokens.freshSession(testShop), ReauthorizationNeededError);
      assert.equal(tokenRequests.length, 1, 'the refused refresh token is never sent again');
      assert.equal(refusalLogs().length, 1, 'logged once');
      assert.equal(refusalLogs()[0]!.fields['reason'], 'invalid_grant');
      assert.equal(await app.tokens.reauthorizationNeeded(testShop), true);

      // The merchant opens the app, but Shopify refuses the exchange too: the page still loads and says so.
      answer = (request) => (request['grant_type'] === tokenExchangeGrant ? HttpResponse.json({ error: 'invalid_subject_token' }, { status: 400 }) : unexpected(request));
      const refusedVisit = await openAdmin();
      assert.equal(refusedVisit.status, 200);
      assert.equal((await bodyOf(refusedVisit)).reauthorizationNeeded, true);
      assert.equal(refusalLogs().length, 1, 'still logged once');

      answer = () => HttpResponse.json(expiringTokenResponse('shpat_granted_again', 'shprt_granted_again'));
      const visit = await openAdmin();
      assert.equal((await bodyOf(visit)).reauthorizationNeeded, false);
      assert.equal(tokenRequests.at(-1)!['grant_type'], tokenExchangeGrant);
      assert.equal((await app.tokens.freshSession(testShop))?.accessToken, 'shpat_granted_again');
    });

    it('treats Shopify being unavailable as passing: nothing marked, the next call tries again', { skip }, async () => {
      await app.sessions.storeSession(offlineSession({ expiresInSeconds: 30, refreshToken: 'shprt_kept' }));
      answer = () => HttpResponse.json({ errors: 'Service unavailable' }, { status: 503 });
      await assert.rejects(app.tokens.freshSession(testShop), TokenRefreshUnavailableError);
      assert.equal(await app.tokens.reauthorizationNeeded(testShop), false);

      answer = () => HttpResponse.json(expiringTokenResponse('shpat_later', 'shprt_later'));
      assert.equal((await app.tokens.freshSession(testShop))?.accessToken, 'shpat_later');
      assert.deepEqual(tokenRequests.map((r) => r['refresh_token']), ['shprt_kept', 'shprt_kept'], 'the lease was released, the same refresh token still good');
    });

    it('refreshes a token about to expire when a webhook arrives, but not for app/uninstalled', { skip }, async () => {
      await app.sessions.storeSession(offlineSession({ expiresInSeconds: 30, refreshToken: 'shprt_webhook' }));
      answer = () => HttpResponse.json(expiringTokenResponse('shpat_from_webhook', 'shprt_from_webhook'));
      assert.equal((await app.app.request(webhookRequest('app/uninstalled', { id: 1 }))).status, 200);
      assert.equal(tokenRequests.length, 0, 'an uninstalled shop\'s token is not refreshed');

      await app.sessions.storeSession(offlineSession({ expiresInSeconds: 30, refreshToken: 'shprt_webhook' }));
      const delivery = await app.app.request(webhookRequest('customers/data_request', { customer: { id: 5, email: 'x@example.com' }, orders_requested: [] }));
      assert.equal(delivery.status, 200);
      assert.equal(tokenRequests.length, 1);
      assert.equal((await stored())?.accessToken, 'shpat_from_webhook');
    });

    it('moves a non-expiring token over when a webhook arrives, once for two deliveries at the same time', { skip }, async () => {
      await app.sessions.storeSession(offlineSession({ accessToken: 'shpat_legacy_webhook', expiresInSeconds: null }));
      answer = () => HttpResponse.json(expiringTokenResponse('shpat_migrated_by_webhook', 'shprt_migrated_by_webhook'));
      const deliveries = await Promise.all([
        app.app.request(webhookRequest('customers/data_request', { customer: { id: 5, email: 'x@example.com' }, orders_requested: [] })),
        app.app.request(webhookRequest('customers/data_request', { customer: { id: 6, email: 'y@example.com' }, orders_requested: [] })),
      ]);
      assert.deepEqual(deliveries.map((d) => d.status), [200, 200]);
      assert.equal(tokenRequests.length, 1, 'one exchange: a second would spend a token Shopify already replaced');
      assert.equal(tokenRequests[0]!['subject_token'], 'shpat_legacy_webhook');
      assert.equal(tokenRequests[0]!['subject_token_type'], offlineTokenType);
      assert.equal(tokenRequests[0]!['expiring'], '1');
      const session = await stored();
      assert.equal(session?.accessToken, 'shpat_migrated_by_webhook');
      assert.equal(session?.refreshToken, 'shprt_migrated_by_webhook');

      await app.sessions.storeSession(offlineSession({ accessToken: 'shpat_legacy_refused', expiresInSeconds: null }));
      answer = refused;
      assert.equal((await app.app.request(webhookRequest('customers/data_request', { customer: { id: 7, email: 'z@example.com' }, orders_requested: [] }))).status, 200, 'a refusal never fails the delivery');
      assert.equal(await app.tokens.reauthorizationNeeded(testShop), true);
    });

    it('app/scopes_update stores the scopes the merchant granted on the shop\'s session, keeping its tokens', { skip }, async () => {
      await app.sessions.storeSession(offlineSession({ accessToken: 'shpat_scoped', scope: 'read_orders' }));
      const delivery = await app.app.request(webhookRequest('app/scopes_update', { id: 1, previous: ['read_orders'], current: ['read_orders', 'read_customers'], updated_at: '2026-12-06T10:00:00Z' }));
      assert.equal(delivery.status, 200);
      const session = await stored();
      assert.equal(session?.scope, 'read_orders,read_customers');
      assert.equal(session?.accessToken, 'shpat_scoped');
      assert.equal(tokenRequests.length, 0);
    });
  });
}
