/** 简体中文字符串。 */
import serviceTypes from '@atelier/client/service-type-names/zh-Hans';
import type { ServiceTrackerMessages } from './en.ts';
import forms from '../../../forms/locales/zh-Hans.ts';

const zhHans: ServiceTrackerMessages = {
  ...forms,
  languageTag: 'zh-Hans',

  loading: '正在查找您的维修…',
  retry: '重试',

  lookupTitle: '跟踪您的维修',
  lookupIntro: '请输入预约确认中的追踪码以及预约时使用的电子邮箱。',
  trackingCodeLabel: '追踪码',
  trackingCodeHint: '例如 7XK2-M9QD-R4TB。连字符和大写字母可省略。',
  emailLabel: '电子邮箱',
  lookupSubmit: '查找我的维修',

  unknownRepair: '没有找到与此追踪码和电子邮箱相符的维修。请核对两者后重试。',
  linkNoLongerValid: '此链接已无法打开您的维修。请改为输入追踪码和电子邮箱。',
  rateLimited: (wait: string) => `短时间内尝试次数过多。请在 ${wait}后重试。`,
  rateLimitedNoWait: '短时间内尝试次数过多。请稍候再试。',
  offline: '无法连接服务器：请检查网络连接。您输入的内容已保留：连接后请重试。',
  unexpectedError: '我们这边出现了问题。您输入的内容已保留：请稍后重试。',

  trackerTitle: (code: string) => `维修 ${code}`,
  pieceSummary: (service: string, serial: string) => `序列号为 ${serial} 的表款：${service}`,
  refresh: '刷新',
  trackAnother: '跟踪其他维修',

  serviceTypes,

  progressHeading: '进度',
  currentStage: '当前阶段',
  upcomingStage: '待进行',
  stages: {
    requested: '已预约',
    received: '服务中心已收到',
    diagnosed: '已诊断',
    awaiting_approval: '报价等待您的决定',
    approved: '报价已接受',
    declined: '报价已拒绝',
    in_repair: '维修中',
    quality_control: '质量检验',
    ready: '已完成',
    returned: '已归还',
    cancelled: '已取消',
  },

  detailsHeading: '您的维修',
  centreTerm: '服务中心',
  dropOffTerm: '送修方式',
  slotDropOff: (window: string) => `到店送修：${window}`,
  mailInDropOff: '邮寄',
  mailInInstructionsTerm: '如何寄送您的物品',
  promisedTerm: '承诺日期',
  notPromisedYet: '服务中心收到您的物品后确定。',
  onTime: '按时',
  late: '延误：已超过承诺日期',
  warrantyTerm: '保修',
  warrantyStatuses: {
    pending_confirmation: '等待您的确认',
    active: '有效',
    expired: '已过期',
    void: '已失效',
  },
  warrantyCoverage: (status: string, date: string) => `${status}，保修至 ${date}`,

  estimateHeading: '报价',
  estimateCaption: (date: string) => `报价，有效期至 ${date}`,
  itemColumn: '工作内容',
  amountColumn: '金额',
  coveredByWarranty: '由保修承担',
  totalRow: '应付总额',
  decisionIntro: '请输入您的全名以签署您的决定，然后接受或拒绝报价。',
  signatureLabel: '您的全名',
  approve: '接受报价',
  decline: '拒绝报价',
  confirmApproveTitle: '接受此报价？',
  confirmDeclineTitle: '拒绝此报价？',
  confirmApproveBody: (total: string, name: string) => `您以 ${total} 接受该维修工作，签名：${name}。服务中心将开始维修。`,
  confirmDeclineBody: (name: string) => `您拒绝该维修工作，签名：${name}。您的物品将不经维修归还。`,
  confirmApprove: '确定接受',
  confirmDecline: '确定拒绝',
  back: '返回',
  sendingDecision: '正在发送您的决定…',
  decisionApproved: (name: string, date: string) => `${name} 于 ${date} 接受。`,
  decisionDeclined: (name: string, date: string) => `${name} 于 ${date} 拒绝。`,
  estimateExpired: '此报价已过期。服务中心会向您发送新的报价。',
  statusChanged: '在此期间您的维修状态已更新。以下是最新进展。',

  ratingHeading: '您对我们的服务满意吗？',
  ratingLegend: '您的评分',
  ratingScores: ['1 – 非常差', '2 – 差', '3 – 一般', '4 – 好', '5 – 非常好'],
  commentLabel: '评论',
  rateSubmit: '提交评分',
  sendingRating: '正在发送您的评分…',
  ratingThanks: (score: number, max: number) => `感谢您的评分：${score} / ${max}。`,

  fieldErrors: {
    ...forms.fieldErrors,
  },
  fieldErrorsByField: {
    trackingCode: {
      too_short: '追踪码由 12 个字母和数字组成。',
      too_long: '追踪码由 12 个字母和数字组成。',
      invalid_format: '追踪码只能包含字母、数字和连字符。',
    },
    email: { invalid_format: '请输入电子邮箱地址，例如 name@example.com。' },
    name: { required: '请输入您的全名以签署。' },
    score: { required: '请选择 1 到 5 的评分。', invalid_value: '请选择 1 到 5 的评分。' },
  },
};

export default zhHans;
