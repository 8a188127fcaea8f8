/**
 * The brand's notes about clients over HTTP, on both databases (today is 25 November 2026). Marc
 * holds a piece sold by the first retailer (its retailer of record), with a repair; Sofia holds one
 * sold by the second. The brand writes a note of each visibility about Marc, his piece, his repair
 * and Sofia's piece; then who reads what: the brand every note, the first retailer (key or staff)
 * the notes for it and for all retailers, the second retailer only its own and all retailers' —
 * never a brand-only note, in a listing, a search, a page or the timeline.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { clientNotesPageSize, type ClientNote, type ClientNoteCreation, type ClientNotesPage, type ClientTimeline, type Problem } from '@atelier/client/contract';
import { pruneExpiredRecords } from '../../maintenance.ts';
import { createTestServer, describeEachDatabase, type TestRequestInit, type TestServer } from '../../testing/index.ts';
import { bookRepair } from '../repairs/booking.ts';
import { booking } from '../repairs/testing.ts';
import { insertClient, insertWarranty } from '../segments/testing.ts';
import { createClientNote } from './notes.ts';

const dayMs = 24 * 60 * 60 * 1000;

describeEachDatabase('the brand’s notes about clients', (database) => {
  let server: TestServer;
  let marc: string;
  let sofia: string;
  let trackingCode: string;
  beforeEach(async () => {
    server = await createTestServer({ database });
    const { db } = server;
    const brandId = server.brand.id;
    marc = await insertClient(db, brandId, { name: 'Marc', country: 'FR', language: 'fr', customerType: 'collector' });
    sofia = await insertClient(db, brandId, { name: 'Sofia', country: 'IT', language: 'it', customerType: 'retail' });
    await insertWarranty(db, brandId, { itemId: server.items[1]!.id, ownerId: marc, purchaseDate: '2024-03-10', retailerId: server.retailers[0]!.id });
    await insertWarranty(db, brandId, { itemId: server.items[2]!.id, ownerId: sofia, purchaseDate: '2025-06-01', retailerId: server.retailers[1]!.id });
    trackingCode = (await bookRepair(server.deps, brandId, booking(server.items[1]!.serial))).trackingCode;
  });
  afterEach(() => server.close());

  const marcsSerial = () => server.items[1]!.serial;
  const sofiasSerial = () => server.items[2]!.serial;

  async function write(note: ClientNoteCreation, as: TestRequestInit = { key: 'secret' }): Promise<ClientNote> {
    const response = await server.request('/v1/client-notes', { ...as, body: note });
    assert.equal(response.status, 201, await response.clone().text());
    server.clock.advance(1000);
    return (await response.json()) as ClientNote;
  }

  /** Every note the caller reads, all pages, for a query. */
  async function read(as: TestRequestInit, query: Record<string, string> = {}): Promise<string[]> {
    const texts: string[] = [];
    let cursor: string | null = null;
    do {
      const search = new URLSearchParams(cursor === null ? query : { ...query, cursor });
      const response = await server.request(`/v1/client-notes?${search}`, as);
      assert.equal(response.status, 200, await response.clone().text());
      const page = (await response.json()) as ClientNotesPage;
      texts.push(...page.notes.map((note) => note.text));
      cursor = page.nextCursor;
    } while (cursor !== null);
    return texts;
  }

  async function writeOneOfEach() {
    await write({ clientId: marc, visibility: 'brand', text: 'Prefers Saturday fittings; café au lait.', retainUntil: '2028-12-31' });
    await write({ clientId: marc, visibility: 'retailer_of_record', text: 'An anniversary gift is planned for May.', retainUntil: '2028-12-31' });
    await write({ serial: marcsSerial(), visibility: 'all_retailers', text: 'Original strap kept aside.', retainUntil: '2028-12-31' });
    await write({ serial: sofiasSerial(), visibility: 'retailer_of_record', text: 'Sofia asks for a bracelet fitting.', retainUntil: '2028-12-31' });
    await write({ trackingCode, visibility: 'retailer_of_record', text: 'He collects in person, 100% sure.', retainUntil: '2028-12-31' });
  }

  it('gives the brand every note, newest first, by client, piece (with its repairs) and repair, with what each is attached to', async () => {
    await writeOneOfEach();
    assert.deepEqual(await read({ key: 'secret' }), [
      'He collects in person, 100% sure.',
      'Sofia asks for a bracelet fitting.',
      'Original strap kept aside.',
      'An anniversary gift is planned for May.',
      'Prefers Saturday fittings; café au lait.',
    ]);
    assert.deepEqual(await read({ key: 'secret' }, { clientId: marc }), ['An anniversary gift is planned for May.', 'Prefers Saturday fittings; café au lait.']);
    assert.deepEqual(await read({ key: 'secret' }, { serial: marcsSerial().toLowerCase() }), ['He collects in person, 100% sure.', 'Original strap kept aside.']);
    assert.deepEqual(await read({ key: 'secret' }, { trackingCode: trackingCode.toLowerCase() }), ['He collects in person, 100% sure.']);
    const response = await server.request(`/v1/client-notes?${new URLSearchParams({ trackingCode })}`, { key: 'secret' });
    const [repairNote] = ((await response.json()) as ClientNotesPage).notes;
    assert.deepEqual({ ...repairNote, id: undefined, createdAt: undefined }, {
      id: undefined,
      createdAt: undefined,
      subject: 'repair',
      clientId: null,
      serial: marcsSerial(),
      trackingCode,
      visibility: 'retailer_of_record',
      text: 'He collects in person, 100% sure.',
      retainUntil: '2028-12-31',
    });
  });

  it('shows a retailer the notes for all retailers and those it is the retailer of record of, never a brand-only note', async () => {
    await writeOneOfEach();
    const first = await server.signIn({ role: 'manager', retailerId: server.retailers[0]!.id });
    const firstExpected = ['He collects in person, 100% sure.', 'Original strap kept aside.', 'An anniversary gift is planned for May.'];
    assert.deepEqual(await read({ key: 'retailer' }), firstExpected);
    assert.deepEqual(await read({ session: first.session }), firstExpected);
    assert.deepEqual(await read({ key: 'otherRetailer' }), ['Sofia asks for a bracelet fitting.', 'Original strap kept aside.']);
    // Filters and searches narrow what the retailer may read; they never widen it.
    assert.deepEqual(await read({ key: 'retailer' }, { clientId: marc }), ['An anniversary gift is planned for May.']);
    assert.deepEqual(await read({ key: 'otherRetailer' }, { clientId: marc }), []);
    assert.deepEqual(await read({ key: 'otherRetailer' }, { trackingCode }), []);
    assert.deepEqual(await read({ key: 'retailer' }, { q: 'fittings' }), []);
    assert.deepEqual(await read({ key: 'otherRetailer' }, { q: 'fitting' }), ['Sofia asks for a bracelet fitting.']);
    assert.deepEqual(await read({ key: 'secret' }, { q: 'fitting' }), ['Sofia asks for a bracelet fitting.', 'Prefers Saturday fittings; café au lait.']);
  });

  it('finds every word of a search, whatever its case and accents, and reads % and _ as themselves', async () => {
    await writeOneOfEach();
    assert.deepEqual(await read({ key: 'secret' }, { q: 'CAFE  saturday' }), ['Prefers Saturday fittings; café au lait.']);
    assert.deepEqual(await read({ key: 'secret' }, { q: 'café sunday' }), []);
    assert.deepEqual(await read({ key: 'secret' }, { q: '100%' }), ['He collects in person, 100% sure.']);
    assert.deepEqual(await read({ key: 'secret' }, { q: '%' }), ['He collects in person, 100% sure.']);
    assert.deepEqual(await read({ key: 'secret' }, { q: 'gift_' }), []);
  });

  it('pages a retailer through the notes it may read only, every one once', async () => {
    for (let index = 0; index < clientNotesPageSize + 10; index += 1) {
      await createClientNote(server.deps, server.brand.id, { clientId: marc, visibility: index % 2 === 0 ? 'brand' : 'all_retailers', text: `Note ${index}`, retainUntil: '2028-12-31' });
      server.clock.advance(1000);
    }
    const expected = Array.from({ length: clientNotesPageSize + 10 }, (_, index) => `Note ${index}`).reverse();
    assert.deepEqual(await read({ key: 'secret' }), expected);
    assert.deepEqual(await read({ key: 'retailer' }), expected.filter((text) => Number(text.slice(5)) % 2 === 1));
  });

  it("puts the notes about a client, their piece and its repair in the client's timeline, and not another client's", async () => {
    await writeOneOfEach();
    const response = await server.request(`/v1/clients/${marc}/timeline`, { key: 'secret' });
    assert.equal(response.status, 200, await response.clone().text());
    const { entries } = (await response.json()) as ClientTimeline;
    const notes = entries.filter((entry) => entry.kind === 'note');
    assert.deepEqual(
      notes.map((entry) => [entry.note!.text, entry.piece?.serial ?? null, entry.at === entry.note!.createdAt]),
      [
        ['Prefers Saturday fittings; café au lait.', null, true],
        ['An anniversary gift is planned for May.', null, true],
        ['Original strap kept aside.', marcsSerial(), true],
        ['He collects in person, 100% sure.', marcsSerial(), true],
      ],
    );
  });

  it('refuses bad input with a field error naming the field', async () => {
    async function refused(body: unknown, status: number, code: string, path: string) {
      const response = await server.request('/v1/client-notes', { key: 'secret', body });
      assert.equal(response.status, status, await response.clone().text());
      const problem = (await response.json()) as Problem;
      assert.equal(problem.code, code);
      assert.ok(problem.errors?.some((error) => error.path === path), JSON.stringify(problem.errors));
    }
    const valid = { clientId: marc, visibility: 'brand', text: 'A note', retainUntil: '2028-12-31' };
    await refused({ ...valid, retainUntil: '2026-11-24' }, 422, 'validation_failed', 'retainUntil');
    await refused({ ...valid, retainUntil: '2036-11-26' }, 422, 'validation_failed', 'retainUntil');
    await refused({ ...valid, retainUntil: 'soon' }, 422, 'validation_failed', 'retainUntil');
    await refused({ ...valid, visibility: 'owner' }, 422, 'validation_failed', 'visibility');
    await refused({ ...valid, text: '   ' }, 422, 'validation_failed', 'text');
    await refused({ ...valid, text: 'a\u0007b' }, 422, 'validation_failed', 'text');
    await refused({ ...valid, serial: marcsSerial() }, 422, 'validation_failed', 'clientId');
    await refused({ visibility: 'brand', text: 'A note', retainUntil: '2028-12-31' }, 422, 'validation_failed', 'clientId');
    await refused({ ...valid, clientId: 'own_nobody' }, 404, 'unknown_client', 'clientId');
    await refused({ ...valid, clientId: 'sofia' }, 422, 'validation_failed', 'clientId');
    await refused({ visibility: 'brand', text: 'A note', retainUntil: '2028-12-31', serial: 'ZZ-999999' }, 404, 'unknown_serial', 'serial');
    await refused({ visibility: 'brand', text: 'A note', retainUntil: '2028-12-31', trackingCode: 'AAAA-AAAA-AAAA' }, 404, 'unknown_repair', 'trackingCode');

    const listing = await server.request('/v1/client-notes?clientId=sofia', { key: 'secret' });
    assert.equal(listing.status, 422);
    assert.ok(((await listing.json()) as Problem).errors?.some((error) => error.path === 'clientId'));
    const badPath = await server.request(`/v1/client-notes/${'x'.repeat(65)}`, { key: 'secret', method: 'DELETE' });
    assert.equal(badPath.status, 422);
    assert.ok(((await badPath.json()) as Problem).errors?.some((error) => error.path === 'noteId'));
  });

  it('deletes a note on request, and every note past its retention day in the maintenance sweep', async () => {
    const kept = await write({ clientId: marc, visibility: 'all_retailers', text: 'Kept until next year', retainUntil: '2027-11-25' });
    const lastDay = await write({ clientId: marc, visibility: 'retailer_of_record', text: 'Kept until today', retainUntil: '2026-11-25' });
    const deleted = await write({ serial: marcsSerial(), visibility: 'brand', text: 'Deleted by hand', retainUntil: '2028-12-31' });

    const deletion = await server.request(`/v1/client-notes/${deleted.id}`, { key: 'secret', method: 'DELETE' });
    assert.equal(deletion.status, 200, await deletion.clone().text());
    assert.equal(((await deletion.json()) as ClientNote).text, 'Deleted by hand');
    const again = await server.request(`/v1/client-notes/${deleted.id}`, { key: 'secret', method: 'DELETE' });
    assert.equal(again.status, 404);
    assert.equal(((await again.json()) as Problem).code, 'unknown_client_note');
    assert.deepEqual(await read({ key: 'secret' }), ['Kept until today', 'Kept until next year']);
    assert.deepEqual(await read({ key: 'retailer' }), ['Kept until today', 'Kept until next year']);

    server.clock.advance(dayMs);
    // Past its day the note is no one's to read, even before the sweep comes.
    assert.deepEqual(await read({ key: 'secret' }), ['Kept until next year']);
    await pruneExpiredRecords(server.db, server.clock.now());
    const left = await server.db.selectFrom('client_notes').select('id').orderBy('id').execute();
    assert.deepEqual(left.map((row) => row.id), [kept.id]);
    const readers = await server.db.selectFrom('client_note_retailers').select('note_id').where('note_id', '=', lastDay.id).execute();
    assert.deepEqual(readers, []);
  });
});
