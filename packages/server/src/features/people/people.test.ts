/**
 * Issue 12: who may invite whom, role changes, deactivation ending sessions at once, a brand
 * admin ending someone's session, and that people of another retailer or brand are out of reach
 * (404, like an unknown id).
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import type { ConsoleSessionList, Me, Person, PersonList } from '@atelier/client/contract';
import { insertBrand } from '../../seed/building-blocks.ts';
import { createTestServer, describeEachDatabase, fixtureConsoleOrigin, type SignedInTestPerson, type TestServer } from '../../testing/index.ts';
import { insertPerson } from './people.ts';

describeEachDatabase('people', (database) => {
  let server: TestServer;
  let admin: SignedInTestPerson;
  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 1 });
    admin = await server.signIn({ role: 'admin', email: 'admin@maison-fixture.example' });
  });
  afterEach(() => server.close());

  const ownRetailer = () => server.retailers[0]!.id;
  const otherRetailer = () => server.retailers[1]!.id;

  function invite(as: SignedInTestPerson, body: Record<string, unknown>) {
    return server.request('/v1/people', { session: as.session, body });
  }

  function update(as: SignedInTestPerson, personId: string, body: Record<string, unknown>) {
    return server.request(`/v1/people/${personId}`, { method: 'PATCH', session: as.session, body });
  }

  async function codeOf(response: Response): Promise<string> {
    return ((await response.json()) as { code: string }).code;
  }

  /** Follows the invitation's link as the invitee would, from the console. */
  async function acceptInvitation(email: string): Promise<string> {
    const link = new URL(server.mailer.lastTo(email)!.link!);
    const token = new URLSearchParams(link.hash.slice(1)).get('sign-in')!;
    const consumed = await server.request('/v1/sign-in/links/consume', { body: { token }, origin: fixtureConsoleOrigin });
    assert.equal(consumed.status, 200, await consumed.clone().text());
    return consumed.headers.get('Set-Cookie')!.split(';')[0]!;
  }

  it("lets a brand admin invite a retailer's manager, who signs in with the e-mailed invitation and invites an associate", async () => {
    const invited = await invite(admin, { email: 'Manager@Boutique.example', displayName: 'Léa Martin', role: 'manager', retailerId: ownRetailer() });
    assert.equal(invited.status, 201, await invited.clone().text());
    const manager = (await invited.json()) as Person;
    assert.deepEqual(
      { role: manager.role, retailerId: manager.retailerId, status: manager.status, invitedBy: manager.invitedBy },
      { role: 'manager', retailerId: ownRetailer(), status: 'invited', invitedBy: admin.personId },
    );
    const mail = server.mailer.lastTo('manager@boutique.example')!;
    assert.match(mail.subject, /invited/);
    assert.ok(mail.link!.startsWith(`${fixtureConsoleOrigin}/console/#sign-in=`));

    const session = await acceptInvitation('manager@boutique.example');
    const me = (await (await server.request('/v1/me', { session })).json()) as Me;
    assert.equal(me.person.status, 'active');
    assert.deepEqual(me.retailer, { id: ownRetailer(), name: server.retailers[0]!.name });

    const asManager = { personId: manager.id, sessionId: me.session.id, email: manager.email, session };
    const associate = await invite(asManager, { email: 'associate@boutique.example', role: 'associate' });
    assert.equal(associate.status, 201, await associate.clone().text());
    assert.equal(((await associate.json()) as Person).retailerId, ownRetailer());
  });

  it('refuses what an inviter may not invite', async () => {
    const manager = await server.signIn({ role: 'manager' });
    const cases: Array<[SignedInTestPerson, Record<string, unknown>, number, string]> = [
      [manager, { email: 'a@example.com', role: 'manager' }, 403, 'forbidden'],
      [manager, { email: 'b@example.com', role: 'admin' }, 403, 'forbidden'],
      [manager, { email: 'c@example.com', role: 'associate', retailerId: otherRetailer() }, 403, 'forbidden'],
      [admin, { email: 'd@example.com', role: 'associate' }, 422, 'validation_failed'],
      [admin, { email: 'e@example.com', role: 'manager' }, 422, 'validation_failed'],
      [admin, { email: 'f@example.com', role: 'serviceDesk', retailerId: ownRetailer() }, 422, 'validation_failed'],
      [admin, { email: 'g@example.com', role: 'manager', retailerId: 'rtl_of_nobody' }, 422, 'unknown_retailer'],
      [admin, { email: 'ADMIN@maison-fixture.example', role: 'analyst' }, 409, 'person_exists'],
    ];
    for (const [as, body, status, code] of cases) {
      const refused = await invite(as, body);
      assert.equal(refused.status, status, JSON.stringify(body));
      assert.equal(await codeOf(refused), code, JSON.stringify(body));
    }
    for (const role of ['serviceDesk', 'concierge', 'analyst', 'associate'] as const) {
      const someone = await server.signIn({ role });
      assert.equal((await invite(someone, { email: `${role}-invitee@example.com`, role: 'analyst' })).status, 403, role);
    }
    assert.equal(server.mailer.messages.length, 0, 'no invitation went out');
    const count = await server.db.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 6, 'nobody was added');
  });

  it("deactivating a person ends their sessions and their links at once, and they can no longer ask for one", async () => {
    const desk = await server.signIn({ role: 'serviceDesk' });
    await server.request('/v1/sign-in/links', { body: { email: desk.email } });
    const pendingLink = new URL(server.mailer.lastTo(desk.email)!.link!);
    assert.equal((await server.request('/v1/me', { session: desk.session })).status, 200);

    const deactivated = await update(admin, desk.personId, { status: 'deactivated' });
    assert.equal(deactivated.status, 200);
    const person = (await deactivated.json()) as Person;
    assert.equal(person.status, 'deactivated');
    assert.equal(person.deactivatedAt, server.clock.now().toISOString());

    assert.equal((await server.request('/v1/me', { session: desk.session })).status, 401);
    // Ended and voided in the database too, not only refused while the person stays deactivated.
    const open = await server.db.selectFrom('console_sessions').select('id').where('person_id', '=', desk.personId).where('revoked_at', 'is', null).execute();
    assert.deepEqual(open, []);
    const unused = await server.db.selectFrom('sign_in_links').select('token_hash').where('person_id', '=', desk.personId).where('used_at', 'is', null).execute();
    assert.deepEqual(unused, []);
    const token = new URLSearchParams(pendingLink.hash.slice(1)).get('sign-in')!;
    const consumed = await server.request('/v1/sign-in/links/consume', { body: { token }, origin: fixtureConsoleOrigin });
    assert.equal(consumed.status, 404);
    server.mailer.clear();
    assert.equal((await server.request('/v1/sign-in/links', { body: { email: desk.email } })).status, 202);
    assert.equal(server.mailer.messages.length, 0);
  });

  it('changes a role within its side, and the new role holds at once', async () => {
    const desk = await server.signIn({ role: 'serviceDesk' });
    assert.equal((await server.request('/v1/people', { session: desk.session })).status, 403);
    const promoted = await update(admin, desk.personId, { role: 'admin' });
    assert.equal(promoted.status, 200);
    assert.equal((await server.request('/v1/people', { session: desk.session })).status, 200, 'the same session, now an admin');
    const crossing = await update(admin, desk.personId, { role: 'manager' });
    assert.equal(crossing.status, 422);
  });

  it("keeps the brand's last admin", async () => {
    const alone = await update(admin, admin.personId, { status: 'deactivated' });
    assert.equal(alone.status, 409);
    assert.equal(await codeOf(alone), 'last_admin');
    assert.equal((await update(admin, admin.personId, { role: 'analyst' })).status, 409);
    const second = await server.signIn({ role: 'admin' });
    assert.equal((await update(second, admin.personId, { role: 'analyst' })).status, 200);
  });

  it("lets a retailer manager deactivate their own associates only, and see their own retailer's people only", async () => {
    const manager = await server.signIn({ role: 'manager', retailerId: ownRetailer() });
    const associate = await server.signIn({ role: 'associate', retailerId: ownRetailer() });
    const colleague = await server.signIn({ role: 'manager', retailerId: ownRetailer() });
    const elsewhere = await server.signIn({ role: 'associate', retailerId: otherRetailer() });

    const listed = (await (await server.request('/v1/people', { session: manager.session })).json()) as PersonList;
    assert.deepEqual(new Set(listed.people.map((p) => p.id)), new Set([manager.personId, associate.personId, colleague.personId]));

    const outOfReach = await update(manager, elsewhere.personId, { status: 'deactivated' });
    assert.equal(outOfReach.status, 404);
    assert.equal(await codeOf(outOfReach), 'unknown_person');
    assert.equal((await update(manager, admin.personId, { status: 'deactivated' })).status, 404);
    assert.equal((await update(manager, colleague.personId, { status: 'deactivated' })).status, 403);
    assert.equal((await update(manager, associate.personId, { role: 'manager' })).status, 403);
    assert.equal((await update(manager, associate.personId, { status: 'deactivated' })).status, 200);
    assert.equal((await server.request('/v1/me', { session: associate.session })).status, 401);
    assert.equal((await server.request('/v1/me', { session: elsewhere.session })).status, 200);
  });

  it("lets a brand admin list and end someone's sessions; people of another brand are unknown", async () => {
    const desk = await server.signIn({ role: 'serviceDesk' });
    const listed = await server.request(`/v1/people/${desk.personId}/sessions`, { session: admin.session });
    assert.equal(listed.status, 200);
    const { sessions } = (await listed.json()) as ConsoleSessionList;
    assert.deepEqual(sessions.map((s) => s.id), [desk.sessionId]);
    const revoked = await server.request(`/v1/people/${desk.personId}/sessions/${desk.sessionId}`, { method: 'DELETE', session: admin.session });
    assert.equal(revoked.status, 200);
    assert.equal((await server.request('/v1/me', { session: desk.session })).status, 401);
    assert.equal((await server.request(`/v1/people/${desk.personId}/sessions/${admin.sessionId}`, { method: 'DELETE', session: admin.session })).status, 404, "another person's session");

    await insertBrand(server.db, otherBrand, server.clock.now());
    const stranger = await insertPerson(server.db, {
      brandId: otherBrand.id,
      retailerId: null,
      email: 'admin@other-brand.example',
      displayName: null,
      role: 'admin',
      status: 'active',
      invitedBy: null,
      now: server.clock.now(),
    });
    for (const [path, method] of [
      [`/v1/people/${stranger.id}/sessions`, 'GET'],
      [`/v1/people/${stranger.id}`, 'PATCH'],
    ] as const) {
      const answer = await server.request(path, { method, session: admin.session, ...(method === 'PATCH' ? { body: { status: 'deactivated' } } : {}) });
      assert.equal(answer.status, 404, path);
    }
    const all = (await (await server.request('/v1/people', { session: admin.session })).json()) as PersonList;
    assert.ok(!all.people.some((p) => p.id === stranger.id));
  });
});

const otherBrand = {
  id: 'brand_other',
  name: 'Other Maison',
  locales: ['en'],
  warrantyBaseMonths: 24,
  warrantyMonthsAddedPerService: 12,
  serviceIntervalMonths: 36,
};
