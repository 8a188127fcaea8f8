/**
 * Issue 11: a repair booking makes the brand e-mail the contact address, and needs no proof of
 * owning the piece. So a stranger's booking of an owned piece is taken but flagged to the service
 * desk, its e-mails carry no words of the person booking, and bookings are limited exactly per
 * piece (the owner's own not counted), per contact e-mail and per key and network, a day.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import type { RepairList, RepairOrder, RepairTracker } from '@atelier/client/contract';
import { repairBookingLimits } from '../../limits.ts';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { fixtureCentreId, insertActiveWarranty } from './testing.ts';

const ownerEmail = 'ada@example.com';
/** The name a stranger types: whatever they want the brand to say to someone. */
const strangersWords = 'URGENT call +1 555 0100';
const dayMs = 24 * 60 * 60 * 1000;

describeEachDatabase('repair booking limits and the owner flag', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 12, serverOptions: { trustProxy: 1 } });
  });
  afterEach(() => server.close());

  function book(serial: string, contact: { name: string; email: string }, from: string): Promise<Response> {
    return server.request('/v1/repairs', {
      key: 'publishable',
      headers: { Origin: server.keys.origin, 'X-Forwarded-For': from },
      body: {
        serial,
        serviceType: 'full_service',
        description: 'Stops overnight.',
        serviceCentreId: fixtureCentreId,
        dropOff: { method: 'mail_in' },
        contact: { ...contact, language: 'en' },
      },
    });
  }

  async function booked(response: Response): Promise<string> {
    assert.equal(response.status, 201, await response.clone().text());
    return ((await response.json()) as RepairTracker).trackingCode;
  }

  async function assertLimited(response: Response): Promise<void> {
    assert.equal(response.status, 429, await response.clone().text());
    assert.equal(((await response.json()) as { code: string }).code, 'rate_limited');
    assert.ok(Number(response.headers.get('Retry-After')) > 0);
  }

  async function staffView(trackingCode: string): Promise<RepairOrder> {
    const response = await server.request(`/v1/repairs/${trackingCode}`, { key: 'secret' });
    assert.equal(response.status, 200, await response.clone().text());
    return (await response.json()) as RepairOrder;
  }

  async function ownedPiece(index: number): Promise<string> {
    const item = server.items[index]!;
    await insertActiveWarranty(server, item.id, '2027-06-01');
    return item.serial;
  }

  it('takes a stranger’s booking of an owned piece, flagged to the service desk, and its e-mail greets nobody by the name typed', async () => {
    const serial = await ownedPiece(0);
    const strangers = await booked(await book(serial, { name: strangersWords, email: 'eve@example.net' }, '203.0.113.1'));
    const owners = await booked(await book(serial, { name: 'Typed By Anyone', email: 'ADA@example.com' }, '198.51.100.7'));
    const unowned = await booked(await book(server.items[1]!.serial, { name: strangersWords, email: 'eve@example.net' }, '203.0.113.1'));

    assert.equal((await staffView(strangers)).bookedByNonOwner, true);
    assert.equal((await staffView(owners)).bookedByNonOwner, false);
    assert.equal((await staffView(unowned)).bookedByNonOwner, false, 'a piece nobody registered has no owner to protect');
    const flagged = (await (await server.request('/v1/repairs?flagged=true', { key: 'secret' })).json()) as RepairList;
    assert.deepEqual(
      flagged.repairs.map((repair) => [repair.trackingCode, repair.bookedByNonOwner]),
      [[strangers, true]],
    );

    const mails = server.mailer.messages;
    assert.equal(mails.length, 3);
    for (const mail of mails.filter((message) => message.to === 'eve@example.net')) {
      assert.ok(!mail.text.includes(strangersWords) && !mail.html.includes(strangersWords), 'the typed name is in no e-mail');
      assert.ok(mail.text.startsWith('Hello,\n'), mail.text.split('\n')[0]);
    }
    const ownersMail = mails.find((message) => message.to === 'ADA@example.com')!;
    assert.ok(ownersMail.text.startsWith('Dear Ada Owner,\n'), 'the owner is greeted with the name the brand holds');
    assert.ok(!ownersMail.text.includes('Typed By Anyone'));
  });

  it('books a piece at most 3 times a day for strangers, the owner’s own bookings not counted', async () => {
    const serial = await ownedPiece(0);
    const budget = repairBookingLimits.perPiece.attemptsPerWindow;
    for (let index = 0; index < budget; index++) {
      await booked(await book(serial, { name: 'Eve', email: `eve${index}@example.net` }, `203.0.113.${index + 1}`));
    }
    await assertLimited(await book(serial, { name: 'Eve', email: 'eve.again@example.net' }, '203.0.113.99'));
    await booked(await book(serial, { name: 'Ada', email: ownerEmail }, '198.51.100.7'));
    assert.equal(server.mailer.messages.length, budget + 1, 'a refused booking mails nobody');

    server.clock.advance(dayMs);
    await booked(await book(serial, { name: 'Eve', email: 'eve.again@example.net' }, '203.0.113.99'));
  });

  it('books at most 5 times a day for one contact e-mail, whatever the pieces and networks', async () => {
    const budget = repairBookingLimits.perContact.attemptsPerWindow;
    for (let index = 0; index < budget; index++) {
      await booked(await book(server.items[index]!.serial, { name: 'Victim', email: 'victim@example.org' }, `203.0.113.${index + 1}`));
    }
    await assertLimited(await book(server.items[budget]!.serial, { name: 'Victim', email: ' Victim@Example.org ' }, '203.0.113.50'));
    await booked(await book(server.items[budget]!.serial, { name: 'Someone', email: 'someone@example.org' }, '203.0.113.50'));
  });

  it('books at most 20 times a day from one network with one key; another network still books', async () => {
    const budget = repairBookingLimits.perNetwork.attemptsPerWindow;
    const perPiece = repairBookingLimits.perPiece.attemptsPerWindow;
    for (let index = 0; index < budget; index++) {
      const serial = server.items[Math.floor(index / perPiece)]!.serial;
      await booked(await book(serial, { name: 'Sweeper', email: `target${index}@example.org` }, '203.0.113.7'));
    }
    const spare = server.items[11]!.serial;
    await assertLimited(await book(spare, { name: 'Sweeper', email: 'target-last@example.org' }, '203.0.113.7'));
    await booked(await book(spare, { name: 'Neighbour', email: 'neighbour@example.org' }, '203.0.113.8'));
  });

  it('books exactly 3 of 12 concurrent strangers’ bookings of one piece', async () => {
    const serial = await ownedPiece(0);
    const answers = await Promise.all(Array.from({ length: 12 }, (_, index) => book(serial, { name: 'Eve', email: `eve${index}@example.net` }, `203.0.113.${index + 1}`)));
    const statuses = answers.map((answer) => answer.status).sort();
    assert.deepEqual(statuses, [...Array<number>(3).fill(201), ...Array<number>(9).fill(429)]);
    const rows = await server.db.selectFrom('repair_orders').select('id').execute();
    assert.equal(rows.length, 3);
    assert.equal(server.mailer.messages.length, 3);
  });
});
