/** 繁體中文字串。 */
import type { WarrantyActivationMessages } from './en.ts';
import forms from '../../../forms/locales/zh-Hant.ts';

const zhHant: WarrantyActivationMessages = {
  ...forms,
  languageTag: 'zh-Hant',

  configError: '無法載入零售商與語言清單。請檢查網路連線後再試一次。',
  retry: '再試一次',

  activationTitle: '啟用您的保固',
  activationIntro: '登記您的錶款或珠寶以啟用國際保固。標示為必填的欄位必須填寫。',
  pieceLegend: '您的錶款',
  serialLabel: '序號',
  serialHint: '刻於錶殼背面，並印在保固卡上。',
  cardCodeLabel: '保固卡代碼',
  cardCodeHint: '印在保固卡上。若零售商已代為登記銷售，則無需填寫。',
  purchaseDateLabel: '購買日期',
  retailerLabel: '您在哪裡購買？',
  retailerPlaceholder: '請選擇零售商',
  retailerOther: '其他／未列出',
  ownerLegend: '您的資料',
  nameLabel: '姓名',
  emailLabel: '電子郵件',
  emailHint: '我們會寄送確認啟用的連結至此信箱。',
  countryLabel: '居住國家或地區',
  countryPlaceholder: '請選擇國家或地區',
  languageLabel: '偏好語言',
  giftLegend: '禮物',
  giftLabel: '這是一份禮物',
  giftHint: '確認信將寄給受贈者，受贈者將成為登記擁有人。',
  recipientNameLabel: '受贈者姓名',
  recipientEmailLabel: '受贈者電子郵件',
  recipientLanguageLabel: '收禮人的語言',
  giftConsentsNote: '收禮人可在其機主空間中選擇接收我們的哪些訊息；我們將以其語言與其聯繫。',
  consentsLegend: '我們的訊息',
  serviceConsentLabel: '寄送保養提醒及維修進度等服務訊息給我。',
  marketingConsentLabel: '寄送新品、活動及優惠資訊給我。',
  submit: '啟用保固',
  submitting: '啟用中…',

  offline: '無法連線至伺服器，請檢查網路連線。您填寫的內容已保留，連線後請再送出一次。',
  timeout: '伺服器回應逾時。您填寫的內容已保留，請再試一次。',
  unexpectedError: '系統發生問題。您填寫的內容已保留，請稍後再試。',
  alreadyActivated: '此錶款已登記保固。若您認為有誤，請聯絡品牌。',
  tooManyAttempts: '此序號的嘗試次數過多。為保障您的安全，請稍候再試。',
  itemUnavailable: '此錶款無法登記。請聯絡品牌或您的零售商。',

  successTitle: '即將完成：請查看您的信箱',
  successBody: (model: string, serial: string) => `您的 ${model}（序號 ${serial}）已登記。`,
  coverageUntil: (date: string) => `保固至 ${date}。`,
  checkInbox: (address: string) => `我們已寄送確認連結至 ${address}。請開啟連結以啟用保固。`,

  confirming: '正在確認您的保固…',
  confirmedTitle: '您的保固已啟用',
  confirmationInvalid:
    '此連結已使用過或無效。若您已確認保固，保固即已生效，無需其他操作；否則，請於下方重新啟用以取得新連結。',
  confirmationExpired: '此確認連結已過期。請於下方重新啟用保固以取得新的連結。',
  confirmationTransferEnded:
    '此轉讓已無法完成：轉讓已被取消，或該物品已被通報失竊或遺失。未做任何變更；請聯絡向您轉讓的人。',
  askConsentsTitle: '最後一步：我們的訊息',
  askConsentsIntro:
    '請選擇您作為該物品主人希望收到的訊息，然後確認。您可以隨時在您的主人專區中變更。',
  confirmWithConsents: '確認並啟用我的保固',
  consentAnswer: (checked: boolean) => (checked ? '是' : '否'),

  fieldErrors: {
    ...forms.fieldErrors,
    unknown_serial: '查無此序號。請與保固卡核對。',
    unknown_retailer: '此零售商並非授權零售商。',
    invalid_card_code: '此代碼與此錶款的保固卡不符。',
    purchase_date_in_future: '購買日期不可晚於今天。',
    purchase_date_before_manufacture: '購買日期早於此錶款的製造日期。',
  },
  fieldErrorsByField: {
    'owner.email': { invalid_format: '請輸入電子郵件地址，例如 name@example.com。' },
    'gift.recipientEmail': { invalid_format: '請輸入電子郵件地址，例如 name@example.com。' },
    serial: { invalid_format: '僅可使用英文字母、數字及連字號。' },
    cardCode: { invalid_format: '僅可使用英文字母、數字、空格及連字號。' },
  },
};

export default zhHant;
