/** 简体中文字符串。 */
import type { WarrantyActivationMessages } from './en.ts';
import forms from '../../../forms/locales/zh-Hans.ts';

const zhHans: WarrantyActivationMessages = {
  ...forms,
  languageTag: 'zh-Hans',

  configError: '无法加载零售商和语言列表。请检查网络连接后重试。',
  retry: '重试',

  activationTitle: '激活您的保修',
  activationIntro: '登记您的腕表或珠宝以激活国际保修。标记为必填的字段必须填写。',
  pieceLegend: '您的产品',
  serialLabel: '序列号',
  serialHint: '刻于表壳背面，并印在保修卡上。',
  cardCodeLabel: '保修卡代码',
  cardCodeHint: '印在保修卡上。如零售商已为您登记销售，则无需填写。',
  purchaseDateLabel: '购买日期',
  retailerLabel: '您在哪里购买？',
  retailerPlaceholder: '请选择零售商',
  retailerOther: '其他／未列出',
  ownerLegend: '您的信息',
  nameLabel: '姓名',
  emailLabel: '电子邮箱',
  emailHint: '我们会向此邮箱发送确认激活的链接。',
  countryLabel: '居住国家或地区',
  countryPlaceholder: '请选择国家或地区',
  languageLabel: '首选语言',
  giftLegend: '礼物',
  giftLabel: '这是一份礼物',
  giftHint: '确认邮件将发送给受赠人，受赠人将成为登记所有人。',
  recipientNameLabel: '受赠人姓名',
  recipientEmailLabel: '受赠人电子邮箱',
  recipientLanguageLabel: '收礼人的语言',
  giftConsentsNote: '收礼人可在其机主空间中选择接收我们的哪些消息；我们将以其语言与其联系。',
  consentsLegend: '我们的消息',
  serviceConsentLabel: '向我发送保养提醒、维修进度等服务消息。',
  marketingConsentLabel: '向我发送新品、活动和优惠信息。',
  submit: '激活保修',
  submitting: '正在激活…',

  offline: '无法连接服务器，请检查网络连接。您填写的内容已保留，连接后请重新提交。',
  timeout: '服务器响应超时。您填写的内容已保留，请重试。',
  unexpectedError: '系统出现问题。您填写的内容已保留，请稍后重试。',
  alreadyActivated: '此产品已登记保修。如您认为有误，请联系品牌。',
  tooManyAttempts: '此序列号的尝试次数过多。为保障您的安全，请稍后再试。',
  itemUnavailable: '此产品无法登记。请联系品牌或您的零售商。',

  successTitle: '即将完成：请查看您的邮箱',
  successBody: (model: string, serial: string) => `您的 ${model}（序列号 ${serial}）已登记。`,
  coverageUntil: (date: string) => `保修至 ${date}。`,
  checkInbox: (address: string) => `我们已向 ${address} 发送确认链接。请打开链接以激活保修。`,

  confirming: '正在确认您的保修…',
  confirmedTitle: '您的保修已激活',
  confirmationInvalid:
    '此链接已使用或无效。如您已确认保修，保修即已生效，无需其他操作；否则，请在下方重新激活以获取新链接。',
  confirmationExpired: '此确认链接已过期。请在下方重新激活保修以获取新链接。',
  confirmationTransferEnded:
    '此转让已无法完成：转让已被取消，或该物品已被报告失窃或遗失。未做任何更改；请联系向您转让的人。',
  askConsentsTitle: '最后一步：我们的消息',
  askConsentsIntro:
    '请选择您作为该物品主人希望接收的消息，然后确认。您可以随时在您的主人空间中更改。',
  confirmWithConsents: '确认并激活我的保修',
  consentAnswer: (checked: boolean) => (checked ? '是' : '否'),

  fieldErrors: {
    ...forms.fieldErrors,
    unknown_serial: '未找到此序列号。请与保修卡核对。',
    unknown_retailer: '此零售商不是授权零售商。',
    invalid_card_code: '此代码与此产品的保修卡不符。',
    purchase_date_in_future: '购买日期不能晚于今天。',
    purchase_date_before_manufacture: '购买日期早于此产品的制造日期。',
  },
  fieldErrorsByField: {
    'owner.email': { invalid_format: '请输入电子邮箱地址，例如 name@example.com。' },
    'gift.recipientEmail': { invalid_format: '请输入电子邮箱地址，例如 name@example.com。' },
    serial: { invalid_format: '仅可使用英文字母、数字和连字符。' },
    cardCode: { invalid_format: '仅可使用英文字母、数字、空格和连字符。' },
  },
};

export default zhHans;
