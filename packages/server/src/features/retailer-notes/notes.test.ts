/**
 * Notes to the retailer of record, on both databases: a modification or a repair intake by another
 * retailer leaves one (and names no one), the retailer of record's own act and the brand's acts
 * leave none; each retailer lists and marks read its own notes only; pages follow one another
 * without repeating or skipping a note.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import type { MarkedRetailerNotes, RetailerNotesPage } from '@atelier/client/contract';
import { retailerNotesPageSize } from '@atelier/client/contract';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { booking } from '../repairs/testing.ts';
import { insertOwner, insertRegistration, type SeededOwner } from '../recognition/testing.ts';

describeEachDatabase('notes to the retailer of record', (database) => {
  let server: TestServer;
  let paris: string;
  let geneva: string;
  let owner: SeededOwner;
  /** Sold by Paris (the fixture's retailer key), to `owner`. */
  let serial: string;

  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 6 });
    [paris, geneva] = [server.retailers[0]!.id, server.retailers[1]!.id];
    owner = await insertOwner(server.db, server.brand.id, { name: 'Aurélien Discret', email: 'aurelien.discret@example.com', postalAddress: '3 quai Sud, Lyon' });
    const item = server.items[0]!;
    serial = item.serial;
    await insertRegistration(server.db, server.brand.id, { itemId: item.id, ownerId: owner.id, retailerId: paris, purchaseDate: '2024-04-02', coverageEnd: '2026-12-31' });
  });
  afterEach(() => server.close());

  async function notes(as: { key?: 'retailer' | 'otherRetailer'; session?: string }, query = ''): Promise<RetailerNotesPage> {
    const response = await server.request(`/v1/retailer-notes${query}`, as);
    assert.equal(response.status, 200, await response.clone().text());
    return (await response.json()) as RetailerNotesPage;
  }

  async function modify(as: { key?: 'secret' | 'retailer' | 'otherRetailer'; session?: string }, retailerId: string, what = 'Strap replaced'): Promise<void> {
    const response = await server.request(`/v1/items/${serial}/modifications`, { ...as, body: { what, retailerId, date: '2026-11-24' } });
    assert.equal(response.status, 201, await response.text());
  }

  it("tells the retailer of record when another retailer modifies its client's piece, without naming the client", async () => {
    await modify({ key: 'otherRetailer' }, geneva);
    const page = await notes({ key: 'retailer' });
    assert.equal(page.unreadCount, 1);
    assert.equal(page.notes.length, 1);
    const [note] = page.notes;
    assert.deepEqual({ ...note, id: 'x', createdAt: 'x' }, {
      id: 'x',
      kind: 'modification',
      serial,
      model: { reference: note!.model.reference, name: note!.model.name },
      servedBy: { id: geneva, name: server.retailers[1]!.name, country: server.retailers[1]!.country, city: server.retailers[1]!.city },
      detail: 'Strap replaced',
      occurredAt: '2026-11-24T00:00:00.000Z',
      createdAt: 'x',
      readAt: null,
    });
    const text = JSON.stringify(page).toLowerCase();
    for (const secret of ['aurélien', 'discret', owner.email, 'quai sud']) assert.ok(!text.includes(secret), `a note gives away ${secret}`);
    assert.deepEqual((await notes({ key: 'otherRetailer' })).notes, [], 'the serving retailer gets no note of its own act');

    // Its staff are served alike, by their own retailer's notes.
    const manager = await server.signIn({ role: 'associate', retailerId: paris });
    assert.equal((await notes({ session: manager.session })).notes.length, 1);
  });

  it('leaves no note for the retailer of record itself, nor for the brand recording a modification', async () => {
    await modify({ key: 'retailer' }, paris);
    await modify({ key: 'secret' }, geneva, 'Bracelet sized');
    const admin = await server.signIn({ role: 'admin' });
    await modify({ session: admin.session }, geneva, 'Case back engraved');
    assert.deepEqual((await notes({ key: 'retailer' })).notes, []);
    const other = await server.signIn({ role: 'manager', retailerId: geneva });
    await modify({ session: other.session }, geneva, 'Clasp replaced');
    assert.deepEqual((await notes({ key: 'retailer' })).notes.map((note) => note.detail), ['Clasp replaced']);
  });

  it('tells the retailer of record when another retailer takes a repair in, and not when the brand books it', async () => {
    const byBrand = await server.request('/v1/repairs', { key: 'secret', body: booking(serial) });
    assert.equal(byBrand.status, 201, await byBrand.text());
    const byOwnRetailer = await server.request('/v1/repairs', { key: 'retailer', body: booking(serial, { description: 'Second opinion.' }) });
    assert.equal(byOwnRetailer.status, 201, await byOwnRetailer.text());
    assert.deepEqual((await notes({ key: 'retailer' })).notes, []);
    const byOther = await server.request('/v1/repairs', { key: 'otherRetailer', body: booking(serial, { description: 'Stops at night.' }) });
    assert.equal(byOther.status, 201, await byOther.text());
    const [note, ...rest] = (await notes({ key: 'retailer' })).notes;
    assert.deepEqual(rest, []);
    assert.deepEqual([note?.kind, note?.detail, note?.servedBy.id], ['repair_intake', 'full_service', geneva]);
    // An unsold piece has no retailer of record: nobody to tell.
    const unsold = await server.request('/v1/repairs', { key: 'otherRetailer', body: booking(server.items[1]!.serial) });
    assert.equal(unsold.status, 201);
    assert.equal((await notes({ key: 'retailer' })).notes.length, 1);
  });

  it("marks the retailer's own notes read, keeps the first reading, and refuses another retailer's note", async () => {
    await modify({ key: 'otherRetailer' }, geneva, 'Strap replaced');
    await modify({ key: 'otherRetailer' }, geneva, 'Bracelet sized');
    const [first, second] = (await notes({ key: 'retailer' })).notes;

    const refused = await server.request('/v1/retailer-notes/reads', { key: 'otherRetailer', body: { noteIds: [first!.id] } });
    assert.equal(refused.status, 422);
    assert.deepEqual(((await refused.json()) as { errors: { path: string }[] }).errors.map((error) => error.path), ['noteIds.0']);
    const mixed = await server.request('/v1/retailer-notes/reads', { key: 'retailer', body: { noteIds: [first!.id, 'rnt_nowhere'] } });
    assert.equal(mixed.status, 422);
    assert.equal((await notes({ key: 'retailer' })).unreadCount, 2, 'nothing was marked');

    const marked = await server.request('/v1/retailer-notes/reads', { key: 'retailer', body: { noteIds: [first!.id] } });
    assert.equal(marked.status, 200, await marked.clone().text());
    const answer = (await marked.json()) as MarkedRetailerNotes;
    assert.deepEqual([answer.unreadCount, answer.notes.map((note) => [note.id, note.readAt])], [1, [[first!.id, server.clock.now().toISOString()]]]);
    server.clock.advance(60_000);
    await server.request('/v1/retailer-notes/reads', { key: 'retailer', body: { noteIds: [first!.id, second!.id] } });
    const after = await notes({ key: 'retailer' });
    assert.equal(after.unreadCount, 0);
    assert.equal(after.notes.find((note) => note.id === first!.id)?.readAt, answer.notes[0]!.readAt, 'read once, read then');
    assert.deepEqual((await notes({ key: 'retailer' }, '?unread=true')).notes, []);
  });

  it('pages newest first by cursor, without repeating or skipping a note', async () => {
    const total = retailerNotesPageSize + 5;
    for (let index = 0; index < total; index += 1) {
      const at = new Date(Date.parse('2026-11-01T00:00:00.000Z') + Math.floor(index / 2) * 60_000).toISOString();
      await server.db
        .insertInto('retailer_notes')
        .values({ id: `rnt_${String(index).padStart(3, '0')}`, brand_id: server.brand.id, retailer_id: paris, item_id: server.items[0]!.id, kind: 'modification', serving_retailer_id: geneva, detail: `Change ${index}`, occurred_at: at, created_at: at, read_at: null })
        .execute();
    }
    const first = await notes({ key: 'retailer' });
    assert.equal(first.notes.length, retailerNotesPageSize);
    assert.ok(first.nextCursor);
    const second = await notes({ key: 'retailer' }, `?cursor=${first.nextCursor}`);
    assert.equal(second.nextCursor, null);
    const ids = [...first.notes, ...second.notes].map((note) => note.id);
    assert.deepEqual(ids, Array.from({ length: total }, (_, index) => `rnt_${String(total - 1 - index).padStart(3, '0')}`));
    assert.equal(second.unreadCount, total);
    const bad = await server.request('/v1/retailer-notes?cursor=bm9wZQ', { key: 'retailer' });
    assert.equal(bad.status, 422);
  });
});
