/**
 * The e-mails that tell an owner about their repair, in the language they booked in, as plain
 * text and HTML. Every one carries the tracker link, the only secret it holds.
 */
import type { Locale } from '@atelier/client/contract';
import { serviceTypeName } from '@atelier/client/service-type-names';
import type { MailMessage } from '../mailer.ts';
import { actionButton, escapeHtml, mailDocument } from './html.ts';
import { repairUpdate as de } from './repair-locales/de.ts';
import { repairUpdate as en } from './repair-locales/en.ts';
import { repairUpdate as fr } from './repair-locales/fr.ts';
import { repairUpdate as it } from './repair-locales/it.ts';
import { repairUpdate as ja } from './repair-locales/ja.ts';
import { repairUpdate as zhHans } from './repair-locales/zh-Hans.ts';
import { repairUpdate as zhHant } from './repair-locales/zh-Hant.ts';
import type { RepairUpdateStrings } from './repair-update.strings.ts';
import { mailLocale } from './warranty-confirmation.ts';

const stringsByLocale: Record<Locale, RepairUpdateStrings> = { en, fr, de, it, ja, 'zh-Hans': zhHans, 'zh-Hant': zhHant };

/** The repair e-mails' locale for a contact's language (English for any other), and its words. */
export function repairMailStrings(language: string): { locale: Locale; strings: RepairUpdateStrings } {
  const locale = mailLocale(language);
  return { locale, strings: stringsByLocale[locale] };
}

export interface RepairCentreForMail {
  name: string;
  address: string;
  timeZone: string;
}

export interface EstimateForMail {
  currency: string;
  lineItems: Array<{ description: string; amountMinorUnits: number; coveredByWarranty: boolean }>;
  totalMinorUnits: number;
  /** `YYYY-MM-DD`. */
  validUntil: string;
}

/** What changed, with what the owner needs to know of it. Dates are `YYYY-MM-DD`, instants ISO 8601. */
export type RepairNotice =
  | {
      kind: 'booked';
      centre: RepairCentreForMail;
      dropOff: { method: 'slot'; startsAt: string; endsAt: string } | { method: 'mail_in'; instructions: string };
    }
  | { kind: 'received'; promisedDate: string }
  | { kind: 'awaiting_approval'; estimate: EstimateForMail }
  | { kind: 'approved' }
  | { kind: 'declined' }
  | { kind: 'ready'; collection: 'boutique'; centre: RepairCentreForMail }
  | { kind: 'ready'; collection: 'shipping' }
  /** Left at a retailer's counter: it goes back there. */
  | { kind: 'ready'; collection: 'retailer'; retailer: { name: string; city: string } }
  /** `warrantyCoverageEnd`: the extended end after a service; null when nothing was extended. */
  | { kind: 'returned'; warrantyCoverageEnd: string | null }
  | { kind: 'cancelled' };

export interface RepairUpdateMail {
  to: string;
  /** The language the repair was booked in; anything not supported falls back to English. */
  language: string;
  /** Whom the greeting names; null: a greeting without a name (the contact is not the registered owner). */
  recipientName: string | null;
  brandName: string;
  modelName: string;
  serial: string;
  trackingCode: string;
  serviceType: string;
  link: string;
  notice: RepairNotice;
}

/** A calendar date as the locale writes it; formatted in UTC so the day never shifts. */
function formatDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00.000Z`));
}

/** A drop-off window in the centre's own time, as the boutique's clock will show it. */
function formatSlot(startsAt: string, endsAt: string, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone }).formatRange(new Date(startsAt), new Date(endsAt));
}

function formatMoney(minorUnits: number, currency: string, locale: Locale): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  // The currency's own minor unit: cents for EUR, none for JPY.
  const fractionDigits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minorUnits / 10 ** fractionDigits);
}

/** One block of the message body: a paragraph, or an estimate table. */
type Block = { paragraph: string } | { table: Array<[string, string]>; total: string };

/** Where a ready piece is collected: the centre's boutique, the retailer's counter it was left at, or by post. */
function readyWords(notice: Extract<RepairNotice, { kind: 'ready' }>, strings: RepairUpdateStrings): string {
  if (notice.collection === 'boutique') return strings.ready.collect({ centreName: notice.centre.name, address: notice.centre.address });
  if (notice.collection === 'retailer') return strings.ready.collectAtRetailer({ retailerName: notice.retailer.name, city: notice.retailer.city });
  return strings.ready.shipping;
}

function noticeBlocks(notice: RepairNotice, strings: RepairUpdateStrings, locale: Locale): Block[] {
  switch (notice.kind) {
    case 'booked': {
      const dropOff =
        notice.dropOff.method === 'slot'
          ? [
              strings.booked.slot({
                when: formatSlot(notice.dropOff.startsAt, notice.dropOff.endsAt, notice.centre.timeZone, locale),
                centreName: notice.centre.name,
                address: notice.centre.address,
              }),
            ]
          : [strings.booked.mailIn({ centreName: notice.centre.name }), notice.dropOff.instructions];
      return [strings.booked.intro, ...dropOff, strings.booked.next].map((paragraph) => ({ paragraph }));
    }
    case 'received':
      return [{ paragraph: strings.received({ promisedDate: formatDate(notice.promisedDate, locale) }) }];
    case 'awaiting_approval': {
      const { estimate } = notice;
      const table: Array<[string, string]> = estimate.lineItems.map((line) => [
        line.description,
        line.coveredByWarranty ? strings.awaitingApproval.covered : formatMoney(line.amountMinorUnits, estimate.currency, locale),
      ]);
      return [
        { paragraph: strings.awaitingApproval.intro },
        { table, total: strings.awaitingApproval.total({ total: formatMoney(estimate.totalMinorUnits, estimate.currency, locale) }) },
        { paragraph: strings.awaitingApproval.validUntil({ date: formatDate(estimate.validUntil, locale) }) },
        { paragraph: strings.awaitingApproval.decide },
      ];
    }
    case 'approved':
      return [{ paragraph: strings.approved }];
    case 'declined':
      return [{ paragraph: strings.declined }];
    case 'ready':
      return [{ paragraph: readyWords(notice, strings) }];
    case 'returned':
      return [
        strings.returned.intro,
        ...(notice.warrantyCoverageEnd === null ? [] : [strings.returned.warrantyExtended({ date: formatDate(notice.warrantyCoverageEnd, locale) })]),
        strings.returned.rate,
      ].map((paragraph) => ({ paragraph }));
    case 'cancelled':
      return [{ paragraph: strings.cancelled }];
  }
}

function blockText(block: Block): string {
  if ('paragraph' in block) return block.paragraph;
  return [...block.table.map(([description, amount]) => `- ${description}: ${amount}`), block.total].join('\n');
}

function blockHtml(block: Block): string {
  if ('paragraph' in block) return `<p>${escapeHtml(block.paragraph).replaceAll('\n', '<br>')}</p>`;
  const rows = block.table
    .map(([description, amount]) => `<tr><td style="padding: 4px 12px 4px 0;">${escapeHtml(description)}</td><td style="padding: 4px 0; text-align: right;">${escapeHtml(amount)}</td></tr>`)
    .join('\n');
  return `<table role="presentation" style="border-collapse: collapse; margin: 0 0 16px;">\n${rows}\n<tr><td colspan="2" style="padding: 8px 0 0; border-top: 1px solid #cccccc; font-weight: bold;">${escapeHtml(block.total)}</td></tr>\n</table>`;
}

export function renderRepairUpdate(mail: RepairUpdateMail): MailMessage {
  const { locale, strings } = repairMailStrings(mail.language);
  const subject = strings.subject[mail.notice.kind]({ brandName: mail.brandName, modelName: mail.modelName, trackingCode: mail.trackingCode });
  const greeting = mail.recipientName === null ? strings.greetingWithoutName : strings.greeting({ name: mail.recipientName });
  const reference = strings.reference({ serviceName: serviceTypeName(strings.serviceTypes, mail.serviceType), modelName: mail.modelName, serial: mail.serial, trackingCode: mail.trackingCode });
  const blocks = noticeBlocks(mail.notice, strings, locale);
  const signOff = strings.signOff({ brandName: mail.brandName });
  const text = [
    greeting,
    '',
    reference,
    '',
    ...blocks.flatMap((block) => [blockText(block), '']),
    `${strings.trackerAction}: ${mail.link}`,
    strings.trackerNote,
    '',
    signOff,
    '',
  ].join('\n');
  const html = mailDocument(
    locale,
    subject,
    [
      `<p>${escapeHtml(greeting)}</p>`,
      `<p style="font-size: 14px; color: #555555;">${escapeHtml(reference)}</p>`,
      ...blocks.map(blockHtml),
      actionButton(mail.link, strings.trackerAction),
      `<p style="font-size: 14px; color: #555555;">${escapeHtml(strings.trackerNote)}</p>`,
      `<p>${escapeHtml(signOff)}</p>`,
    ].join('\n'),
  );
  return { to: mail.to, subject, text, html, link: mail.link };
}
