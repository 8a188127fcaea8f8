import type { WarrantyConfirmationStrings } from '../warranty-confirmation.strings.ts';

export const warrantyConfirmation: WarrantyConfirmationStrings = {
  subject: ({ brandName, modelName }) => `${brandName}：请确认您的 ${modelName} 保修`,
  greeting: ({ name }) => `${name}，您好：`,
  intro: ({ brandName, modelName, serial }) =>
    `请确认您的 ${modelName}（序列号 ${serial}）的 ${brandName} 保修登记。确认后保修即生效。`,
  giftNote: ({ giverName }) => `${giverName} 已将此作品登记为送给您的礼物。`,
  action: '确认我的保修',
  expiry: ({ expiresAt }) => `此链接仅可使用一次，将于 ${expiresAt} 失效。`,
  notExpected: '如果您未预期收到此邮件，请忽略：未经您确认，不会以您的名义登记任何内容。',
  consentsNote: ({ brandName, kinds }) => `确认即表示您同意通过电子邮件接收${brandName}的${kinds}。您可以随时撤回此同意。`,
  serviceMessages: '服务信息（保养提醒、维修进度）',
  marketingMessages: '新闻、活动和优惠信息',
  signOff: ({ brandName }) => `${brandName} 售后服务`,
};
