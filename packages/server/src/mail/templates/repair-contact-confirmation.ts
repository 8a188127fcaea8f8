/**
 * The one e-mail sent to the contact of a piece left at a retailer's counter before they confirm
 * the address (features/repairs/contact-confirmation.ts). The address was typed by someone else and
 * may be mistyped, so it says only that a retailer took a piece in for the brand: no name, piece,
 * serial or description. The link (the tracker's, whose fragment holds the code and a link token)
 * is the only secret it carries; opening it confirms the address.
 */
import type { MailMessage } from '../mailer.ts';
import { actionButton, escapeHtml, mailDocument } from './html.ts';
import { repairMailStrings } from './repair-update.ts';

export interface ContactConfirmationMail {
  to: string;
  /** The language given at the counter; anything not supported falls back to English. */
  language: string;
  brandName: string;
  retailer: { name: string; city: string };
  link: string;
}

export function renderContactConfirmationRequest(mail: ContactConfirmationMail): MailMessage {
  const { locale, strings } = repairMailStrings(mail.language);
  const words = strings.contactConfirmation;
  const subject = words.subject({ brandName: mail.brandName });
  const intro = words.intro({ brandName: mail.brandName, retailerName: mail.retailer.name, city: mail.retailer.city });
  const signOff = strings.signOff({ brandName: mail.brandName });
  const text = [strings.greetingWithoutName, '', intro, '', words.ask, '', `${words.action}: ${mail.link}`, words.note, '', signOff, ''].join('\n');
  const html = mailDocument(
    locale,
    subject,
    [
      `<p>${escapeHtml(strings.greetingWithoutName)}</p>`,
      `<p>${escapeHtml(intro)}</p>`,
      `<p>${escapeHtml(words.ask)}</p>`,
      actionButton(mail.link, words.action),
      `<p style="font-size: 14px; color: #555555;">${escapeHtml(words.note)}</p>`,
      `<p>${escapeHtml(signOff)}</p>`,
    ].join('\n'),
  );
  return { to: mail.to, subject, text, html, link: mail.link };
}
