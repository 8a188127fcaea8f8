/** Voiding a retailer's sale registered by mistake: within the window, never deleted, provenance still verifiable. */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { verifyProvenanceRecord } from '@atelier/client';
import type { BrandConfig, ProvenanceRecord, SalePage, SaleSummary } from '@atelier/client/contract';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { listStockPage } from '../stock/service.ts';
import { tokenSentTo } from '../warranties/testing.ts';
import { registerSale, sellAtFirstRetailer } from './testing.ts';

const hourMs = 60 * 60 * 1000;

describeEachDatabase('voiding a retailer’s sale', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database });
  });
  afterEach(() => server.close());

  /** The piece delivered to the first retailer, then sold there through its retailer key; answers the sale's id. */
  function deliveredAndSold(index = 0, buyerEmail = 'marc@example.org'): Promise<{ serial: string; saleId: string }> {
    return sellAtFirstRetailer(server, index, { buyerEmail, purchaseDate: '2026-11-25' });
  }

  function voidIt(saleId: string, key: 'retailer' | 'otherRetailer' | 'secret' = 'retailer', body: unknown = { reason: 'Wrong piece scanned' }): Promise<Response> {
    return server.request(`/v1/sales/${saleId}/voids`, { key, body });
  }

  async function inStockOfFirstRetailer(serial: string): Promise<boolean> {
    const page = await listStockPage(server.deps, server.brand.id, {}, server.retailers[0]!.id);
    return page.pieces.some((piece) => piece.serial === serial);
  }

  async function publicRecord(serial: string): Promise<ProvenanceRecord> {
    const response = await server.request(`/v1/provenance/${serial}`, { key: 'publishable', headers: { Origin: server.keys.origin } });
    assert.equal(response.status, 200);
    return (await response.json()) as ProvenanceRecord;
  }

  it('voids a sale inside the window: warranty void (kept), link dead, piece back in stock, provenance verifiable, audited', async () => {
    const { serial, saleId } = await deliveredAndSold();
    const token = tokenSentTo(server, 'marc@example.org');
    assert.equal(await inStockOfFirstRetailer(serial), false, 'sold: out of stock');
    server.clock.advance(71 * hourMs);

    const response = await voidIt(saleId);
    assert.equal(response.status, 200, await response.clone().text());
    const voided = (await response.json()) as SaleSummary;
    assert.equal(voided.status, 'voided');
    assert.equal(voided.voidableUntil, null);

    const warranty = await server.db.selectFrom('warranties').select(['status', 'void_reason', 'covering_item_id']).where('id', '=', saleId).executeTakeFirstOrThrow();
    assert.deepEqual({ ...warranty }, { status: 'void', void_reason: 'Wrong piece scanned', covering_item_id: null });

    const confirmation = await server.request('/v1/warranties/confirmations', { key: 'publishable', headers: { Origin: server.keys.origin }, body: { token } });
    assert.equal(confirmation.status, 404, 'the buyer’s pending link no longer works');

    assert.equal(await inStockOfFirstRetailer(serial), true, 'back in the retailer’s stock');

    const record = await publicRecord(serial);
    assert.deepEqual(record.events.map((event) => event.type).slice(-2), ['sold', 'sale_voided']);
    assert.equal(record.firstSale, null, 'the voided sale is no first sale');
    assert.equal(record.status, 'in_stock');
    const brand = (await (await server.request('/v1/brand', { key: 'publishable' })).json()) as BrandConfig;
    assert.ok(brand.signingKey);
    assert.deepEqual(await verifyProvenanceRecord(record, brand.signingKey), { verified: true });

    const audit = await server.db.selectFrom('audit_log').selectAll().where('operation', '=', 'voidSale').execute();
    assert.equal(audit.length, 1);
    assert.deepEqual([audit[0]!.target_kind, audit[0]!.target_id, audit[0]!.outcome], ['sale', saleId, 'ok']);

    const again = await voidIt(saleId);
    assert.equal(again.status, 409);
    assert.equal(((await again.json()) as { code: string }).code, 'sale_not_voidable');
  });

  it('lets the piece be sold again after a void, the new sale the public first sale', async () => {
    const { serial, saleId } = await deliveredAndSold();
    assert.equal((await voidIt(saleId)).status, 200);
    await registerSale(server, { serial, retailerId: server.retailers[0]!.id, purchaseDate: '2026-11-25', buyer: { name: 'Lena Roth', email: 'lena@example.ch', country: 'CH', language: 'de' } }, 'retailer');
    const record = await publicRecord(serial);
    assert.equal(record.firstSale?.retailerName, server.retailers[0]!.name);
    assert.deepEqual(record.events.map((event) => event.type).slice(-3), ['sold', 'sale_voided', 'sold']);
  });

  it('refuses a void past the brand’s window with 409 void_window_closed, and follows the brand’s setting', async () => {
    const { saleId } = await deliveredAndSold();
    server.clock.advance(72 * hourMs);
    const late = await voidIt(saleId);
    assert.equal(late.status, 409);
    assert.equal(((await late.json()) as { code: string }).code, 'void_window_closed');
    const listed = (await (await server.request('/v1/sales', { key: 'retailer' })).json()) as SalePage;
    assert.equal(listed.voidWindowHours, 72);
    assert.equal(listed.sales[0]?.voidableUntil, null);

    const widened = await server.request('/v1/brand/settings', { method: 'PATCH', key: 'secret', body: { saleVoidWindowHours: 96 } });
    assert.equal(widened.status, 200, await widened.clone().text());
    assert.equal((await voidIt(saleId)).status, 200);
  });

  it('refuses every retailer void once the brand closed its window (0 hours)', async () => {
    const { saleId } = await deliveredAndSold();
    const closed = await server.request('/v1/brand/settings', { method: 'PATCH', key: 'secret', body: { saleVoidWindowHours: 0 } });
    assert.equal(closed.status, 200, await closed.clone().text());
    const refused = await voidIt(saleId);
    assert.equal(refused.status, 409);
    assert.equal(((await refused.json()) as { code: string }).code, 'void_window_closed');
    const listed = (await (await server.request('/v1/sales', { key: 'retailer' })).json()) as SalePage;
    assert.equal(listed.voidWindowHours, 0);
    assert.equal(listed.sales[0]?.voidableUntil, null);
  });

  it('answers another retailer 404 unknown_sale, as for a sale that does not exist; the brand may void', async () => {
    const { saleId } = await deliveredAndSold();
    const other = await voidIt(saleId, 'otherRetailer');
    assert.equal(other.status, 404);
    assert.equal(((await other.json()) as { code: string }).code, 'unknown_sale');
    const otherList = (await (await server.request('/v1/sales', { key: 'otherRetailer' })).json()) as SalePage;
    assert.deepEqual(otherList.sales, []);
    assert.equal((await voidIt(saleId, 'secret')).status, 200);
  });

  it('refuses a void without a reason with 422 naming the field', async () => {
    const { saleId } = await deliveredAndSold();
    for (const body of [{}, { reason: '   ' }, { reason: 'Two\nlines' }]) {
      const response = await voidIt(saleId, 'retailer', body);
      assert.equal(response.status, 422);
      const problem = (await response.json()) as { code: string; errors: { path: string }[] };
      assert.equal(problem.code, 'validation_failed');
      assert.deepEqual(problem.errors.map((error) => error.path), ['reason']);
    }
  });

  it('lists the retailer’s sales newest first, masked, with where each stands, in keyset pages', async () => {
    const first = await deliveredAndSold(0, 'anna@example.org');
    server.clock.advance(hourMs);
    const second = await deliveredAndSold(1, 'bruno@example.org');
    await server.request('/v1/warranties/confirmations', { key: 'publishable', headers: { Origin: server.keys.origin }, body: { token: tokenSentTo(server, 'anna@example.org') } });
    assert.equal((await voidIt(second.saleId)).status, 200);

    const response = await server.request('/v1/sales', { key: 'retailer' });
    assert.equal(response.status, 200);
    const text = await response.text();
    assert.ok(!text.includes('Marc') && !text.includes('anna@'), 'no name, addresses masked');
    const page = JSON.parse(text) as SalePage;
    assert.deepEqual(
      page.sales.map((sale) => [sale.serial, sale.status, sale.confirmationSentTo]),
      [
        [second.serial, 'voided', 'b•••@example.org'],
        [first.serial, 'confirmed', 'a•••@example.org'],
      ],
    );
    assert.equal(page.sales[1]?.voidableUntil, new Date(Date.parse(page.sales[1]!.registeredAt) + 72 * hourMs).toISOString());
    assert.equal(page.nextCursor, null);

    const bad = await server.request('/v1/sales?cursor=nonsense', { key: 'retailer' });
    assert.equal(bad.status, 422);
  });
});
