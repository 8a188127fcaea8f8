/** The console's sign-in and invitation e-mails: the link in both forms, the role in words, in each locale. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { supportedLocales } from '@atelier/client/contract';
import { renderConsoleSignIn } from './console-sign-in.ts';

const link = 'https://atelier.example/console/#sign-in=abc_DEF-123';

describe('console sign-in e-mails', () => {
  it('carries the link in the text and the button, in every locale, naming the role in words', () => {
    for (const language of supportedLocales) {
      const mail = renderConsoleSignIn({ kind: 'invitation', to: 'lea@example.com', language, brandName: 'Maison', inviterName: 'Camille', role: 'serviceDesk', link, validForHours: 24 });
      assert.ok(mail.text.includes(link), language);
      assert.ok(mail.html.includes(`href="${link}"`), language);
      assert.equal(mail.link, link);
      assert.ok(!mail.text.includes('serviceDesk'), `${language}: the role in words, not its code`);
      assert.match(mail.html, new RegExp(`<html lang="${language}">`));
    }
  });

  it('escapes what people typed, and falls back to English for an unknown language', () => {
    const mail = renderConsoleSignIn({ kind: 'invitation', to: 'x@example.com', language: 'tlh', brandName: 'Maison', inviterName: '<b>Eve</b>', role: 'manager', link, validForHours: 24 });
    assert.ok(!mail.html.includes('<b>Eve</b>'));
    assert.ok(mail.html.includes('&lt;b&gt;Eve&lt;/b&gt;'));
    assert.match(mail.subject, /invited to the Maison console/);
    const signIn = renderConsoleSignIn({ kind: 'sign_in', to: 'x@example.com', language: 'fr', brandName: 'Maison', link, validForMinutes: 15 });
    assert.match(signIn.text, /15 minutes/);
    assert.match(signIn.subject, /lien de connexion/);
  });
});
