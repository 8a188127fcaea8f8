// What an activation nobody confirms leaves behind: nothing public, and after its links expire,
// nothing that stops the piece's real owner from registering it.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { SaleRegistration } from '@atelier/client/contract';
import { AtelierError } from '../../errors.ts';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { attemptLimits } from '../../limits.ts';
import { loadProvenanceRecord } from '../provenance/record.ts';
import { registerSale } from '../sales/service.ts';
import { confirmationTokenLifetimeMs } from './confirmation-token.ts';
import { activateWarranty, confirmWarranty } from './service.ts';
import { activation, rejection, tokenSentTo } from './testing.ts';

const otherBuyer = { name: 'Paul Ricard', email: 'paul@example.net', country: 'FR', language: 'en' } as const;

describeEachDatabase('an activation nobody confirms', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database });
  });
  afterEach(() => server.close());

  async function publicRecord(serial: string) {
    return loadProvenanceRecord(server.db, server.brand.id, serial);
  }

  async function warrantiesOf(itemId: string) {
    const rows = await server.db.selectFrom('warranties').select(['id', 'status', 'covering_item_id']).where('item_id', '=', itemId).orderBy('activated_at').execute();
    return rows.map((row) => ({ ...row }));
  }

  it('records nothing public until the buyer confirms, then the sale at the purchase date and the activation', async () => {
    const item = server.items[0]!;
    const retailer = server.retailers[0]!;
    await activateWarranty(server.deps, server.brand.id, activation(item, { retailerId: retailer.id, purchaseDate: '2026-10-31' }));

    const pending = await publicRecord(item.serial);
    assert.equal(pending.status, 'in_stock');
    assert.equal(pending.ownerCount, 0);
    assert.equal(pending.firstSale, null);
    assert.deepEqual(pending.events.map((event) => event.type), ['manufactured']);

    await confirmWarranty(server.deps, server.brand.id, tokenSentTo(server, 'jeanne@example.com'));
    const confirmed = await publicRecord(item.serial);
    assert.equal(confirmed.status, 'sold');
    assert.equal(confirmed.ownerCount, 1);
    assert.deepEqual(confirmed.firstSale, { retailerName: retailer.name, city: retailer.city, country: retailer.country, month: '2026-10' });
    assert.deepEqual(
      confirmed.events.map((event) => [event.type, event.occurredOn]),
      [
        ['manufactured', confirmed.events[0]!.occurredOn],
        ['sold', '2026-10'],
        ['warranty_activated', '2026-11'],
      ],
    );
  });

  it('stops covering the piece once its links have expired: a new activation with the card code voids it', async () => {
    const item = server.items[0]!;
    const lapsed = await activateWarranty(server.deps, server.brand.id, activation(item));
    const lapsedToken = tokenSentTo(server, 'jeanne@example.com');
    server.clock.advance(confirmationTokenLifetimeMs - 1);

    const tooEarly = await rejection(activateWarranty(server.deps, server.brand.id, activation(item, { owner: otherBuyer })));
    assert.equal(tooEarly.code, 'already_activated', 'a link still valid keeps the piece covered');

    server.clock.advance(1);
    const wrongCode = await rejection(activateWarranty(server.deps, server.brand.id, activation(item, { owner: otherBuyer, cardCode: 'AAAA-AAAA-AAAA' })));
    assert.equal(wrongCode.code, 'invalid_card_code', 'only the card code can displace a lapsed activation');

    const fresh = await activateWarranty(server.deps, server.brand.id, activation(item, { owner: otherBuyer }));
    assert.equal(fresh.warranty.status, 'pending_confirmation');
    assert.deepEqual(await warrantiesOf(item.id), [
      { id: lapsed.warranty.id, status: 'void', covering_item_id: null },
      { id: fresh.warranty.id, status: 'pending_confirmation', covering_item_id: item.id },
    ]);
    const voided = await rejection(confirmWarranty(server.deps, server.brand.id, lapsedToken));
    assert.equal(voided.code, 'invalid_confirmation_token');

    await confirmWarranty(server.deps, server.brand.id, tokenSentTo(server, otherBuyer.email));
    const record = await publicRecord(item.serial);
    assert.equal(record.ownerCount, 1);
    assert.deepEqual(record.events.map((event) => event.type), ['manufactured', 'sold', 'warranty_activated']);
  });

  it('lets exactly one of concurrent activations displace a lapsed one', async () => {
    const item = server.items[0]!;
    await activateWarranty(server.deps, server.brand.id, activation(item));
    server.clock.advance(confirmationTokenLifetimeMs);
    server.mailer.clear();

    const results = await Promise.allSettled(
      // As many as the card-code limit lets one network try at once (counted by the route), as over HTTP.
      Array.from({ length: attemptLimits.cardCodePerSerialAndNetwork.attemptsPerWindow }, (_, index) =>
        activateWarranty(server.deps, server.brand.id, activation(item, { owner: { ...otherBuyer, email: `buyer${index}@example.com` } })),
      ),
    );
    assert.equal(results.filter((result) => result.status === 'fulfilled').length, 1);
    for (const result of results) {
      if (result.status === 'rejected') assert.ok(result.reason instanceof AtelierError && result.reason.code === 'already_activated', String(result.reason));
    }
    const statuses = (await warrantiesOf(item.id)).map((row) => row.status).sort();
    assert.deepEqual(statuses, ['pending_confirmation', 'void']);
    assert.equal(server.mailer.messages.length, 1);
  });

  it('lets a retailer register the sale of a piece whose buyer activation lapsed', async () => {
    const item = server.items[0]!;
    await activateWarranty(server.deps, server.brand.id, activation(item));
    server.clock.advance(confirmationTokenLifetimeMs);
    const sale = SaleRegistration.parse({ serial: item.serial, retailerId: server.retailers[1]!.id, purchaseDate: '2026-11-30', buyer: otherBuyer });
    const registered = await registerSale(server.deps, server.brand.id, sale);
    assert.equal(registered.warranty.status, 'pending_confirmation');
    assert.deepEqual((await warrantiesOf(item.id)).map((row) => row.status), ['void', 'pending_confirmation']);
  });

  it('keeps a retailer-registered sale a sale even when its link expires unconfirmed', async () => {
    const item = server.items[0]!;
    const sale = SaleRegistration.parse({ serial: item.serial, retailerId: server.retailers[1]!.id, purchaseDate: '2026-11-24', buyer: otherBuyer });
    await registerSale(server.deps, server.brand.id, sale);
    server.clock.advance(confirmationTokenLifetimeMs);

    const record = await publicRecord(item.serial);
    assert.equal(record.status, 'sold');
    assert.deepEqual(record.events.map((event) => event.type), ['manufactured', 'sold']);
    const refused = await rejection(activateWarranty(server.deps, server.brand.id, activation(item)));
    assert.equal(refused.code, 'already_activated');
  });
});
