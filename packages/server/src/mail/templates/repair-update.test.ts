import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { supportedLocales } from '@atelier/client/contract';
import { repairNoticeKinds } from './repair-update.strings.ts';
import { renderRepairUpdate, type RepairNotice, type RepairUpdateMail } from './repair-update.ts';

const link = 'https://brand.example/repair.html#atelier-tracker=7XK2-M9QD-R4TB.abcdefghijklmnopqrstuv';
const centre = { name: 'Atelier de Service Paris', address: '12 rue de la Paix, 75002 Paris', timeZone: 'Europe/Paris' };

const noticeOf: Record<RepairNotice['kind'], RepairNotice> = {
  booked: { kind: 'booked', centre, dropOff: { method: 'mail_in', instructions: 'Send it insured.' } },
  received: { kind: 'received', promisedDate: '2026-12-25' },
  awaiting_approval: {
    kind: 'awaiting_approval',
    estimate: { currency: 'JPY', lineItems: [{ description: 'Crown', amountMinorUnits: 12_000, coveredByWarranty: false }], totalMinorUnits: 12_000, validUntil: '2026-12-31' },
  },
  approved: { kind: 'approved' },
  declined: { kind: 'declined' },
  ready: { kind: 'ready', collection: 'shipping' },
  returned: { kind: 'returned', warrantyCoverageEnd: '2028-06-01' },
  cancelled: { kind: 'cancelled' },
};

function mail(overrides: Partial<RepairUpdateMail> = {}): RepairUpdateMail {
  return {
    to: 'owner@example.com',
    language: 'en',
    recipientName: 'Ada Lovelace',
    brandName: 'Maison Fixture',
    modelName: 'Chronographe Lune',
    serial: 'FX-100001',
    trackingCode: '7XK2-M9QD-R4TB',
    serviceType: 'full_service',
    link,
    notice: noticeOf.booked,
    ...overrides,
  };
}

describe('repair e-mails', () => {
  it('has its own subject for every change in every locale, each carrying the tracker link in text and HTML', () => {
    for (const language of supportedLocales) {
      const subjects = new Set<string>();
      for (const kind of repairNoticeKinds) {
        const message = renderRepairUpdate(mail({ language, notice: noticeOf[kind] }));
        subjects.add(message.subject);
        assert.equal(message.link, link);
        assert.ok(message.text.includes(link), `${language} ${kind}: text lacks the link`);
        assert.ok(message.html.includes(`href="${link}"`), `${language} ${kind}: html lacks the link`);
        assert.match(message.html, new RegExp(`<html lang="${language}">`));
      }
      assert.equal(subjects.size, repairNoticeKinds.length, `${language}: a subject per change`);
    }
  });

  it('greets without a name when given none, in every locale: the contact is not the registered owner', () => {
    for (const language of supportedLocales) {
      const named = renderRepairUpdate(mail({ language }));
      const unnamed = renderRepairUpdate(mail({ language, recipientName: null }));
      const [namedGreeting] = named.text.split('\n');
      const [greeting] = unnamed.text.split('\n');
      assert.ok(namedGreeting!.includes('Ada Lovelace'), `${language}: ${namedGreeting}`);
      assert.ok(greeting && greeting !== namedGreeting, `${language}: ${greeting}`);
      assert.ok(!unnamed.text.includes('Ada Lovelace') && !unnamed.html.includes('Ada Lovelace'), language);
    }
  });

  it('names the service and money in the locale, with a currency’s own minor unit', () => {
    const message = renderRepairUpdate(mail({ language: 'de', notice: noticeOf.awaiting_approval }));
    assert.ok(message.text.includes('Vollrevision'));
    assert.match(message.text, /12\.000\s*¥/, message.text);
    assert.ok(renderRepairUpdate(mail({ serviceType: 'gem_polish' })).text.includes('Gem polish'), 'an unnamed service in its own words');
  });

  it('falls back to English for a language it does not speak', () => {
    assert.equal(renderRepairUpdate(mail({ language: 'xx' })).subject, renderRepairUpdate(mail()).subject);
  });

  it('escapes everything typed by a person in the HTML', () => {
    const message = renderRepairUpdate(
      mail({ recipientName: '<script>alert(1)</script>', modelName: 'Tom & "Jerry"', notice: { ...noticeOf.booked, dropOff: { method: 'mail_in', instructions: '<b>insured</b>' } } as RepairNotice }),
    );
    assert.ok(!message.html.includes('<script>') && !message.html.includes('<b>'));
    assert.ok(message.html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(message.html.includes('Tom &amp; &quot;Jerry&quot;'));
  });
});
