/** 控制台繁體中文文字：品牌指標（留存、滿意度、註冊率）。 */
import type { InsightFiguresMessages } from '../en/insight-figures.ts';

export const insightFiguresMessages: InsightFiguresMessages = {
  insightFigures: {
    pageTitle: '指標',
    intro: '品牌客戶的回頭情況、售後服務客戶的滿意度，確認註冊的買家比例、客戶的價值以及取得客戶的成本。每張圖表旁都有一張數字相同的表格。',
    definitionLabel: '計算方式',
    noData: '無資料',
    percent: (value) => `${value}%`,
    tableCaption: (figure) => `${figure}：數字`,
    share: '比例',
    total: '全部',
    converted: (currency) => `以 ${currency} 計，依品牌為每筆金額所在月份輸入的匯率換算。`,
    missingRate: (currency, month) => `${month} 的 ${currency}`,
    missingRates: (rates, leftOut) => `未輸入 ${rates} 的匯率：${leftOut} 筆金額未計入，而非依猜測換算。`,
    recomputing: (currency, since) => `報告貨幣變更（${since}）後，正在以 ${currency} 重新計算客戶價值：完成前，尚未處理的客戶仍按原貨幣計算。`,
    clv: {
      title: '各區隔的客戶終身價值（CLV）',
      definition: (months, lifespanYears, from, to) =>
        `CLV = 平均訂單金額 × 每位客戶每年訂單數 × 關係持續年數（${lifespanYears} 年，為假設值）。訂單：${from} 至 ${to}（${months} 個月）期間該區隔客戶支付的購買及被收費的維修。平均訂單金額依金額已知的訂單計算；頻率依全部訂單計算。`,
      chart: (currency) => `長條圖：各區隔的 CLV（${currency}）。相同的數字見旁邊的表格。`,
      segment: '區隔',
      clients: '客戶',
      orders: '訂單（有金額）',
      ordersValued: (orders, valued) => `${orders}（${valued}）`,
      averageOrderValue: '平均訂單金額',
      ordersPerClientPerYear: '每位客戶每年訂單數',
      clv: 'CLV',
    },
    cac: {
      title: '各通路的客戶取得成本（CAC）',
      definition: (months, from, to) =>
        `CAC = 品牌在 ${from} 至 ${to}（${months} 個月，依輸入）期間於某通路的支出 ÷ 首次購買落在這些月份的客戶數。零售商協助：首次購買是零售商記錄的銷售；品牌主導：其他情況（買家自行註冊、二手取得的錶款）。`,
      chart: (currency) => `長條圖：各通路的 CAC（${currency}）。相同的數字見旁邊的表格。`,
      channel: '通路',
      spend: '支出',
      newClients: '新客戶',
      cac: 'CAC',
      channels: { brand_led: '品牌主導', retailer_assisted: '零售商協助' },
    },
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
