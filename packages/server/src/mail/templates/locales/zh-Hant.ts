import type { WarrantyConfirmationStrings } from '../warranty-confirmation.strings.ts';

export const warrantyConfirmation: WarrantyConfirmationStrings = {
  subject: ({ brandName, modelName }) => `${brandName}：請確認您的 ${modelName} 保固`,
  greeting: ({ name }) => `${name}，您好：`,
  intro: ({ brandName, modelName, serial }) =>
    `請確認您的 ${modelName}（序號 ${serial}）的 ${brandName} 保固登記。確認後保固即生效。`,
  giftNote: ({ giverName }) => `${giverName} 已將此作品登記為送給您的禮物。`,
  action: '確認我的保固',
  expiry: ({ expiresAt }) => `此連結僅可使用一次，將於 ${expiresAt} 失效。`,
  notExpected: '如果您未預期收到此郵件，請忽略：未經您確認，不會以您的名義登記任何內容。',
  consentsNote: ({ brandName, kinds }) => `確認即表示您同意透過電子郵件接收${brandName}的${kinds}。您可以隨時撤回此同意。`,
  serviceMessages: '服務訊息（保養提醒、維修進度）',
  marketingMessages: '新聞、活動和優惠訊息',
  signOff: ({ brandName }) => `${brandName} 售後服務`,
};
