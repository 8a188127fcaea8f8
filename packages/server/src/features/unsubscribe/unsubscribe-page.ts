/**
 * The tiny pages of the unsubscribe link, in the language the browser asks for (Accept-Language;
 * not the owner's, which would tell whether the token exists). GET shows a button that POSTs: mail
 * clients and link scanners fetch links with GET, so a GET must never unsubscribe. The API's
 * headers apply (no script, no framing, `Referrer-Policy: no-referrer`: the token stays here).
 */
import { supportedLocales, type Locale } from '@atelier/client/contract';
import { escapeHtml } from '../../mail/templates/html.ts';

interface UnsubscribePageStrings {
  title: string;
  question: string;
  button: string;
  done: string;
}

/** Which e-mails a link stops, as its address says (`?list=marketing`): the page's words only; what is withdrawn is the token's. */
export type UnsubscribeList = 'service' | 'marketing';

export function unsubscribeListOf(query: string | undefined): UnsubscribeList {
  return query === 'marketing' ? 'marketing' : 'service';
}

const marketingStrings: Record<Locale, UnsubscribePageStrings> = {
  en: { title: 'News and invitations', question: 'Receive no more news or invitations by e-mail?', button: 'Unsubscribe', done: 'Done: you will receive no more news or invitations by e-mail.' },
  fr: { title: 'Nouvelles et invitations', question: 'Ne plus recevoir de nouvelles ni d’invitations par e-mail ?', button: 'Me désabonner', done: "C'est fait : vous ne recevrez plus de nouvelles ni d’invitations par e-mail." },
  de: { title: 'Neuigkeiten und Einladungen', question: 'Keine Neuigkeiten und Einladungen per E-Mail mehr erhalten?', button: 'Abmelden', done: 'Erledigt: Sie erhalten keine Neuigkeiten und Einladungen per E-Mail mehr.' },
  it: { title: 'Novità e inviti', question: 'Non ricevere più novità e inviti via e-mail?', button: 'Annulla iscrizione', done: 'Fatto: non riceverai più novità e inviti via e-mail.' },
  ja: { title: 'ニュースとご招待', question: 'ニュースやご招待のメール受信を停止しますか？', button: '受信を停止する', done: '受信を停止しました。今後ニュースやご招待のメールは届きません。' },
  'zh-Hans': { title: '新闻与邀请', question: '不再通过电子邮件接收新闻和邀请？', button: '退订', done: '已完成：您将不再通过电子邮件收到新闻和邀请。' },
  'zh-Hant': { title: '新聞與邀請', question: '不再透過電子郵件接收新聞和邀請？', button: '取消訂閱', done: '已完成：您將不再透過電子郵件收到新聞和邀請。' },
};

const strings: Record<Locale, UnsubscribePageStrings> = {
  en: { title: 'Service reminders', question: 'Receive no more service reminders by e-mail?', button: 'Unsubscribe', done: 'Done: you will receive no more service reminders by e-mail.' },
  fr: { title: 'Rappels de service', question: 'Ne plus recevoir de rappels de service par e-mail ?', button: 'Me désabonner', done: "C'est fait : vous ne recevrez plus de rappels de service par e-mail." },
  de: { title: 'Serviceerinnerungen', question: 'Keine Serviceerinnerungen per E-Mail mehr erhalten?', button: 'Abmelden', done: 'Erledigt: Sie erhalten keine Serviceerinnerungen per E-Mail mehr.' },
  it: { title: 'Promemoria di assistenza', question: 'Non ricevere più promemoria di assistenza via e-mail?', button: 'Annulla iscrizione', done: 'Fatto: non riceverai più promemoria di assistenza via e-mail.' },
  ja: { title: 'サービスのご案内', question: 'サービスのご案内メールの受信を停止しますか？', button: '受信を停止する', done: '受信を停止しました。今後サービスのご案内メールは届きません。' },
  'zh-Hans': { title: '服务提醒', question: '不再通过电子邮件接收服务提醒？', button: '退订', done: '已完成：您将不再通过电子邮件收到服务提醒。' },
  'zh-Hant': { title: '服務提醒', question: '不再透過電子郵件接收服務提醒？', button: '取消訂閱', done: '已完成：您將不再透過電子郵件收到服務提醒。' },
};

/** The first of the browser's languages Atelier speaks (`fr-CH` → `fr`, `zh-TW` → `zh-Hant`), else English. */
export function pageLocale(acceptLanguage: string | undefined): Locale {
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]!.trim().toLowerCase();
    if (!tag) continue;
    const exact = supportedLocales.find((locale) => locale.toLowerCase() === tag);
    if (exact) return exact;
    if (tag.startsWith('zh')) return /^zh-(hant|tw|hk|mo)/.test(tag) ? 'zh-Hant' : 'zh-Hans';
    const base = supportedLocales.find((locale) => locale === tag.split('-')[0]);
    if (base) return base;
  }
  return 'en';
}

function wordsOf(locale: Locale, list: UnsubscribeList): UnsubscribePageStrings {
  return (list === 'marketing' ? marketingStrings : strings)[locale];
}

function page(locale: Locale, title: string, body: string): string {
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head>
<body>
${body}
</body>
</html>
`;
}

/** GET: the question and a button that POSTs RFC 8058's field to the same address. */
export function unsubscribeQuestionPage(locale: Locale, list: UnsubscribeList = 'service'): string {
  const text = wordsOf(locale, list);
  return page(
    locale,
    text.title,
    `<h1>${escapeHtml(text.title)}</h1>
<form method="post"><p>${escapeHtml(text.question)}</p><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${escapeHtml(text.button)}</button></form>`,
  );
}

/** After the POST, whatever the token was. */
export function unsubscribedPage(locale: Locale, list: UnsubscribeList = 'service'): string {
  const text = wordsOf(locale, list);
  return page(locale, text.title, `<h1>${escapeHtml(text.title)}</h1>\n<p>${escapeHtml(text.done)}</p>`);
}
