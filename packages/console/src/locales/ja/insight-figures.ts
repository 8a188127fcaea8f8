/** コンソールの日本語文言：ブランドの指標（リテンション、顧客満足度、登録率）。 */
import type { InsightFiguresMessages } from '../en/insight-figures.ts';

export const insightFiguresMessages: InsightFiguresMessages = {
  insightFigures: {
    pageTitle: '指標',
    intro: 'ブランドのお客様がどれだけ戻ってくるか、サービスのお客様の満足度、購入者が登録を確認した割合、お客様の価値と獲得コスト。各グラフの横に同じ数字の表があります。',
    definitionLabel: '算出方法',
    noData: 'データなし',
    percent: (value) => `${value}%`,
    tableCaption: (figure) => `${figure}：数値`,
    share: '割合',
    total: '全体',
    converted: (currency) => `${currency}建て。各金額の月についてブランドが入力した為替レートで換算しています。`,
    missingRate: (currency, month) => `${month}の${currency}`,
    missingRates: (rates, leftOut) =>
      `${rates}のレートが入力されていません。推測で換算せず、${leftOut}件の金額を除外しています。`,
    recomputing: (currency, since) =>
      `報告通貨の変更（${since}）以降、顧客の価値を${currency}で再計算しています。完了するまで、未処理の顧客は以前の通貨で計上されています。`,
    clv: {
      title: 'セグメント別の顧客生涯価値（CLV）',
      definition: (months, lifespanYears, from, to) =>
        `CLV = 平均注文額 × 顧客1人あたり年間注文数 × 関係の継続期間（${lifespanYears}年、仮定値）。注文：${from}から${to}まで（${months}か月）にセグメントのお客様が支払った購入と請求された修理。平均注文額は金額の分かる注文で、頻度はすべての注文で計算します。`,
      chart: (currency) => `棒グラフ：セグメント別のCLV（${currency}）。同じ数字が横の表にあります。`,
      segment: 'セグメント',
      clients: 'お客様',
      orders: '注文数（金額あり）',
      ordersValued: (orders, valued) => `${orders}（${valued}）`,
      averageOrderValue: '平均注文額',
      ordersPerClientPerYear: '1人あたり年間注文数',
      clv: 'CLV',
    },
    cac: {
      title: 'チャネル別の顧客獲得コスト（CAC）',
      definition: (months, from, to) =>
        `CAC = ${from}から${to}まで（${months}か月、入力どおり）にブランドがそのチャネルに支出した額 ÷ 初回購入がその期間にあったお客様の数。販売店経由：初回購入が販売店の記録した販売；ブランド主導：それ以外（購入者自身による登録、中古で受け取った製品）。`,
      chart: (currency) => `棒グラフ：チャネル別のCAC（${currency}）。同じ数字が横の表にあります。`,
      channel: 'チャネル',
      spend: '支出',
      newClients: '新規のお客様',
      cac: 'CAC',
      channels: { brand_led: 'ブランド主導', retailer_assisted: '販売店経由' },
    },
    retention: {
      title: '初回購入年別のリテンション',
      definition: (months, since) =>
        `お客様を初回購入の年ごとにまとめています。リテンション：直近${months}か月以内（${since}以降）、初回購入日より後の日に、製品を購入したか修理・点検を受けたお客様。リテンション率 = 該当するお客様 ÷ その年のお客様。`,
      chart: '棒グラフ：初回購入年ごとのリテンション率。同じ数字が横の表にあります。',
      cohort: '初回購入年',
      clients: 'お客様',
      retained: '継続',
      empty: 'まだお客様がいません。',
    },
    csat: {
      title: '顧客満足度（CSAT）',
      definition: (minScore, from, to) =>
        `${from}から${to}までにオーナーが修理に付けた評価のうち、5点満点で${minScore}点または5点の割合。サービスセンター別、および製品を預けた販売店別（オンライン予約や郵送の修理はセンターのみに計上）。`,
      centresTitle: 'サービスセンター別',
      centresChart: '棒グラフ：サービスセンター別のCSAT。同じ数字が横の表にあります。',
      retailersTitle: '販売店別',
      retailersChart: '棒グラフ：製品を預けた販売店別のCSAT。同じ数字が横の表にあります。',
      centre: 'サービスセンター',
      retailer: '販売店',
      ratings: '評価数',
      satisfied: (minScore) => `${minScore}〜5点の評価`,
      empty: 'この期間の評価はありません。',
    },
    registration: {
      title: '販売店別の登録率',
      definition: (days, from, to) =>
        `販売店が記録した購入日${from}から${to}までの販売（取り消しを除く）のうち、購入者が購入から${days}日以内に登録を確認した割合。期間は${days}日前に終わるため、どの販売にも${days}日間の猶予があります。`,
      chart: '棒グラフ：販売店別の登録率。同じ数字が横の表にあります。',
      retailer: '販売店',
      sales: '販売数',
      registered: '期限内の確認',
      empty: 'この期間に販売店が記録した販売はありません。',
    },
  },
};
