/** 繁體中文字串。 */
import serviceTypes from '@atelier/client/service-type-names/zh-Hant';
import type { ServiceTrackerMessages } from './en.ts';
import forms from '../../../forms/locales/zh-Hant.ts';

const zhHant: ServiceTrackerMessages = {
  ...forms,
  languageTag: 'zh-Hant',

  loading: '正在查詢您的維修…',
  retry: '重試',

  lookupTitle: '追蹤您的維修',
  lookupIntro: '請輸入預約確認中的追蹤碼，以及預約時使用的電子郵件地址。',
  trackingCodeLabel: '追蹤碼',
  trackingCodeHint: '例如 7XK2-M9QD-R4TB。連字號與大寫字母可省略。',
  emailLabel: '電子郵件',
  lookupSubmit: '查詢我的維修',

  unknownRepair: '找不到與此追蹤碼及電子郵件地址相符的維修。請核對兩者後重試。',
  linkNoLongerValid: '此連結已無法開啟您的維修。請改為輸入追蹤碼與電子郵件地址。',
  rateLimited: (wait: string) => `短時間內嘗試次數過多。請於 ${wait}後重試。`,
  rateLimitedNoWait: '短時間內嘗試次數過多。請稍候再試。',
  offline: '無法連線至伺服器：請檢查網路連線。您輸入的內容已保留：連線後請重試。',
  unexpectedError: '我們這邊發生問題。您輸入的內容已保留：請稍後重試。',

  trackerTitle: (code: string) => `維修 ${code}`,
  pieceSummary: (service: string, serial: string) => `序號 ${serial} 的作品：${service}`,
  refresh: '重新整理',
  trackAnother: '追蹤其他維修',

  serviceTypes,

  progressHeading: '進度',
  currentStage: '目前階段',
  upcomingStage: '待進行',
  stages: {
    requested: '已預約',
    received: '服務中心已收到',
    diagnosed: '已診斷',
    awaiting_approval: '報價等待您的決定',
    approved: '報價已接受',
    declined: '報價已拒絕',
    in_repair: '維修中',
    quality_control: '品質檢驗',
    ready: '已完成',
    returned: '已歸還',
    cancelled: '已取消',
  },

  detailsHeading: '您的維修',
  centreTerm: '服務中心',
  dropOffTerm: '送修方式',
  slotDropOff: (window: string) => `門市送修：${window}`,
  mailInDropOff: '郵寄',
  mailInInstructionsTerm: '如何寄送您的作品',
  promisedTerm: '承諾日期',
  notPromisedYet: '服務中心收到您的作品後確定。',
  onTime: '準時',
  late: '延誤：已超過承諾日期',
  warrantyTerm: '保固',
  warrantyStatuses: {
    pending_confirmation: '等待您的確認',
    active: '有效',
    expired: '已過期',
    void: '已失效',
  },
  warrantyCoverage: (status: string, date: string) => `${status}，保固至 ${date}`,

  estimateHeading: '報價',
  estimateCaption: (date: string) => `報價，有效期限至 ${date}`,
  itemColumn: '工作內容',
  amountColumn: '金額',
  coveredByWarranty: '由保固負擔',
  totalRow: '應付總額',
  decisionIntro: '請輸入您的全名以簽署您的決定，然後接受或拒絕報價。',
  signatureLabel: '您的全名',
  approve: '接受報價',
  decline: '拒絕報價',
  confirmApproveTitle: '接受此報價？',
  confirmDeclineTitle: '拒絕此報價？',
  confirmApproveBody: (total: string, name: string) => `您以 ${total} 接受此維修工作，簽名：${name}。服務中心將開始維修。`,
  confirmDeclineBody: (name: string) => `您拒絕此維修工作，簽名：${name}。您的作品將不經維修歸還。`,
  confirmApprove: '確定接受',
  confirmDecline: '確定拒絕',
  back: '返回',
  sendingDecision: '正在傳送您的決定…',
  decisionApproved: (name: string, date: string) => `${name} 於 ${date} 接受。`,
  decisionDeclined: (name: string, date: string) => `${name} 於 ${date} 拒絕。`,
  estimateExpired: '此報價已過期。服務中心會寄送新的報價給您。',
  statusChanged: '在此期間您的維修狀態已更新。以下是最新進度。',

  ratingHeading: '您對我們的服務滿意嗎？',
  ratingLegend: '您的評分',
  ratingScores: ['1 – 非常差', '2 – 差', '3 – 普通', '4 – 好', '5 – 非常好'],
  commentLabel: '意見',
  rateSubmit: '送出評分',
  sendingRating: '正在傳送您的評分…',
  ratingThanks: (score: number, max: number) => `感謝您的評分：${score} / ${max}。`,

  fieldErrors: {
    ...forms.fieldErrors,
  },
  fieldErrorsByField: {
    trackingCode: {
      too_short: '追蹤碼由 12 個字母與數字組成。',
      too_long: '追蹤碼由 12 個字母與數字組成。',
      invalid_format: '追蹤碼只能包含字母、數字與連字號。',
    },
    email: { invalid_format: '請輸入電子郵件地址，例如 name@example.com。' },
    name: { required: '請輸入您的全名以簽署。' },
    score: { required: '請選擇 1 到 5 的評分。', invalid_value: '請選擇 1 到 5 的評分。' },
  },
};

export default zhHant;
