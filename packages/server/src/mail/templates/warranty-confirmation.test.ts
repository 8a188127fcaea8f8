import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { supportedLocales } from '@atelier/client/contract';
import { renderWarrantyConfirmation, type WarrantyConfirmationMail } from './warranty-confirmation.ts';

const link = 'https://brand.example/warranty#atelier-confirmation=abc_DEF-123';

function mail(overrides: Partial<WarrantyConfirmationMail> = {}): WarrantyConfirmationMail {
  return {
    to: 'owner@example.com',
    language: 'en',
    recipientName: 'Ada Lovelace',
    brandName: 'Maison Fixture',
    modelName: 'Chronographe Lune',
    serial: 'FX-100001',
    link,
    expiresAt: new Date('2026-12-02T10:00:00.000Z'),
    giverName: null,
    consents: null,
    ...overrides,
  };
}

describe('warranty confirmation e-mail', () => {
  it('says who it is for, which piece, the link and when it expires, in text and HTML', () => {
    const message = renderWarrantyConfirmation(mail());
    assert.equal(message.to, 'owner@example.com');
    assert.equal(message.link, link);
    assert.equal(message.subject, 'Maison Fixture: confirm the warranty of your Chronographe Lune');
    for (const part of ['Dear Ada Lovelace,', 'Chronographe Lune', 'FX-100001', link, 'December 2, 2026']) {
      assert.ok(message.text.includes(part), `text lacks ${part}`);
      assert.ok(message.html.includes(part), `html lacks ${part}`);
    }
    assert.ok(!message.text.includes('gift'));
  });

  it('is written in French for a French owner', () => {
    const message = renderWarrantyConfirmation(mail({ language: 'fr' }));
    assert.match(message.subject, /confirmez la garantie de votre Chronographe Lune/);
    assert.ok(message.text.includes('Bonjour Ada Lovelace,'));
    assert.ok(message.text.includes('2 décembre 2026'));
    assert.match(message.html, /<html lang="fr">/);
  });

  it('has strings for every supported locale, and falls back to English for any other language', () => {
    const subjects = new Set(supportedLocales.map((language) => renderWarrantyConfirmation(mail({ language })).subject));
    assert.equal(subjects.size, supportedLocales.length);
    assert.equal(renderWarrantyConfirmation(mail({ language: 'xx' })).subject, renderWarrantyConfirmation(mail()).subject);
  });

  it('names the giver of a gift', () => {
    const message = renderWarrantyConfirmation(mail({ giverName: 'Charles Babbage' }));
    assert.ok(message.text.includes('Charles Babbage has registered this piece as a gift for you.'));
  });

  it('escapes every value typed by a person in the HTML', () => {
    const message = renderWarrantyConfirmation(mail({ recipientName: '<script>alert(1)</script>', giverName: 'Tom & "Jerry"' }));
    assert.ok(!message.html.includes('<script>'));
    assert.ok(message.html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(message.html.includes('Tom &amp; &quot;Jerry&quot;'));
  });
  it('says, before the button, which e-mails confirming also agrees to, and only those', () => {
    const none = renderWarrantyConfirmation(mail({ consents: { service: false, marketing: false } }));
    assert.ok(!none.text.includes('Confirming also confirms'));
    const both = renderWarrantyConfirmation(mail({ consents: { service: true, marketing: true } }));
    const note = 'Confirming also confirms that you asked to receive service messages (service reminders, repair updates) and news, events and offers from Maison Fixture by e-mail.';
    assert.ok(both.text.includes(note), both.text);
    assert.ok(both.html.indexOf('Confirming also confirms') < both.html.indexOf('Confirm my warranty'), 'the note comes before the button');
    const marketingOnly = renderWarrantyConfirmation(mail({ consents: { service: false, marketing: true } }));
    assert.ok(marketingOnly.text.includes('receive news, events and offers from Maison Fixture'));
    assert.ok(!marketingOnly.text.includes('service reminders'));
  });

  it('says it in every language of the brief', () => {
    for (const language of supportedLocales) {
      const message = renderWarrantyConfirmation(mail({ language, consents: { service: true, marketing: true } }));
      const plain = renderWarrantyConfirmation(mail({ language }));
      assert.ok(message.text.length > plain.text.length, `${language} adds the note`);
      assert.ok(message.text.includes('Maison Fixture'), language);
    }
  });
});
