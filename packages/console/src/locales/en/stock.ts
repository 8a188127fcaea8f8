/** English strings of the console: stock, its movements and the retailer benchmarks. The reference shape for every locale. */
import type { BenchmarkFigureId } from '@atelier/client/contract';

export const stockMessages = {
  stock: {
    title: 'Stock',
    intro: 'Pieces delivered to the brand’s retailers and not yet sold, with how long each has been in stock.',
    introRetailer: 'The pieces delivered to your boutique and not yet sold, with how long each has been in stock.',
    countsTitle: 'By retailer and model',
    retailer: 'Retailer',
    model: 'Model',
    pieces: 'Pieces',
    oldest: 'Oldest delivery',
    piecesTitle: 'Pieces in stock',
    serial: 'Serial',
    deliveredOn: 'Delivered',
    daysInStock: 'Days in stock',
    empty: 'No piece in stock.',
    caption: (count: number) => (count === 1 ? '1 piece shown' : `${count} pieces shown`),
    alertsTitle: 'Alerts',
    agedTitle: (days: number) => `In stock for ${days} days or more`,
    agedEmpty: 'No piece has been in stock that long.',
    unreceivedTitle: 'Sold by a retailer that never received the piece',
    unreceivedEmpty: 'None: every sale was made where the piece was delivered.',
    soldOn: 'Sold on',
  },

  stockMovements: {
    recordTitle: 'Record a delivery or a return',
    recordIntro: 'Pieces delivered to a retailer enter its stock; pieces that come back leave it. Every piece listed is recorded, or none.',
    kindLabel: 'Movement',
    kinds: { delivery: 'Delivery to the retailer', return: 'Return to the brand' },
    retailerLabel: 'Retailer',
    retailerPlaceholder: 'Choose a retailer',
    serialsLabel: 'Serial numbers',
    serialsHint: 'One per line, as engraved or on the delivery note.',
    dateLabel: 'Date',
    referenceLabel: 'Delivery note or return number',
    record: 'Record',
    recorded: (kind: 'delivery' | 'return', count: number, retailer: string) =>
      kind === 'delivery'
        ? `${count === 1 ? '1 piece' : `${count} pieces`} delivered to ${retailer}.`
        : `${count === 1 ? '1 piece' : `${count} pieces`} returned from ${retailer}.`,
    lineRefused: (line: number, serial: string, reason: string) => `Line ${line} (${serial}): ${reason}`,
    importTitle: 'Import a file',
    importIntro:
      'A CSV file from your warehouse or ERP, with a header line naming the columns kind, serial, retailerId, date and (optionally) reference. It is checked first; then the whole file is recorded, or nothing.',
    fileLabel: 'CSV file',
    checking: 'Checking the file…',
    checked: (lines: number, deliveries: number, returns: number) =>
      `${lines === 1 ? '1 line' : `${lines} lines`} ready: ${deliveries} ${deliveries === 1 ? 'delivery' : 'deliveries'}, ${returns} ${returns === 1 ? 'return' : 'returns'}.`,
    importButton: (lines: number) => (lines === 1 ? 'Import 1 line' : `Import ${lines} lines`),
    imported: (lines: number) => (lines === 1 ? '1 line imported.' : `${lines} lines imported.`),
    reportTitle: 'Lines to correct',
    reportIntro: 'Nothing was recorded. Correct these lines in the file and choose it again.',
    reportLine: 'Line',
    reportColumn: 'Column',
    reportProblem: 'Problem',
    wholeFile: 'Whole file',
  },

  benchmarks: {
    title: 'Benchmarks',
    intro: 'Your boutique’s figures over the last year, beside the median of the brand’s retailers.',
    introBrand: 'A retailer’s figures over the last year, beside the median of all the brand’s retailers.',
    retailerLabel: 'Retailer',
    noRetailer: 'The brand has no retailer yet.',
    window: (from: string, to: string) => `From ${from} to ${to}.`,
    daysTitle: 'Days',
    daysChart: 'Bar chart: days in stock before a sale, days to the buyer’s confirmation and repair turnaround, yours beside the network median. The same numbers are in the table below.',
    sharesTitle: 'Shares',
    sharesChart: 'Bar chart: share of sales confirmed by the buyer and share of satisfied service clients, yours beside the network median. The same numbers are in the table below.',
    tableTitle: 'All figures',
    figure: 'Figure',
    yours: 'Yours',
    network: 'Network median',
    basedOn: 'Based on',
    retailersCompared: 'Retailers compared',
    noData: 'No data',
    days: (value: string) => `${value} days`,
    percent: (value: string) => `${value} %`,
    figures: {
      sellThroughDays: 'Days in stock before a sale',
      registrationRate: 'Sales confirmed by the buyer',
      registrationLagDays: 'Days to the buyer’s confirmation',
      repairTurnaroundDays: 'Repair turnaround',
      csat: 'Satisfied service clients',
    } satisfies Record<BenchmarkFigureId, string>,
    definitions: {
      sellThroughDays: 'Median, from delivery to sale, of the pieces you had received.',
      registrationRate: 'Of your sales in the year.',
      registrationLagDays: 'Median, from the sale to the confirmation.',
      repairTurnaroundDays: 'Median days at the service centre, of pieces you took in.',
      csat: 'Ratings of 4 or 5 out of 5, of pieces you took in.',
    } satisfies Record<BenchmarkFigureId, string>,
  },
};

export type StockMessages = typeof stockMessages;
