/** English strings of the console: the brand's figures (retention, CSAT, registration rate, CLV, CAC). The reference shape for every locale. */
import type { AcquisitionChannel } from '@atelier/client/contract';

export const insightFiguresMessages = {
  insightFigures: {
    pageTitle: 'Figures',
    intro: 'How the brand’s clients come back, how satisfied service clients are, how many buyers confirm their registration, what clients are worth and what winning them costs. Each chart has a table with the same numbers beside it.',
    definitionLabel: 'How it is counted',
    noData: 'No data',
    percent: (value: string) => `${value} %`,
    tableCaption: (figure: string) => `${figure}: the numbers`,
    share: 'Share',
    total: 'All',
    converted: (currency: string) => `In ${currency}, converted at the brand’s rate for each amount’s month.`,
    missingRate: (currency: string, month: string) => `${currency} in ${month}`,
    missingRates: (rates: string, leftOut: number) =>
      `No rate entered for ${rates}: ${leftOut === 1 ? '1 amount is' : `${leftOut} amounts are`} left out rather than converted at a guess.`,
    recomputing: (currency: string, since: string) =>
      `Clients’ values are being recomputed in ${currency} since the reporting currency changed (${since}): until then, the clients not yet reached still count in the previous currency.`,
    clv: {
      title: 'Client lifetime value (CLV) per segment',
      definition: (months: number, lifespanYears: number, from: string, to: string) =>
        `CLV = average order value × orders per client per year × lifespan (${lifespanYears} years, an assumption). Orders: the purchases the segment’s clients paid for and the repairs they were charged for from ${from} to ${to} (${months} months). The average order value counts the orders with a known amount; the frequency counts them all.`,
      chart: (currency: string) => `Bar chart: CLV per segment, in ${currency}. The same numbers are in the table beside it.`,
      segment: 'Segment',
      clients: 'Clients',
      orders: 'Orders (with an amount)',
      ordersValued: (orders: string, valued: string) => `${orders} (${valued})`,
      averageOrderValue: 'Average order value',
      ordersPerClientPerYear: 'Orders per client per year',
      clv: 'CLV',
    },
    cac: {
      title: 'Client acquisition cost (CAC) per channel',
      definition: (months: number, from: string, to: string) =>
        `CAC = what the brand spent on a channel from ${from} to ${to} (${months} months, as entered) ÷ the clients whose first purchase fell in those months. Retailer-assisted: their first purchase was a sale a retailer recorded; brand-led: any other (a buyer’s own registration, a piece received second-hand).`,
      chart: (currency: string) => `Bar chart: CAC per channel, in ${currency}. The same numbers are in the table beside it.`,
      channel: 'Channel',
      spend: 'Spend',
      newClients: 'New clients',
      cac: 'CAC',
      channels: { brand_led: 'Brand-led', retailer_assisted: 'Retailer-assisted' } satisfies Record<AcquisitionChannel, string>,
    },
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
