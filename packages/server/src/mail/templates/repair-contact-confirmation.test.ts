import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { supportedLocales } from '@atelier/client/contract';
import { renderContactConfirmationRequest, type ContactConfirmationMail } from './repair-contact-confirmation.ts';
import { renderRepairUpdate } from './repair-update.ts';

const link = 'https://brand.example/repair.html#atelier-tracker=7XK2-M9QD-R4TB.abcdefghijklmnopqrstuv';

function mail(overrides: Partial<ContactConfirmationMail> = {}): ContactConfirmationMail {
  return { to: 'client@example.com', language: 'en', brandName: 'Maison Fixture', retailer: { name: 'Bijouterie <Lumière>', city: 'Lyon' }, link, ...overrides };
}

describe('the counter contact’s confirmation request', () => {
  it('asks in every locale, naming the retailer, with the link in text and HTML', () => {
    const subjects = new Set<string>();
    for (const language of supportedLocales) {
      const message = renderContactConfirmationRequest(mail({ language }));
      subjects.add(message.subject);
      assert.equal(message.link, link);
      assert.ok(message.text.includes(link) && message.html.includes(`href="${link}"`), language);
      assert.ok(message.text.includes('Bijouterie <Lumière>') && message.text.includes('Lyon'), language);
      assert.match(message.html, new RegExp(`<html lang="${language}">`));
      assert.ok(message.html.includes('Bijouterie &lt;Lumière&gt;') && !message.html.includes('<Lumière>'), `${language}: the retailer’s name escaped`);
    }
    assert.equal(subjects.size, supportedLocales.length, 'its own words in each locale');
  });

  it('says in every locale that a piece left at a counter goes back there when ready', () => {
    for (const language of supportedLocales) {
      const message = renderRepairUpdate({
        to: 'client@example.com',
        language,
        recipientName: null,
        brandName: 'Maison Fixture',
        modelName: 'Chronographe Lune',
        serial: 'FX-100001',
        trackingCode: '7XK2-M9QD-R4TB',
        serviceType: 'full_service',
        link,
        notice: { kind: 'ready', collection: 'retailer', retailer: { name: 'Bijouterie Lumière', city: 'Lyon' } },
      });
      assert.ok(message.text.includes('Bijouterie Lumière') && message.text.includes('Lyon'), `${language}: ${message.text}`);
    }
  });
});
