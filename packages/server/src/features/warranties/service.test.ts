import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { AtelierError } from '../../errors.ts';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { confirmationTokenLifetimeMs } from './confirmation-token.ts';
import { activateWarranty, confirmWarranty } from './service.ts';
import { activation, rejection, tokenSentTo } from './testing.ts';
import { loadWarrantyView } from './warranty-view.ts';

describeEachDatabase('warranty activation and confirmation', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database });
  });
  afterEach(() => server.close());

  it('activates pending, e-mails a link in the owner language, and becomes active on confirmation', async () => {
    const item = server.items[0]!;
    const retailer = server.retailers[0]!;
    const response = await activateWarranty(server.deps, server.brand.id, activation(item, { retailerId: retailer.id }));

    assert.equal(response.warranty.status, 'pending_confirmation');
    assert.equal(response.warranty.serial, item.serial);
    assert.equal(response.warranty.coverageEnd, '2028-11-20');
    assert.deepEqual(response.warranty.retailer, { id: retailer.id, name: retailer.name, country: retailer.country, city: retailer.city });
    assert.equal(response.confirmationSentTo, 'J•••@Example.com');

    const mail = server.mailer.lastTo('jeanne@example.com')!;
    assert.match(mail.subject, /confirmez la garantie/);
    assert.ok(mail.link?.startsWith('https://www.maison-fixture.example#atelier-confirmation='), 'the token travels in the fragment');
    assert.ok(mail.text.includes(mail.link!) && mail.html.includes(mail.link!));

    const confirmed = await confirmWarranty(server.deps, server.brand.id, tokenSentTo(server, 'jeanne@example.com'));
    assert.equal(confirmed.warranty.status, 'active');
    assert.equal(confirmed.warranty.confirmedAt, server.clock.now().toISOString());

    const events = await server.db.selectFrom('provenance_events').select(['type', 'country', 'city', 'details']).where('item_id', '=', item.id).where('type', '!=', 'manufactured').orderBy('occurred_at').execute();
    assert.deepEqual(events.map((event) => [event.type, event.country, event.city]), [
      ['sold', retailer.country, retailer.city],
      ['warranty_activated', retailer.country, retailer.city],
    ]);
    assert.ok(events.every((event) => !event.details.includes('@') && !event.details.includes('Jeanne')), 'no personal data in provenance');
    const stored = await server.db.selectFrom('items').select('status').where('id', '=', item.id).executeTakeFirstOrThrow();
    assert.equal(stored.status, 'sold');
  });

  it('sends a gift to the recipient, who becomes the owner, while the giver stays the buyer', async () => {
    const item = server.items[0]!;
    const gift = { recipientName: 'Li Wei', recipientEmail: 'li.wei@example.com', recipientLanguage: 'zh-Hant' as const };
    const response = await activateWarranty(server.deps, server.brand.id, activation(item, { gift }));

    assert.equal(response.warranty.gift, true);
    assert.equal(response.confirmationSentTo, 'l•••@example.com');
    assert.equal(server.mailer.lastTo('jeanne@example.com'), undefined, 'the giver gets no link');
    const mail = server.mailer.lastTo('li.wei@example.com')!;
    assert.ok(mail.text.includes('Jeanne Moreau'), 'the gift note names the giver');
    assert.match(mail.subject, /請確認/);

    const row = await server.db
      .selectFrom('warranties')
      .innerJoin('owners as owner', 'owner.id', 'warranties.owner_id')
      .innerJoin('owners as buyer', 'buyer.id', 'warranties.buyer_id')
      .select(['owner.email as owner_email', 'buyer.email as buyer_email', 'warranties.is_gift'])
      .where('warranties.id', '=', response.warranty.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual({ ...row }, { owner_email: 'li.wei@example.com', buyer_email: 'Jeanne@Example.com', is_gift: 1 });
  });

  it('stores the service and marketing consents separately, each with its time, once the owner confirms', async () => {
    await activateWarranty(server.deps, server.brand.id, activation(server.items[0]!));
    await confirmWarranty(server.deps, server.brand.id, tokenSentTo(server, 'jeanne@example.com'));
    const consents = await server.db
      .selectFrom('consents')
      .innerJoin('owners', 'owners.id', 'consents.owner_id')
      .select(['consents.purpose', 'consents.granted', 'consents.recorded_at', 'consents.channel'])
      .where('owners.email_normalized', '=', 'jeanne@example.com')
      .orderBy('consents.purpose')
      .execute();
    assert.deepEqual(consents.map((consent) => ({ ...consent })), [
      { purpose: 'marketing', granted: 0, recorded_at: server.clock.now().toISOString(), channel: 'email' },
      { purpose: 'service', granted: 1, recorded_at: server.clock.now().toISOString(), channel: 'email' },
    ]);
  });

  it('refuses a wrong card code on its field', async () => {
    const item = server.items[0]!;
    const wrong = await rejection(activateWarranty(server.deps, server.brand.id, activation(item, { cardCode: 'AAAA-AAAA-AAAA' })));
    assert.equal(wrong.code, 'invalid_card_code');
    assert.equal(wrong.status, 422);
    assert.deepEqual(wrong.fieldErrors?.map((error) => error.path), ['cardCode']);
    const right = await activateWarranty(server.deps, server.brand.id, activation(item));
    assert.equal(right.warranty.status, 'pending_confirmation');
  });

  it('answers already_activated without revealing anything about the owner', async () => {
    const item = server.items[0]!;
    await activateWarranty(server.deps, server.brand.id, activation(item));
    const second = await rejection(
      activateWarranty(server.deps, server.brand.id, activation(item, { owner: { name: 'Someone Else', email: 'else@example.net', country: 'CH', language: 'de' } })),
    );
    assert.equal(second.code, 'already_activated');
    assert.equal(second.status, 409);
    const said = JSON.stringify({ message: second.message, fieldErrors: second.fieldErrors, headers: second.headers });
    for (const secret of ['Jeanne', 'jeanne', 'example.com', '2026-11-20', 'FR']) assert.ok(!said.includes(secret), `leaks ${secret}: ${said}`);
    assert.equal(server.mailer.lastTo('else@example.net'), undefined);
  });

  it('lets exactly one of 20 concurrent activations of one piece win, and the losers leave nothing behind', async () => {
    const item = server.items[0]!;
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, index) =>
        activateWarranty(server.deps, server.brand.id, activation(item, { owner: { name: `Buyer ${index}`, email: `buyer${index}@example.com`, country: 'FR', language: 'en' } })),
      ),
    );
    const winners = results.filter((result) => result.status === 'fulfilled');
    assert.equal(winners.length, 1);
    for (const result of results) {
      if (result.status === 'rejected') assert.ok(result.reason instanceof AtelierError && ['already_activated', 'too_many_attempts'].includes(result.reason.code), String(result.reason));
    }
    const warranties = await server.db.selectFrom('warranties').select('id').where('item_id', '=', item.id).execute();
    assert.equal(warranties.length, 1);
    const sold = await server.db.selectFrom('provenance_events').select('id').where('item_id', '=', item.id).where('type', '=', 'sold').execute();
    assert.equal(sold.length, 0, 'nothing public until the winner confirms');
    assert.equal(server.mailer.messages.length, 1);
  });

  it('refuses stolen and destroyed pieces without saying which, and unknown serials on the serial field', async () => {
    for (const item of [server.unavailableItems.stolen, server.unavailableItems.destroyed]) {
      const refused = await rejection(activateWarranty(server.deps, server.brand.id, activation(item)));
      assert.equal(refused.code, 'item_unavailable');
      assert.ok(!/stolen|destroyed|lost/i.test(refused.message));
      assert.match(refused.message, /contact the brand/);
    }
    const unknown = await rejection(activateWarranty(server.deps, server.brand.id, activation({ serial: 'NO-SUCH-1', cardCode: 'ABCD-EFGH-JKMN' })));
    assert.equal(unknown.code, 'unknown_serial');
    assert.equal(unknown.status, 404);
    assert.deepEqual(unknown.fieldErrors?.map((error) => error.path), ['serial']);
  });

  it('checks the purchase date against today (a day of leeway for time zones) and the manufacture date', async () => {
    const item = server.items[0]!;
    const tomorrow = await activateWarranty(server.deps, server.brand.id, activation(item, { purchaseDate: '2026-11-26' }));
    assert.equal(tomorrow.warranty.purchaseDate, '2026-11-26');

    const future = await rejection(activateWarranty(server.deps, server.brand.id, activation(server.items[1]!, { purchaseDate: '2026-11-27' })));
    assert.equal(future.code, 'purchase_date_in_future');
    assert.deepEqual(future.fieldErrors?.map((error) => error.path), ['purchaseDate']);

    const early = await rejection(activateWarranty(server.deps, server.brand.id, activation(server.items[1]!, { purchaseDate: '2024-12-31' })));
    assert.equal(early.code, 'purchase_date_before_manufacture');
    assert.deepEqual(early.fieldErrors?.map((error) => error.path), ['purchaseDate']);
  });

  it('refuses an unknown retailer on the retailerId field', async () => {
    const refused = await rejection(activateWarranty(server.deps, server.brand.id, activation(server.items[0]!, { retailerId: 'rtl_nowhere' })));
    assert.equal(refused.code, 'unknown_retailer');
    assert.deepEqual(refused.fieldErrors?.map((error) => error.path), ['retailerId']);
  });

  it('asks for the card code when there is no retailer registration to complete', async () => {
    const item = server.items[0]!;
    const { cardCode: _omitted, ...withoutCode } = activation(item);
    const refused = await rejection(activateWarranty(server.deps, server.brand.id, withoutCode));
    assert.equal(refused.code, 'invalid_card_code');
    assert.deepEqual(refused.fieldErrors, [{ path: 'cardCode', code: 'required', message: 'Enter the code printed on the warranty card.' }]);
  });

  it('uses a confirmation token once, and answers the same for a used and an unknown one', async () => {
    await activateWarranty(server.deps, server.brand.id, activation(server.items[0]!));
    const token = tokenSentTo(server, 'jeanne@example.com');
    await confirmWarranty(server.deps, server.brand.id, token);

    const reused = await rejection(confirmWarranty(server.deps, server.brand.id, token));
    const unknown = await rejection(confirmWarranty(server.deps, server.brand.id, 'x'.repeat(43)));
    assert.deepEqual([reused.code, reused.status, reused.message], [unknown.code, unknown.status, unknown.message]);
    assert.equal(reused.code, 'invalid_confirmation_token');
  });

  it('confirms a token only once even when it is used twice at the same time', async () => {
    await activateWarranty(server.deps, server.brand.id, activation(server.items[0]!));
    const token = tokenSentTo(server, 'jeanne@example.com');
    const results = await Promise.allSettled([confirmWarranty(server.deps, server.brand.id, token), confirmWarranty(server.deps, server.brand.id, token)]);
    assert.equal(results.filter((result) => result.status === 'fulfilled').length, 1);
    const activations = await server.db.selectFrom('provenance_events').select('id').where('type', '=', 'warranty_activated').execute();
    assert.equal(activations.length, 1);
  });

  it('refuses an expired token, and a new activation by the same buyer sends a fresh link', async () => {
    const item = server.items[0]!;
    await activateWarranty(server.deps, server.brand.id, activation(item));
    const first = tokenSentTo(server, 'jeanne@example.com');
    server.clock.advance(confirmationTokenLifetimeMs);

    const expired = await rejection(confirmWarranty(server.deps, server.brand.id, first));
    assert.equal(expired.code, 'confirmation_token_expired');
    assert.equal(expired.status, 410);

    const again = await activateWarranty(server.deps, server.brand.id, activation(item));
    const second = tokenSentTo(server, 'jeanne@example.com');
    assert.notEqual(second, first);
    const confirmed = await confirmWarranty(server.deps, server.brand.id, second);
    assert.equal(confirmed.warranty.id, again.warranty.id);
    assert.equal(confirmed.warranty.status, 'active');
  });

  it('shows a warranty whose coverage has ended as expired, and covered through its last day', async () => {
    const response = await activateWarranty(server.deps, server.brand.id, activation(server.items[0]!));
    await confirmWarranty(server.deps, server.brand.id, tokenSentTo(server, 'jeanne@example.com'));
    const lastCoveredDay = await loadWarrantyView(server.db, server.brand.id, response.warranty.id, '2028-11-20');
    assert.equal(lastCoveredDay.status, 'active');
    const dayAfter = await loadWarrantyView(server.db, server.brand.id, response.warranty.id, '2028-11-21');
    assert.equal(dayAfter.status, 'expired');
  });
});
