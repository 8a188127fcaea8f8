/** Japanese strings of the console: what every page shares: common words, the shell, page names, roles (shape: ../en/base.ts). */
import type { BaseMessages } from '../en/base.ts';

export const baseMessages: BaseMessages = {
  common: {
    loading: '読み込み中…',
    retry: '再試行',
    cancel: 'キャンセル',
    close: '閉じる',
    save: '保存',
    never: 'なし',
    none: '—',
    required: '（必須）',
    optional: '（任意）',
    loadMore: 'さらに表示',
    dateTime: (iso, locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
  },

  shell: {
    appName: 'Atelier コンソール',
    skipToContent: '本文へ移動',
    mainNavigation: 'メインナビゲーション',
    language: '言語',
    signedInAs: (name) => `${name} としてサインイン中`,
    signOut: 'サインアウト',
    signingOut: 'サインアウト中…',
    notFoundTitle: 'ページが見つかりません',
    notFoundBody: 'このページはコンソールにありません。',
    notAllowedTitle: 'あなたの役割では利用できません',
    notAllowedBody: 'あなたの役割ではこのページにアクセスできません。必要な場合はブランド管理者にお問い合わせください。',
    goHome: '最初のページへ',
    pageTitle: (page) => `${page} · Atelier コンソール`,
  },

  pages: {
    account: 'マイアカウント',
    people: 'メンバー',
    retailers: '販売店',
    apiKeys: 'API キー',
    audit: '監査ログ',
    recognise: '製品を照会',
    notes: 'お知らせ',
    stock: '在庫',
    sales: '販売',
    signIn: 'サインイン',
    benchmarks: 'ベンチマーク',
    brandSettings: 'ブランド設定',
    service: 'サービス',
    clients: '顧客',
    segments: 'セグメント',
    care: 'ケア',
  },

  roles: {
    admin: 'ブランド管理者',
    serviceDesk: 'サービスデスク',
    concierge: 'コンシェルジュ',
    analyst: 'アナリスト',
    manager: '販売店マネージャー',
    associate: '販売店スタッフ',
  },
};
