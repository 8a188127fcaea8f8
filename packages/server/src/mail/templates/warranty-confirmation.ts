/**
 * The e-mail asking the owner (the recipient, for a gift) to confirm a warranty, in their
 * language, as plain text and HTML. The link is the only secret it carries.
 */
import { supportedLocales, type Locale } from '@atelier/client/contract';
import type { MailMessage } from '../mailer.ts';
import { actionButton, escapeHtml, mailDocument } from './html.ts';
import { warrantyConfirmation as de } from './locales/de.ts';
import { warrantyConfirmation as en } from './locales/en.ts';
import { warrantyConfirmation as fr } from './locales/fr.ts';
import { warrantyConfirmation as it } from './locales/it.ts';
import { warrantyConfirmation as ja } from './locales/ja.ts';
import { warrantyConfirmation as zhHans } from './locales/zh-Hans.ts';
import { warrantyConfirmation as zhHant } from './locales/zh-Hant.ts';
import type { WarrantyConfirmationStrings } from './warranty-confirmation.strings.ts';

const stringsByLocale: Record<Locale, WarrantyConfirmationStrings> = { en, fr, de, it, ja, 'zh-Hans': zhHans, 'zh-Hant': zhHant };
const fallbackLocale: Locale = 'en';

export interface WarrantyConfirmationMail {
  to: string;
  /** The owner's language as stored; anything not supported falls back to English. */
  language: string;
  recipientName: string;
  brandName: string;
  modelName: string;
  serial: string;
  link: string;
  expiresAt: Date;
  /** Who registered the piece as a gift, or null when it is not one. */
  giverName: string | null;
  /** The e-mails the owner asked for, which the confirmation will record; null when none are waiting. */
  consents: { service: boolean; marketing: boolean } | null;
}

function isLocale(language: string): language is Locale {
  return (supportedLocales as readonly string[]).includes(language);
}

export function mailLocale(language: string): Locale {
  return isLocale(language) ? language : fallbackLocale;
}

function formatExpiry(expiresAt: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(expiresAt) + ' UTC';
}

/**
 * What the confirmation e-mail says the click also confirms (the e-mails the owner asked for), in
 * their language; null when none were asked for. The words the owner read before the click that
 * makes their consents count: kept with them (features/warranties/pending-consents.ts).
 */
export function confirmedConsentsWording(language: string, brandName: string, consents: { service: boolean; marketing: boolean } | null): string | null {
  const locale = mailLocale(language);
  const strings = stringsByLocale[locale];
  const kinds = [...(consents?.service ? [strings.serviceMessages] : []), ...(consents?.marketing ? [strings.marketingMessages] : [])];
  return kinds.length === 0 ? null : strings.consentsNote({ brandName, kinds: new Intl.ListFormat(locale, { type: 'conjunction' }).format(kinds) });
}

export function renderWarrantyConfirmation(mail: WarrantyConfirmationMail): MailMessage {
  const locale = mailLocale(mail.language);
  const strings = stringsByLocale[locale];
  const expiresAt = formatExpiry(mail.expiresAt, locale);
  const consentsNote = confirmedConsentsWording(mail.language, mail.brandName, mail.consents);
  const paragraphs = [
    strings.intro({ brandName: mail.brandName, modelName: mail.modelName, serial: mail.serial }),
    ...(mail.giverName === null ? [] : [strings.giftNote({ giverName: mail.giverName })]),
    ...(consentsNote === null ? [] : [consentsNote]),
  ];
  const text = [
    strings.greeting({ name: mail.recipientName }),
    '',
    ...paragraphs.flatMap((paragraph) => [paragraph, '']),
    `${strings.action}: ${mail.link}`,
    '',
    strings.expiry({ expiresAt }),
    strings.notExpected,
    '',
    strings.signOff({ brandName: mail.brandName }),
    '',
  ].join('\n');
  const link = escapeHtml(mail.link);
  const html = mailDocument(
    locale,
    strings.subject({ brandName: mail.brandName, modelName: mail.modelName }),
    [
      `<p>${escapeHtml(strings.greeting({ name: mail.recipientName }))}</p>`,
      ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
      actionButton(mail.link, strings.action),
      `<p style="font-size: 14px;">${escapeHtml(strings.expiry({ expiresAt }))}<br><a href="${link}">${link}</a></p>`,
      `<p style="font-size: 14px; color: #555555;">${escapeHtml(strings.notExpected)}</p>`,
      `<p>${escapeHtml(strings.signOff({ brandName: mail.brandName }))}</p>`,
    ].join('\n'),
  );
  return {
    to: mail.to,
    subject: strings.subject({ brandName: mail.brandName, modelName: mail.modelName }),
    text,
    html,
    link: mail.link,
  };
}
