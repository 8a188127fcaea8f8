/** The invitation e-mail in each of the seven locales: its own words, the event in the place's time, the answer link, one-click unsubscribe, and HTML that escapes what people typed. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { supportedLocales } from '@atelier/client/contract';
import { renderInvitation, type InvitationMail } from './invitation.ts';

const mail: InvitationMail = {
  to: 'ada@example.com',
  language: 'en',
  recipientName: 'Ada <Owner>',
  brandName: 'Maison Fixture',
  title: 'An evening at the manufacture',
  description: 'Meet our watchmakers.\n\nChampagne at <seven>.',
  place: { name: 'Manufacture Fixture', address: '12 rue des Horlogers', city: 'Genève', country: 'CH' },
  startsAt: '2027-03-12T17:30:00.000Z',
  timeZone: 'Europe/Zurich',
  capacity: 40,
  answerLink: 'https://www.maison.example/my-pieces.html',
  unsubscribeUrl: 'https://atelier.maison.example/v1/unsubscribe/token123',
};

it('says in every locale what, where and when, the answer link and how to unsubscribe in one click', () => {
  const subjects = new Set<string>();
  for (const language of supportedLocales) {
    const message = renderInvitation({ ...mail, language });
    subjects.add(message.subject);
    for (const body of [message.text, message.html]) {
      assert.ok(body.includes('Manufacture Fixture'), language);
      assert.ok(body.includes(mail.unsubscribeUrl), language);
      assert.ok(body.includes(mail.answerLink), language);
    }
    assert.doesNotMatch(message.text, / [：（]/, `${language}: no half-width space before a full-width mark`);
    assert.ok(message.html.includes('Ada &lt;Owner&gt;') && message.html.includes('&lt;seven&gt;'), language);
    assert.equal(message.link, mail.answerLink);
    assert.deepEqual(message.headers, { 'List-Unsubscribe': `<${mail.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
  }
  assert.equal(subjects.size, supportedLocales.length);
  const english = renderInvitation(mail);
  assert.match(english.text, /When: Friday, March 12, 2027 at 06:30 PM GMT\+1\nWhere: Manufacture Fixture, 12 rue des Horlogers, Genève, Switzerland/);
  assert.match(english.text, /news and invitations by e-mail/);
});
