/**
 * The e-mails that let a person into the console: a sign-in link they asked for, and the
 * invitation that carries their first one. The link (its token in the fragment) is the only
 * secret either holds.
 */
import type { Locale, PersonRole } from '@atelier/client/contract';
import type { MailMessage } from '../mailer.ts';
import { actionButton, escapeHtml, mailDocument } from './html.ts';
import { mailLocale } from './warranty-confirmation.ts';

interface ConsoleSignInStrings {
  /** A role as the invitation names it: "… invites you to the console as <role>". */
  roles: Record<PersonRole, string>;
  signInSubject: (brandName: string) => string;
  signInIntro: (brandName: string) => string;
  invitationSubject: (brandName: string) => string;
  invitationIntro: (values: { brandName: string; inviterName: string; role: string }) => string;
  button: string;
  validFor: (minutes: number) => string;
  invitationValidFor: (hours: number) => string;
  notYou: string;
}

const strings: Record<Locale, ConsoleSignInStrings> = {
  en: {
    roles: { admin: 'brand admin', serviceDesk: 'service desk', concierge: 'client care (concierge)', analyst: 'analyst', manager: 'retailer manager', associate: 'sales associate' },
    signInSubject: (brand) => `Your sign-in link to the ${brand} console`,
    signInIntro: (brand) => `Use the button below to sign in to the ${brand} console.`,
    invitationSubject: (brand) => `You are invited to the ${brand} console`,
    invitationIntro: ({ brandName, inviterName, role }) => `${inviterName} invites you to the ${brandName} console as ${role}.`,
    button: 'Sign in',
    validFor: (minutes) => `The link works once, within ${String(minutes)} minutes.`,
    invitationValidFor: (hours) => `The link works once, within ${String(hours)} hours; after that, ask the console for a new link with this address.`,
    notYou: 'If you did not ask for this, ignore this e-mail: nobody can sign in without the link.',
  },
  fr: {
    roles: { admin: 'administrateur de la marque', serviceDesk: 'service après-vente', concierge: 'relation client (concierge)', analyst: 'analyste', manager: 'responsable de point de vente', associate: 'conseiller de vente' },
    signInSubject: (brand) => `Votre lien de connexion à la console ${brand}`,
    signInIntro: (brand) => `Utilisez le bouton ci-dessous pour vous connecter à la console ${brand}.`,
    invitationSubject: (brand) => `Vous êtes invité·e sur la console ${brand}`,
    invitationIntro: ({ brandName, inviterName, role }) => `${inviterName} vous invite sur la console ${brandName} en tant que ${role}.`,
    button: 'Se connecter',
    validFor: (minutes) => `Le lien ne sert qu'une fois, dans les ${String(minutes)} minutes.`,
    invitationValidFor: (hours) => `Le lien ne sert qu'une fois, dans les ${String(hours)} heures ; ensuite, demandez un nouveau lien à la console avec cette adresse.`,
    notYou: "Si vous n'avez rien demandé, ignorez cet e-mail : personne ne peut se connecter sans le lien.",
  },
  de: {
    roles: { admin: 'Markenadministrator', serviceDesk: 'Kundendienst', concierge: 'Kundenbetreuung (Concierge)', analyst: 'Analyst', manager: 'Filialleitung', associate: 'Verkaufsberater' },
    signInSubject: (brand) => `Ihr Anmeldelink für die ${brand}-Konsole`,
    signInIntro: (brand) => `Melden Sie sich mit der Schaltfläche unten bei der ${brand}-Konsole an.`,
    invitationSubject: (brand) => `Sie sind zur ${brand}-Konsole eingeladen`,
    invitationIntro: ({ brandName, inviterName, role }) => `${inviterName} lädt Sie zur ${brandName}-Konsole ein, als ${role}.`,
    button: 'Anmelden',
    validFor: (minutes) => `Der Link funktioniert einmal, innerhalb von ${String(minutes)} Minuten.`,
    invitationValidFor: (hours) => `Der Link funktioniert einmal, innerhalb von ${String(hours)} Stunden; danach fordern Sie in der Konsole mit dieser Adresse einen neuen Link an.`,
    notYou: 'Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Ohne den Link kann sich niemand anmelden.',
  },
  it: {
    roles: { admin: 'amministratore del marchio', serviceDesk: 'assistenza post-vendita', concierge: 'relazioni clienti (concierge)', analyst: 'analista', manager: 'responsabile del punto vendita', associate: 'consulente di vendita' },
    signInSubject: (brand) => `Il tuo link di accesso alla console ${brand}`,
    signInIntro: (brand) => `Usa il pulsante qui sotto per accedere alla console ${brand}.`,
    invitationSubject: (brand) => `Sei invitato alla console ${brand}`,
    invitationIntro: ({ brandName, inviterName, role }) => `${inviterName} ti invita alla console ${brandName} come ${role}.`,
    button: 'Accedi',
    validFor: (minutes) => `Il link funziona una sola volta, entro ${String(minutes)} minuti.`,
    invitationValidFor: (hours) => `Il link funziona una sola volta, entro ${String(hours)} ore; dopo, chiedi un nuovo link alla console con questo indirizzo.`,
    notYou: 'Se non hai richiesto nulla, ignora questa e-mail: nessuno può accedere senza il link.',
  },
  ja: {
    roles: { admin: 'ブランド管理者', serviceDesk: 'アフターサービス担当', concierge: 'カスタマーケア（コンシェルジュ）', analyst: 'アナリスト', manager: '販売店マネージャー', associate: '販売スタッフ' },
    signInSubject: (brand) => `${brand} コンソールへのサインインリンク`,
    signInIntro: (brand) => `下のボタンから ${brand} コンソールにサインインしてください。`,
    invitationSubject: (brand) => `${brand} コンソールへの招待`,
    invitationIntro: ({ brandName, inviterName, role }) => `${inviterName} さんが ${role} として ${brandName} コンソールにあなたを招待しました。`,
    button: 'サインイン',
    validFor: (minutes) => `このリンクは ${String(minutes)} 分以内に一度だけ使えます。`,
    invitationValidFor: (hours) => `このリンクは ${String(hours)} 時間以内に一度だけ使えます。その後は、このアドレスでコンソールから新しいリンクを請求してください。`,
    notYou: '心当たりがない場合は、このメールを無視してください。リンクがなければ誰もサインインできません。',
  },
  'zh-Hans': {
    roles: { admin: '品牌管理员', serviceDesk: '售后服务', concierge: '客户关怀（礼宾）', analyst: '分析师', manager: '零售店经理', associate: '销售顾问' },
    signInSubject: (brand) => `您的 ${brand} 控制台登录链接`,
    signInIntro: (brand) => `请点击下方按钮登录 ${brand} 控制台。`,
    invitationSubject: (brand) => `您受邀使用 ${brand} 控制台`,
    invitationIntro: ({ brandName, inviterName, role }) => `${inviterName} 邀请您以 ${role} 身份使用 ${brandName} 控制台。`,
    button: '登录',
    validFor: (minutes) => `此链接仅可使用一次，有效期 ${String(minutes)} 分钟。`,
    invitationValidFor: (hours) => `此链接仅可使用一次，有效期 ${String(hours)} 小时；过期后请用此地址在控制台申请新链接。`,
    notYou: '如果这不是您本人的请求，请忽略此邮件：没有链接，任何人都无法登录。',
  },
  'zh-Hant': {
    roles: { admin: '品牌管理員', serviceDesk: '售後服務', concierge: '客戶關懷（禮賓）', analyst: '分析師', manager: '零售店經理', associate: '銷售顧問' },
    signInSubject: (brand) => `您的 ${brand} 控制台登入連結`,
    signInIntro: (brand) => `請點擊下方按鈕登入 ${brand} 控制台。`,
    invitationSubject: (brand) => `您受邀使用 ${brand} 控制台`,
    invitationIntro: ({ brandName, inviterName, role }) => `${inviterName} 邀請您以 ${role} 身分使用 ${brandName} 控制台。`,
    button: '登入',
    validFor: (minutes) => `此連結僅可使用一次，有效期 ${String(minutes)} 分鐘。`,
    invitationValidFor: (hours) => `此連結僅可使用一次，有效期 ${String(hours)} 小時；過期後請用此地址在控制台申請新連結。`,
    notYou: '如果這不是您本人的請求，請忽略此郵件：沒有連結，任何人都無法登入。',
  },
};

export type ConsoleSignInMail =
  | { kind: 'sign_in'; to: string; language: string; brandName: string; link: string; validForMinutes: number }
  | { kind: 'invitation'; to: string; language: string; brandName: string; inviterName: string; role: PersonRole; link: string; validForHours: number };

export function renderConsoleSignIn(mail: ConsoleSignInMail): MailMessage {
  const locale = mailLocale(mail.language);
  const text = strings[locale];
  const [subject, intro, validity] =
    mail.kind === 'sign_in'
      ? [text.signInSubject(mail.brandName), text.signInIntro(mail.brandName), text.validFor(mail.validForMinutes)]
      : [
          text.invitationSubject(mail.brandName),
          text.invitationIntro({ brandName: mail.brandName, inviterName: mail.inviterName, role: text.roles[mail.role] }),
          text.invitationValidFor(mail.validForHours),
        ];
  const paragraphs = [intro, validity, text.notYou];
  return {
    to: mail.to,
    subject,
    text: `${intro}\n\n${mail.link}\n\n${validity}\n\n${text.notYou}\n`,
    html: mailDocument(
      locale,
      subject,
      [`<p>${escapeHtml(intro)}</p>`, actionButton(mail.link, text.button), ...paragraphs.slice(1).map((p) => `<p>${escapeHtml(p)}</p>`)].join('\n'),
    ),
    link: mail.link,
  };
}
