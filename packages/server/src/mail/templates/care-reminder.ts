/**
 * The concierge's reminder (issue 16): a piece of the owner's is due for a kind of care, in the
 * owner's language — which piece, which care, when, what lapses of the warranty if a care rule
 * makes it a condition, why the owner receives it, a link to book the care with the piece's serial
 * filled in, and how to stop these e-mails in one click. The unsubscribe link is a secret of the
 * owner's: it goes in the body and the RFC 8058 headers, never in `link` (which the file transport logs).
 * Customer care may give its own subject line and add a personal note (care-reminder-queue.ts);
 * everything else here stays as written.
 */
import type { CareKind, Locale } from '@atelier/client/contract';
import type { MailMessage } from '../mailer.ts';
import { actionButton, escapeHtml, mailDocument } from './html.ts';
import { mailLocale } from './warranty-confirmation.ts';

interface CareReminderStrings {
  kinds: Record<CareKind, string>;
  subject: (values: { brand: string; model: string; kind: string }) => string;
  greeting: (name: string) => string;
  due: (values: { model: string; serial: string; kind: string; date: string }) => string;
  warranty: (values: { condition: string; date: string }) => string;
  button: string;
  why: (brand: string) => string;
  unsubscribe: string;
}

const strings: Record<Locale, CareReminderStrings> = {
  en: {
    kinds: { service: 'a service', water_resistance_check: 'a water-resistance check', cleaning: 'a cleaning' },
    subject: ({ brand, model, kind }) => `${brand}: your ${model} is due for ${kind}`,
    greeting: (name) => `Dear ${name},`,
    due: ({ model, serial, kind, date }) => `Your ${model} (serial ${serial}) is due for ${kind} on ${date}.`,
    warranty: ({ condition, date }) => `A condition of its warranty: ${condition} Without it, the warranty lapses after ${date}.`,
    button: 'Book an appointment',
    why: (brand) => `You receive this e-mail because you own this piece and agreed to receive service messages from ${brand}.`,
    unsubscribe: 'To receive no more service reminders, follow this link:',
  },
  fr: {
    kinds: { service: 'une révision', water_resistance_check: "un contrôle d'étanchéité", cleaning: 'un nettoyage' },
    subject: ({ brand, model, kind }) => `${brand} : votre ${model} attend ${kind}`,
    greeting: (name) => `Bonjour ${name},`,
    due: ({ model, serial, kind, date }) => `Votre ${model} (numéro de série ${serial}) attend ${kind} pour le ${date}.`,
    warranty: ({ condition, date }) => `Une condition de sa garantie : ${condition} Sans cela, la garantie prend fin après le ${date}.`,
    button: 'Prendre rendez-vous',
    why: (brand) => `Vous recevez cet e-mail parce que vous possédez cette pièce et avez accepté de recevoir les messages de service de ${brand}.`,
    unsubscribe: 'Pour ne plus recevoir de rappels de service, suivez ce lien :',
  },
  de: {
    kinds: { service: 'eine Revision', water_resistance_check: 'eine Wasserdichtigkeitsprüfung', cleaning: 'eine Reinigung' },
    subject: ({ brand, model, kind }) => `${brand}: Für Ihre ${model} ist ${kind} fällig`,
    greeting: (name) => `Guten Tag ${name},`,
    due: ({ model, serial, kind, date }) => `Für Ihre ${model} (Seriennummer ${serial}) ist am ${date} ${kind} fällig.`,
    warranty: ({ condition, date }) => `Eine Bedingung der Garantie: ${condition} Ohne sie erlischt die Garantie nach dem ${date}.`,
    button: 'Termin vereinbaren',
    why: (brand) => `Sie erhalten diese E-Mail, weil Ihnen dieses Stück gehört und Sie Servicenachrichten von ${brand} zugestimmt haben.`,
    unsubscribe: 'Wenn Sie keine Serviceerinnerungen mehr erhalten möchten, folgen Sie diesem Link:',
  },
  it: {
    kinds: { service: 'una revisione', water_resistance_check: "un controllo dell'impermeabilità", cleaning: 'una pulizia' },
    subject: ({ brand, model, kind }) => `${brand}: il tuo ${model} ha bisogno di ${kind}`,
    greeting: (name) => `Gentile ${name},`,
    due: ({ model, serial, kind, date }) => `Il tuo ${model} (numero di serie ${serial}) ha bisogno di ${kind} entro il ${date}.`,
    warranty: ({ condition, date }) => `Una condizione della garanzia: ${condition} Altrimenti la garanzia decade dopo il ${date}.`,
    button: 'Prenota un appuntamento',
    why: (brand) => `Ricevi questa e-mail perché possiedi questo pezzo e hai accettato di ricevere i messaggi di assistenza di ${brand}.`,
    unsubscribe: 'Per non ricevere più promemoria di assistenza, segui questo link:',
  },
  ja: {
    kinds: { service: 'オーバーホール', water_resistance_check: '防水検査', cleaning: 'クリーニング' },
    subject: ({ brand, model, kind }) => `${brand}：${model} の${kind}の時期です`,
    greeting: (name) => `${name} 様`,
    due: ({ model, serial, kind, date }) => `お持ちの ${model}（シリアル番号 ${serial}）は ${date} に${kind}の時期を迎えます。`,
    warranty: ({ condition, date }) => `保証の条件：${condition} 実施されない場合、保証は ${date} をもって失効します。`,
    button: '予約する',
    why: (brand) => `この製品をお持ちで、${brand} からのサービスに関するご案内の受信に同意いただいているため、このメールをお送りしています。`,
    unsubscribe: 'サービスのご案内の受信を停止するには、こちらのリンクへ：',
  },
  'zh-Hans': {
    kinds: { service: '保养', water_resistance_check: '防水检测', cleaning: '清洁' },
    subject: ({ brand, model, kind }) => `${brand}：您的 ${model} 需要${kind}了`,
    greeting: (name) => `尊敬的 ${name}：`,
    due: ({ model, serial, kind, date }) => `您的 ${model}（序列号 ${serial}）应于 ${date} 进行${kind}。`,
    warranty: ({ condition, date }) => `保修条件：${condition} 否则保修将于 ${date} 后失效。`,
    button: '预约',
    why: (brand) => `您收到此邮件，是因为您拥有这件作品并同意接收 ${brand} 的服务信息。`,
    unsubscribe: '如不想再收到服务提醒，请点击此链接：',
  },
  'zh-Hant': {
    kinds: { service: '保養', water_resistance_check: '防水檢測', cleaning: '清潔' },
    subject: ({ brand, model, kind }) => `${brand}：您的 ${model} 需要${kind}了`,
    greeting: (name) => `親愛的 ${name}：`,
    due: ({ model, serial, kind, date }) => `您的 ${model}（序號 ${serial}）應於 ${date} 進行${kind}。`,
    warranty: ({ condition, date }) => `保固條件：${condition} 否則保固將於 ${date} 後失效。`,
    button: '預約',
    why: (brand) => `您收到此郵件，是因為您擁有這件作品並同意接收 ${brand} 的服務訊息。`,
    unsubscribe: '如不想再收到服務提醒，請點擊此連結：',
  },
};

export interface CareReminderMail {
  to: string;
  /** The owner's language as stored; anything not supported falls back to English. */
  language: string;
  recipientName: string;
  brandName: string;
  modelName: string;
  serial: string;
  careKind: CareKind;
  dueOn: string;
  /** The rule's warranty condition for this care, while the warranty covers the piece. */
  warrantyCondition: { text: string; lapsesAfter: string } | null;
  bookingLink: string;
  /** `…/v1/unsubscribe/{token}`: POST unsubscribes (RFC 8058), GET shows a confirmation page. */
  unsubscribeUrl: string;
  /** Customer care's subject line, in place of the generated one; null: the generated one. */
  personalSubject?: string | null;
  /** Customer care's note in the owner's language, a paragraph after what is due; its line breaks kept. */
  personalNote?: string | null;
}

function formatDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00.000Z`));
}

export function renderCareReminder(mail: CareReminderMail): MailMessage {
  const locale = mailLocale(mail.language);
  const text = strings[locale];
  const kind = text.kinds[mail.careKind];
  const subject = mail.personalSubject ?? text.subject({ brand: mail.brandName, model: mail.modelName, kind });
  const greeting = text.greeting(mail.recipientName);
  const due = text.due({ model: mail.modelName, serial: mail.serial, kind, date: formatDate(mail.dueOn, locale) });
  const warranty = mail.warrantyCondition ? text.warranty({ condition: mail.warrantyCondition.text, date: formatDate(mail.warrantyCondition.lapsesAfter, locale) }) : null;
  const why = text.why(mail.brandName);
  // What is due and what lapses come first, always: customer care's note adds to them, never replaces them.
  const paragraphs = [greeting, due, ...(warranty ? [warranty] : []), ...(mail.personalNote ? [mail.personalNote] : [])];
  return {
    to: mail.to,
    subject,
    text: `${paragraphs.join('\n\n')}\n\n${text.button}: ${mail.bookingLink}\n\n${why}\n${text.unsubscribe} ${mail.unsubscribeUrl}\n`,
    html: mailDocument(
      locale,
      subject,
      [
        ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph).replaceAll('\n', '<br>')}</p>`),
        actionButton(mail.bookingLink, text.button),
        `<p style="font-size: 0.85em; color: #555555;">${escapeHtml(why)} ${escapeHtml(text.unsubscribe)} <a href="${escapeHtml(mail.unsubscribeUrl)}" style="color: #555555;">${escapeHtml(mail.unsubscribeUrl)}</a></p>`,
      ].join('\n'),
    ),
    link: mail.bookingLink,
    headers: {
      'List-Unsubscribe': `<${mail.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
