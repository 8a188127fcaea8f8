import type { WarrantyConfirmationStrings } from '../warranty-confirmation.strings.ts';

export const warrantyConfirmation: WarrantyConfirmationStrings = {
  subject: ({ brandName, modelName }) => `${brandName}：${modelName} の保証登録のご確認`,
  greeting: ({ name }) => `${name} 様`,
  intro: ({ brandName, modelName, serial }) =>
    `${modelName}（シリアル番号 ${serial}）の ${brandName} 保証登録をご確認ください。ご確認いただいた時点で保証が有効になります。`,
  giftNote: ({ giverName }) => `${giverName} 様があなたへの贈り物としてこの品を登録されました。`,
  action: '保証を確認する',
  expiry: ({ expiresAt }) => `このリンクは一度のみ有効で、${expiresAt} に期限切れとなります。`,
  notExpected: 'お心当たりのない場合は、このメールを破棄してください。ご確認がない限り、お客様の名義で登録されることはありません。',
  consentsNote: ({ brandName, kinds }) => `確認すると、${brandName}から${kinds}をメールで受け取ることにも同意したことになります。この同意はいつでも取り消せます。`,
  serviceMessages: 'サービスに関するお知らせ（メンテナンスのご案内、修理の進捗）',
  marketingMessages: 'ニュース、イベント、特典のご案内',
  signOff: ({ brandName }) => `${brandName} アフターサービス`,
};
