/** 日本語の文字列。 */
import type { WarrantyActivationMessages } from './en.ts';
import forms from '../../../forms/locales/ja.ts';

const ja: WarrantyActivationMessages = {
  ...forms,
  languageTag: 'ja',

  configError: '販売店と言語の一覧を読み込めませんでした。接続を確認して、もう一度お試しください。',
  retry: '再試行',

  activationTitle: '保証を有効にする',
  activationIntro: 'お品物を登録して国際保証を有効にしてください。必須の項目はご入力ください。',
  pieceLegend: 'お品物',
  serialLabel: 'シリアル番号',
  serialHint: 'ケース裏に刻印され、保証カードに印刷されています。',
  cardCodeLabel: '保証カードのコード',
  cardCodeHint: '保証カードに印刷されています。販売店が販売を登録済みの場合は不要です。',
  purchaseDateLabel: 'ご購入日',
  retailerLabel: 'ご購入店',
  retailerPlaceholder: '販売店を選択',
  retailerOther: 'その他／一覧にない',
  ownerLegend: 'お客様情報',
  nameLabel: '氏名',
  emailLabel: 'メールアドレス',
  emailHint: '有効化を確認するリンクをこのアドレスにお送りします。',
  countryLabel: 'お住まいの国・地域',
  countryPlaceholder: '国・地域を選択',
  languageLabel: 'ご希望の言語',
  giftLegend: 'ギフト',
  giftLabel: 'このお品物はギフトです',
  giftHint: '確認メールは受取人に送られ、受取人が登録オーナーになります。',
  recipientNameLabel: '受取人の氏名',
  recipientEmailLabel: '受取人のメールアドレス',
  recipientLanguageLabel: '受取人の言語',
  giftConsentsNote: '当社からのお知らせは、受取人がオーナー専用ページで選べます。受取人の言語でご連絡します。',
  consentsLegend: '当社からのお知らせ',
  serviceConsentLabel: 'サービスに関するお知らせ（メンテナンスのご案内、修理の進捗）を受け取る。',
  marketingConsentLabel: '新製品、イベント、特典のお知らせを受け取る。',
  submit: '保証を有効にする',
  submitting: '処理中…',

  offline: 'サーバーに接続できません。接続をご確認ください。入力内容は保持されています。接続後にもう一度送信してください。',
  timeout: 'サーバーの応答に時間がかかりすぎました。入力内容は保持されています。もう一度お試しください。',
  unexpectedError: '問題が発生しました。入力内容は保持されています。しばらくしてからもう一度お試しください。',
  alreadyActivated: 'このお品物にはすでに保証が登録されています。お心当たりがない場合はブランドにお問い合わせください。',
  tooManyAttempts: 'このシリアル番号での試行回数が多すぎます。安全のため、しばらく時間をおいてからお試しください。',
  itemUnavailable: 'このお品物は登録できません。ブランドまたは販売店にお問い合わせください。',

  successTitle: 'あと少しです：受信トレイをご確認ください',
  successBody: (model: string, serial: string) => `${model}（シリアル番号 ${serial}）が登録されました。`,
  coverageUntil: (date: string) => `保証期限：${date}`,
  checkInbox: (address: string) => `${address} に確認リンクをお送りしました。リンクを開いて保証を有効にしてください。`,

  confirming: '保証を確認しています…',
  confirmedTitle: '保証が有効になりました',
  confirmationInvalid:
    'このリンクは使用済みか無効です。すでに保証を確認済みの場合、保証は有効ですので、お手続きは不要です。まだの場合は、下記からもう一度有効にして新しいリンクを受け取ってください。',
  confirmationExpired: 'この確認リンクは期限切れです。下記から保証をもう一度有効にすると、新しいリンクが届きます。',
  confirmationTransferEnded:
    'この譲渡はもう完了できません。取り消されたか、この品が盗難または紛失として届け出られました。何も変更されていません。譲渡を申し出た方にご連絡ください。',
  askConsentsTitle: '最後の手順：当社からのお知らせ',
  askConsentsIntro:
    'この品のオーナーとして受け取るお知らせを選んでから、確定してください。選択はオーナーページでいつでも変更できます。',
  confirmWithConsents: '確定して保証を有効にする',
  consentAnswer: (checked: boolean) => (checked ? 'はい' : 'いいえ'),

  fieldErrors: {
    ...forms.fieldErrors,
    unknown_serial: 'このシリアル番号は登録されていません。保証カードと照らし合わせてください。',
    unknown_retailer: 'この販売店は正規販売店ではありません。',
    invalid_card_code: 'このコードはこのお品物の保証カードと一致しません。',
    purchase_date_in_future: 'ご購入日に未来の日付は指定できません。',
    purchase_date_before_manufacture: 'ご購入日がこのお品物の製造日より前です。',
  },
  fieldErrorsByField: {
    'owner.email': { invalid_format: 'name@example.com のようなメールアドレスを入力してください。' },
    'gift.recipientEmail': { invalid_format: 'name@example.com のようなメールアドレスを入力してください。' },
    serial: { invalid_format: '英字、数字、ハイフンのみ使用できます。' },
    cardCode: { invalid_format: '英字、数字、スペース、ハイフンのみ使用できます。' },
  },
};

export default ja;
