/** 日本語の文字列。 */
import serviceTypes from '@atelier/client/service-type-names/ja';
import type { ServiceTrackerMessages } from './en.ts';
import forms from '../../../forms/locales/ja.ts';

const ja: ServiceTrackerMessages = {
  ...forms,
  languageTag: 'ja',

  loading: '修理を検索しています…',
  retry: '再試行',

  lookupTitle: '修理の状況を確認',
  lookupIntro: '予約確認メールに記載の追跡コードと、予約時のメールアドレスを入力してください。',
  trackingCodeLabel: '追跡コード',
  trackingCodeHint: '例：7XK2-M9QD-R4TB。ハイフンと大文字は省略できます。',
  emailLabel: 'メールアドレス',
  lookupSubmit: '修理を表示',

  unknownRepair: 'この追跡コードとメールアドレスに該当する修理は見つかりませんでした。両方をご確認のうえ、もう一度お試しください。',
  linkNoLongerValid: 'このリンクでは修理を表示できなくなりました。追跡コードとメールアドレスを入力してください。',
  rateLimited: (wait: string) => `短時間に試行が多すぎます。${wait}後にもう一度お試しください。`,
  rateLimitedNoWait: '短時間に試行が多すぎます。しばらく待ってからもう一度お試しください。',
  offline: 'サーバーに接続できません。接続をご確認ください。入力内容は保持されています。接続後にもう一度お試しください。',
  unexpectedError: '当社側で問題が発生しました。入力内容は保持されています。しばらくしてからもう一度お試しください。',

  trackerTitle: (code: string) => `修理 ${code}`,
  pieceSummary: (service: string, serial: string) => `シリアル番号 ${serial} の${service}`,
  refresh: '更新',
  trackAnother: '別の修理を確認',

  serviceTypes,

  progressHeading: '進捗',
  currentStage: '現在の段階',
  upcomingStage: '今後',
  stages: {
    requested: '予約済み',
    received: 'サービスセンターで受領',
    diagnosed: '診断済み',
    awaiting_approval: 'お見積もりのご判断待ち',
    approved: 'お見積もり承認済み',
    declined: 'お見積もり辞退',
    in_repair: '修理中',
    quality_control: '品質検査',
    ready: '完了',
    returned: '返却済み',
    cancelled: 'キャンセル',
  },

  detailsHeading: 'ご依頼の修理',
  centreTerm: 'サービスセンター',
  dropOffTerm: 'お預け方法',
  slotDropOff: (window: string) => `ブティックにて：${window}`,
  mailInDropOff: '郵送',
  mailInInstructionsTerm: 'お品物の送り方',
  promisedTerm: 'お約束の日付',
  notPromisedYet: 'サービスセンターがお品物を受領した時点で決まります。',
  onTime: '予定どおり',
  late: '遅延：お約束の日付を過ぎています',
  warrantyTerm: '保証',
  warrantyStatuses: {
    pending_confirmation: 'ご確認待ち',
    active: '有効',
    expired: '期限切れ',
    void: '無効',
  },
  warrantyCoverage: (status: string, date: string) => `${status}（${date}まで保証）`,

  estimateHeading: 'お見積もり',
  estimateCaption: (date: string) => `お見積もり（${date}まで有効）`,
  itemColumn: '作業内容',
  amountColumn: '金額',
  coveredByWarranty: '保証対象',
  totalRow: 'お支払い合計',
  decisionIntro: 'ご判断に署名するためにフルネームを入力し、お見積もりを承認または辞退してください。',
  signatureLabel: 'フルネーム',
  approve: 'お見積もりを承認',
  decline: 'お見積もりを辞退',
  confirmApproveTitle: 'このお見積もりを承認しますか？',
  confirmDeclineTitle: 'このお見積もりを辞退しますか？',
  confirmApproveBody: (total: string, name: string) => `${total}の作業を承認します（署名：${name}）。サービスセンターが修理を開始します。`,
  confirmDeclineBody: (name: string) => `作業を辞退します（署名：${name}）。お品物は修理せずに返却されます。`,
  confirmApprove: '承認する',
  confirmDecline: '辞退する',
  back: '戻る',
  sendingDecision: 'ご判断を送信しています…',
  decisionApproved: (name: string, date: string) => `${date}に${name}様が承認しました。`,
  decisionDeclined: (name: string, date: string) => `${date}に${name}様が辞退しました。`,
  estimateExpired: 'このお見積もりは有効期限が切れています。サービスセンターから新しいお見積もりをお送りします。',
  statusChanged: 'この間に修理の状況が変わりました。現在の状況を表示しています。',

  ratingHeading: 'サービスはいかがでしたか？',
  ratingLegend: '評価',
  ratingScores: ['1 – 非常に不満', '2 – 不満', '3 – 普通', '4 – 満足', '5 – 非常に満足'],
  commentLabel: 'コメント',
  rateSubmit: '評価を送信',
  sendingRating: '評価を送信しています…',
  ratingThanks: (score: number, max: number) => `ご評価ありがとうございました：${max}点中${score}点。`,

  fieldErrors: {
    ...forms.fieldErrors,
  },
  fieldErrorsByField: {
    trackingCode: {
      too_short: '追跡コードは英数字12文字です。',
      too_long: '追跡コードは英数字12文字です。',
      invalid_format: '追跡コードには英字、数字、ハイフンのみ使用できます。',
    },
    email: { invalid_format: 'name@example.com のようなメールアドレスを入力してください。' },
    name: { required: '署名のためにフルネームを入力してください。' },
    score: { required: '1〜5の評価を選んでください。', invalid_value: '1〜5の評価を選んでください。' },
  },
};

export default ja;
