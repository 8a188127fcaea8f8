import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { buildDigitalLink } from '@atelier/client';
import type { ProvenanceRecord } from '@atelier/client/contract';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { renderResolverPage } from './browser-page.ts';

const browserAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const provenancePage = 'https://www.maison-fixture.example/provenance.html';

describeEachDatabase('GS1 Digital Link resolver, when the link finds no piece', (database) => {
  let server: TestServer;
  let gtinOfFirstPiece: string;
  let otherModelGtin: string;
  let nextAddress = 1;
  beforeEach(async () => {
    server = await createTestServer({ database });
    const gtins = await server.db.selectFrom('items').select('gtin').distinct().where('gtin', 'is not', null).orderBy('gtin').execute();
    const first = await server.db.selectFrom('items').select('gtin').where('id', '=', server.items[0]!.id).executeTakeFirstOrThrow();
    assert.ok(first.gtin, 'the fixture gives every piece its model GTIN');
    gtinOfFirstPiece = first.gtin;
    otherModelGtin = gtins.map((row) => row.gtin).find((gtin) => gtin !== first.gtin)!;
  });
  afterEach(() => server.close());

  /** Each request from its own address, so the per-address budget never answers instead. */
  function resolve(path: string, accept: string): Promise<Response> {
    nextAddress += 1;
    return server.request(path, { headers: { Accept: accept, 'X-Forwarded-For': `198.51.100.${nextAddress % 250}` } });
  }

  function pathOf(gtin: string, serial: string): string {
    return new URL(buildDigitalLink({ gtin, serial })).pathname;
  }

  it('sends a browser to the provenance page with an unknown serial, and gives JSON clients 404 problem+json', async () => {
    const path = pathOf(gtinOfFirstPiece, 'NO-SUCH-9');
    const page = await resolve(path, browserAccept);
    assert.equal(page.status, 307);
    assert.equal(page.headers.get('Location'), `${provenancePage}?serial=NO-SUCH-9`);
    assert.match(page.headers.get('Vary') ?? '', /Accept/);

    const json = await resolve(path, 'application/json');
    assert.equal(json.status, 404);
    assert.equal(json.headers.get('Content-Type'), 'application/problem+json');
    assert.equal(((await json.json()) as { code: string }).code, 'unknown_serial');
  });

  it('shows a browser a small page linking to the provenance page for a link it cannot read', async () => {
    const badCheckDigit = `/01/${gtinOfFirstPiece.slice(0, -1)}${(Number(gtinOfFirstPiece.at(-1)) + 1) % 10}/21/${server.items[0]!.serial}`;
    const page = await resolve(badCheckDigit, browserAccept);
    assert.equal(page.status, 422);
    assert.match(page.headers.get('Content-Type') ?? '', /^text\/html/);
    const body = await page.text();
    assert.match(body, /This link cannot be read/);
    assert.ok(body.includes(`href="${provenancePage}?serial="`), body);

    const json = await resolve(badCheckDigit, 'application/json');
    assert.equal(json.status, 422);
    assert.equal(((await json.json()) as { code: string }).code, 'validation_failed');
  });

  it('does not resolve a piece under a GTIN that is not its own, for JSON clients or browsers', async () => {
    const serial = server.items[0]!.serial;
    const json = await resolve(pathOf(otherModelGtin, serial), 'application/json');
    assert.equal(json.status, 404);
    assert.equal(((await json.json()) as { code: string }).code, 'unknown_serial');

    const page = await resolve(pathOf(otherModelGtin, serial), browserAccept);
    assert.equal(page.status, 404, 'a mismatched card must not lead to the genuine piece');
    assert.equal(page.headers.get('Location'), null);
    const body = await page.text();
    assert.match(body, /No piece matches this link/);
    assert.ok(!body.includes(serial), 'the page does not confirm the serial exists');
  });

  it('resolves a piece without a GTIN under any valid GTIN', async () => {
    const item = server.items[0]!;
    await server.db.updateTable('items').set({ gtin: null }).where('id', '=', item.id).execute();
    const json = await resolve(pathOf(otherModelGtin, item.serial), 'application/json');
    assert.equal(json.status, 200);
    const record = (await json.json()) as ProvenanceRecord;
    assert.equal(record.serial, item.serial);
    assert.equal(record.gtin, null);
  });
});

describe('the resolver page', () => {
  it('escapes what it is given, so nothing from a link or a brand template becomes markup', async () => {
    const page = await renderResolverPage({ status: 422, title: '<b>t</b>', message: '<script>alert(1)</script>', provenancePageUrl: 'https://x.example/"><script>' });
    assert.ok(!page.includes('<script>') && !page.includes('<b>'), page);
    assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  });
});
