/** 控制台繁體中文文字：品牌指標（留存、滿意度、註冊率）。 */
import type { InsightFiguresMessages } from '../en/insight-figures.ts';

export const insightFiguresMessages: InsightFiguresMessages = {
  insightFigures: {
    pageTitle: '指標',
    intro: '品牌客戶的回頭情況、售後服務客戶的滿意度，以及確認註冊的買家比例。每張圖表旁都有一張數字相同的表格。',
    definitionLabel: '計算方式',
    noData: '無資料',
    percent: (value) => `${value}%`,
    tableCaption: (figure) => `${figure}：數字`,
    share: '比例',
    total: '全部',
    retention: {
      title: '依首次購買年份的留存',
      definition: (months, since) =>
        `依首次購買年份分組的客戶。留存：在最近 ${months} 個月內（自 ${since} 起），於首次購買之後的某一天購買了錶款或進行了保養。留存率 = 留存客戶 ÷ 該組客戶。`,
      chart: '長條圖：各首次購買年份組的留存率。相同的數字見旁邊的表格。',
      cohort: '首次購買年份',
      clients: '客戶',
      retained: '留存',
      empty: '尚無客戶。',
    },
    csat: {
      title: '滿意度（CSAT）',
      definition: (minScore, from, to) =>
        `在 ${from} 至 ${to} 期間，錶主為維修給出的評分中，${minScore} 分或 5 分（滿分 5 分）所占的比例。依服務中心，以及依送修的零售商統計（線上預約或郵寄的維修只計入其服務中心）。`,
      centresTitle: '依服務中心',
      centresChart: '長條圖：各服務中心的 CSAT。相同的數字見旁邊的表格。',
      retailersTitle: '依零售商',
      retailersChart: '長條圖：依送修零售商的 CSAT。相同的數字見旁邊的表格。',
      centre: '服務中心',
      retailer: '零售商',
      ratings: '評分數',
      satisfied: (minScore) => `評分 ${minScore} 至 5 分`,
      empty: '此期間沒有評分。',
    },
    registration: {
      title: '各零售商的註冊率',
      definition: (days, from, to) =>
        `零售商記錄的購買日期在 ${from} 至 ${to} 之間的銷售（未撤銷）中，買家在購買後 ${days} 天內確認註冊的比例。統計期截至 ${days} 天前，因此每筆銷售都有完整的 ${days} 天。`,
      chart: '長條圖：各零售商的註冊率。相同的數字見旁邊的表格。',
      retailer: '零售商',
      sales: '銷售',
      registered: '按時確認',
      empty: '此期間沒有零售商記錄的銷售。',
    },
  },
};
