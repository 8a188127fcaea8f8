/** Sale registration and item lookup through HTTP, with the secret key a retailer's server holds. */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';

describeEachDatabase('sale and item routes', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database });
  });
  afterEach(() => server.close());

  it('registers a sale (201), then shows the piece with the owner country and no identity', async () => {
    const item = server.items[0]!;
    const registered = await server.request('/v1/sales', {
      key: 'secret',
      headers: { 'Idempotency-Key': 'sale-1' },
      body: {
        serial: item.serial,
        retailerId: server.retailers[0]!.id,
        purchaseDate: '2026-11-24',
        buyer: { name: 'Sofia Rossi', email: 'sofia@example.it', country: 'IT', language: 'it' },
        consents: { service: true, marketing: false },
      },
    });
    assert.equal(registered.status, 201);
    assert.match(server.mailer.lastTo('sofia@example.it')?.subject ?? '', /conferma la garanzia/);

    const lookedUp = await server.request(`/v1/items/${item.serial.toLowerCase()}`, { key: 'secret' });
    assert.equal(lookedUp.status, 200);
    const text = await lookedUp.text();
    const summary = JSON.parse(text) as { warranty: { ownerCountry: string; status: string } };
    assert.equal(summary.warranty.ownerCountry, 'IT');
    assert.equal(summary.warranty.status, 'pending_confirmation');
    assert.ok(!text.includes('Sofia') && !text.includes('sofia@'), text);
  });

  it('answers 404 unknown_serial as problem+json for a piece the brand does not have', async () => {
    const response = await server.request('/v1/items/NO-SUCH-1', { key: 'secret' });
    assert.equal(response.status, 404);
    assert.equal(((await response.json()) as { code: string }).code, 'unknown_serial');
  });
});
