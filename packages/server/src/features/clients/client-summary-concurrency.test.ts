/**
 * Many writes about one client at once keep their summary right: a buyer's ten pieces confirmed
 * at the same moment, with a gift of theirs confirmed by its recipient and services recorded on a
 * piece they already own, all through the API. On PostgreSQL each write runs in its own
 * transaction at READ COMMITTED: without the lock a refresh takes on the client (client-summary.ts)
 * they collided on the summary's unique key (a 500) or left a row missing the others' purchases.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { fixtureCentreId } from '../repairs/testing.ts';
import { sellAtFirstRetailer } from '../sales/testing.ts';
import { tokenSentTo } from '../warranties/testing.ts';
import { computeClientSummaries, storedClientSummary } from './client-summary.ts';

const buyerEmail = 'marc@example.org';
const recipientEmail = 'lea@example.org';
const piecesConfirmedAtOnce = 10;
const servicesAtOnce = ['2026-11-22', '2026-11-23', '2026-11-24'];
/** Each piece's price, in euro cents (the brand reports in EUR): the buyer's value is every price they paid. */
const piecePriceMinorUnits = 650_000;

describeEachDatabase('client summaries under concurrent writes', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: piecesConfirmedAtOnce + 4 });
  });
  afterEach(() => server.close());

  /** Piece `index` delivered to the first retailer and sold there to the buyer; answers the token its confirmation link carries. */
  async function sell(index: number, gift?: boolean): Promise<string> {
    await sellAtFirstRetailer(server, index, {
      buyerEmail,
      gift: gift ? { name: 'Léa Aubry', email: recipientEmail } : undefined,
      price: { currency: 'EUR', amountMinorUnits: piecePriceMinorUnits },
    });
    return tokenSentTo(server, gift ? recipientEmail : buyerEmail);
  }

  function confirm(token: string): Promise<Response> {
    return server.fromWidget('/v1/warranties/confirmations', { token });
  }

  it('counts every purchase and service of a client written at the same time', async () => {
    const ownedFirst = await sell(0);
    assert.equal((await confirm(ownedFirst)).status, 200);
    const tokens: string[] = [];
    for (let index = 1; index <= piecesConfirmedAtOnce; index += 1) tokens.push(await sell(index));
    const giftToken = await sell(piecesConfirmedAtOnce + 1, true);

    const answers = await Promise.all([
      ...tokens.map(confirm),
      confirm(giftToken),
      ...servicesAtOnce.map((date) =>
        server.request(`/v1/items/${server.items[0]!.serial}/services`, { key: 'secret', body: { date, serviceType: 'full_service', serviceCentreId: fixtureCentreId } }),
      ),
    ]);
    for (const answer of answers) assert.ok(answer.status === 200 || answer.status === 201, `${String(answer.status)} ${await answer.text()}`);

    const people = await server.db.selectFrom('owners').select(['id', 'email_normalized']).where('brand_id', '=', server.brand.id).execute();
    const stored = (await server.db.selectFrom('client_summaries').selectAll().where('brand_id', '=', server.brand.id).orderBy('owner_id').execute()).map(storedClientSummary);
    const recomputed = await computeClientSummaries(server.db, server.brand.id, people.map((person) => person.id));
    assert.deepEqual(
      stored,
      [...recomputed.values()].sort((a, b) => (a.owner_id < b.owner_id ? -1 : 1)),
      'the stored rows are what the registry says',
    );
    const buyerId = people.find((person) => person.email_normalized === buyerEmail)!.id;
    const buyer = stored.find((row) => row.owner_id === buyerId);
    assert.deepEqual(
      [buyer?.purchases, buyer?.pieces_owned, buyer?.services, buyer?.last_service_on, buyer?.purchase_value_minor_units],
      [piecesConfirmedAtOnce + 2, piecesConfirmedAtOnce + 1, servicesAtOnce.length, '2026-11-24', (piecesConfirmedAtOnce + 2) * piecePriceMinorUnits],
      'the buyer: the first piece, the ten, the gift; owns all but the gift; its three services; paid for all twelve',
    );
  });
});
