/** English strings of the console: the brand's figures (retention, CSAT, registration rate). The reference shape for every locale. */
export const insightFiguresMessages = {
  insightFigures: {
    pageTitle: 'Figures',
    intro: 'How the brand’s clients come back, how satisfied service clients are, and how many buyers confirm their registration. Each chart has a table with the same numbers beside it.',
    definitionLabel: 'How it is counted',
    noData: 'No data',
    percent: (value: string) => `${value} %`,
    tableCaption: (figure: string) => `${figure}: the numbers`,
    share: 'Share',
    total: 'All',
    retention: {
      title: 'Retention by purchase-year cohort',
      definition: (months: number, since: string) =>
        `Clients grouped by the year of their first purchase. Retained: bought a piece or had one serviced within the last ${months} months (since ${since}), on a day after their first purchase. Retention = retained ÷ clients of the cohort.`,
      chart: 'Bar chart: the share of each purchase-year cohort retained. The same numbers are in the table beside it.',
      cohort: 'First purchase in',
      clients: 'Clients',
      retained: 'Retained',
      empty: 'No client yet.',
    },
    csat: {
      title: 'Satisfaction (CSAT)',
      definition: (minScore: number, from: string, to: string) =>
        `The share of owners’ ratings of their repairs that are ${minScore} or 5 out of 5, over the ratings given from ${from} to ${to}. Per service centre, and per retailer the piece was left with (a repair booked online or sent by mail counts for its centre only).`,
      centresTitle: 'Per service centre',
      centresChart: 'Bar chart: CSAT per service centre. The same numbers are in the table beside it.',
      retailersTitle: 'Per retailer',
      retailersChart: 'Bar chart: CSAT per retailer the piece was left with. The same numbers are in the table beside it.',
      centre: 'Service centre',
      retailer: 'Retailer',
      ratings: 'Ratings',
      satisfied: (minScore: number) => `Rated ${minScore} to 5`,
      empty: 'No rating in this period.',
    },
    registration: {
      title: 'Registration rate per retailer',
      definition: (days: number, from: string, to: string) =>
        `Of the sales a retailer recorded with a purchase date from ${from} to ${to} (not voided), the share the buyer confirmed within ${days} days of the purchase. The period ends ${days} days ago, so every sale has had its ${days} days.`,
      chart: 'Bar chart: registration rate per retailer. The same numbers are in the table beside it.',
      retailer: 'Retailer',
      sales: 'Sales',
      registered: 'Confirmed in time',
      empty: 'No sale recorded by a retailer in this period.',
    },
  },
};

export type InsightFiguresMessages = typeof insightFiguresMessages;
