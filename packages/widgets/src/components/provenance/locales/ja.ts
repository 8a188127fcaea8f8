/** <atelier-provenance> の日本語の文字列。 */
import serviceTypes from '@atelier/client/service-type-names/ja';
import type { ProvenanceMessages } from './en.ts';

const ja: ProvenanceMessages = {
  languageTag: 'ja',

  title: '製品の履歴を確認する',
  intro: 'ケース裏に刻印されたシリアル番号を入力するか、保証書の QR コードのリンクを貼り付けてください。',
  serialLabel: 'シリアル番号または Digital Link',
  serialHint: (serial) => `例：${serial}、または保証書のQRコードのリンク`,
  submit: '確認する',
  loading: '製品を検索しています…',
  retry: '再試行',

  invalidSerial: (min, max) => `シリアル番号は英字・数字・ハイフンの ${min}〜${max} 文字です。`,
  inputErrors: {
    required: 'シリアル番号または Digital Link を入力してください。',
    invalid_gtin: 'このリンクの商品番号（GTIN）は無効です。',
    invalid_check_digit: 'このリンクの商品番号（GTIN）に誤りがあります：チェックデジットが一致しません。',
    invalid_link: 'このリンクは製品を指していません。保証書のリンクを貼り付けるか、シリアル番号を入力してください。',
  },

  unknownSerial: (serial) => `シリアル番号 ${serial} の製品はこのブランドに登録されていません。番号を確認して、もう一度お試しください。`,
  rateLimited: (wait) => `短時間に検索が多すぎます。${wait}後にもう一度お試しください。`,
  rateLimitedNoWait: '短時間に検索が多すぎます。しばらく待ってから、もう一度お試しください。',
  offline: 'サーバーに接続できませんでした。接続を確認して、もう一度お試しください。',
  unexpectedError: 'こちら側で問題が発生しました。しばらくしてから、もう一度お試しください。',

  verified: '検証済み：この履歴はブランドによって署名されており、改ざんされていません。',
  notVerified: 'この記録は検証できませんでした — この記録を信頼しないでください。',
  notVerifiedDetail: '署名または履歴がブランドの鍵と一致しません。この製品を購入・売却する前にブランドにお問い合わせください。',

  stolenTitle: '盗難届あり',
  stolenBody: (date) => `この製品は ${date} に盗難が届け出られています。`,
  stolenGuidance: {
    contact_brand: '購入しないでください。ブランドにお問い合わせください。対応をご案内します。',
    contact_police_and_brand: '購入せず、売り手に問いただすこともしないでください。警察とブランドにご連絡ください。',
  },
  lostTitle: '紛失届あり',
  lostBody: '所有者からこの製品の紛失が届け出られています。購入しないでください。ブランドにお問い合わせください。対応をご案内します。',
  destroyedTitle: '破損・廃棄として登録',
  destroyedBody: 'ブランドはこの製品を破損・廃棄済みとして登録しています。このシリアル番号で販売されている製品は本物ではない可能性があります。購入せず、ブランドにお問い合わせください。',

  pieceHeading: '製品',
  serialTerm: 'シリアル番号',
  referenceTerm: 'リファレンス',
  collectionTerm: 'コレクション',
  manufacturedTerm: '製造年',
  firstSaleTerm: '初回販売',
  firstSale: (retailer, place, month) => `${month}、${retailer}（${place}）`,
  notSoldYet: '未販売',
  ownersTerm: '所有者',
  ownerCount: (count) => (count === 0 ? '登録された所有者はいません' : `${count} 人`),
  registeredSinceTerm: '現在の所有者の登録時期',

  historyHeading: '履歴',
  eventTypes: {
    manufactured: '製造',
    sold: '販売',
    warranty_activated: '保証の有効化',
    ownership_transferred: '所有者の変更',
    serviced: 'メンテナンス',
    modified: '変更',
    reported_stolen: '盗難届',
    recovered: '回収',
    sale_voided: '販売取り消し',
  },

  warrantyUntil: (date) => `保証期限 ${date}`,

  servicesHeading: 'メンテナンス',
  service: (serviceType, city) => `${serviceType}、${city} のサービスセンター`,
  serviceTypes,
  noServices: 'メンテナンスの記録はありません。',
  modificationsHeading: '変更',
  modification: (what, retailer) => `${what}、${retailer} による`,
  noModifications: '変更の記録はありません。',

  shareHeading: 'この記録を共有する',
  shareLinkLabel: 'この記録へのリンク',
  copy: 'リンクをコピー',
  copied: 'リンクをコピーしました。',
  copyFailed: 'コピーできませんでした。リンクを選択してご自身でコピーしてください。',
  qrLabel: (serial) => `製品 ${serial} の QR コード`,
};

export default ja;
