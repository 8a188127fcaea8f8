/**
 * Issue 16, Documents: the owner's private calendar feed. A calendar application subscribes to the
 * address with nothing but the address; the feed, parsed by an independent iCalendar parser
 * (ical.js), holds each piece's warranty end and care due dates as all-day events with DISPLAY
 * alarms only, in the owner's language, and no piece of anyone else's. A new address stops the old
 * one; the token is stored hashed and never logged.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import type { CalendarFeedStatus, CreatedCalendarFeed, OwnedPieceList } from '@atelier/client/contract';
import ICAL from 'ical.js';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { asOwner, giveOwnerPiece, signInOwner } from '../owner-space/testing.ts';

const ownerEmail = 'ada@example.com';

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string | null;
  start: string;
  allDay: boolean;
  alarms: { action: string; trigger: string }[];
}

function parseFeed(text: string): { name: string; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent): ParsedEvent => {
    const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
    return {
      uid: String(vevent.getFirstPropertyValue('uid')),
      summary: String(vevent.getFirstPropertyValue('summary')),
      description: (vevent.getFirstPropertyValue('description') as string | null) ?? null,
      start: start.toString(),
      allDay: start.isDate,
      alarms: vevent.getAllSubcomponents('valarm').map((alarm) => ({ action: String(alarm.getFirstPropertyValue('action')), trigger: String(alarm.getFirstPropertyValue('trigger')) })),
    };
  });
  return { name: String(calendar.getFirstPropertyValue('name')), events };
}

describeEachDatabase("the owner's calendar feed", (database) => {
  let server: TestServer;
  let cookie: string;
  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 3 });
  });
  afterEach(() => server.close());

  async function createFeed(): Promise<CreatedCalendarFeed> {
    const response = await asOwner(server, cookie, '/v1/owner/calendar-feed', { method: 'PUT', body: {} });
    assert.equal(response.status, 200, await response.clone().text());
    return (await response.json()) as CreatedCalendarFeed;
  }

  /** Fetches the feed as a calendar application does: its address alone, no key, no cookie, no Origin. */
  async function subscribe(url: string): Promise<Response> {
    return server.app.request(new URL(url).pathname);
  }

  it('gives each piece its warranty end and care due dates as all-day events with DISPLAY alarms only, in the owner’s language', async () => {
    await server.db.updateTable('brands').set({ name: 'Maison Fixture, Genève' }).where('id', '=', server.brand.id).execute();
    await giveOwnerPiece(server, { email: ownerEmail, item: server.items[0]!, purchaseDate: '2025-06-01', coverageEnd: '2027-06-01', language: 'fr' });
    await giveOwnerPiece(server, { email: 'someone@example.com', item: server.items[1]! });
    cookie = await signInOwner(server, ownerEmail);
    const [piece] = ((await (await asOwner(server, cookie, '/v1/owner/pieces')).json()) as OwnedPieceList).pieces;

    const { url } = await createFeed();
    assert.match(url, /^https?:\/\/[^/]+\/v1\/calendar-feeds\/[A-Za-z0-9_-]{43}\.ics$/);
    const response = await subscribe(url);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Content-Type'), 'text/calendar; charset=utf-8');
    const text = await response.text();

    // RFC 5545 §3.1: every line ends with CRLF, none is longer than 75 octets.
    assert.ok(text.endsWith('\r\n') && !/[^\r]\n/.test(text), 'CRLF line ends');
    for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `folded: ${line}`);

    const feed = parseFeed(text);
    // RFC 7986's NAME is TEXT, its comma escaped (ical.js reads properties it has no type for as they are written).
    assert.equal(feed.name, 'Maison Fixture\\, Genève – mes pièces');
    const name = `${piece!.model.name} (${piece!.serial})`;
    assert.deepEqual(
      feed.events.map((event) => [event.summary, event.start, event.allDay]),
      [
        [`Fin de garantie : ${name}`, '2027-06-01', true],
        // The fixture brand services every 36 months after the purchase.
        [`Révision à prévoir : ${name}`, '2028-06-01', true],
      ],
    );
    assert.equal(piece!.nextCareDue.date, '2028-06-01');
    assert.deepEqual(
      feed.events.map((event) => event.alarms),
      [[{ action: 'DISPLAY', trigger: '-P30D' }], [{ action: 'DISPLAY', trigger: '-P14D' }]],
    );
    assert.ok(!/ACTION:(EMAIL|AUDIO)/.test(text), 'no e-mail or sound alarms');
    assert.ok(!text.includes(server.items[1]!.serial), "another owner's piece is not in it");
    assert.ok(!text.includes(ownerEmail), 'no e-mail address in it');
  });

  it('stops the old address when a new one is made, and when the owner stops it', async () => {
    await giveOwnerPiece(server, { email: ownerEmail, item: server.items[0]! });
    cookie = await signInOwner(server, ownerEmail);
    const none = (await (await asOwner(server, cookie, '/v1/owner/calendar-feed')).json()) as CalendarFeedStatus;
    assert.deepEqual(none, { feed: null });

    const first = await createFeed();
    assert.equal(first.replacedEarlierFeed, false);
    assert.equal((await subscribe(first.url)).status, 200);
    const second = await createFeed();
    assert.equal(second.replacedEarlierFeed, true);
    assert.notEqual(second.url, first.url);
    const stale = await subscribe(first.url);
    assert.equal(stale.status, 404);
    assert.equal(((await stale.json()) as { code: string }).code, 'not_found');
    assert.equal((await subscribe(second.url)).status, 200);
    const live = (await (await asOwner(server, cookie, '/v1/owner/calendar-feed')).json()) as CalendarFeedStatus;
    assert.deepEqual(live, { feed: { createdAt: second.createdAt } });

    const stopped = await asOwner(server, cookie, '/v1/owner/calendar-feed', { method: 'DELETE' });
    assert.deepEqual(await stopped.json(), { stopped: true });
    assert.equal((await subscribe(second.url)).status, 404);
    assert.deepEqual(await (await asOwner(server, cookie, '/v1/owner/calendar-feed', { method: 'DELETE' })).json(), { stopped: false });
  });

  it('keeps the token out of the database and the request log, and answers a made-up or malformed address 404', async () => {
    await giveOwnerPiece(server, { email: ownerEmail, item: server.items[0]! });
    cookie = await signInOwner(server, ownerEmail);
    const { url } = await createFeed();
    const token = /\/([^/]+)\.ics$/.exec(url)![1]!;
    assert.equal((await subscribe(url)).status, 200);

    const rows = await server.db.selectFrom('owner_calendar_feeds').selectAll().execute();
    assert.ok(!JSON.stringify(rows).includes(token), 'stored hashed only');
    assert.ok(!JSON.stringify(server.logger.entries).includes(token), 'the token is in no log');
    assert.ok(
      server.logger.entries.some((entry) => JSON.stringify(entry).includes('/v1/calendar-feeds/{token}')),
      'the request is logged without it',
    );

    for (const path of [`/v1/calendar-feeds/${'A'.repeat(43)}.ics`, `/v1/calendar-feeds/${token}`, '/v1/calendar-feeds/%00.ics', `/v1/calendar-feeds/${token}x.ics`]) {
      const response = await server.app.request(path);
      assert.equal(response.status, 404, path);
    }
  });
});
