/** The care reminder in each of the seven locales: its own words, the piece, the links, and HTML that escapes what people typed. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { supportedLocales } from '@atelier/client/contract';
import { renderCareReminder, type CareReminderMail } from './care-reminder.ts';

const mail: CareReminderMail = {
  to: 'ada@example.com',
  language: 'en',
  recipientName: 'Ada <Owner>',
  brandName: 'Maison Fixture',
  modelName: 'Méridienne 38',
  serial: 'AT-100234',
  careKind: 'water_resistance_check',
  dueOn: '2026-12-31',
  warrantyCondition: { text: 'A check every 2 years keeps the warranty.', lapsesAfter: '2026-12-31' },
  bookingLink: 'https://www.maison.example/repair.html?serial=AT-100234',
  unsubscribeUrl: 'https://atelier.maison.example/v1/unsubscribe/token123',
};

it('says in every locale which piece, which care, the booking link and how to unsubscribe in one click', () => {
  const subjects = new Set<string>();
  for (const language of supportedLocales) {
    const message = renderCareReminder({ ...mail, language });
    subjects.add(message.subject);
    for (const body of [message.text, message.html]) {
      assert.ok(body.includes('AT-100234'), language);
      assert.ok(body.includes('A check every 2 years keeps the warranty.'), language);
      assert.ok(body.includes(mail.unsubscribeUrl), language);
    }
    assert.ok(message.text.includes(mail.bookingLink), language);
    assert.ok(message.html.includes('Ada &lt;Owner&gt;'), language);
    assert.equal(message.link, mail.bookingLink);
    assert.deepEqual(message.headers, { 'List-Unsubscribe': `<${mail.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
  }
  assert.equal(subjects.size, supportedLocales.length);
  assert.match(renderCareReminder({ ...mail, language: 'xx' }).subject, /is due for a water-resistance check/);
});

it('says nothing of the warranty when no rule makes the care its condition', () => {
  const message = renderCareReminder({ ...mail, warrantyCondition: null, careKind: 'cleaning' });
  assert.doesNotMatch(message.text, /warranty/);
  assert.match(message.text, /is due for a cleaning on December 31, 2026\./);
});
