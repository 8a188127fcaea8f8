/**
 * Provenance through HTTP on both databases: the signed chain verifies with the brand's public
 * key, tampering shows, concurrent appends keep one chain, nothing personal is ever public,
 * lookups are limited and audited, and staff operations do what the public record then shows.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { verifyProvenanceRecord } from '@atelier/client';
import type { BrandConfig, ProvenanceLookupList, ProvenanceRecord, SaleRegistration } from '@atelier/client/contract';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { registerSale } from '../sales/testing.ts';
import { appendProvenanceEvent } from './events.ts';

const owner = { name: 'Aurélie Vasseur-Kagame', email: 'aurelie.vasseur@example.org', country: 'FR', language: 'fr' } as const;
const ownerPostalAddress = '17 Quai des Orfèvres-Lumière, 75001 Paris';
const clientAddress = '203.0.113.77';

describeEachDatabase('provenance', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({
      database,
      serverOptions: {
        trustProxy: true,
        provenanceLookupLimits: {
          perKey: { name: 'provenance-key', requestsPerWindow: 100, windowSeconds: 60 },
          perAddress: { name: 'provenance-address', requestsPerWindow: 3, windowSeconds: 60 },
          digitalLinkPerAddress: { name: 'digital-link-address', requestsPerWindow: 3, windowSeconds: 60 },
        },
      },
    });
  });
  afterEach(() => server.close());

  /** A public lookup from a brand page, from its own address so each test's budget is its own. */
  async function lookUp(serial: string, from = clientAddress): Promise<Response> {
    return server.request(`/v1/provenance/${serial}`, { key: 'publishable', headers: { Origin: server.keys.origin, 'X-Forwarded-For': from } });
  }

  async function record(serial: string, from?: string): Promise<ProvenanceRecord> {
    const response = await lookUp(serial, from);
    assert.equal(response.status, 200, await response.clone().text());
    return (await response.json()) as ProvenanceRecord;
  }

  async function brandKey() {
    const brand = (await (await server.request('/v1/brand', { key: 'publishable' })).json()) as BrandConfig;
    assert.ok(brand.signingKey, 'GET /v1/brand publishes the signing key');
    return brand.signingKey;
  }

  async function staff(path: string, body: unknown): Promise<Response> {
    return server.request(path, { key: 'secret', body });
  }

  /** A retailer sells the piece and the buyer confirms through the e-mailed link. */
  async function sellAndConfirm(serial: string, buyer: SaleRegistration['buyer'] = owner): Promise<void> {
    await registerSale(server, { serial, retailerId: server.retailers[0]!.id, purchaseDate: '2026-11-20', buyer });
    await confirmLatestLink(buyer.email);
  }

  async function confirmLatestLink(email: string): Promise<void> {
    const link = server.mailer.lastTo(email)?.link ?? '';
    const token = new URLSearchParams(new URL(link).hash.slice(1)).get('atelier-confirmation');
    const confirmed = await server.request('/v1/warranties/confirmations', { key: 'publishable', body: { token } });
    assert.equal(confirmed.status, 200, await confirmed.clone().text());
  }

  it('shows sale, service and modification in a record that verifies against GET /v1/brand’s key', async () => {
    const serial = server.items[0]!.serial;
    await sellAndConfirm(serial);
    assert.equal((await staff(`/v1/items/${serial}/services`, { serviceType: 'full_service', serviceCentreId: 'svc_paris' })).status, 201);
    assert.equal((await staff(`/v1/items/${serial}/modifications`, { what: 'Strap replaced', retailerId: server.retailers[1]!.id })).status, 201);

    const public_ = await record(serial);
    assert.deepEqual(
      public_.events.map((event) => event.type),
      ['manufactured', 'sold', 'warranty_activated', 'serviced', 'modified'],
    );
    assert.equal(public_.firstSale?.retailerName, server.retailers[0]!.name);
    assert.equal(public_.firstSale?.month, '2026-11');
    assert.equal(public_.ownerCount, 1);
    assert.deepEqual(public_.services, [{ date: '2026-11-25', serviceType: 'full_service', centreCity: 'Paris' }]);
    assert.deepEqual(public_.modifications, [{ date: '2026-11-25', what: 'Strap replaced', retailerName: server.retailers[1]!.name }]);
    assert.deepEqual(await verifyProvenanceRecord(public_, await brandKey()), { verified: true });
  });

  it('fails verification once one stored event is altered', async () => {
    const serial = server.items[0]!.serial;
    await staff(`/v1/items/${serial}/modifications`, { what: 'Case back engraved', retailerId: server.retailers[0]!.id });
    await server.db.updateTable('provenance_events').set({ details: JSON.stringify({ what: 'Case back engravee', retailerName: server.retailers[0]!.name }) }).where('type', '=', 'modified').execute();
    const result = await verifyProvenanceRecord(await record(serial), await brandKey());
    assert.deepEqual(result, { verified: false, reason: 'hash_mismatch', atSequence: 2 });
  });

  it('keeps one unbroken chain under 20 concurrent appends to one piece', async () => {
    const item = server.items[1]!;
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        appendProvenanceEvent(
          server.db,
          { brandId: server.brand.id, itemId: item.id, type: 'modified', occurredAt: server.clock.now().toISOString(), place: { retailerId: null, country: null, city: null }, details: { what: `change ${index}`, retailerName: 'Test' } },
          server.clock.now(),
        ),
      ),
    );
    const public_ = await record(item.serial);
    assert.deepEqual(public_.events.map((event) => event.sequence), Array.from({ length: 21 }, (_, index) => index + 1));
    assert.deepEqual(await verifyProvenanceRecord(public_, await brandKey()), { verified: true });
  });

  it('never shows an owner’s name, e-mail, postal address, country or city, nor the caller’s address, in any field — transfers included', async () => {
    const serial = server.items[2]!.serial;
    await sellAndConfirm(serial);
    // A country no retailer or service centre of the fixture is in, so it can only come from the owner.
    const newOwner = { name: 'Hinewai Tāwhiri-Okonkwo', email: 'hinewai.tawhiri@example.nz', country: 'NZ', language: 'en' } as const;
    const newOwnerPostalAddress = '42 Kōwhai Terrace, Wellington 6011';
    assert.equal((await staff(`/v1/items/${serial}/ownership-transfers`, { newOwner })).status, 201);
    await confirmLatestLink(newOwner.email);
    await server.db.updateTable('owners').set({ postal_address: ownerPostalAddress }).where('email_normalized', '=', owner.email).execute();
    await server.db.updateTable('owners').set({ postal_address: newOwnerPostalAddress }).where('email_normalized', '=', newOwner.email).execute();
    const text = await (await lookUp(serial)).text();
    const public_ = JSON.parse(text) as ProvenanceRecord;
    assert.deepEqual(public_.events.map((event) => event.type).slice(-2), ['warranty_activated', 'ownership_transferred']);

    const secrets = [
      ...[owner, newOwner].flatMap((person) => [person.name, ...person.name.split(/[\s-]/), person.email, person.email.split('@')[0]!]),
      ownerPostalAddress, '17 Quai', 'Orfèvres', newOwnerPostalAddress, 'Kōwhai', 'Wellington', clientAddress,
    ];
    const strings: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value);
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) (strings.push(key), walk(child));
    };
    walk(public_);
    assert.ok(strings.length > 20, 'the walk reached the fields');
    for (const secret of secrets) {
      for (const field of strings) assert.ok(!field.toLowerCase().includes(secret.toLowerCase()), `"${secret}" found in "${field}"`);
    }

    // Every place shown is a retailer's or a service centre's (a country code is too short to look for as a substring: the signature may hold "nz").
    const centres = await server.db.selectFrom('service_centres').select(['country', 'city']).execute();
    const knownPlaces = new Set([...server.retailers, ...centres].flatMap((place) => [place.country, place.city]));
    const shownPlaces = [
      ...public_.events.flatMap((event) => [event.country, event.city]),
      public_.firstSale?.country,
      public_.firstSale?.city,
      ...public_.services.map((service) => service.centreCity),
    ].filter((place) => place !== undefined);
    assert.ok(shownPlaces.length > 0, 'the record shows places');
    for (const place of shownPlaces) assert.ok(knownPlaces.has(place), `"${place}" is nobody's place of business`);
    assert.deepEqual(await verifyProvenanceRecord(public_, await brandKey()), { verified: true });
  });

  it('refuses lookups over the per-address budget with 429 and RateLimit headers, and the audit shows them', async () => {
    const stolen = server.unavailableItems.stolen.serial;
    for (let attempt = 0; attempt < 3; attempt++) assert.equal((await lookUp(stolen, '198.51.100.9')).status, 200);
    const refused = await lookUp(stolen, '198.51.100.9');
    assert.equal(refused.status, 429);
    assert.equal(refused.headers.get('Content-Type'), 'application/problem+json');
    assert.match(refused.headers.get('RateLimit-Policy') ?? '', /"provenance-address";q=3;w=60/);
    assert.match(refused.headers.get('RateLimit') ?? '', /"provenance-address";r=0;t=\d+/);
    assert.ok(refused.headers.get('Retry-After'));
    assert.equal((await lookUp(stolen, '198.51.100.10')).status, 200, 'another address has its own budget');

    const audit = (await (await server.request(`/v1/items/${stolen}/lookups`, { key: 'secret' })).json()) as ProvenanceLookupList;
    assert.equal(audit.lookups.length, 5);
    assert.ok(audit.lookups.every((lookup) => lookup.pieceWasStolen && lookup.channel === 'api'));
    const outcomes = audit.lookups.map((lookup) => lookup.outcome);
    assert.equal(outcomes.filter((outcome) => outcome === 'rate_limited').length, 1);
    const hashes = new Set(audit.lookups.map((lookup) => lookup.clientAddressHash));
    assert.equal(hashes.size, 2, 'the two addresses are told apart');
    assert.ok(![...hashes].some((hash) => hash.includes('198.51.100')));
  });

  it('writes every lookup to the audit by the time the server has drained, without anyone listing them', async () => {
    const serial = server.items[0]!.serial;
    assert.equal((await lookUp(serial, '192.0.2.44')).status, 200);
    assert.equal((await lookUp('FX-NOSUCH', '192.0.2.44')).status, 404);
    await server.app.drain();
    const rows = await server.db.selectFrom('provenance_lookups').select(['serial', 'outcome']).execute();
    assert.deepEqual(rows.map((row) => `${row.serial} ${row.outcome}`).sort(), [`${serial} answered`, 'FX-NOSUCH unknown_serial'].sort());
  });

  it('refuses staff operations to a publishable key', async () => {
    const serial = server.items[0]!.serial;
    for (const [path, body] of [
      [`/v1/items/${serial}/theft-reports`, {}],
      [`/v1/items/${serial}/modifications`, { what: 'x', retailerId: server.retailers[0]!.id }],
    ] as const) {
      const response = await server.request(path, { key: 'publishable', body });
      assert.equal(response.status, 403);
      assert.equal(((await response.json()) as { code: string }).code, 'forbidden');
    }
    const audit = await server.request(`/v1/items/${serial}/lookups`, { key: 'publishable' });
    assert.equal(audit.status, 403);
  });

  it('reports a piece stolen, refuses its activation, then lifts the warning on recovery', async () => {
    const item = server.items[3]!;
    const reported = await staff(`/v1/items/${item.serial}/theft-reports`, { country: 'FR', city: 'Lyon' });
    assert.equal(reported.status, 201);
    const stolenRecord = await record(item.serial);
    assert.equal(stolenRecord.status, 'stolen');
    assert.deepEqual(stolenRecord.stolen, { reportedOn: '2026-11-25', whatToDo: 'contact_police_and_brand' });
    assert.deepEqual(await verifyProvenanceRecord(stolenRecord, await brandKey()), { verified: true });
    assert.equal(((await (await staff(`/v1/items/${item.serial}/theft-reports`, {})).json()) as { code: string }).code, 'already_reported_stolen');

    const activation = await server.request('/v1/warranties/activations', {
      key: 'publishable',
      body: { serial: item.serial, cardCode: item.cardCode, purchaseDate: '2026-11-20', owner, consents: { service: true, marketing: false } },
    });
    assert.equal(((await activation.json()) as { code: string }).code, 'item_unavailable');

    assert.equal((await staff(`/v1/items/${item.serial}/recoveries`, {})).status, 201);
    const recovered = await record(item.serial);
    assert.equal(recovered.status, 'in_stock');
    assert.equal(recovered.stolen, null);
    assert.deepEqual(recovered.events.map((event) => event.type).slice(-2), ['reported_stolen', 'recovered']);
    assert.deepEqual(await verifyProvenanceRecord(recovered, await brandKey()), { verified: true });
    assert.equal(((await (await staff(`/v1/items/${item.serial}/recoveries`, {})).json()) as { code: string }).code, 'not_reported_stolen');
  });

  it('transfers ownership once the new owner confirms the e-mailed link', async () => {
    const serial = server.items[4]!.serial;
    await sellAndConfirm(serial);
    const newOwner = { name: 'Kenji Morita', email: 'kenji@example.jp', country: 'JP', language: 'ja' };
    const transfer = await staff(`/v1/items/${serial}/ownership-transfers`, { newOwner });
    assert.equal(transfer.status, 201, await transfer.clone().text());
    assert.equal(((await transfer.json()) as { warranty: { status: string } }).warranty.status, 'pending_confirmation');
    assert.equal((await record(serial)).ownerCount, 1, 'nothing changes until the new owner confirms');

    await confirmLatestLink(newOwner.email);
    const after = await record(serial);
    assert.equal(after.ownerCount, 2);
    assert.equal(after.events.at(-1)?.type, 'ownership_transferred');
    assert.equal(after.events.at(-1)?.country, undefined, 'the new owner’s country is nobody’s business');
    assert.equal(after.events.at(-1)?.city, undefined);
    const warranties = await server.db.selectFrom('warranties').select(['status', 'covering_item_id']).orderBy('activated_at').execute();
    assert.deepEqual(warranties.map((w) => [w.status, w.covering_item_id !== null]), [['void', false], ['active', true]]);
    assert.deepEqual(await verifyProvenanceRecord(after, await brandKey()), { verified: true });
  });

  it('refuses a transfer of a piece nobody has registered', async () => {
    const response = await staff(`/v1/items/${server.items[5]!.serial}/ownership-transfers`, { newOwner: owner });
    assert.equal(((await response.json()) as { code: string }).code, 'no_registered_owner');
  });

  it('resolves GS1 Digital Links: browsers to the pages, JSON to the record, unknown to 404', async () => {
    const serial = server.items[0]!.serial;
    const gtin = '09506000134352';
    const resolve = (path: string, accept: string) => server.request(path, { headers: { Accept: accept, 'X-Forwarded-For': '192.0.2.1' } });

    const page = await resolve(`/01/${gtin}/21/${serial}`, 'text/html,application/xhtml+xml');
    assert.equal(page.status, 307);
    assert.equal(page.headers.get('Location'), `https://www.maison-fixture.example/provenance.html?serial=${serial}`);

    const json = await resolve(`/01/${gtin}/21/${serial}`, 'application/json');
    assert.equal(json.status, 200);
    assert.equal(((await json.json()) as ProvenanceRecord).serial, serial);

    const activation = await resolve(`/01/${gtin}/21/${serial}?linkType=gs1:registerProduct`, 'text/html');
    assert.equal(activation.headers.get('Location'), `https://www.maison-fixture.example/?serial=${serial}`);
    const repair = await server.request(`/01/${gtin}/21/${serial}?linktype=gs1:serviceInfo`, { headers: { Accept: 'text/html', 'X-Forwarded-For': '192.0.2.2' } });
    assert.equal(repair.headers.get('Location'), `https://www.maison-fixture.example/repair.html?serial=${serial}`);

    const unknown = await server.request(`/01/${gtin}/21/NO-SUCH-9`, { headers: { Accept: 'application/json', 'X-Forwarded-For': '192.0.2.3' } });
    assert.equal(unknown.status, 404);
    assert.equal(((await unknown.json()) as { code: string }).code, 'unknown_serial');
    const badCheckDigit = await server.request(`/01/09506000134353/21/${serial}`, { headers: { 'X-Forwarded-For': '192.0.2.3' } });
    assert.equal(badCheckDigit.status, 422);

    const audit = (await (await server.request(`/v1/items/${serial}/lookups`, { key: 'secret' })).json()) as ProvenanceLookupList;
    assert.ok(audit.lookups.some((lookup) => lookup.channel === 'digital_link' && lookup.outcome === 'answered'));
  });
});
