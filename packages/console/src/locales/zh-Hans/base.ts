/** Simplified Chinese strings of the console: what every page shares: common words, the shell, page names, roles (shape: ../en/base.ts). */
import type { BaseMessages } from '../en/base.ts';

export const baseMessages: BaseMessages = {
  common: {
    loading: '正在加载…',
    retry: '重试',
    cancel: '取消',
    close: '关闭',
    save: '保存',
    never: '从未',
    none: '—',
    required: '（必填）',
    optional: '（选填）',
    loadMore: '加载更多',
    dateTime: (iso, locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
  },

  shell: {
    appName: 'Atelier 控制台',
    skipToContent: '跳至正文',
    mainNavigation: '主导航',
    language: '语言',
    signedInAs: (name) => `已登录：${name}`,
    signOut: '退出登录',
    signingOut: '正在退出…',
    notFoundTitle: '找不到页面',
    notFoundBody: '控制台中没有此页面。',
    notAllowedTitle: '您的角色无法使用',
    notAllowedBody: '您的角色无权访问此页面。如有需要，请联系品牌管理员。',
    goHome: '前往首页',
    pageTitle: (page) => `${page} · Atelier 控制台`,
  },

  pages: {
    account: '我的账户',
    people: '人员',
    retailers: '零售商',
    apiKeys: 'API 密钥',
    audit: '审计日志',
    recognise: '查询表款',
    notes: '通知',
    stock: '库存',
    sales: '销售',
    signIn: '登录',
    benchmarks: '基准',
    brandSettings: '品牌设置',
    service: '维修服务',
    clients: '客户',
    segments: '客户细分',
    care: '保养',
  },

  roles: {
    admin: '品牌管理员',
    serviceDesk: '售后服务台',
    concierge: '礼宾服务',
    analyst: '分析师',
    manager: '零售商经理',
    associate: '零售商店员',
  },
};
