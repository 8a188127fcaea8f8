import serviceTypes from '@atelier/client/service-type-names/zh-Hans';
import type { RepairUpdateStrings } from '../repair-update.strings.ts';

export const repairUpdate: RepairUpdateStrings = {
  serviceTypes,
  subject: {
    booked: ({ brandName, trackingCode }) => `${brandName}：您的维修 ${trackingCode} 已预约`,
    received: ({ brandName, modelName }) => `${brandName}：我们已收到您的 ${modelName}`,
    awaiting_approval: ({ brandName, trackingCode }) => `${brandName}：维修 ${trackingCode} 的报价已备妥`,
    approved: ({ brandName, trackingCode }) => `${brandName}：维修 ${trackingCode} 的报价已确认`,
    declined: ({ brandName, trackingCode }) => `${brandName}：维修 ${trackingCode} 的报价已拒绝`,
    ready: ({ brandName, modelName }) => `${brandName}：您的 ${modelName} 已准备就绪`,
    returned: ({ brandName, modelName }) => `${brandName}：您的 ${modelName} 已归还`,
    cancelled: ({ brandName, trackingCode }) => `${brandName}：维修 ${trackingCode} 已取消`,
  },
  greeting: ({ name }) => `${name}，您好：`,
  greetingWithoutName: '您好：',
  reference: ({ serviceName, modelName, serial, trackingCode }) => `维修 ${trackingCode}：您的 ${modelName}（序列号 ${serial}）${serviceName}。`,
  booked: {
    intro: '感谢您的预约。请保留追踪码以便查看维修进度。',
    slot: ({ when, centreName, address }) => `请于 ${when}（精品店当地时间）将您的作品送至 ${centreName}（${address}）。`,
    mailIn: ({ centreName }) => `请按以下方式将您的作品寄送至 ${centreName}：`,
    next: '接下来：收到您的作品后，我们将确认完成日期。如制表师发现需要超出本次服务范围的工作，会先向您发送报价，由您确认或拒绝；未经您同意不会收取任何费用。',
  },
  received: ({ promisedDate }) => `您的作品已送达服务中心。我们承诺于 ${promisedDate} 前完成。`,
  awaitingApproval: {
    intro: '我们的制表师已检查您的作品。报价如下：',
    covered: '保修范围内：免费',
    total: ({ total }) => `应付总额：${total}`,
    validUntil: ({ date }) => `此报价有效期至 ${date}。`,
    decide: '请在维修追踪页面确认或拒绝。在您决定之前不会开始任何工作。',
  },
  approved: '感谢您确认报价。我们现在开始处理您的作品，完成后将通知您。',
  declined: '您已拒绝报价。我们不会进行任何工作，您的作品将按原样归还。',
  ready: {
    collect: ({ centreName, address }) => `您的作品已准备就绪，可前往 ${centreName}（${address}）领取。`,
    shipping: '您的作品已准备就绪，正在寄回给您。',
    collectAtRetailer: ({ retailerName, city }) => `您的作品已修好，正在寄回您送修的${retailerName}（${city}）：门店通知您到货后即可前往领取。`,
  },
  returned: {
    intro: '您的作品已归还给您。',
    warrantyExtended: ({ date }) => `本次服务后，您的保修期已延长至 ${date}。`,
    rate: '您对服务满意吗？请在维修追踪页面为本次服务评分，只需片刻。',
  },
  cancelled: '您的维修已取消。如非您本人要求，请联系服务中心。',
  trackerAction: '查看维修进度',
  trackerNote: '此链接无需输入电子邮件地址即可打开您的维修追踪页面，请勿分享。',
  contactConfirmation: {
    subject: ({ brandName }) => `${brandName}：请确认您的电子邮件地址`,
    intro: ({ brandName, retailerName, city }) => `${retailerName}（${city}）已接收一件送修${brandName}服务的作品，并留下此电子邮件地址用于接收进度通知。`,
    ask: '请确认此地址属于您。在您确认之前，我们不会再向此地址发送任何内容，包括进度和报价。',
    action: '确认我的地址',
    note: '点击按钮即可确认此地址并打开维修进度页面。如果您并未送修任何作品，请忽略此邮件：此地址将不会再收到相关内容。',
  },
  signOff: ({ brandName }) => `${brandName} 售后服务`,
};
