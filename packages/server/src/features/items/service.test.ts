import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { SaleRegistration } from '@atelier/client/contract';
import { AtelierError } from '../../errors.ts';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { registerSale } from '../sales/service.ts';
import { getItemSummary } from './service.ts';

describeEachDatabase('item lookup', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database });
  });
  afterEach(() => server.close());

  it('shows a piece in stock with no warranty, whatever the case of the serial', async () => {
    const item = server.items[2]!;
    const summary = await getItemSummary(server.db, server.clock, server.brand.id, item.serial.toLowerCase());
    assert.equal(summary.serial, item.serial);
    assert.equal(summary.status, 'in_stock');
    assert.equal(summary.warranty, null);
  });

  it("shows the current warranty with the owner's country only, never who they are", async () => {
    const item = server.items[0]!;
    const retailer = server.retailers[0]!;
    await registerSale(
      server.deps,
      server.brand.id,
      SaleRegistration.parse({
        serial: item.serial,
        retailerId: retailer.id,
        purchaseDate: '2026-11-24',
        buyer: { name: 'Akiko Tanaka', email: 'akiko@example.jp', country: 'JP', language: 'ja' },
      }),
    );
    const summary = await getItemSummary(server.db, server.clock, server.brand.id, item.serial);
    assert.equal(summary.status, 'sold');
    assert.deepEqual(summary.warranty, {
      status: 'pending_confirmation',
      purchaseDate: '2026-11-24',
      coverageEnd: '2028-11-24',
      retailer: { id: retailer.id, name: retailer.name, country: retailer.country, city: retailer.city },
      ownerCountry: 'JP',
    });
    const shown = JSON.stringify(summary);
    assert.ok(!shown.includes('Akiko') && !shown.includes('akiko@'), shown);

    server.clock.set('2028-11-25T10:00:00.000Z');
    const later = await getItemSummary(server.db, server.clock, server.brand.id, item.serial);
    assert.equal(later.warranty?.status, 'expired');
  });

  it('answers unknown_serial for a serial the brand does not have', async () => {
    await assert.rejects(getItemSummary(server.db, server.clock, server.brand.id, 'NO-SUCH-1'), (error) => error instanceof AtelierError && error.code === 'unknown_serial' && error.status === 404);
  });
});
