/**
 * Issue 16, sharing my profile with a retailer, on both databases: the owner shares with the
 * retailer of record or another of the brand's retailers, and that retailer's recognition names
 * them (the retailer desk reads `profile_shares`); they see their shares and revoke one, and the
 * next lookup names them no more, the share kept with its times; another brand's retailer is 422,
 * another owner's share 404.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import type { MyProfileShares, PieceRecognition, Problem, ProfileShare } from '@atelier/client/contract';
import { insertBrand } from '../../seed/building-blocks.ts';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { asOwner, giveOwnerPiece, signInOwner } from '../owner-space/testing.ts';

const ownerEmail = 'ada@example.com';

describeEachDatabase('sharing my profile with a retailer', (database) => {
  let server: TestServer;
  let cookie: string;
  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 2 });
    // Sold by the first retailer (the fixture's retailer key); the second is the `otherRetailer` key's.
    await giveOwnerPiece(server, { email: ownerEmail, item: server.items[0]!, retailerId: server.retailers[0]!.id });
    await giveOwnerPiece(server, { email: 'someone@example.com', item: server.items[1]! });
    cookie = await signInOwner(server, ownerEmail);
  });
  afterEach(() => server.close());

  const share = (retailerId: string, as = cookie) => asOwner(server, as, '/v1/owner/profile-shares', { body: { retailerId } });
  const revoke = (shareId: string, as = cookie) => asOwner(server, as, `/v1/owner/profile-shares/${shareId}`, { method: 'DELETE' });
  const list = async (as = cookie): Promise<MyProfileShares> => (await (await asOwner(server, as, '/v1/owner/profile-shares')).json()) as MyProfileShares;
  async function contactSeenBy(key: 'retailer' | 'otherRetailer'): Promise<string | null> {
    const response = await server.request(`/v1/recognition/${server.items[0]!.serial}`, { key });
    assert.equal(response.status, 200, await response.clone().text());
    return ((await response.json()) as PieceRecognition).client?.contact?.email ?? null;
  }

  it('lists the brand’s retailers, the retailer of record first, and no share yet', async () => {
    const { shares, retailers } = await list();
    assert.deepEqual(shares, []);
    assert.equal(retailers[0]!.id, server.retailers[0]!.id);
    assert.equal(retailers[0]!.retailerOfRecord, true);
    assert.ok(retailers.slice(1).every((retailer) => !retailer.retailerOfRecord));
    assert.equal(retailers.length, server.retailers.length);
  });

  it('shares with another retailer of the brand: that retailer recognises them by name, the others still do not; revoking ends it at once', async () => {
    assert.equal(await contactSeenBy('otherRetailer'), null);
    const shared = await share(server.retailers[1]!.id);
    assert.equal(shared.status, 201, await shared.clone().text());
    const made = (await shared.json()) as ProfileShare;
    assert.deepEqual([made.retailer.id, made.sharedAt, made.revokedAt], [server.retailers[1]!.id, server.clock.now().toISOString(), null]);
    assert.equal(await contactSeenBy('otherRetailer'), ownerEmail);
    assert.equal(await contactSeenBy('retailer'), null, 'the retailer of record was not shared with');

    const again = (await (await share(server.retailers[1]!.id)).json()) as ProfileShare;
    assert.equal(again.id, made.id, 'sharing again answers the open share');

    server.clock.advance(60_000);
    const revoked = await revoke(made.id);
    assert.equal(revoked.status, 200, await revoked.clone().text());
    assert.equal(((await revoked.json()) as ProfileShare).revokedAt, server.clock.now().toISOString());
    assert.equal(await contactSeenBy('otherRetailer'), null);
    assert.deepEqual(
      (await list()).shares.map((entry) => [entry.id, entry.revokedAt]),
      [[made.id, server.clock.now().toISOString()]],
      'the revoked share stays in the list with when',
    );
    assert.equal((await revoke(made.id)).status, 200, 'revoking again changes nothing');
  });

  it('refuses a retailer of another brand, or none, with 422 unknown_retailer on retailerId', async () => {
    const otherBrandId = 'brd_other_shares';
    await insertBrand(server.db, { id: otherBrandId, name: 'Maison Autre', locales: ['en'], warrantyBaseMonths: 24, warrantyMonthsAddedPerService: 12, serviceIntervalMonths: 36 }, server.clock.now());
    await server.db.insertInto('retailers').values({ id: 'ret_other_brand', brand_id: otherBrandId, name: 'Ailleurs', country: 'FR', city: 'Lyon', shopify_shop: null }).execute();
    for (const retailerId of ['ret_other_brand', 'ret_none']) {
      const refused = await share(retailerId);
      assert.equal(refused.status, 422);
      const problem = (await refused.json()) as Problem;
      assert.equal(problem.code, 'unknown_retailer');
      assert.equal(problem.errors?.[0]?.path, 'retailerId');
    }
    const missing = await asOwner(server, cookie, '/v1/owner/profile-shares', { body: {} });
    assert.equal(missing.status, 422);
    assert.equal(((await missing.json()) as Problem).errors?.[0]?.path, 'retailerId');
    assert.deepEqual((await list()).shares, []);
  });

  it("an owner neither sees nor revokes another owner's share: 404 as for none", async () => {
    const made = (await (await share(server.retailers[1]!.id)).json()) as ProfileShare;
    const other = await signInOwner(server, 'someone@example.com');
    assert.deepEqual((await list(other)).shares, []);
    const refused = await revoke(made.id, other);
    assert.equal(refused.status, 404);
    assert.equal(((await refused.json()) as Problem).code, 'unknown_profile_share');
    assert.equal(await contactSeenBy('otherRetailer'), ownerEmail, 'still shared');
  });
});
