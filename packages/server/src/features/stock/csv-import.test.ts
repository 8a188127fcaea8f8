/**
 * Stock from a CSV file, on both databases: a file as spreadsheets save it is recorded whole and
 * the stock is the hand count; a file with bad lines records nothing and names every bad line and
 * column; a dry run reports without recording; lines are judged in date order against what the
 * lines before them did.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { stockImportMaxLines, type Problem, type StockImportReport, type StockPage } from '@atelier/client/contract';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { registerSale } from '../sales/testing.ts';

describeEachDatabase('stock from a CSV file', (database) => {
  let server: TestServer;
  let serials: string[];
  let paris: string;
  let geneva: string;
  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 8 });
    serials = server.items.map((item) => item.serial);
    [paris, geneva] = [server.retailers[0]!.id, server.retailers[1]!.id];
  });
  afterEach(() => server.close());

  const importFile = (csv: string, dryRun?: boolean) =>
    server.request('/v1/stock/imports', { key: 'secret', body: dryRun === undefined ? { csv } : { csv, dryRun } });

  async function stockBySerial(): Promise<Record<string, string>> {
    const response = await server.request('/v1/stock', { key: 'secret' });
    assert.equal(response.status, 200);
    const page = (await response.json()) as StockPage;
    return Object.fromEntries(page.pieces.map((piece) => [piece.serial, `${piece.retailerId} ${piece.deliveredOn}`]));
  }

  async function refusal(response: Response): Promise<[string, string][]> {
    assert.equal(response.status, 422, await response.clone().text());
    const problem = (await response.json()) as Problem;
    assert.equal(problem.code, 'validation_failed');
    return (problem.errors ?? []).map((error) => [error.path, error.message]);
  }

  it('records a file as a spreadsheet saves it, and the stock is the hand count', async () => {
    const [a, b, c, d] = serials as [string, string, string, string];
    const csv = [
      '\ufeffkind;serial;retailerId;date;reference',
      // Listed before its delivery, dated after it: lines are read in date order.
      `return;${c};${geneva};2026-11-20;RT-9`,
      `delivery;${a.toLowerCase()};${paris};2026-11-02;"DN-114; carton 2"`,
      '',
      `Delivery;${b};${paris};2026-11-02;`,
      `delivery;${c};${geneva};2026-11-03;DN-115`,
      `delivery;${d};${geneva};2026-11-04;DN-116`,
      `delivery;${d};${paris};2026-11-10;DN-117`,
    ].join('\r\n');
    const response = await importFile(csv);
    assert.equal(response.status, 200, await response.clone().text());
    const report = (await response.json()) as StockImportReport;
    assert.deepEqual({ ...report, id: typeof report.id }, { recorded: true, id: 'string', lines: 6, deliveries: 5, returns: 1 });
    // By hand: a and b at Paris from the 2nd, c delivered then returned, d moved to Paris on the 10th.
    assert.deepEqual(await stockBySerial(), { [a]: `${paris} 2026-11-02`, [b]: `${paris} 2026-11-02`, [d]: `${paris} 2026-11-10` });
    const stored = await server.db.selectFrom('stock_movements').select('reference').where('reference', '=', 'DN-114; carton 2').execute();
    assert.equal(stored.length, 1, 'a quoted field keeps its separator');
  });

  it('records nothing from a file with bad lines, and names every bad line and column', async () => {
    const [a, b, c, e] = serials as [string, string, string, string];
    const earlier = await server.request('/v1/stock/deliveries', { key: 'secret', body: { retailerId: geneva, serials: [e], date: '2026-11-05' } });
    assert.equal(earlier.status, 201);
    await registerSale(server, { serial: b, retailerId: paris, purchaseDate: '2026-11-01', buyer: { name: 'Jeanne Martin', email: 'jeanne@example.com', country: 'FR', language: 'fr' } });
    const csv = [
      'kind,serial,retailerId,date,reference',
      `delivery,${a},${paris},2026-11-02,DN-1`,
      `delivery,${b},${paris},2026-11-02,DN-1`,
      'delivery,NO-SUCH-1,' + paris + ',2026-11-02,DN-1',
      `shipment,${c},${paris},2026-11-02,DN-1`,
      `delivery,${c},ret_nowhere,2026-11-31,DN-1`,
      `delivery,${c},${paris}`,
      `return,${a},${geneva},2026-11-05,RT-1`,
      `delivery,${e},${paris},2026-11-01,DN-2`,
    ].join('\n');
    const errors = await refusal(await importFile(csv));
    const dateError = errors.find(([path]) => path === 'csv.6.date');
    assert.ok(dateError, 'the 31st of November is named');
    assert.deepEqual(errors, [
      ['csv.3.serial', 'Sold: it cannot be delivered.'],
      ['csv.4.serial', 'No piece of the brand has this serial.'],
      ['csv.5.kind', 'Must be delivery or return.'],
      ['csv.6.date', dateError[1]],
      ['csv.6.retailerId', 'No retailer of the brand has this id.'],
      ['csv.7', 'Has 3 fields; the header names 5.'],
      ['csv.8.serial', "Not in this retailer's stock."],
      ['csv.9.serial', "Dated before this piece's last movement (2026-11-05): record movements in the order they happened."],
    ]);
    assert.deepEqual(await stockBySerial(), { [e]: `${geneva} 2026-11-05` }, 'the good line (a to Paris) was not recorded either');
    const movements = await server.db.selectFrom('stock_movements').select('id').execute();
    assert.equal(movements.length, 1, 'only the earlier delivery');
  });

  it('reports a dry run without recording it', async () => {
    const [a] = serials as [string];
    const csv = `kind,serial,retailerId,date\ndelivery,${a},${paris},2026-11-02\n`;
    const dryRun = await importFile(csv, true);
    assert.equal(dryRun.status, 200);
    assert.deepEqual(await dryRun.json(), { recorded: false, id: null, lines: 1, deliveries: 1, returns: 0 });
    assert.deepEqual(await stockBySerial(), {});
    assert.equal((await importFile(csv, false)).status, 200);
    assert.deepEqual(Object.keys(await stockBySerial()), [a]);
  });

  it('refuses a file it cannot read, saying why, at csv', async () => {
    const [a] = serials as [string];
    const cases: [string, string, RegExp][] = [
      [`kind,serial,shop,date\ndelivery,${a},${paris},2026-11-02`, 'unknown_column', /unknown column "shop"/],
      [`kind,serial,date\ndelivery,${a},2026-11-02`, 'missing_column', /must name the columns retailerId/],
      [`kind,serial,serial,retailerId,date\n`, 'unknown_column', /"serial" twice/],
      ['kind,serial,retailerId,date\n', 'no_lines', /no movement line/],
      [`kind,serial,retailerId,date\ndelivery,"${a},${paris},2026-11-02\n`, 'unreadable_file', /cannot be read as CSV at line 2/],
    ];
    for (const [csv, code, message] of cases) {
      const response = await importFile(csv);
      assert.equal(response.status, 422);
      const errors = ((await response.json()) as Problem).errors ?? [];
      assert.deepEqual(errors.map((error) => [error.path, error.code]), [['csv', code]], csv);
      assert.match(errors[0]!.message, message);
    }
    assert.deepEqual((await refusal(await importFile(''))).map(([path]) => path), ['csv'], 'an empty file');
  });

  it(`takes a file larger than other requests, up to ${stockImportMaxLines} lines`, async () => {
    const [a] = serials as [string];
    const line = `delivery,${a},${paris},2026-11-02,DN-2026-0000001`;
    const tooMany = ['kind,serial,retailerId,date,reference', ...Array.from({ length: stockImportMaxLines + 1 }, () => line)].join('\n');
    assert.ok(tooMany.length > 64 * 1024, 'over the limit of other requests');
    const errors = await refusal(await importFile(tooMany));
    assert.deepEqual(errors.map(([path]) => path), ['csv']);
    assert.match(errors[0]![1], new RegExp(`at most ${stockImportMaxLines}`));
  });
});
