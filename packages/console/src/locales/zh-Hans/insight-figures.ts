/** 控制台简体中文文字：品牌指标（留存、满意度、注册率）。 */
import type { InsightFiguresMessages } from '../en/insight-figures.ts';

export const insightFiguresMessages: InsightFiguresMessages = {
  insightFigures: {
    pageTitle: '指标',
    intro: '品牌客户的回头情况、售后服务客户的满意度，以及确认注册的买家比例。每张图表旁都有一张数字相同的表格。',
    definitionLabel: '计算方法',
    noData: '无数据',
    percent: (value) => `${value}%`,
    tableCaption: (figure) => `${figure}：数字`,
    share: '比例',
    total: '全部',
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
