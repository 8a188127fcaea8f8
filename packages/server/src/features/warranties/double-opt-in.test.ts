// Double opt-in: the e-mail consents given with a registration count only once the owner has
// confirmed their address through the e-mailed link, and then at the time of that confirmation.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { OwnershipTransferRequest, SaleRegistration } from '@atelier/client/contract';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { registerSale } from '../sales/service.ts';
import { confirmationTokenLifetimeMs } from './confirmation-token.ts';
import { activateWarranty, confirmWarranty } from './service.ts';
import { activation, rejection, tokenSentTo } from './testing.ts';
import { transferOwnership } from './transfer.ts';

const anHourMs = 60 * 60 * 1000;
const subscribing = { service: true, marketing: true } as const;

describeEachDatabase('e-mail consents given with a registration (double opt-in)', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database });
  });
  afterEach(() => server.close());

  /** The consents recorded for the owner with this e-mail, as a brand would read them. */
  async function consentsOf(email: string) {
    const rows = await server.db
      .selectFrom('consents')
      .innerJoin('owners', 'owners.id', 'consents.owner_id')
      .select(['consents.purpose', 'consents.granted', 'consents.recorded_at', 'consents.source'])
      .where('owners.email_normalized', '=', email)
      .orderBy('consents.recorded_at')
      .orderBy('consents.purpose')
      .execute();
    return rows.map((row) => ({ ...row }));
  }

  it('records nothing when the activation is submitted, and the consents at the confirmation, with its time', async () => {
    await activateWarranty(server.deps, server.brand.id, activation(server.items[0]!, { consents: subscribing }));
    assert.deepEqual(await consentsOf('jeanne@example.com'), [], 'an unconfirmed address subscribes nobody');
    // The e-mail says what the click will agree to (in the owner's language, French here).
    assert.match(server.mailer.lastTo('jeanne@example.com')?.text ?? '', /En confirmant, vous confirmez aussi vouloir recevoir par e-mail des messages de service/);

    server.clock.advance(anHourMs);
    const confirmedAt = server.clock.now().toISOString();
    await confirmWarranty(server.deps, server.brand.id, tokenSentTo(server, 'jeanne@example.com'));
    assert.deepEqual(await consentsOf('jeanne@example.com'), [
      { purpose: 'marketing', granted: 1, recorded_at: confirmedAt, source: 'warranty_activation' },
      { purpose: 'service', granted: 1, recorded_at: confirmedAt, source: 'warranty_activation' },
    ]);
  });

  it('keeps with the consents the words the owner read before the click: the confirmation e-mail’s, in their language', async () => {
    await activateWarranty(server.deps, server.brand.id, activation(server.items[0]!, { consents: { service: true, marketing: false } }));
    const mail = server.mailer.lastTo('jeanne@example.com')?.text ?? '';
    await confirmWarranty(server.deps, server.brand.id, tokenSentTo(server, 'jeanne@example.com'));
    const rows = await server.db
      .selectFrom('consents')
      .innerJoin('owners', 'owners.id', 'consents.owner_id')
      .select(['consents.purpose', 'consents.wording'])
      .where('owners.email_normalized', '=', 'jeanne@example.com')
      .execute();
    assert.equal(rows.length, 2);
    for (const row of rows) {
      assert.ok(row.wording, `${row.purpose}: the words are kept`);
      assert.match(row.wording, /^En confirmant, vous confirmez aussi vouloir recevoir par e-mail des messages de service/);
      assert.ok(mail.includes(row.wording), 'exactly the sentence the e-mail showed');
    }
  });

  it('records nothing for a link that lapses, nor when someone else then registers the piece', async () => {
    const item = server.items[0]!;
    const victim = { name: 'Jeanne Moreau', email: 'jeanne@example.com', country: 'FR', language: 'fr' } as const;
    await activateWarranty(server.deps, server.brand.id, activation(item, { owner: victim, consents: subscribing }));
    const unused = tokenSentTo(server, 'jeanne@example.com');
    server.clock.advance(confirmationTokenLifetimeMs);

    const lapsed = await rejection(confirmWarranty(server.deps, server.brand.id, unused));
    assert.equal(lapsed.code, 'confirmation_token_expired');
    assert.deepEqual(await consentsOf('jeanne@example.com'), []);

    // The piece's real owner registers it: the lapsed activation is voided, its consents with it.
    const owner = { name: 'Paul Ricard', email: 'paul@example.net', country: 'FR', language: 'en' } as const;
    await activateWarranty(server.deps, server.brand.id, activation(item, { owner, consents: { service: true, marketing: false } }));
    await confirmWarranty(server.deps, server.brand.id, tokenSentTo(server, 'paul@example.net'));
    assert.deepEqual(await consentsOf('jeanne@example.com'), []);
    assert.deepEqual((await consentsOf('paul@example.net')).map((consent) => [consent.purpose, consent.granted]), [
      ['marketing', 0],
      ['service', 1],
    ]);
    const kept = await server.db.selectFrom('warranties').select('pending_consents').where('status', '=', 'void').executeTakeFirstOrThrow();
    assert.equal(kept.pending_consents, null, 'a voided registration keeps nothing of what was ticked');
  });

  it('counts the latest choice of a buyer who asks for the link again, once, when they confirm', async () => {
    const item = server.items[0]!;
    await activateWarranty(server.deps, server.brand.id, activation(item, { consents: subscribing }));
    await activateWarranty(server.deps, server.brand.id, activation(item, { consents: { service: true, marketing: false } }));
    assert.deepEqual(await consentsOf('jeanne@example.com'), [], 'asking for the link again proves no more than the first time');

    await confirmWarranty(server.deps, server.brand.id, tokenSentTo(server, 'jeanne@example.com'));
    assert.deepEqual((await consentsOf('jeanne@example.com')).map((consent) => [consent.purpose, consent.granted]), [
      ['marketing', 0],
      ['service', 1],
    ]);
  });

  it('keeps a gift giver’s consents off the recipient, and records the giver’s none: the link proves only the recipient’s address', async () => {
    const gift = { recipientName: 'Li Wei', recipientEmail: 'li.wei@example.com', recipientLanguage: 'zh-Hant' as const };
    await activateWarranty(server.deps, server.brand.id, activation(server.items[0]!, { gift, consents: subscribing }));
    await confirmWarranty(server.deps, server.brand.id, tokenSentTo(server, 'li.wei@example.com'));

    assert.deepEqual(await consentsOf('li.wei@example.com'), [], 'a giver cannot consent on the recipient’s behalf');
    assert.deepEqual(await consentsOf('jeanne@example.com'), [], 'the giver’s own address was never confirmed');
  });

  it('asks a gift’s recipient the consent questions on the confirmation page, and records their answers with the registration’s source', async () => {
    const askedBy = (email: string) => new URLSearchParams(new URL(server.mailer.lastTo(email)?.link ?? '').hash.slice(1)).get('atelier-consents');
    const wording = 'Messages from us: Send me service messages (service reminders, repair updates).';

    const gift = { recipientName: 'Li Wei', recipientEmail: 'li.wei@example.com', recipientLanguage: 'zh-Hant' as const };
    await activateWarranty(server.deps, server.brand.id, activation(server.items[0]!, { gift, consents: subscribing }));
    assert.equal(askedBy('li.wei@example.com'), 'ask', 'nobody answered for the recipient: their link asks the page to put the questions');
    await confirmWarranty(server.deps, server.brand.id, tokenSentTo(server, 'li.wei@example.com'), { service: true, marketing: false, wording });
    const confirmedAt = server.clock.now().toISOString();
    assert.deepEqual(await consentsOf('li.wei@example.com'), [
      { purpose: 'marketing', granted: 0, recorded_at: confirmedAt, source: 'warranty_activation' },
      { purpose: 'service', granted: 1, recorded_at: confirmedAt, source: 'warranty_activation' },
    ]);

    // A gift registered in store asks its recipient the same way.
    const sale = SaleRegistration.parse({
      serial: server.items[1]!.serial,
      retailerId: server.retailers[0]!.id,
      purchaseDate: '2026-11-24',
      buyer: { name: 'Marc Aubry', email: 'marc@example.org', country: 'FR', language: 'en' },
      gift: { recipientName: 'Élodie', recipientEmail: 'elodie@example.fr', recipientLanguage: 'fr' },
      consents: subscribing,
    });
    await registerSale(server.deps, server.brand.id, sale);
    assert.equal(askedBy('elodie@example.fr'), 'ask');
    await confirmWarranty(server.deps, server.brand.id, tokenSentTo(server, 'elodie@example.fr'), { service: false, marketing: false, wording: 'Messages from us: none.' });
    assert.deepEqual((await consentsOf('elodie@example.fr')).map((consent) => [consent.purpose, consent.granted, consent.source]), [
      ['marketing', 0, 'retailer_sale'],
      ['service', 0, 'retailer_sale'],
    ]);

    // A buyer who registers their own piece answered on the form: their link asks nothing more.
    await activateWarranty(server.deps, server.brand.id, activation(server.items[2]!, { owner: { name: 'Paul Ricard', email: 'paul@example.net', country: 'FR', language: 'en' } }));
    assert.equal(askedBy('paul@example.net'), null);
  });

  it('records a retailer sale’s consents when the buyer confirms, as given in store', async () => {
    const sale = SaleRegistration.parse({
      serial: server.items[0]!.serial,
      retailerId: server.retailers[0]!.id,
      purchaseDate: '2026-11-24',
      buyer: { name: 'Marc Aubry', email: 'marc@example.org', country: 'FR', language: 'en' },
      consents: { service: false, marketing: true },
    });
    await registerSale(server.deps, server.brand.id, sale);
    assert.deepEqual(await consentsOf('marc@example.org'), []);

    server.clock.advance(anHourMs);
    const confirmedAt = server.clock.now().toISOString();
    await confirmWarranty(server.deps, server.brand.id, tokenSentTo(server, 'marc@example.org'));
    assert.deepEqual(await consentsOf('marc@example.org'), [
      { purpose: 'marketing', granted: 1, recorded_at: confirmedAt, source: 'retailer_sale' },
      { purpose: 'service', granted: 0, recorded_at: confirmedAt, source: 'retailer_sale' },
    ]);
  });

  it('records a transfer’s consents for the new owner only after their confirmation, leaving the previous owner’s as they were', async () => {
    const item = server.items[0]!;
    await activateWarranty(server.deps, server.brand.id, activation(item));
    await confirmWarranty(server.deps, server.brand.id, tokenSentTo(server, 'jeanne@example.com'));
    const previousOwners = await consentsOf('jeanne@example.com');

    const transfer = OwnershipTransferRequest.parse({
      newOwner: { name: 'Sofia Bianchi', email: 'sofia@example.it', country: 'IT', language: 'it' },
      consents: subscribing,
    });
    await transferOwnership(server.deps, server.brand.id, item.serial, transfer);
    assert.deepEqual(await consentsOf('sofia@example.it'), []);

    server.clock.advance(anHourMs);
    const confirmedAt = server.clock.now().toISOString();
    await confirmWarranty(server.deps, server.brand.id, tokenSentTo(server, 'sofia@example.it'));
    assert.deepEqual(await consentsOf('sofia@example.it'), [
      { purpose: 'marketing', granted: 1, recorded_at: confirmedAt, source: 'ownership_transfer' },
      { purpose: 'service', granted: 1, recorded_at: confirmedAt, source: 'ownership_transfer' },
    ]);
    assert.deepEqual(await consentsOf('jeanne@example.com'), previousOwners);
  });
});
