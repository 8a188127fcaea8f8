import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { ActivationRequest, SaleRegistration } from '@atelier/client/contract';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { activateWarranty, confirmWarranty } from '../warranties/service.ts';
import { rejection, tokenSentTo } from '../warranties/testing.ts';
import { registerSale } from './service.ts';

describeEachDatabase('sale registration by a retailer', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database });
  });
  afterEach(() => server.close());

  function sale(overrides: Record<string, unknown> = {}) {
    return SaleRegistration.parse({
      serial: server.items[0]!.serial,
      retailerId: server.retailers[1]!.id,
      purchaseDate: '2026-11-24',
      buyer: { name: 'Marc Aubry', email: 'marc@example.org', country: 'FR', language: 'en' },
      ...overrides,
    });
  }

  /** Someone at the activation form for the sold piece, without its warranty card. */
  function activationWithoutCardCode(owner: { name: string; email: string }) {
    return ActivationRequest.parse({
      serial: server.items[0]!.serial,
      purchaseDate: '2026-11-24',
      owner: { ...owner, country: 'FR', language: 'en' },
      consents: { service: true, marketing: false },
    });
  }

  it('pre-activates the warranty for the buyer and e-mails them the confirmation link', async () => {
    const response = await registerSale(server.deps, server.brand.id, sale());
    assert.equal(response.warranty.status, 'pending_confirmation');
    assert.equal(response.warranty.retailer?.id, server.retailers[1]!.id);
    assert.equal(response.confirmationSentTo, 'm•••@example.org');
    const mail = server.mailer.lastTo('marc@example.org');
    assert.match(mail?.subject ?? '', /confirm the warranty/);

    const confirmed = await confirmWarranty(server.deps, server.brand.id, tokenSentTo(server, 'marc@example.org'));
    assert.equal(confirmed.warranty.status, 'active');
    const source = await server.db.selectFrom('warranties').select('source').executeTakeFirstOrThrow();
    assert.equal(source.source, 'retailer');
  });

  it('records no consent when the buyer gave none in store, so an earlier choice stands', async () => {
    await registerSale(server.deps, server.brand.id, sale());
    const consents = await server.db.selectFrom('consents').select('id').execute();
    assert.equal(consents.length, 0);
  });

  it('requires a known retailer and refuses a piece already covered', async () => {
    const unknown = await rejection(registerSale(server.deps, server.brand.id, sale({ retailerId: 'rtl_nowhere' })));
    assert.equal(unknown.code, 'unknown_retailer');
    assert.deepEqual(unknown.fieldErrors?.map((error) => error.path), ['retailerId']);

    await registerSale(server.deps, server.brand.id, sale());
    const twice = await rejection(registerSale(server.deps, server.brand.id, sale({ buyer: { name: 'Other', email: 'other@example.org', country: 'CH', language: 'de' } })));
    assert.equal(twice.code, 'already_activated');
  });

  it('refuses a stolen piece', async () => {
    const refused = await rejection(registerSale(server.deps, server.brand.id, sale({ serial: server.unavailableItems.stolen.serial })));
    assert.equal(refused.code, 'item_unavailable');
  });

  it('lets the buyer complete the registration from the activation form without the card code', async () => {
    const registered = await registerSale(server.deps, server.brand.id, sale());
    server.mailer.clear();
    const completed = await activateWarranty(
      server.deps,
      server.brand.id,
      activationWithoutCardCode({ name: 'Marc Aubry', email: 'MARC@example.org' }),
    );
    assert.equal(completed.warranty.id, registered.warranty.id, 'completes the same warranty rather than answering 409');
    const confirmed = await confirmWarranty(server.deps, server.brand.id, tokenSentTo(server, 'marc@example.org'));
    assert.equal(confirmed.warranty.status, 'active');
  });

  it('does not let another person complete a retailer registration without the card code', async () => {
    await registerSale(server.deps, server.brand.id, sale());
    const refused = await rejection(
      activateWarranty(
        server.deps,
        server.brand.id,
        activationWithoutCardCode({ name: 'Intruder', email: 'intruder@example.net' }),
      ),
    );
    assert.equal(refused.code, 'already_activated');
    assert.equal(server.mailer.lastTo('intruder@example.net'), undefined);
  });

  it('sends a gift registered in store to its recipient', async () => {
    await registerSale(server.deps, server.brand.id, sale({ gift: { recipientName: 'Élodie', recipientEmail: 'elodie@example.fr', recipientLanguage: 'fr' } }));
    const mail = server.mailer.lastTo('elodie@example.fr');
    assert.ok(mail?.text.includes('Marc Aubry a enregistré cette pièce comme un cadeau pour vous.'));
    assert.equal(server.mailer.lastTo('marc@example.org'), undefined);
  });
});
