import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { BrandConfig, BrandSigningKey, ProvenanceRecord } from './contract/index.ts';
import type { ProvenanceEvent } from './contract/index.ts';
import { canonicalEventBytes, chainEvents, hashEvent, signChainHead, verifyProvenanceRecord } from './provenance-chain.ts';
import type { UnchainedEvent } from './provenance-chain.ts';
import { brandConfig } from './testing/fixtures.ts';

const serial = 'AT-000123';
const keyId = 'brand-key-2026';

const history: UnchainedEvent[] = [
  { sequence: 1, type: 'manufactured', occurredOn: '2024-03', country: 'CH', city: 'Genève', details: {} },
  { sequence: 2, type: 'sold', occurredOn: '2024-06-14', country: 'FR', city: 'Paris', details: { retailerName: 'Boutique Rivoli' } },
  { sequence: 3, type: 'warranty_activated', occurredOn: '2024-06-15', country: 'FR', details: { coverageMonths: 24 } },
  { sequence: 4, type: 'serviced', occurredOn: '2025-09-02', country: 'FR', city: 'Lyon', details: { serviceType: 'full_service', warrantyExtended: true } },
  { sequence: 5, type: 'modified', occurredOn: '2025-10-20', country: 'FR', city: 'Paris', details: { what: 'Strap replaced', retailerName: 'Boutique Rivoli' } },
  { sequence: 6, type: 'reported_stolen', occurredOn: '2026-01-05', country: 'FR', details: {} },
];

interface Signer {
  privateKey: CryptoKey;
  publicJwk: BrandSigningKey;
}

async function newSigner(kid: string): Promise<Signer> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const exported = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return { privateKey: pair.privateKey, publicJwk: BrandSigningKey.parse({ ...exported, kid }) };
}

async function signedRecord(signer: Signer, events: readonly UnchainedEvent[], pieceSerial = serial): Promise<ProvenanceRecord> {
  const chained = await chainEvents(pieceSerial, events);
  const head = chained.at(-1);
  assert.ok(head);
  const lastTheft = chained.findLast((event) => event.type === 'reported_stolen' || event.type === 'recovered');
  const stolen = lastTheft?.type === 'reported_stolen';
  return ProvenanceRecord.parse({
    serial: pieceSerial,
    gtin: '09506000134352',
    model: { reference: '5711/1A', name: 'Nautile', collection: 'Sport' },
    manufactureYear: 2024,
    status: stolen ? 'stolen' : 'sold',
    firstSale: { retailerName: 'Boutique Rivoli', city: 'Paris', country: 'FR', month: '2024-06' },
    ownerCount: 1,
    currentOwnerRegisteredSince: '2024-06',
    services: chained.filter((event) => event.type === 'serviced').map((event) => ({ date: event.occurredOn, serviceType: 'full_service', centreCity: 'Lyon' })),
    modifications: chained.filter((event) => event.type === 'modified').map((event) => ({ date: event.occurredOn, what: 'Strap replaced', retailerName: 'Boutique Rivoli' })),
    stolen: stolen ? { reportedOn: lastTheft.occurredOn, whatToDo: 'contact_police_and_brand' } : null,
    events: chained,
    chainHead: await signChainHead(head.hash, signer.privateKey, signer.publicJwk.kid),
  });
}

/** A deep copy to tamper with, as a proxy or a forger would. */
function copy(record: ProvenanceRecord): ProvenanceRecord {
  return structuredClone(record);
}

/** Changes one character of a string: the smallest alteration a byte flip can make. */
function flipLastCharacter(text: string): string {
  return text.slice(0, -1) + String.fromCharCode(text.charCodeAt(text.length - 1) ^ 1);
}

function eventAt(record: ProvenanceRecord, sequence: number): ProvenanceEvent {
  const event = record.events[sequence - 1];
  assert.ok(event);
  return event;
}

describe('the canonical form of an event', () => {
  it('is RFC 8785 JSON of the public fields, the serial and the previous hash', async () => {
    const event: UnchainedEvent = { sequence: 2, type: 'sold', occurredOn: '2024-06-14', country: 'FR', city: 'Paris', details: { z: 1, a: 'é', m: true } };
    const previousHash = 'a'.repeat(64);
    const expected =
      `{"city":"Paris","country":"FR","details":{"a":"é","m":true,"z":1},"format":"atelier-provenance-event/1",` +
      `"occurredOn":"2024-06-14","previousHash":"${previousHash}","sequence":2,"serial":"AT-000123","type":"sold"}`;
    assert.equal(new TextDecoder().decode(canonicalEventBytes(serial, { ...event, previousHash })), expected);
    assert.equal(await hashEvent(serial, event, previousHash), createHash('sha256').update(expected, 'utf8').digest('hex'));
  });

  it('does not depend on the order of keys or on absent optional fields', async () => {
    const a: UnchainedEvent = { sequence: 1, type: 'manufactured', occurredOn: '2024-03', details: { b: 2, a: 1 } };
    const b: UnchainedEvent = { details: { a: 1, b: 2 }, occurredOn: '2024-03', type: 'manufactured', sequence: 1, country: undefined };
    assert.equal(await hashEvent(serial, a, null), await hashEvent(serial, b, null));
  });
});

describe('verifyProvenanceRecord', () => {
  let signer: Signer;
  let record: ProvenanceRecord;

  before(async () => {
    signer = await newSigner(keyId);
    record = await signedRecord(signer, history);
  });

  it('verifies an untouched record against the brand key', async () => {
    assert.deepEqual(await verifyProvenanceRecord(record, signer.publicJwk), { verified: true });
  });

  it('takes the key as GET /v1/brand publishes it', async () => {
    const brand = BrandConfig.parse({ ...brandConfig, signingKey: signer.publicJwk });
    assert.ok(brand.signingKey);
    assert.deepEqual(await verifyProvenanceRecord(record, brand.signingKey), { verified: true });
  });

  it('detects one changed character in any content field of any event, at that event', async () => {
    const contentFields = ['occurredOn', 'country', 'city'] as const;
    for (const target of record.events) {
      for (const field of contentFields) {
        const value = target[field];
        if (value === undefined) continue;
        const altered = copy(record);
        eventAt(altered, target.sequence)[field] = flipLastCharacter(value);
        assert.deepEqual(await verifyProvenanceRecord(altered, signer.publicJwk), { verified: false, reason: 'hash_mismatch', atSequence: target.sequence }, `${field} of event ${String(target.sequence)}`);
      }
      for (const [name, value] of Object.entries(target.details)) {
        const altered = copy(record);
        eventAt(altered, target.sequence).details[name] = typeof value === 'string' ? flipLastCharacter(value) : typeof value === 'number' ? value + 1 : !value;
        assert.deepEqual(await verifyProvenanceRecord(altered, signer.publicJwk), { verified: false, reason: 'hash_mismatch', atSequence: target.sequence }, `details.${name} of event ${String(target.sequence)}`);
      }
    }
  });

  it('detects a changed type, an added detail and a removed place', async () => {
    const retyped = copy(record);
    eventAt(retyped, 6).type = 'recovered';
    const withDetail = copy(record);
    eventAt(withDetail, 1).details['note'] = 'genuine';
    const withoutCity = copy(record);
    delete eventAt(withoutCity, 2).city;
    for (const [altered, sequence] of [[retyped, 6], [withDetail, 1], [withoutCity, 2]] as const) {
      assert.deepEqual(await verifyProvenanceRecord(altered, signer.publicJwk), { verified: false, reason: 'hash_mismatch', atSequence: sequence });
    }
  });

  it('detects a changed hash, previous hash or sequence', async () => {
    const hash = copy(record);
    eventAt(hash, 3).hash = flipLastCharacter(eventAt(hash, 3).hash);
    assert.deepEqual(await verifyProvenanceRecord(hash, signer.publicJwk), { verified: false, reason: 'hash_mismatch', atSequence: 3 });

    const link = copy(record);
    eventAt(link, 4).previousHash = flipLastCharacter(eventAt(link, 4).previousHash ?? '');
    assert.deepEqual(await verifyProvenanceRecord(link, signer.publicJwk), { verified: false, reason: 'broken_chain', atSequence: 4 });

    const sequence = copy(record);
    eventAt(sequence, 5).sequence = 7;
    assert.deepEqual(await verifyProvenanceRecord(sequence, signer.publicJwk), { verified: false, reason: 'broken_chain', atSequence: 7 });
  });

  it('detects reordered events, even renumbered', async () => {
    const swapped = copy(record);
    const [second, third] = [eventAt(swapped, 2), eventAt(swapped, 3)];
    swapped.events.splice(1, 2, third, second);
    assert.equal((await verifyProvenanceRecord(swapped, signer.publicJwk)).verified, false);
    assert.equal((await verifyProvenanceRecord(swapped, signer.publicJwk) as { reason: string }).reason, 'broken_chain');

    const renumbered = copy(swapped);
    renumbered.events.forEach((event, index) => (event.sequence = index + 1));
    assert.deepEqual(await verifyProvenanceRecord(renumbered, signer.publicJwk), { verified: false, reason: 'broken_chain', atSequence: 2 });
  });

  it('detects a removed event, the last one (a theft report) included', async () => {
    const withoutMiddle = copy(record);
    withoutMiddle.events.splice(3, 1);
    assert.deepEqual(await verifyProvenanceRecord(withoutMiddle, signer.publicJwk), { verified: false, reason: 'broken_chain', atSequence: 5 });

    const withoutTheft = copy(record);
    withoutTheft.events.pop();
    withoutTheft.stolen = null;
    withoutTheft.status = 'sold';
    assert.deepEqual(await verifyProvenanceRecord(withoutTheft, signer.publicJwk), { verified: false, reason: 'broken_chain' });

    const empty = copy(record);
    empty.events = [];
    assert.deepEqual(await verifyProvenanceRecord(empty, signer.publicJwk), { verified: false, reason: 'broken_chain' });
  });

  it("refuses another piece's genuine history presented under this serial", async () => {
    const otherPiece = await signedRecord(signer, history, 'AT-999999');
    const borrowed = { ...copy(otherPiece), serial };
    assert.deepEqual(await verifyProvenanceRecord(borrowed, signer.publicJwk), { verified: false, reason: 'hash_mismatch', atSequence: 1 });
  });

  it('refuses a record signed by another key, or whose signature was altered', async () => {
    const impostor = await newSigner(keyId);
    assert.deepEqual(await verifyProvenanceRecord(record, impostor.publicJwk), { verified: false, reason: 'bad_signature' });

    const forged = await signedRecord(impostor, history);
    assert.deepEqual(await verifyProvenanceRecord(forged, signer.publicJwk), { verified: false, reason: 'bad_signature' });

    const altered = copy(record);
    // The first character carries 6 bits of the signature (the last carries padding bits too).
    const signature = altered.chainHead.signature;
    altered.chainHead.signature = (signature.startsWith('A') ? 'B' : 'A') + signature.slice(1);
    assert.deepEqual(await verifyProvenanceRecord(altered, signer.publicJwk), { verified: false, reason: 'bad_signature' });

    assert.deepEqual(await verifyProvenanceRecord(record, { ...signer.publicJwk, kid: 'another-key' }), { verified: false, reason: 'bad_signature' });
  });

  it('says unsupported_key for a key that is not an Ed25519 public key', async () => {
    const notEd25519 = { ...signer.publicJwk, crv: 'Ed448' } as unknown as BrandSigningKey;
    const garbled = { ...signer.publicJwk, x: '!'.repeat(43) };
    for (const key of [notEd25519, garbled]) {
      assert.deepEqual(await verifyProvenanceRecord(record, key), { verified: false, reason: 'unsupported_key' });
    }
  });

  it('refuses a summary that hides a theft or a service the signed events show', async () => {
    const theftHidden = copy(record);
    theftHidden.stolen = null;
    theftHidden.status = 'sold';
    assert.deepEqual(await verifyProvenanceRecord(theftHidden, signer.publicJwk), { verified: false, reason: 'summary_mismatch' });

    const serviceHidden = copy(record);
    serviceHidden.services = [];
    assert.deepEqual(await verifyProvenanceRecord(serviceHidden, signer.publicJwk), { verified: false, reason: 'summary_mismatch' });

    const theftInvented = await signedRecord(signer, history.slice(0, 5));
    theftInvented.status = 'stolen';
    assert.deepEqual(await verifyProvenanceRecord(theftInvented, signer.publicJwk), { verified: false, reason: 'summary_mismatch' });
  });

  it('verifies a piece reported stolen and then recovered as no longer stolen', async () => {
    const recovered = await signedRecord(signer, [...history, { sequence: 7, type: 'recovered', occurredOn: '2026-02-01', country: 'FR', details: {} }]);
    assert.equal(recovered.stolen, null);
    assert.deepEqual(await verifyProvenanceRecord(recovered, signer.publicJwk), { verified: true });
  });
});
