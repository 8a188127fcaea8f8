/**
 * An invitation from the brand (issue 16, "From the brand"), in the owner's language: the event's
 * title and description (the brand's words in that language, else its default's), where and when
 * (the place's local time, with its time zone), a link to answer in the owner space, why the owner
 * receives it, and how to receive no more marketing e-mail in one click (RFC 8058). The
 * unsubscribe link is a secret of the owner's: it goes in the body and the headers, never in
 * `link` (which the file transport logs).
 */
import type { Locale } from '@atelier/client/contract';
import type { MailMessage } from '../mailer.ts';
import { actionButton, escapeHtml, mailDocument } from './html.ts';
import { mailLocale } from './warranty-confirmation.ts';

interface InvitationStrings {
  subject: (values: { brand: string; title: string }) => string;
  greeting: (name: string) => string;
  invites: (brand: string) => string;
  /** Labels with their punctuation and spacing ('Quand : ', '日時：'). */
  where: string;
  when: string;
  seats: (capacity: number) => string;
  button: string;
  why: (brand: string) => string;
  unsubscribe: string;
}

const strings: Record<Locale, InvitationStrings> = {
  en: {
    subject: ({ brand, title }) => `${brand} invites you: ${title}`,
    greeting: (name) => `Dear ${name},`,
    invites: (brand) => `${brand} is pleased to invite you.`,
    where: 'Where: ',
    when: 'When: ',
    seats: (capacity) => `Seats are limited (${capacity}): please answer in your space.`,
    button: 'Answer the invitation',
    why: (brand) => `You receive this e-mail because you are a client of ${brand} and agreed to receive its news and invitations by e-mail.`,
    unsubscribe: 'To receive no more news or invitations by e-mail, follow this link:',
  },
  fr: {
    subject: ({ brand, title }) => `${brand} vous invite : ${title}`,
    greeting: (name) => `Bonjour ${name},`,
    invites: (brand) => `${brand} a le plaisir de vous inviter.`,
    where: 'Où : ',
    when: 'Quand : ',
    seats: (capacity) => `Les places sont limitées (${capacity}) : merci de répondre dans votre espace.`,
    button: "Répondre à l'invitation",
    why: (brand) => `Vous recevez cet e-mail parce que vous êtes client de ${brand} et avez accepté de recevoir ses nouvelles et invitations par e-mail.`,
    unsubscribe: 'Pour ne plus recevoir de nouvelles ni d’invitations par e-mail, suivez ce lien :',
  },
  de: {
    subject: ({ brand, title }) => `${brand} lädt Sie ein: ${title}`,
    greeting: (name) => `Guten Tag ${name},`,
    invites: (brand) => `${brand} freut sich, Sie einzuladen.`,
    where: 'Wo: ',
    when: 'Wann: ',
    seats: (capacity) => `Die Plätze sind begrenzt (${capacity}): Bitte antworten Sie in Ihrem Bereich.`,
    button: 'Auf die Einladung antworten',
    why: (brand) => `Sie erhalten diese E-Mail, weil Sie Kunde von ${brand} sind und Neuigkeiten und Einladungen per E-Mail zugestimmt haben.`,
    unsubscribe: 'Wenn Sie keine Neuigkeiten oder Einladungen mehr per E-Mail erhalten möchten, folgen Sie diesem Link:',
  },
  it: {
    subject: ({ brand, title }) => `${brand} ti invita: ${title}`,
    greeting: (name) => `Gentile ${name},`,
    invites: (brand) => `${brand} è lieta di invitarti.`,
    where: 'Dove: ',
    when: 'Quando: ',
    seats: (capacity) => `I posti sono limitati (${capacity}): rispondi nel tuo spazio.`,
    button: "Rispondi all'invito",
    why: (brand) => `Ricevi questa e-mail perché sei cliente di ${brand} e hai accettato di ricevere novità e inviti via e-mail.`,
    unsubscribe: 'Per non ricevere più novità né inviti via e-mail, segui questo link:',
  },
  ja: {
    subject: ({ brand, title }) => `${brand} からのご招待：${title}`,
    greeting: (name) => `${name} 様`,
    invites: (brand) => `${brand} より謹んでご招待申し上げます。`,
    where: '場所：',
    when: '日時：',
    seats: (capacity) => `お席に限りがございます（${capacity} 席）。マイページにてご回答ください。`,
    button: 'ご招待に回答する',
    why: (brand) => `${brand} のお客様で、ニュースやご招待のメール受信に同意いただいているため、このメールをお送りしています。`,
    unsubscribe: 'ニュースやご招待のメール受信を停止するには、こちらのリンクへ：',
  },
  'zh-Hans': {
    subject: ({ brand, title }) => `${brand} 诚邀您：${title}`,
    greeting: (name) => `尊敬的 ${name}：`,
    invites: (brand) => `${brand} 诚挚邀请您出席。`,
    where: '地点：',
    when: '时间：',
    seats: (capacity) => `名额有限（${capacity} 位），请在您的专属空间中回复。`,
    button: '回复邀请',
    why: (brand) => `您收到此邮件，是因为您是 ${brand} 的客户，并同意通过电子邮件接收其新闻和邀请。`,
    unsubscribe: '如不想再通过电子邮件收到新闻或邀请，请点击此链接：',
  },
  'zh-Hant': {
    subject: ({ brand, title }) => `${brand} 誠邀您：${title}`,
    greeting: (name) => `親愛的 ${name}：`,
    invites: (brand) => `${brand} 誠摯邀請您出席。`,
    where: '地點：',
    when: '時間：',
    seats: (capacity) => `名額有限（${capacity} 位），請在您的專屬空間中回覆。`,
    button: '回覆邀請',
    why: (brand) => `您收到此郵件，是因為您是 ${brand} 的客戶，並同意透過電子郵件接收其新聞和邀請。`,
    unsubscribe: '如不想再透過電子郵件收到新聞或邀請，請點擊此連結：',
  },
};

export interface InvitationMail {
  to: string;
  /** The owner's language as stored; anything not supported falls back to English. */
  language: string;
  recipientName: string;
  brandName: string;
  /** The brand's words in the owner's language, else in its default language. */
  title: string;
  description: string;
  place: { name: string; address: string | null; city: string; country: string };
  /** The instant the event starts, and the place's time zone it is shown in. */
  startsAt: string;
  timeZone: string;
  capacity: number;
  /** The owner space page, where the owner answers. */
  answerLink: string;
  /** `…/v1/unsubscribe/{token}`: POST unsubscribes (RFC 8058), GET shows a confirmation page. */
  unsubscribeUrl: string;
}

/** The start in the place's time zone, in the owner's language, with the zone's name. */
export function formatEventStart(startsAt: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(new Date(startsAt));
}

export function renderInvitation(mail: InvitationMail): MailMessage {
  const locale = mailLocale(mail.language);
  const text = strings[locale];
  const subject = text.subject({ brand: mail.brandName, title: mail.title });
  const country = new Intl.DisplayNames([locale], { type: 'region' }).of(mail.place.country) ?? mail.place.country;
  const where = [mail.place.name, ...(mail.place.address ? [mail.place.address.replace(/\s*\n\s*/g, ', ')] : []), `${mail.place.city}, ${country}`].join(', ');
  const when = formatEventStart(mail.startsAt, mail.timeZone, locale);
  const paragraphs = [text.greeting(mail.recipientName), text.invites(mail.brandName), mail.title, ...(mail.description ? [mail.description] : [])];
  const facts = [`${text.when}${when}`, `${text.where}${where}`, text.seats(mail.capacity)];
  const why = text.why(mail.brandName);
  return {
    to: mail.to,
    subject,
    text: `${paragraphs.join('\n\n')}\n\n${facts.join('\n')}\n\n${text.button}: ${mail.answerLink}\n\n${why}\n${text.unsubscribe} ${mail.unsubscribeUrl}\n`,
    html: mailDocument(
      locale,
      subject,
      [
        `<p>${escapeHtml(paragraphs[0]!)}</p>`,
        `<p>${escapeHtml(paragraphs[1]!)}</p>`,
        `<h1 style="font-size: 1.3em;">${escapeHtml(mail.title)}</h1>`,
        ...(mail.description ? mail.description.split(/\n\s*\n/).map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`) : []),
        `<p><strong>${escapeHtml(text.when)}</strong>${escapeHtml(when)}<br><strong>${escapeHtml(text.where)}</strong>${escapeHtml(where)}</p>`,
        `<p>${escapeHtml(text.seats(mail.capacity))}</p>`,
        actionButton(mail.answerLink, text.button),
        `<p style="font-size: 0.85em; color: #555555;">${escapeHtml(why)} ${escapeHtml(text.unsubscribe)} <a href="${escapeHtml(mail.unsubscribeUrl)}" style="color: #555555;">${escapeHtml(mail.unsubscribeUrl)}</a></p>`,
      ].join('\n'),
    ),
    link: mail.answerLink,
    headers: {
      'List-Unsubscribe': `<${mail.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
