/**
 * Issue 16: an owner sells or gives a piece from their space. The new owner confirms by the
 * e-mailed link; until then nothing changes and the owner may cancel. After it, the piece, its
 * warranty, history and care schedule are the new owner's (the old owner's drafted reminders
 * dropped as `piece_transferred`), and each person keeps their own consents. Exactly one transfer
 * takes effect however many confirmations arrive at once.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import type { OwnedPiece, OwnedPieceList, PendingPieceTransfer, PieceTransfer, ProvenanceRecord } from '@atelier/client/contract';
import { newId } from '../../ids.ts';
import { fixtureCentreId } from '../repairs/testing.ts';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { recordEmailConsents } from '../owners/owners.ts';
import { asOwner, giveOwnerPiece, signInOwner } from '../owner-space/testing.ts';
import { tokenSentTo } from '../warranties/testing.ts';
import { MailOutbox } from '../../mail/outbox.ts';
import { fixtureConsoleOrigin, fixturePublicUrl } from '../../testing/index.ts';
import { sendCareReminder } from '../care/care-reminder-sending.ts';

const sellerEmail = 'ada@example.com';
const buyerEmail = 'bea@example.com';
const buyer = { name: 'Béatrice Acheteur', email: buyerEmail, language: 'de' };

describeEachDatabase('transferring a piece from the owner space', (database) => {
  let server: TestServer;
  let seller: string;
  let serial: string;
  let sellerId: string;
  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 3 });
    const piece = server.items[0]!;
    serial = piece.serial;
    ({ ownerId: sellerId } = await giveOwnerPiece(server, { email: sellerEmail, item: piece, purchaseDate: '2025-06-01', coverageEnd: '2027-06-01' }));
    seller = await signInOwner(server, sellerEmail);
  });
  afterEach(() => server.close());

  function transfer(body: unknown, cookie = seller, target = serial): Promise<Response> {
    return asOwner(server, cookie, `/v1/owner/pieces/${target}/transfer`, { method: 'POST', body });
  }

  async function started(body: unknown = { kind: 'sale', newOwner: buyer }): Promise<PieceTransfer> {
    const response = await transfer(body);
    assert.equal(response.status, 201, await response.clone().text());
    return (await response.json()) as PieceTransfer;
  }

  function confirm(token: string, consents?: { service: boolean; marketing: boolean; wording: string }): Promise<Response> {
    return server.fromWidget('/v1/warranties/confirmations', consents ? { token, consents } : { token });
  }

  /** A care reminder drafted for `ownerId` about the piece, as the daily sweep drafts one. */
  async function draftReminder(ownerId: string): Promise<string> {
    const id = newId('crm');
    const at = server.clock.now().toISOString();
    await server.db
      .insertInto('care_reminders')
      .values({ id, brand_id: server.brand.id, item_id: server.items[0]!.id, owner_id: ownerId, care_kind: 'service', due_on: '2028-06-01', status: 'draft', drafted_at: at, sent_at: null, dropped_at: null, dropped_reason: null, personal_subject: null, personal_note: null, personalised_at: null, held_at: null, untouched_since: at, drop_note: null })
      .execute();
    return id;
  }

  async function sendReminder(reminderId: string) {
    const outbox = new MailOutbox({ db: server.db, transport: server.mailer, clock: server.clock, logger: server.logger });
    try {
      return await sendCareReminder({ db: server.db, mailer: outbox, clock: server.clock, publicUrl: fixturePublicUrl, publicOrigin: fixtureConsoleOrigin }, server.brand.id, reminderId);
    } finally {
      await outbox.close();
    }
  }

  async function ownerIdOf(email: string): Promise<string> {
    return (await server.db.selectFrom('owners').select('id').where('email_normalized', '=', email).executeTakeFirstOrThrow()).id;
  }

  async function piecesOf(cookie: string): Promise<OwnedPiece[]> {
    return ((await (await asOwner(server, cookie, '/v1/owner/pieces')).json()) as OwnedPieceList).pieces;
  }

  async function publicRecord(): Promise<ProvenanceRecord> {
    return (await (await server.fromWidget(`/v1/provenance/${serial}`)).json()) as ProvenanceRecord;
  }

  async function consentsOf(ownerId: string): Promise<string[]> {
    const rows = await server.db.selectFrom('consents').select(['purpose', 'granted']).where('owner_id', '=', ownerId).orderBy('purpose').execute();
    return rows.map((row) => `${row.purpose}:${row.granted}`);
  }

  it('changes nothing until the new owner confirms; then the piece, its warranty, history and care are theirs, and each keeps their consents', async () => {
    await recordEmailConsents(server.db, sellerId, { service: true, marketing: true }, 'warranty_activation', server.clock.now());
    const serviced = await server.request(`/v1/items/${serial}/services`, { key: 'secret', body: { serviceType: 'full_service', serviceCentreId: fixtureCentreId } });
    assert.equal(serviced.status, 201, await serviced.clone().text());
    const reminderId = newId('crm');
    await server.db
      .insertInto('care_reminders')
      .values({ id: reminderId, brand_id: server.brand.id, item_id: server.items[0]!.id, owner_id: sellerId, care_kind: 'service', due_on: '2028-06-01', status: 'draft', drafted_at: server.clock.now().toISOString(), sent_at: null, dropped_at: null, dropped_reason: null, personal_subject: null, personal_note: null, personalised_at: null, held_at: null, untouched_since: server.clock.now().toISOString(), drop_note: null })
      .execute();
    const before = await publicRecord();

    const pending = await started({ kind: 'gift', newOwner: buyer });
    assert.deepEqual(pending, {
      kind: 'gift',
      status: 'pending',
      newOwner: { name: buyer.name, email: 'b•••@example.com' },
      requestedAt: server.clock.now().toISOString(),
      expiresAt: new Date(server.clock.now().getTime() + 7 * 24 * 60 * 60 * 1000).toISOString(),
    });
    assert.ok(server.mailer.lastTo(buyerEmail), 'the new owner is e-mailed the confirmation link');
    assert.deepEqual(await (await asOwner(server, seller, `/v1/owner/pieces/${serial}/transfer`)).json(), { transfer: pending });

    // Pending: the piece is the seller's still, its public history unchanged.
    assert.deepEqual((await piecesOf(seller)).map((piece) => piece.serial), [serial]);
    assert.deepEqual(await publicRecord(), before);

    const confirmed = await confirm(tokenSentTo(server, buyerEmail));
    assert.equal(confirmed.status, 200, await confirmed.clone().text());

    assert.deepEqual(await piecesOf(seller), [], 'no longer the seller’s');
    assert.equal((await asOwner(server, seller, `/v1/owner/pieces/${serial}/transfer`)).status, 404);
    const newOwner = await signInOwner(server, buyerEmail);
    const [theirs] = await piecesOf(newOwner);
    assert.equal(theirs?.serial, serial);
    assert.deepEqual(theirs?.warranty, { status: 'active', coverageEnd: '2027-06-01' }, 'the warranty follows the piece');
    const after = await publicRecord();
    assert.equal(after.ownerCount, before.ownerCount + 1);
    assert.equal(after.events.at(-1)?.type, 'ownership_transferred');
    assert.deepEqual(after.services, before.services, 'the service history stays with the piece');
    assert.equal(after.services.length, 1);
    const reminder = await server.db.selectFrom('care_reminders').select(['status', 'dropped_reason']).where('id', '=', reminderId).executeTakeFirstOrThrow();
    assert.deepEqual({ ...reminder }, { status: 'dropped', dropped_reason: 'piece_transferred' }, "the seller's drafted reminder is dropped");
    assert.deepEqual(await consentsOf(sellerId), ['marketing:1', 'service:1'], "the seller's consents stay theirs");
    const buyerId = (await server.db.selectFrom('owners').select('id').where('email_normalized', '=', buyerEmail).executeTakeFirstOrThrow()).id;
    assert.deepEqual(await consentsOf(buyerId), [], 'nobody consented for the new owner');
    const record = await server.db.selectFrom('piece_transfers').select(['status', 'kind', 'from_owner_id', 'to_owner_id']).executeTakeFirstOrThrow();
    assert.deepEqual({ ...record }, { status: 'confirmed', kind: 'gift', from_owner_id: sellerId, to_owner_id: buyerId });
  });

  it('asks the new owner the consent questions on confirming: their service reminders go out when they said yes, marketing only if ticked', async () => {
    await started();
    const link = server.mailer.lastTo(buyerEmail)?.link ?? '';
    assert.equal(new URLSearchParams(new URL(link).hash.slice(1)).get('atelier-consents'), 'ask', 'the link asks the page to put the questions');
    const wording = 'Messages from us: Send me service messages (service reminders, repair updates).';
    const confirmed = await confirm(tokenSentTo(server, buyerEmail), { service: true, marketing: false, wording });
    assert.equal(confirmed.status, 200, await confirmed.clone().text());

    const buyerId = await ownerIdOf(buyerEmail);
    const recorded = await server.db.selectFrom('consents').select(['purpose', 'granted', 'source', 'wording', 'recorded_at']).where('owner_id', '=', buyerId).orderBy('purpose').execute();
    const at = server.clock.now().toISOString();
    assert.deepEqual(
      recorded.map((row) => ({ ...row, granted: Number(row.granted) })),
      [
        { purpose: 'marketing', granted: 0, source: 'ownership_transfer', wording, recorded_at: at },
        { purpose: 'service', granted: 1, source: 'ownership_transfer', wording, recorded_at: at },
      ],
    );
    const preferences = (await (await asOwner(server, await signInOwner(server, buyerEmail), '/v1/owner/preferences')).json()) as { channels: { channel: string; choice: string }[] };
    assert.deepEqual(preferences.channels.find((channel) => channel.channel === 'email')?.choice, 'service_only', 'their space shows what they chose');
    assert.deepEqual(await sendReminder(await draftReminder(buyerId)), { outcome: 'sent' });
    assert.ok(server.mailer.lastTo(buyerEmail)?.subject, 'the reminder reached the new owner');
  });

  it('drops the new owner’s reminders as before when they answer no, or confirm without being asked; a used link records no answers', async () => {
    await started();
    const token = tokenSentTo(server, buyerEmail);
    assert.equal((await confirm(token, { service: false, marketing: false, wording: 'Messages from us: none.' })).status, 200);
    const buyerId = await ownerIdOf(buyerEmail);
    assert.deepEqual(await sendReminder(await draftReminder(buyerId)), { outcome: 'dropped', reason: 'no_service_consent' });
    assert.equal((await confirm(token, { service: true, marketing: true, wording: 'Messages from us: all.' })).status, 404);
    assert.deepEqual(await consentsOf(buyerId), ['marketing:0', 'service:0'], 'the used link changed nothing');

    // The brand's transfer with the consents its staff took down asks nothing more: those wait on the link, as before.
    const staff = await server.request(`/v1/items/${serial}/ownership-transfers`, {
      key: 'secret',
      body: { newOwner: { name: 'Emil', email: 'emil@example.com', country: 'DE', language: 'de' }, consents: { service: true, marketing: false } },
    });
    assert.equal(staff.status, 201, await staff.clone().text());
    const staffLink = server.mailer.lastTo('emil@example.com')?.link ?? '';
    assert.equal(new URLSearchParams(new URL(staffLink).hash.slice(1)).get('atelier-consents'), null);
    assert.equal((await confirm(tokenSentTo(server, 'emil@example.com'))).status, 200);
    assert.deepEqual(await consentsOf(await ownerIdOf('emil@example.com')), ['marketing:0', 'service:1']);
  });

  it('refuses consents answered without their wording, naming the field', async () => {
    await started();
    const response = await server.fromWidget('/v1/warranties/confirmations', { token: tokenSentTo(server, buyerEmail), consents: { service: true, marketing: false } });
    assert.equal(response.status, 422);
    const problem = (await response.json()) as { code: string; errors: { path: string }[] };
    assert.equal(problem.code, 'validation_failed');
    assert.deepEqual(problem.errors.map((error) => error.path), ['consents.wording']);
  });

  it('lets the owner cancel before the confirmation: the link stops working and the piece stays theirs', async () => {
    await started();
    const token = tokenSentTo(server, buyerEmail);
    const cancel = () => asOwner(server, seller, `/v1/owner/pieces/${serial}/transfer`, { method: 'DELETE' });
    assert.deepEqual(await (await cancel()).json(), { cancelled: true });
    assert.deepEqual(await transferRecord(), { status: 'cancelled', ended_reason: 'by_owner', warranty: 'void' });
    const refused = await confirm(token);
    assert.equal(refused.status, 404);
    assert.equal(((await refused.json()) as { code: string }).code, 'invalid_confirmation_token');
    assert.deepEqual((await piecesOf(seller)).map((piece) => piece.serial), [serial]);
    assert.deepEqual((await (await asOwner(server, seller, `/v1/owner/pieces/${serial}/transfer`)).json()) as PendingPieceTransfer, { transfer: null });
    assert.deepEqual(await (await cancel()).json(), { cancelled: false });
  });

  it('replaces a pending transfer with a new one: the first link no longer works', async () => {
    await started();
    const firstToken = tokenSentTo(server, buyerEmail);
    await started({ kind: 'sale', newOwner: { name: 'Carla Nuova', email: 'carla@example.com', language: 'it', country: 'IT' } });
    assert.equal((await confirm(firstToken)).status, 404);
    assert.equal((await confirm(tokenSentTo(server, 'carla@example.com'))).status, 200);
    assert.deepEqual(await piecesOf(seller), []);
  });

  it('refuses bad input with 422 naming the field, the owner’s own address, and a piece not theirs', async () => {
    const cases: [unknown, string][] = [
      [{ kind: 'sale', newOwner: { ...buyer, email: 'Ada@Example.com' } }, 'newOwner.email'],
      [{ kind: 'sale', newOwner: { ...buyer, email: 'not-an-address' } }, 'newOwner.email'],
      [{ kind: 'sale', newOwner: { email: buyerEmail, language: 'de' } }, 'newOwner.name'],
      [{ kind: 'swap', newOwner: buyer }, 'kind'],
      [{ kind: 'sale', newOwner: { ...buyer, language: 'xx' } }, 'newOwner.language'],
    ];
    for (const [body, path] of cases) {
      const response = await transfer(body);
      assert.equal(response.status, 422, JSON.stringify(body));
      const problem = (await response.json()) as { code: string; errors: { path: string }[] };
      assert.equal(problem.code, 'validation_failed');
      assert.deepEqual(problem.errors.map((error) => error.path), [path], JSON.stringify(body));
    }
    await giveOwnerPiece(server, { email: 'someone@example.com', item: server.items[1]! });
    for (const target of [server.items[1]!.serial, server.items[2]!.serial]) {
      const response = await transfer({ kind: 'sale', newOwner: buyer }, seller, target);
      assert.equal(response.status, 404);
      assert.equal(((await response.json()) as { code: string }).code, 'unknown_serial');
    }
    assert.equal(server.mailer.lastTo(buyerEmail), undefined, 'nobody was written to');
  });

  async function problemOf(response: Response): Promise<{ status: number; code: string; detail: string }> {
    const problem = (await response.json()) as { code: string; detail: string };
    return { status: response.status, code: problem.code, detail: problem.detail };
  }

  async function transferRecord(itemId = server.items[0]!.id): Promise<{ status: string; ended_reason: string | null; warranty: string }> {
    const row = await server.db
      .selectFrom('piece_transfers')
      .innerJoin('warranties', 'warranties.id', 'piece_transfers.to_warranty_id')
      .select(['piece_transfers.status', 'piece_transfers.ended_reason', 'warranties.status as warranty'])
      .where('piece_transfers.item_id', '=', itemId)
      .executeTakeFirstOrThrow();
    return { ...row };
  }

  it('ends a pending transfer when the piece is reported stolen: the link says it is no longer possible, and a stolen piece is offered to no one', async () => {
    await started();
    const token = tokenSentTo(server, buyerEmail);
    // The brand transfers it too, from the console: that pending transfer ends with the report as well.
    const staff = await server.request(`/v1/items/${serial}/ownership-transfers`, { key: 'secret', body: { newOwner: { name: 'Emil', email: 'emil@example.com', country: 'DE', language: 'de' } } });
    assert.equal(staff.status, 201, await staff.clone().text());
    const reported = await asOwner(server, seller, `/v1/owner/pieces/${serial}/theft-reports`, { body: { country: 'FR', city: 'Paris' } });
    assert.equal(reported.status, 200, await reported.clone().text());

    assert.deepEqual(await transferRecord(), { status: 'cancelled', ended_reason: 'piece_reported_stolen', warranty: 'void' });
    assert.deepEqual((await (await asOwner(server, seller, `/v1/owner/pieces/${serial}/transfer`)).json()) as PendingPieceTransfer, { transfer: null });
    for (const link of [token, tokenSentTo(server, 'emil@example.com')]) {
      const refused = await problemOf(await confirm(link));
      assert.equal(refused.status, 410);
      assert.equal(refused.code, 'transfer_no_longer_possible');
      assert.match(refused.detail, /stolen or lost/);
    }
    const [still] = await piecesOf(seller);
    assert.deepEqual({ serial: still?.serial, status: still?.status }, { serial, status: 'stolen' }, 'the piece stays its owner’s, reported stolen');
    assert.equal((await publicRecord()).events.filter((event) => event.type === 'ownership_transferred').length, 0);

    // Starting a new transfer of it is refused, from the space and by the brand, saying why.
    const again = await problemOf(await transfer({ kind: 'sale', newOwner: buyer }));
    assert.deepEqual({ status: again.status, code: again.code }, { status: 409, code: 'item_unavailable' });
    assert.match(again.detail, /reported stolen: it cannot change hands/);
    const byBrand = await problemOf(await server.request(`/v1/items/${serial}/ownership-transfers`, { key: 'secret', body: { newOwner: { name: 'Emil', email: 'emil@example.com', country: 'DE', language: 'de' } } }));
    assert.deepEqual({ status: byBrand.status, code: byBrand.code }, { status: 409, code: 'item_unavailable' });
    assert.match(byBrand.detail, /reported stolen/);
  });

  it('ends a pending transfer when its owner reports the piece lost: the link says it is no longer possible', async () => {
    await started();
    const token = tokenSentTo(server, buyerEmail);
    const reported = await asOwner(server, seller, `/v1/owner/pieces/${serial}/loss-reports`, { body: {} });
    assert.equal(reported.status, 200, await reported.clone().text());

    assert.deepEqual(await transferRecord(), { status: 'cancelled', ended_reason: 'piece_reported_lost', warranty: 'void' });
    const refused = await problemOf(await confirm(token));
    assert.deepEqual({ status: refused.status, code: refused.code }, { status: 410, code: 'transfer_no_longer_possible' });
    assert.match(refused.detail, /stolen or lost/);
    const again = await problemOf(await transfer({ kind: 'sale', newOwner: buyer }));
    assert.deepEqual({ status: again.status, code: again.code }, { status: 409, code: 'item_unavailable' });
    assert.match(again.detail, /reported lost/);
  });

  it('refuses the confirmation of a transfer whose piece went missing without a report that ended it', async () => {
    await started();
    await server.db.updateTable('items').set({ status: 'lost' }).where('id', '=', server.items[0]!.id).execute();
    const refused = await problemOf(await confirm(tokenSentTo(server, buyerEmail)));
    assert.deepEqual({ status: refused.status, code: refused.code }, { status: 410, code: 'transfer_no_longer_possible' });
    assert.deepEqual((await piecesOf(seller)).map((piece) => piece.serial), [serial], 'nothing changed');
  });

  it('ends a pending transfer when its owner erases their account, or when the one it is for erases theirs', async () => {
    await started();
    const toBuyer = tokenSentTo(server, buyerEmail);
    const erased = await asOwner(server, seller, '/v1/owner/account/erasure', { body: { confirm: true } });
    assert.equal(erased.status, 200, await erased.clone().text());
    assert.deepEqual(await transferRecord(), { status: 'cancelled', ended_reason: 'owner_erased', warranty: 'void' });
    const refused = await problemOf(await confirm(toBuyer));
    assert.deepEqual({ status: refused.status, code: refused.code }, { status: 410, code: 'transfer_no_longer_possible' });
    assert.match(refused.detail, /cancelled/);
    assert.equal((await publicRecord()).events.filter((event) => event.type === 'ownership_transferred').length, 0);

    // The piece of another owner, offered to someone who then erases their account (they had one: a piece of their own).
    const other = server.items[1]!;
    await giveOwnerPiece(server, { email: 'carla@example.com', item: other });
    const carla = await signInOwner(server, 'carla@example.com');
    await giveOwnerPiece(server, { email: 'dora@example.com', item: server.items[2]! });
    const offered = await asOwner(server, carla, `/v1/owner/pieces/${other.serial}/transfer`, { method: 'POST', body: { kind: 'gift', newOwner: { name: 'Dora', email: 'dora@example.com', language: 'fr' } } });
    assert.equal(offered.status, 201, await offered.clone().text());
    const toDora = tokenSentTo(server, 'dora@example.com');
    const dora = await signInOwner(server, 'dora@example.com');
    assert.equal((await asOwner(server, dora, '/v1/owner/account/erasure', { body: { confirm: true } })).status, 200);
    assert.deepEqual(await transferRecord(other.id), { status: 'cancelled', ended_reason: 'recipient_erased', warranty: 'void' });
    assert.equal((await problemOf(await confirm(toDora))).code, 'transfer_no_longer_possible');
    assert.deepEqual((await piecesOf(carla)).map((piece) => piece.serial), [other.serial], 'the piece stays the giver’s');
  });

  it('takes effect exactly once when confirmations arrive at once, for one link or for two transfers of the piece', async () => {
    await started();
    const token = tokenSentTo(server, buyerEmail);
    const answers = await Promise.all([confirm(token), confirm(token), confirm(token)]);
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [200, 404, 404]);

    // The new owner gives it on from their space while the brand transfers it too: both confirmed at once, one wins.
    const bea = await signInOwner(server, buyerEmail);
    const onward = await asOwner(server, bea, `/v1/owner/pieces/${serial}/transfer`, { method: 'POST', body: { kind: 'gift', newOwner: { name: 'Dora', email: 'dora@example.com', language: 'fr' } } });
    assert.equal(onward.status, 201, await onward.clone().text());
    const staff = await server.request(`/v1/items/${serial}/ownership-transfers`, {
      key: 'secret',
      body: { newOwner: { name: 'Emil', email: 'emil@example.com', country: 'DE', language: 'de' } },
    });
    assert.equal(staff.status, 201, await staff.clone().text());
    const both = await Promise.all([confirm(tokenSentTo(server, 'dora@example.com')), confirm(tokenSentTo(server, 'emil@example.com'))]);
    assert.deepEqual(both.map((answer) => answer.status).sort(), [200, 404], 'the second link finds its transfer voided by the first');

    const item = server.items[0]!;
    const covering = await server.db.selectFrom('warranties').select('owner_id').where('covering_item_id', '=', item.id).execute();
    assert.equal(covering.length, 1, 'one warranty covers the piece');
    const events = (await publicRecord()).events.filter((event) => event.type === 'ownership_transferred');
    assert.equal(events.length, 2, 'the first transfer, and exactly one of the two others');
    const active = await server.db.selectFrom('warranties').select('id').where('item_id', '=', item.id).where('status', '=', 'active').execute();
    assert.equal(active.length, 1, 'the other new owner’s warranty never became active');
  });
});
