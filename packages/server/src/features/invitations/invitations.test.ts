/**
 * Issue 16, invitations from the brand, on SQLite and PostgreSQL: a draft written for an audience
 * (country, collection, segment), sent — each owner invited once and e-mailed once in their
 * language only when they allow marketing e-mail, with a one-click unsubscribe from marketing —,
 * sent again (newcomers only), answered by the owners in their space, seats never overfilled,
 * answers closed once the event starts.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import type { EventInvitation, EventInvitationList, InvitationInput, InvitationSent, MyInvitation, MyInvitationList, Problem } from '@atelier/client/contract';
import { openDatabase, type Db } from '../../db/database.ts';
import { runUnitOfWork } from '../../db/unit-of-work.ts';
import { newId } from '../../ids.ts';
import { MailOutbox } from '../../mail/outbox.ts';
import { createTestServer, describeEachDatabase, fixtureConsoleOrigin, fixturePublicUrl, type TestServer } from '../../testing/index.ts';
import { insertConsent } from '../segments/testing.ts';
import { asOwner, giveOwnerPiece, signInOwner } from '../owner-space/testing.ts';
import { unsubscribeByToken } from '../unsubscribe/unsubscribe.ts';
import { updateMyPreferences } from '../owner-preferences/preferences.ts';
import { lastHeardFromBrand } from '../care/heard-from-brand.ts';
import { sendInvitation } from './sending.ts';

const evening = (overrides: Partial<InvitationInput> = {}): InvitationInput => ({
  texts: {
    en: { title: 'An evening at the manufacture', description: 'Meet our watchmakers.\n\nChampagne at seven.' },
    fr: { title: 'Une soirée à la manufacture', description: 'Rencontrez nos horlogers.' },
  },
  place: { name: 'Manufacture Fixture', address: '12 rue des Horlogers', city: 'Genève', country: 'CH' },
  startsAt: { date: '2027-03-12', time: '18:30', timeZone: 'Europe/Zurich' },
  capacity: 2,
  audience: {},
  ...overrides,
});

describeEachDatabase('invitations from the brand', (database) => {
  let server: TestServer;
  /** Owners by name: Ada (fr, marketing yes), Ben (ja, never asked), Cy (en, said yes then no), Dee (fr, yes, a Corniche, in Germany). */
  let owners: Record<'ada' | 'ben' | 'cy' | 'dee', { ownerId: string; email: string }>;

  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 12 });
    const give = async (name: string, index: number, language: 'fr' | 'ja' | 'en') => {
      const email = `${name}@example.com`;
      const { ownerId } = await giveOwnerPiece(server, { email, item: server.items[index]!, language });
      return { ownerId, email };
    };
    owners = { ada: await give('ada', 1, 'fr'), ben: await give('ben', 2, 'ja'), cy: await give('cy', 3, 'en'), dee: await give('dee', 4, 'fr') };
    await insertConsent(server.db, owners.ada.ownerId, { purpose: 'marketing', granted: true, recordedAt: '2026-01-01T09:00:00.000Z' });
    await insertConsent(server.db, owners.cy.ownerId, { purpose: 'marketing', granted: true, recordedAt: '2026-01-01T09:00:00.000Z' });
    await insertConsent(server.db, owners.cy.ownerId, { purpose: 'marketing', granted: false, recordedAt: '2026-06-01T09:00:00.000Z' });
    await insertConsent(server.db, owners.dee.ownerId, { purpose: 'marketing', granted: true, recordedAt: '2026-01-01T09:00:00.000Z' });
    await server.db.updateTable('owners').set({ country: 'DE' }).where('id', '=', owners.dee.ownerId).execute();
    const corniche = newId('mdl');
    await server.db.insertInto('models').values({ id: corniche, brand_id: server.brand.id, reference: '2204A-AC', name: 'Corniche Automatique 39', collection: 'Corniche', calibre: 'AU-21 automatic', image_url: null }).execute();
    await server.db.updateTable('items').set({ model_id: corniche }).where('id', '=', server.items[4]!.id).execute();
  });
  afterEach(() => server.close());

  async function asStaff<T>(path: string, init: { method?: string; body?: unknown } = {}, status = 200): Promise<T> {
    const response = await server.request(path, { key: 'secret', ...init });
    assert.equal(response.status, status, await response.clone().text());
    return (await response.json()) as T;
  }
  const create = (input: InvitationInput) => asStaff<EventInvitation>('/v1/invitations', { body: input }, 201);
  /** Every queued e-mail handed to the transport: an invitation's are sent after the answer. */
  async function mailsDelivered(): Promise<void> {
    for (let waited = 0; waited < 500; waited += 1) {
      const queued = await server.db.selectFrom('mail_outbox').select(sql<number | string | bigint>`count(*)`.as('count')).executeTakeFirstOrThrow();
      if (Number(queued.count) === 0) return;
      await sleep(10);
    }
    assert.fail('e-mails still queued');
  }
  async function send(id: string): Promise<InvitationSent> {
    const sent = await asStaff<InvitationSent>(`/v1/invitations/${id}/send`, { method: 'POST' });
    await mailsDelivered();
    return sent;
  }
  const invitationMails = () => server.mailer.messages.filter((message) => message.headers?.['List-Unsubscribe'] !== undefined);

  it('writes a draft with its audience counted today, refuses a draft without the default language, a past start or an unknown time zone, naming the field', async () => {
    const draft = await create(evening({ audience: { filter: { kind: 'country', in: ['FR'] } } }));
    assert.equal(draft.status, 'draft');
    assert.equal(draft.defaultLanguage, 'en');
    assert.deepEqual(draft.startsAt, { date: '2027-03-12', time: '18:30', timeZone: 'Europe/Zurich', at: '2027-03-12T17:30:00.000Z' });
    assert.equal(draft.audienceCount, 3, 'Ada, Ben and Cy live in France');
    assert.deepEqual(draft.figures, { invited: 0, emailed: 0, notEmailed: 0, yes: 0, no: 0, seatsLeft: 2 });

    const refusals: [InvitationInput, string][] = [
      [evening({ texts: { fr: { title: 'Une soirée', description: '' } } }), 'texts.en'],
      [evening({ startsAt: { date: '2026-11-25', time: '09:00', timeZone: 'Europe/Zurich' } }), 'startsAt.date'],
      [evening({ startsAt: { date: '2027-03-12', time: '18:30', timeZone: 'Europe/Atlantis' } }), 'startsAt.timeZone'],
      [evening({ startsAt: { date: '2027-03-12', time: '25:00', timeZone: 'Europe/Zurich' } }), 'startsAt.time'],
      [evening({ capacity: 0 }), 'capacity'],
      [evening({ audience: { filter: { kind: 'collection', in: [] } } }), 'audience.filter.in'],
    ];
    for (const [input, path] of refusals) {
      const response = await server.request('/v1/invitations', { key: 'secret', body: input });
      assert.equal(response.status, 422, path);
      const problem = (await response.json()) as Problem;
      assert.equal(problem.code, 'validation_failed');
      assert.ok(problem.errors?.some((error) => error.path === path), `${path}: ${JSON.stringify(problem.errors)}`);
    }
  });

  it('invites by country, collection or segment: each owner once, e-mailed once in their language only when they allow marketing, with a one-click unsubscribe from marketing', async () => {
    const byCountry = await create(evening({ audience: { filter: { kind: 'country', in: ['FR'] } } }));
    const sent = await send(byCountry.id);
    assert.equal(sent.invitedNow, 3);
    assert.equal(sent.emailedNow, 1, 'Ben never said yes to marketing, Cy withdrew it');
    assert.deepEqual(sent.invitation.figures, { invited: 3, emailed: 1, notEmailed: 2, yes: 0, no: 0, seatsLeft: 2 });
    assert.equal(sent.invitation.status, 'sent');
    const [mail] = invitationMails();
    assert.equal(mail?.to, owners.ada.email);
    assert.match(mail!.subject, /Maison Fixture vous invite : Une soirée à la manufacture/);
    assert.match(mail!.text, /Quand : vendredi 12 mars 2027 à 18:30 UTC\+1\nOù : Manufacture Fixture, 12 rue des Horlogers, Genève, Suisse/, 'the start in the place\'s time, in French');
    assert.equal(mail!.headers?.['List-Unsubscribe-Post'], 'List-Unsubscribe=One-Click');
    assert.equal(mail!.link, `${fixturePublicUrl}/my-pieces.html`);

    // The brand wrote to Ada (the blackout window's "heard from the brand"), not to Ben or Cy.
    const heard = await lastHeardFromBrand(server.db, [owners.ada.ownerId, owners.ben.ownerId, owners.cy.ownerId]);
    assert.deepEqual([...heard], [[owners.ada.ownerId, server.clock.now().toISOString()]]);

    const again = await send(byCountry.id);
    assert.deepEqual([again.invitedNow, again.emailedNow], [0, 0], 'sent twice: nobody invited or e-mailed twice');
    assert.equal(invitationMails().length, 1);

    // Dee moves to France: the next send invites her alone.
    await server.db.updateTable('owners').set({ country: 'FR' }).where('id', '=', owners.dee.ownerId).execute();
    const newcomers = await send(byCountry.id);
    assert.deepEqual([newcomers.invitedNow, newcomers.emailedNow], [1, 1]);
    assert.deepEqual(invitationMails().map((message) => message.to), [owners.ada.email, owners.dee.email]);

    const byCollection = await send((await create(evening({ audience: { filter: { kind: 'collection', in: ['Corniche'] } } }))).id);
    assert.equal(byCollection.invitedNow, 1, 'Dee owns the Corniche');
    const bySegment = await create(evening({ audience: { segment: 'new' } }));
    assert.equal(bySegment.audienceCount, 4, 'every owner bought this year');

    // The e-mail's one-click link withdraws marketing consent, not service.
    const token = /\/v1\/unsubscribe\/([A-Za-z0-9_-]+)/.exec(mail!.text)?.[1];
    assert.ok(token);
    await unsubscribeByToken(server.db, server.clock, token);
    const consents = await server.db.selectFrom('consents').select(['purpose', 'granted']).where('owner_id', '=', owners.ada.ownerId).orderBy('recorded_at', 'desc').execute();
    assert.deepEqual([consents[0]?.purpose, consents[0]?.granted], ['marketing', 0]);
    const afterUnsubscribe = await send((await create(evening({ audience: { filter: { kind: 'country', in: ['FR'] } } }))).id);
    assert.equal(afterUnsubscribe.emailedNow, 1, 'Ada no longer; Dee still');

    // Dee asks for a quiet period, and Cy for service only in their space: neither is e-mailed; both are invited.
    await updateMyPreferences(server.deps, owners.dee.ownerId, { quietPeriod: { from: '2026-11-20', until: '2026-12-20' }, wording: 'Not until after the holidays.' });
    await updateMyPreferences(server.deps, owners.cy.ownerId, { channels: [{ channel: 'email', choice: 'service_only' }], wording: 'E-mail: the care of my pieces only.' });
    const quiet = await send((await create(evening({ audience: { filter: { kind: 'country', in: ['FR'] } } }))).id);
    assert.deepEqual([quiet.invitedNow, quiet.emailedNow], [4, 0]);
    const reasons = await server.db.selectFrom('invitation_guests').select(['owner_id', 'not_emailed_reason']).where('invitation_id', '=', quiet.invitation.id).execute();
    assert.equal(reasons.find((row) => row.owner_id === owners.dee.ownerId)?.not_emailed_reason, 'quiet_period');
    assert.equal(reasons.find((row) => row.owner_id === owners.cy.ownerId)?.not_emailed_reason, 'no_marketing_consent');
  });

  it('edits a draft, never a sent invitation; another brand\'s invitation is unknown', async () => {
    const draft = await create(evening());
    const edited = await asStaff<EventInvitation>(`/v1/invitations/${draft.id}`, { method: 'PUT', body: evening({ capacity: 30 }) });
    assert.equal(edited.capacity, 30);
    await send(draft.id);
    const refused = await server.request(`/v1/invitations/${draft.id}`, { key: 'secret', method: 'PUT', body: evening({ capacity: 40 }) });
    assert.equal(refused.status, 409);
    assert.equal(((await refused.json()) as Problem).code, 'invitation_already_sent');
    const unknown = await server.request('/v1/invitations/inv_nobody', { key: 'secret' });
    assert.equal(unknown.status, 404);
    const list = await asStaff<EventInvitationList>('/v1/invitations');
    assert.deepEqual(list.invitations.map((invitation) => [invitation.id, invitation.status, invitation.audienceCount]), [[draft.id, 'sent', null]]);
  });

  it('lets an invited owner answer yes or no in their language until the event starts, refuses a yes beyond capacity, and shows nobody else\'s', async () => {
    // This evening in Geneva: the owners' sessions (an hour idle) are still open when it starts.
    const startsAt = { date: '2026-11-25', time: '11:30', timeZone: 'Europe/Zurich' };
    // Signed in first: the sign-in e-mail is then the latest each of them received.
    const ada = await signInOwner(server, owners.ada.email);
    const ben = await signInOwner(server, owners.ben.email);
    const dee = await signInOwner(server, owners.dee.email);
    const invitation = await create(evening({ capacity: 1, startsAt, audience: { filter: { kind: 'country', in: ['FR'] } } }));
    await send(invitation.id);
    const answer = (cookie: string, value: 'yes' | 'no', id = invitation.id) => asOwner(server, cookie, `/v1/owner/invitations/${id}/answer`, { method: 'PUT', body: { answer: value } });

    const listed = (await (await asOwner(server, ada, '/v1/owner/invitations')).json()) as MyInvitationList;
    assert.deepEqual(
      listed.invitations.map((mine) => [mine.title, mine.language, mine.answer, mine.full, mine.open]),
      [['Une soirée à la manufacture', 'fr', null, false, true]],
    );
    const inJapanese = (await (await asOwner(server, ben, '/v1/owner/invitations')).json()) as MyInvitationList;
    assert.equal(inJapanese.invitations[0]?.title, 'An evening at the manufacture', 'no Japanese text: the default language');
    assert.deepEqual(((await (await asOwner(server, dee, '/v1/owner/invitations')).json()) as MyInvitationList).invitations, [], 'Dee was not invited');
    assert.equal((await answer(dee, 'yes')).status, 404, 'an invitation Dee did not receive is unknown to her');

    const yes = await answer(ada, 'yes');
    assert.equal(yes.status, 200);
    assert.deepEqual(((await yes.json()) as MyInvitation).answer, 'yes');
    assert.equal((await answer(ada, 'yes')).status, 200, 'the same answer again changes nothing');
    const full = await answer(ben, 'yes');
    assert.equal(full.status, 409);
    assert.equal(((await full.json()) as Problem).code, 'invitation_full');
    const benNow = (await (await asOwner(server, ben, '/v1/owner/invitations')).json()) as MyInvitationList;
    assert.deepEqual([benNow.invitations[0]?.answer, benNow.invitations[0]?.full], [null, true], 'a refused yes leaves no answer');

    // Ada changes her mind: her seat goes to Ben.
    assert.equal((await answer(ada, 'no')).status, 200);
    assert.equal((await answer(ben, 'yes')).status, 200);
    const figures = (await asStaff<EventInvitation>(`/v1/invitations/${invitation.id}`)).figures;
    assert.deepEqual([figures.yes, figures.no, figures.seatsLeft], [1, 1, 0]);

    server.clock.set('2026-11-25T10:30:00.000Z');
    const closed = await answer(ben, 'no');
    assert.equal(closed.status, 409);
    assert.equal(((await closed.json()) as Problem).code, 'invitation_closed');
    const past = (await (await asOwner(server, ben, '/v1/owner/invitations')).json()) as MyInvitationList;
    assert.equal(past.invitations[0]?.open, false);
    const sendLate = await server.request(`/v1/invitations/${invitation.id}/send`, { key: 'secret', method: 'POST' });
    assert.equal(sendLate.status, 409);
  });

  describe('at the same moment', () => {
    it('never seats more guests than the capacity, whatever yeses arrive at once', async () => {
      const invitation = await create(evening({ capacity: 2 }));
      const guests: string[] = [];
      for (let index = 0; index < 6; index++) {
        const email = `guest${index}@example.com`;
        await giveOwnerPiece(server, { email, item: server.items[5 + index]! });
        guests.push(email);
      }
      const cookies: string[] = [];
      for (const email of [...guests, owners.ada.email, owners.ben.email]) cookies.push(await signInOwner(server, email));
      await send(invitation.id);
      const answers = await Promise.all(cookies.map((cookie) => asOwner(server, cookie, `/v1/owner/invitations/${invitation.id}/answer`, { method: 'PUT', body: { answer: 'yes' } })));
      const statuses = answers.map((response) => response.status).sort();
      assert.deepEqual(statuses, [200, 200, 409, 409, 409, 409, 409, 409]);
      const row = await server.db.selectFrom('invitations').select('seats_taken').where('id', '=', invitation.id).executeTakeFirstOrThrow();
      assert.equal(row.seats_taken, 2);
      const yeses = await server.db.selectFrom('invitation_guests').select('owner_id').where('invitation_id', '=', invitation.id).where('answer', '=', 'yes').execute();
      assert.equal(yeses.length, 2);
    });

    it('invites and e-mails each owner once when two instances send at once', async () => {
      const invitation = await create(evening());
      // A second connection pool is a second instance's on PostgreSQL; SQLite has one writer, the same database twice.
      const other: Db = server.databaseUrl === undefined ? server.db : openDatabase({ databaseUrl: server.databaseUrl });
      const outboxes = [server.db, other].map((db) => new MailOutbox({ db, transport: server.mailer, clock: server.clock, logger: server.logger }));
      try {
        const sends = await Promise.all(
          [server.db, other].map((db, index) =>
            runUnitOfWork(db, () => sendInvitation({ db, mailer: outboxes[index]!, clock: server.clock, publicUrl: fixturePublicUrl, publicOrigin: fixtureConsoleOrigin }, server.brand.id, invitation.id)),
          ),
        );
        for (const outbox of outboxes) await outbox.close();
        assert.deepEqual(sends.map((sent) => sent.invitedNow).sort(), [0, 4]);
        assert.deepEqual(invitationMails().map((message) => message.to).sort(), [owners.ada.email, owners.dee.email]);
      } finally {
        if (other !== server.db) await other.destroy();
      }
    });
  });
});
