/** <atelier-provenance> 的简体中文字符串。 */
import serviceTypes from '@atelier/client/service-type-names/zh-Hans';
import type { ProvenanceMessages } from './en.ts';

const zhHans: ProvenanceMessages = {
  languageTag: 'zh-Hans',

  title: '查询腕表的历史记录',
  intro: '请输入刻在表壳背面的序列号，或粘贴保修卡二维码中的链接。',
  serialLabel: '序列号或 Digital Link',
  serialHint: (serial) => `例如 ${serial}，或保修卡二维码中的链接`,
  submit: '查询',
  loading: '正在查询…',
  retry: '重试',

  invalidSerial: (min, max) => `序列号由 ${min} 至 ${max} 个字母、数字和连字符组成。`,
  inputErrors: {
    required: '请输入序列号或 Digital Link。',
    invalid_gtin: '此链接中的商品编号（GTIN）无效。',
    invalid_check_digit: '此链接中的商品编号（GTIN）有误：校验码不正确。',
    invalid_link: '此链接并未指向一件产品。请粘贴保修卡上的链接，或输入序列号。',
  },

  unknownSerial: (serial) => `该品牌没有登记序列号为 ${serial} 的产品。请核对号码后重试。`,
  rateLimited: (wait) => `短时间内查询次数过多。请在 ${wait}后重试。`,
  rateLimitedNoWait: '短时间内查询次数过多。请稍候再试。',
  offline: '无法连接服务器：请检查网络连接后重试。',
  unexpectedError: '我们这边出现了问题。请稍后重试。',

  verified: '已验证：此历史记录由品牌签名，未被篡改。',
  notVerified: '此记录无法验证 — 请勿信赖此记录。',
  notVerifiedDetail: '其签名或历史记录与品牌的密钥不符。买卖此产品前请联系品牌。',

  stolenTitle: '已报失窃',
  stolenBody: (date) => `此产品已于 ${date} 报失窃。`,
  stolenGuidance: {
    contact_brand: '请勿购买。请联系品牌，品牌会告诉您如何处理。',
    contact_police_and_brand: '请勿购买，也不要与卖家对质。请联系警方和品牌。',
  },
  lostTitle: '已报失',
  lostBody: '物主已报告此件遗失。请勿购买：请联系品牌，品牌会告诉您如何处理。',
  destroyedTitle: '已登记为销毁',
  destroyedBody: '品牌已将此件登记为销毁。以此序列号出售的物品可能并非真品：请勿购买，并联系品牌。',

  pieceHeading: '产品',
  serialTerm: '序列号',
  referenceTerm: '型号',
  collectionTerm: '系列',
  manufacturedTerm: '制造年份',
  firstSaleTerm: '首次销售',
  firstSale: (retailer, place, month) => `${month}，${retailer}，${place}`,
  notSoldYet: '尚未售出',
  ownersTerm: '所有者',
  ownerCount: (count) => (count === 0 ? '无登记所有者' : `${count} 位所有者`),
  registeredSinceTerm: '当前所有者登记时间',

  historyHeading: '历史记录',
  eventTypes: {
    manufactured: '制造',
    sold: '售出',
    warranty_activated: '保修已激活',
    ownership_transferred: '所有权转让',
    serviced: '保养',
    modified: '改装',
    reported_stolen: '报失窃',
    recovered: '已寻回',
    sale_voided: '销售已撤销',
  },

  warrantyUntil: (date) => `保修至 ${date}`,

  servicesHeading: '保养',
  service: (serviceType, city) => `${serviceType}，${city}服务中心`,
  serviceTypes,
  noServices: '没有保养记录。',
  modificationsHeading: '改装',
  modification: (what, retailer) => `${what}，由 ${retailer} 完成`,
  noModifications: '没有改装记录。',

  shareHeading: '分享此记录',
  shareLinkLabel: '此记录的链接',
  copy: '复制链接',
  copied: '链接已复制。',
  copyFailed: '无法复制：请选中链接后自行复制。',
  qrLabel: (serial) => `产品 ${serial} 的二维码`,
};

export default zhHans;
