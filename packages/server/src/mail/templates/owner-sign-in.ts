/**
 * The e-mail that lets an owner into their space on the brand's site: a code to type and a link to
 * follow (its token in the fragment), either one good once, in the owner's language. The code and
 * the link are the only secrets it holds; it names no piece.
 */
import type { Locale } from '@atelier/client/contract';
import type { MailMessage } from '../mailer.ts';
import { actionButton, escapeHtml, mailDocument } from './html.ts';
import { mailLocale } from './warranty-confirmation.ts';

interface OwnerSignInStrings {
  subject: (brandName: string) => string;
  intro: (brandName: string) => string;
  codeLabel: string;
  orLink: string;
  button: string;
  validFor: (minutes: number) => string;
  notYou: string;
}

const strings: Record<Locale, OwnerSignInStrings> = {
  en: {
    subject: (brand) => `Your code for your ${brand} owner space`,
    intro: (brand) => `Here is your code to sign in to your ${brand} owner space.`,
    codeLabel: 'Your code:',
    orLink: 'Or sign in with the button below, in this browser or another.',
    button: 'Open my owner space',
    validFor: (minutes) => `The code and the link work once, within ${String(minutes)} minutes; using one cancels the other.`,
    notYou: 'If you did not ask for this, ignore this e-mail: nobody can sign in without it.',
  },
  fr: {
    subject: (brand) => `Votre code pour votre espace propriétaire ${brand}`,
    intro: (brand) => `Voici votre code pour vous connecter à votre espace propriétaire ${brand}.`,
    codeLabel: 'Votre code :',
    orLink: 'Ou connectez-vous avec le bouton ci-dessous, dans ce navigateur ou un autre.',
    button: 'Ouvrir mon espace propriétaire',
    validFor: (minutes) => `Le code et le lien ne servent qu'une fois, dans les ${String(minutes)} minutes ; utiliser l'un annule l'autre.`,
    notYou: "Si vous n'avez rien demandé, ignorez cet e-mail : personne ne peut se connecter sans lui.",
  },
  de: {
    subject: (brand) => `Ihr Code für Ihren ${brand}-Eigentümerbereich`,
    intro: (brand) => `Hier ist Ihr Code für die Anmeldung in Ihrem ${brand}-Eigentümerbereich.`,
    codeLabel: 'Ihr Code:',
    orLink: 'Oder melden Sie sich mit der Schaltfläche unten an, in diesem oder einem anderen Browser.',
    button: 'Meinen Eigentümerbereich öffnen',
    validFor: (minutes) => `Code und Link funktionieren einmal, innerhalb von ${String(minutes)} Minuten; wer einen verwendet, macht den anderen ungültig.`,
    notYou: 'Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Ohne sie kann sich niemand anmelden.',
  },
  it: {
    subject: (brand) => `Il tuo codice per l'area proprietari ${brand}`,
    intro: (brand) => `Ecco il tuo codice per accedere alla tua area proprietari ${brand}.`,
    codeLabel: 'Il tuo codice:',
    orLink: 'Oppure accedi con il pulsante qui sotto, in questo browser o in un altro.',
    button: 'Apri la mia area proprietari',
    validFor: (minutes) => `Il codice e il link funzionano una sola volta, entro ${String(minutes)} minuti; usarne uno annulla l'altro.`,
    notYou: 'Se non hai richiesto nulla, ignora questa e-mail: nessuno può accedere senza di essa.',
  },
  ja: {
    subject: (brand) => `${brand} オーナー専用ページのコード`,
    intro: (brand) => `${brand} オーナー専用ページにサインインするためのコードです。`,
    codeLabel: 'コード：',
    orLink: 'または、下のボタンからサインインしてください（このブラウザでも別のブラウザでも使えます）。',
    button: 'オーナー専用ページを開く',
    validFor: (minutes) => `コードとリンクは ${String(minutes)} 分以内に一度だけ使えます。どちらかを使うと、もう一方は無効になります。`,
    notYou: '心当たりがない場合は、このメールを無視してください。このメールがなければ誰もサインインできません。',
  },
  'zh-Hans': {
    subject: (brand) => `您的 ${brand} 藏家专区验证码`,
    intro: (brand) => `这是您登录 ${brand} 藏家专区的验证码。`,
    codeLabel: '您的验证码：',
    orLink: '或使用下面的按钮登录，可在本浏览器或其他浏览器中使用。',
    button: '打开我的藏家专区',
    validFor: (minutes) => `验证码和链接只能在 ${String(minutes)} 分钟内使用一次；使用其中一个，另一个即失效。`,
    notYou: '如果这不是您本人的请求，请忽略此邮件：没有它，任何人都无法登录。',
  },
  'zh-Hant': {
    subject: (brand) => `您的 ${brand} 藏家專區驗證碼`,
    intro: (brand) => `這是您登入 ${brand} 藏家專區的驗證碼。`,
    codeLabel: '您的驗證碼：',
    orLink: '或使用下方的按鈕登入，可在本瀏覽器或其他瀏覽器中使用。',
    button: '開啟我的藏家專區',
    validFor: (minutes) => `驗證碼和連結只能在 ${String(minutes)} 分鐘內使用一次；使用其中一個，另一個即失效。`,
    notYou: '如果這不是您本人的請求，請忽略此郵件：沒有它，任何人都無法登入。',
  },
};

export interface OwnerSignInMail {
  to: string;
  language: string;
  brandName: string;
  code: string;
  link: string;
  validForMinutes: number;
}

export function renderOwnerSignIn(mail: OwnerSignInMail): MailMessage {
  const locale = mailLocale(mail.language);
  const text = strings[locale];
  const subject = text.subject(mail.brandName);
  const intro = text.intro(mail.brandName);
  const validity = text.validFor(mail.validForMinutes);
  return {
    to: mail.to,
    subject,
    text: `${intro}\n\n${text.codeLabel} ${mail.code}\n\n${text.orLink}\n${mail.link}\n\n${validity}\n\n${text.notYou}\n`,
    html: mailDocument(
      locale,
      subject,
      [
        `<p>${escapeHtml(intro)}</p>`,
        `<p>${escapeHtml(text.codeLabel)} <strong style="font-size: 1.5em; letter-spacing: 0.1em;">${escapeHtml(mail.code)}</strong></p>`,
        `<p>${escapeHtml(text.orLink)}</p>`,
        actionButton(mail.link, text.button),
        `<p>${escapeHtml(validity)}</p>`,
        `<p>${escapeHtml(text.notYou)}</p>`,
      ].join('\n'),
    ),
    link: mail.link,
  };
}
