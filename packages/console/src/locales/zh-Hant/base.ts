/** Traditional Chinese strings of the console: what every page shares: common words, the shell, page names, roles (shape: ../en/base.ts). */
import type { BaseMessages } from '../en/base.ts';

export const baseMessages: BaseMessages = {
  common: {
    loading: '載入中…',
    retry: '重試',
    cancel: '取消',
    close: '關閉',
    save: '儲存',
    never: '從未',
    none: '—',
    required: '（必填）',
    optional: '（選填）',
    loadMore: '載入更多',
    dateTime: (iso, locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
  },

  shell: {
    appName: 'Atelier 主控台',
    skipToContent: '跳至內容',
    mainNavigation: '主要導覽',
    language: '語言',
    signedInAs: (name) => `已登入：${name}`,
    signOut: '登出',
    signingOut: '正在登出…',
    notFoundTitle: '找不到頁面',
    notFoundBody: '主控台中沒有此頁面。',
    notAllowedTitle: '您的角色無法使用',
    notAllowedBody: '您的角色無權存取此頁面。如有需要，請聯絡品牌管理員。',
    goHome: '前往第一頁',
    pageTitle: (page) => `${page} · Atelier 主控台`,
  },

  pages: {
    account: '我的帳戶',
    people: '人員',
    retailers: '零售商',
    apiKeys: 'API 金鑰',
    audit: '稽核記錄',
    recognise: '查詢錶款',
    notes: '通知',
    stock: '庫存',
    sales: '銷售',
    signIn: '登入',
    benchmarks: '基準',
    brandSettings: '品牌設定',
    service: '維修服務',
    clients: '客戶',
    segments: '客戶分群',
    care: '保養',
  },

  roles: {
    admin: '品牌管理員',
    serviceDesk: '售後服務台',
    concierge: '禮賓服務',
    analyst: '分析師',
    manager: '零售商經理',
    associate: '零售商店員',
  },
};
