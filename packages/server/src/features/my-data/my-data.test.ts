/**
 * Issue 16, "My data", on both databases, checked against a walk of every table the database has
 * at test time (testing/data-walk.ts), so a table added later is covered without being named:
 * - the export holds, for every table with rows holding the owner's id, e-mail, name or address,
 *   exactly those rows, and no secret and nothing of another owner;
 * - after erasure no table holds their e-mail, name or address, their id remains only in the rows
 *   `personal-data.ts` keeps or anonymises (the pieces' registrations and reminders, the audit
 *   log), their session is over, and the piece is still the brand's with a public record that
 *   verifies;
 * - every table with an owner column is listed in `personal-data.ts`.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { verifyProvenanceRecord } from '@atelier/client';
import type { AccountErased, BrandConfig, MyDataExport, Problem, ProvenanceRecord } from '@atelier/client/contract';
import { MailOutbox } from '../../mail/outbox.ts';
import { rowsHolding, textColumnsByTable } from '../../testing/data-walk.ts';
import { createTestServer, describeEachDatabase, fixtureConsoleOrigin, fixturePublicUrl, type TestServer } from '../../testing/index.ts';
import { sendCareReminder } from '../care/care-reminder-sending.ts';
import { sweepCareReminders } from '../care/care-sweep.ts';
import { refreshClientSummariesOfPiece } from '../clients/client-summary.ts';
import { createClientNote } from '../client-notes/notes.ts';
import { askForOwnerCode, asOwner, giveOwnerPiece, signInOwner } from '../owner-space/testing.ts';
import { bookRepair } from '../repairs/booking.ts';
import { decideEstimate } from '../repairs/lifecycle.ts';
import { booking, staffMove } from '../repairs/testing.ts';
import { personalDataTables } from './personal-data.ts';

const person = { email: 'erin.walker@example.com', name: 'Erin Walkthrough', postalAddress: '12 rue Imaginaire, 69001 Lyon' };
const otherEmail = 'someone.else@example.com';
const estimate = { currency: 'EUR', lineItems: [{ description: 'Full service', amountMinorUnits: 48_000 }], validUntil: '2026-12-31' };

describeEachDatabase('my data: export and erasure', (database) => {
  let server: TestServer;
  let ownerId: string;
  let cookie: string;

  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 3 });
    // Bought three years ago: its service is due, so the concierge writes to them.
    ({ ownerId } = await giveOwnerPiece(server, { email: person.email, item: server.items[0]!, purchaseDate: '2023-12-01', coverageEnd: '2027-12-01' }));
    await server.db.updateTable('owners').set({ name: person.name, postal_address: person.postalAddress }).where('id', '=', ownerId).execute();
    await giveOwnerPiece(server, { email: otherEmail, item: server.items[1]! });
    cookie = await signInOwner(server, person.email);

    // Their preferences, a share with a retailer (with an Idempotency-Key, as the client sends one).
    const changed = await asOwner(server, cookie, '/v1/owner/preferences', { method: 'PATCH', body: { channels: [{ channel: 'email', choice: 'service_only' }], quietPeriod: { from: '2027-07-01', until: '2027-07-31' }, wording: 'Care only.' } });
    assert.equal(changed.status, 200, await changed.clone().text());
    const shared = await asOwner(server, cookie, '/v1/owner/profile-shares', { body: { retailerId: server.retailers[1]!.id }, headers: { 'Idempotency-Key': 'share-once-0001' } });
    assert.equal(shared.status, 201, await shared.clone().text());
    // Their private calendar feed (its token's hash is a secret, left out of the export).
    const feed = await asOwner(server, cookie, '/v1/owner/calendar-feed', { method: 'PUT', body: {} });
    assert.equal(feed.status, 200, await feed.clone().text());
    // A transfer of their piece they started, still waiting for its new owner.
    const transfer = await asOwner(server, cookie, `/v1/owner/pieces/${server.items[0]!.serial}/transfer`, { body: { kind: 'gift', newOwner: { name: 'Gil Newcomer', email: 'gil@example.com', language: 'fr' } } });
    assert.equal(transfer.status, 201, await transfer.clone().text());
    // A care reminder sent to them, with its unsubscribe link.
    await sweepCareReminders(server.db, server.clock, server.brand.id);
    const reminder = await server.db.selectFrom('care_reminders').select('id').where('owner_id', '=', ownerId).where('care_kind', '=', 'service').executeTakeFirstOrThrow();
    const outbox = new MailOutbox({ db: server.db, transport: server.mailer, clock: server.clock, logger: server.logger });
    assert.deepEqual(await sendCareReminder({ db: server.db, mailer: outbox, clock: server.clock, publicUrl: fixturePublicUrl, publicOrigin: fixtureConsoleOrigin }, server.brand.id, reminder.id), { outcome: 'sent' });
    await outbox.close();
    // A repair they booked, whose estimate they declined with their name.
    const tracker = await bookRepair(server.deps, server.brand.id, booking(server.items[0]!.serial, { contact: { name: person.name, email: person.email, language: 'fr' } }));
    for (const move of [{ to: 'received' }, { to: 'diagnosed' }, { to: 'awaiting_approval', estimate }] as const) await staffMove(server, tracker.trackingCode, move);
    await decideEstimate(server.deps, server.brand.id, { trackingCode: tracker.trackingCode, email: person.email, decision: 'decline', name: person.name }, '192.0.2.7');
    // The brand's note about them, readable by the retailer of record, and an admin who opened their profile.
    await createClientNote(server.deps, server.brand.id, { clientId: ownerId, visibility: 'retailer_of_record', text: `${person.name} prefers Saturday fittings.`, retainUntil: '2028-12-31' });
    const admin = await server.signIn({ role: 'admin' });
    assert.equal((await server.request(`/v1/clients/${ownerId}`, { session: admin.session })).status, 200);
  });
  afterEach(() => server.close());

  const personValues = () => [ownerId, person.email, person.name, person.postalAddress];

  it('exports every row of every table that holds their id, e-mail, name or address — those rows exactly, without secrets or anyone else', async () => {
    const response = await asOwner(server, cookie, '/v1/owner/data-export');
    assert.equal(response.status, 200, await response.clone().text());
    const exported = (await response.json()) as MyDataExport;
    assert.equal(exported.brand.id, server.brand.id);

    const held = await rowsHolding(server.db, personValues());
    for (const table of ['owners', 'consents', 'owner_preference_changes', 'warranties', 'profile_shares', 'care_reminders', 'unsubscribe_tokens', 'owner_sessions', 'owner_sign_ins', 'repair_orders', 'repair_estimates', 'client_notes', 'client_summaries', 'audit_log', 'idempotency_keys', 'owner_calendar_feeds', 'piece_transfers']) {
      assert.ok(held.has(table), `the setup gives them rows in ${table}`);
    }
    const notExported = new Set(personalDataTables.filter((entry) => entry.notExported !== undefined).map((entry) => entry.table as string));
    for (const [table, rows] of held) {
      if (notExported.has(table)) continue;
      assert.equal(exported.tables[table]?.length, rows.length, `${table}: ${rows.length} rows about them (${JSON.stringify(rows.map((row) => row.found))}), exported ${exported.tables[table]?.length ?? 'none'}`);
    }
    const text = JSON.stringify(exported);
    assert.ok(!/token_hash|code_hash/.test(text), 'no secret is exported');
    assert.ok(!text.includes(otherEmail), "nothing of another owner's");
    assert.ok(text.includes('prefers Saturday fittings'), "the brand's note about them is theirs to read");
  });

  it('erases them: no table holds their e-mail, name or address, their id only where kept on purpose; the piece stays the brand’s and its record verifies', async () => {
    const erased = await asOwner(server, cookie, '/v1/owner/account/erasure', { body: { confirm: true }, headers: { 'Idempotency-Key': 'erase-once-0001' } });
    assert.equal(erased.status, 200, await erased.clone().text());
    assert.deepEqual((await erased.json()) as AccountErased, { erased: true, erasedAt: server.clock.now().toISOString() });
    assert.match(erased.headers.get('Set-Cookie') ?? '', /Max-Age=0/);

    // A later write about the piece refreshes the figures of everyone its registrations name: theirs stay gone.
    await refreshClientSummariesOfPiece(server.db, server.brand.id, server.items[0]!.id);

    const identifying = await rowsHolding(server.db, [person.email, person.name, person.postalAddress]);
    assert.deepEqual([...identifying].map(([table, rows]) => [table, rows.map((row) => row.found)]), [], 'nothing names them');

    const kept = new Set(personalDataTables.filter((entry) => entry.erasure.kind !== 'delete').map((entry) => entry.table as string));
    for (const [table, rows] of await rowsHolding(server.db, [ownerId])) {
      if (table === 'idempotency_keys') {
        // The erasure's own stored answer (for a replay of that very request): their id and `erased: true`, nothing else.
        assert.deepEqual(rows.map(({ row }) => [row['key'], String(row['response_body']).includes('"erased":true')]), [['erase-once-0001', true]]);
        continue;
      }
      assert.ok(kept.has(table), `${table} still holds their id (${JSON.stringify(rows.map((row) => row.found))}): erase it, or say in personal-data.ts why it stays`);
    }

    const item = await server.db.selectFrom('items').select(['status']).where('id', '=', server.items[0]!.id).executeTakeFirstOrThrow();
    assert.equal(item.status, 'sold', 'the registry keeps the piece');
    const brand = (await (await server.request('/v1/brand', { key: 'publishable' })).json()) as BrandConfig;
    const lookup = await server.request(`/v1/provenance/${server.items[0]!.serial}`, { key: 'publishable', origin: server.keys.origin });
    assert.equal(lookup.status, 200);
    const record = (await lookup.json()) as ProvenanceRecord;
    assert.ok(brand.signingKey);
    assert.deepEqual(await verifyProvenanceRecord(record, brand.signingKey), { verified: true });

    assert.equal((await asOwner(server, cookie, '/v1/owner/pieces')).status, 401, 'their session is over');
    const before = server.mailer.messages.length;
    assert.equal((await askForOwnerCode(server, person.email)).status, 202);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(server.mailer.messages.slice(before).filter((message) => message.to === person.email).length, 0, 'their address signs no one in');
    const admin = await server.signIn({ role: 'admin', email: 'second-admin@maison.example' });
    assert.equal((await server.request(`/v1/clients/${ownerId}`, { session: admin.session })).status, 404, 'no client any more for the brand');
    const other = await signInOwner(server, otherEmail);
    assert.equal((await asOwner(server, other, '/v1/owner/pieces')).status, 200, "another owner's space goes on");
  });

  it('asks for the confirmation: without confirm: true, 422 naming confirm, and nothing is erased', async () => {
    const refused = await asOwner(server, cookie, '/v1/owner/account/erasure', { body: {} });
    assert.equal(refused.status, 422);
    assert.equal(((await refused.json()) as Problem).errors?.[0]?.path, 'confirm');
    assert.equal((await asOwner(server, cookie, '/v1/owner/pieces')).status, 200);
  });

  it('lists every table with an owner column in personal-data.ts', async () => {
    const listed = new Set(personalDataTables.map((entry) => entry.table as string));
    const ownerColumn = /(^|_)owner_id$|^buyer_id$/;
    const tables = await server.db.introspection.getTables();
    const unlisted = tables.filter((table) => table.columns.some((column) => ownerColumn.test(column.name)) && !listed.has(table.name)).map((table) => table.name);
    assert.deepEqual(unlisted, [], 'say in personal-data.ts how these tables are exported and erased');
    assert.ok((await textColumnsByTable(server.db)).size > 30, 'the walk sees the whole schema');
  });
});
