/** <atelier-provenance> 的繁體中文字串。 */
import serviceTypes from '@atelier/client/service-type-names/zh-Hant';
import type { ProvenanceMessages } from './en.ts';

const zhHant: ProvenanceMessages = {
  languageTag: 'zh-Hant',

  title: '查詢腕錶的歷史紀錄',
  intro: '請輸入刻在錶殼背面的序號，或貼上保固卡 QR 碼中的連結。',
  serialLabel: '序號或 Digital Link',
  serialHint: (serial) => `例如 ${serial}，或保固卡 QR 碼中的連結`,
  submit: '查詢',
  loading: '正在查詢…',
  retry: '重試',

  invalidSerial: (min, max) => `序號由 ${min} 至 ${max} 個字母、數字和連字號組成。`,
  inputErrors: {
    required: '請輸入序號或 Digital Link。',
    invalid_gtin: '此連結中的商品編號（GTIN）無效。',
    invalid_check_digit: '此連結中的商品編號（GTIN）有誤：檢查碼不正確。',
    invalid_link: '此連結並未指向一件產品。請貼上保固卡上的連結，或輸入序號。',
  },

  unknownSerial: (serial) => `此品牌沒有登記序號為 ${serial} 的產品。請核對號碼後重試。`,
  rateLimited: (wait) => `短時間內查詢次數過多。請於 ${wait}後重試。`,
  rateLimitedNoWait: '短時間內查詢次數過多。請稍候再試。',
  offline: '無法連線至伺服器：請檢查網路連線後重試。',
  unexpectedError: '我們這邊發生了問題。請稍後重試。',

  verified: '已驗證：此歷史紀錄由品牌簽署，未遭竄改。',
  notVerified: '此紀錄無法驗證 — 請勿信賴此紀錄。',
  notVerifiedDetail: '其簽章或歷史紀錄與品牌的金鑰不符。買賣此產品前請聯絡品牌。',

  stolenTitle: '已報失竊',
  stolenBody: (date) => `此產品已於 ${date} 報失竊。`,
  stolenGuidance: {
    contact_brand: '請勿購買。請聯絡品牌，品牌會告訴您如何處理。',
    contact_police_and_brand: '請勿購買，也不要與賣家對質。請聯絡警方和品牌。',
  },
  lostTitle: '已報失',
  lostBody: '物主已報告此件遺失。請勿購買：請聯絡品牌，品牌會告訴您如何處理。',
  destroyedTitle: '已登記為銷毀',
  destroyedBody: '品牌已將此件登記為銷毀。以此序號出售的物品可能並非真品：請勿購買，並聯絡品牌。',

  pieceHeading: '產品',
  serialTerm: '序號',
  referenceTerm: '型號',
  collectionTerm: '系列',
  manufacturedTerm: '製造年份',
  firstSaleTerm: '首次銷售',
  firstSale: (retailer, place, month) => `${month}，${retailer}，${place}`,
  notSoldYet: '尚未售出',
  ownersTerm: '擁有者',
  ownerCount: (count) => (count === 0 ? '無登記擁有者' : `${count} 位擁有者`),
  registeredSinceTerm: '目前擁有者登記時間',

  historyHeading: '歷史紀錄',
  eventTypes: {
    manufactured: '製造',
    sold: '售出',
    warranty_activated: '保固已啟用',
    ownership_transferred: '所有權轉讓',
    serviced: '保養',
    modified: '改裝',
    reported_stolen: '報失竊',
    recovered: '已尋回',
    sale_voided: '銷售已撤銷',
  },

  warrantyUntil: (date) => `保固至 ${date}`,

  servicesHeading: '保養',
  service: (serviceType, city) => `${serviceType}，${city}服務中心`,
  serviceTypes,
  noServices: '沒有保養紀錄。',
  modificationsHeading: '改裝',
  modification: (what, retailer) => `${what}，由 ${retailer} 完成`,
  noModifications: '沒有改裝紀錄。',

  shareHeading: '分享此紀錄',
  shareLinkLabel: '此紀錄的連結',
  copy: '複製連結',
  copied: '連結已複製。',
  copyFailed: '無法複製：請選取連結後自行複製。',
  qrLabel: (serial) => `產品 ${serial} 的 QR 碼`,
};

export default zhHant;
