/** 控制台简体中文文字：品牌指标（留存、满意度、注册率）。 */
import type { InsightFiguresMessages } from '../en/insight-figures.ts';

export const insightFiguresMessages: InsightFiguresMessages = {
  insightFigures: {
    pageTitle: '指标',
    intro: '品牌客户的回头情况、售后服务客户的满意度，确认注册的买家比例、客户的价值以及获取客户的成本。每张图表旁都有一张数字相同的表格。',
    definitionLabel: '计算方法',
    noData: '无数据',
    percent: (value) => `${value}%`,
    tableCaption: (figure) => `${figure}：数字`,
    share: '比例',
    total: '全部',
    converted: (currency) => `以 ${currency} 计，按品牌为每笔金额所在月份录入的汇率换算。`,
    missingRate: (currency, month) => `${month} 的 ${currency}`,
    missingRates: (rates, leftOut) => `未录入 ${rates} 的汇率：${leftOut} 笔金额未计入，而不是按猜测换算。`,
    recomputing: (currency, since) => `报告货币变更（${since}）后，正在以 ${currency} 重新计算客户价值：完成前，尚未处理的客户仍按原货币计算。`,
    clv: {
      title: '各细分的客户终身价值（CLV）',
      definition: (months, lifespanYears, from, to) =>
        `CLV = 平均订单金额 × 每位客户每年订单数 × 关系持续年限（${lifespanYears} 年，为假设值）。订单：${from} 至 ${to}（${months} 个月）期间该细分客户支付的购买及被收费的维修。平均订单金额按金额已知的订单计算；频率按全部订单计算。`,
      chart: (currency) => `条形图：各细分的 CLV（${currency}）。相同的数字见旁边的表格。`,
      segment: '细分',
      clients: '客户',
      orders: '订单（有金额）',
      ordersValued: (orders, valued) => `${orders}（${valued}）`,
      averageOrderValue: '平均订单金额',
      ordersPerClientPerYear: '每位客户每年订单数',
      clv: 'CLV',
    },
    cac: {
      title: '各渠道的客户获取成本（CAC）',
      definition: (months, from, to) =>
        `CAC = 品牌在 ${from} 至 ${to}（${months} 个月，按录入）期间在某渠道的支出 ÷ 首次购买落在这些月份的客户数。零售商协助：首次购买是零售商记录的销售；品牌主导：其他情况（买家自行注册、二手获得的表款）。`,
      chart: (currency) => `条形图：各渠道的 CAC（${currency}）。相同的数字见旁边的表格。`,
      channel: '渠道',
      spend: '支出',
      newClients: '新客户',
      cac: 'CAC',
      channels: { brand_led: '品牌主导', retailer_assisted: '零售商协助' },
    },
    retention: {
      title: '按首次购买年份的留存',
      definition: (months, since) =>
        `按首次购买年份分组的客户。留存：在最近 ${months} 个月内（自 ${since} 起），在首次购买之后的某一天购买了表款或进行了保养。留存率 = 留存客户 ÷ 该组客户。`,
      chart: '条形图：各首次购买年份组的留存率。相同的数字见旁边的表格。',
      cohort: '首次购买年份',
      clients: '客户',
      retained: '留存',
      empty: '尚无客户。',
    },
    csat: {
      title: '满意度（CSAT）',
      definition: (minScore, from, to) =>
        `在 ${from} 至 ${to} 期间，表主为维修给出的评分中，${minScore} 分或 5 分（满分 5 分）所占的比例。按服务中心，以及按送修的零售商统计（在线预约或邮寄的维修只计入其服务中心）。`,
      centresTitle: '按服务中心',
      centresChart: '条形图：各服务中心的 CSAT。相同的数字见旁边的表格。',
      retailersTitle: '按零售商',
      retailersChart: '条形图：按送修零售商的 CSAT。相同的数字见旁边的表格。',
      centre: '服务中心',
      retailer: '零售商',
      ratings: '评分数',
      satisfied: (minScore) => `评分 ${minScore} 至 5 分`,
      empty: '此期间没有评分。',
    },
    registration: {
      title: '各零售商的注册率',
      definition: (days, from, to) =>
        `零售商记录的购买日期在 ${from} 至 ${to} 之间的销售（未撤销）中，买家在购买后 ${days} 天内确认注册的比例。统计期截至 ${days} 天前，因此每笔销售都有完整的 ${days} 天。`,
      chart: '条形图：各零售商的注册率。相同的数字见旁边的表格。',
      retailer: '零售商',
      sales: '销售',
      registered: '按时确认',
      empty: '此期间没有零售商记录的销售。',
    },
  },
};
