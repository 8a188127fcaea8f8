// The embedded admin page in Chromium, against the real app and a real Atelier server in process:
// each task a retailer does there, with the keyboard alone, axe clean. Shopify's CDN is
// unreachable here, so App Bridge's session token is given to the page by the test and the page
// runs on its Polaris stand-ins (src/admin/browser/polaris-stand-ins.ts), as it would if the CDN failed.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { AxeResults } from 'axe-core';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium } from '../../../scripts/chromium.mjs';
import { fixtureBuyer as buyer, type AdminPageFixture, type AdminPageFixtureModule } from '../../testing/admin-page-fixture-types.ts';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The attributes each Polaris element accepts, from the Custom Elements Manifest of
 * @shopify/polaris-types: the page cannot be tried on Shopify's Polaris here, so its markup is
 * checked against Polaris's own description instead (a misspelt or invented attribute fails).
 */
const polarisAttributes = new Map<string, Set<string>>(
  (JSON.parse(readFileSync(require.resolve('@shopify/polaris-types/custom-elements'), 'utf8')) as { modules: Array<{ declarations?: Array<{ tagName?: string; attributes?: Array<{ name: string }> }> }> }).modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [declaration.tagName!, new Set((declaration.attributes ?? []).map((attribute) => attribute.name))]),
);
/** HTML's own attributes, which every element takes. */
const globalAttributes = new Set(['id', 'slot', 'hidden', 'lang', 'tabindex']);
/** Tab presses allowed to reach a control: more than the page has, so a control out of reach fails. */
const tabPressesMax = 40;
/** Long enough for a whole test: the page asks for a token once per call. */
const sessionTokenLifetimeSeconds = 600;

/** Imported by a computed URL: see admin-page-fixture-types.ts. */
const fixtureModuleUrl = new URL('../../testing/admin-page-fixture.ts', import.meta.url).href;

describe('admin page in Chromium', () => {
  let fixture: AdminPageFixture;
  let browser: Browser;

  before(async () => {
    execFileSync(process.execPath, [fileURLToPath(new URL('../../../scripts/build-admin.mjs', import.meta.url))]);
    fixture = await ((await import(fixtureModuleUrl)) as AdminPageFixtureModule).startAdminPageFixture();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await fixture?.close();
  });

  /**
   * Opens the page as the Shopify admin would, Shopify's CDN unreachable. `appBridge`: whether the
   * page gets session tokens (App Bridge loaded). `connection`: a stand-in answer for GET /api/connection.
   * `answers`: stand-in answers for other admin API calls, by path and query (`/api/stock?cursor=…`).
   */
  async function openAdmin(options: { appBridge?: boolean; connection?: unknown; answers?: Record<string, unknown> } = {}): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewport({ width: 1024, height: 900 });
    if (options.appBridge !== false) {
      await page.evaluateOnNewDocument((token: string) => {
        Object.assign(window, { shopify: { idToken: async () => token } });
      }, fixture.sessionToken(sessionTokenLifetimeSeconds));
    }
    await page.evaluateOnNewDocument(() => {
      const violations: string[] = [];
      Object.assign(window, { cspViolations: violations });
      document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = new URL(request.url());
      const answer = options.answers?.[`${url.pathname}${url.search}`];
      if (request.url().startsWith('https://cdn.shopify.com/')) void request.abort('internetdisconnected');
      else if (answer !== undefined) void request.respond({ status: 200, contentType: 'application/json', body: JSON.stringify(answer) });
      else if (options.connection && new URL(request.url()).pathname === '/api/connection') {
        void request.respond({ status: 200, contentType: 'application/json', body: JSON.stringify(options.connection) });
      } else void request.continue();
    });
    await page.goto(`${fixture.origin}/?shop=${fixture.shop}&host=YWRtaW4uc2hvcGlmeS5jb20vc3RvcmUvbWFpc29u&embedded=1`);
    await page.waitForFunction(() => document.documentElement.dataset['state'] !== undefined);
    return page;
  }

  /** The control keyboard focus is on, through shadow roots: its host's tag and accessible words. */
  async function focused(page: Page): Promise<{ tag: string; name: string }> {
    return page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      const host = active?.getRootNode() instanceof ShadowRoot ? ((active.getRootNode() as ShadowRoot).host as HTMLElement) : (active as HTMLElement | null);
      const name = host?.getAttribute('label') ?? host?.getAttribute('accessibilitylabel') ?? host?.textContent?.trim() ?? '';
      return { tag: host?.localName ?? '', name };
    });
  }

  /** Presses Tab (Shift+Tab when `backwards`) until the focused control's name is `name`; fails when it never is. */
  async function tabTo(page: Page, name: string, options: { backwards?: boolean } = {}): Promise<void> {
    for (let press = 0; press < tabPressesMax; press += 1) {
      if (options.backwards) await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      if (options.backwards) await page.keyboard.up('Shift');
      if ((await focused(page)).name === name) return;
    }
    assert.fail(`"${name}" cannot be reached with the ${options.backwards ? 'Shift+Tab' : 'Tab'} key`);
  }

  async function typeOver(page: Page, text: string): Promise<void> {
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
    await page.keyboard.type(text);
  }

  async function textOf(page: Page, id: string): Promise<string> {
    return page.$eval(`#${id}`, (element) => element.textContent?.trim() ?? '');
  }

  async function waitForText(page: Page, id: string, pattern: RegExp): Promise<string> {
    await page.waitForFunction((elementId: string, source: string) => new RegExp(source).test(document.getElementById(elementId)?.textContent ?? ''), {}, id, pattern.source);
    return textOf(page, id);
  }

  /** Axe clean, no CSP violation, and only the Polaris elements and attributes Polaris documents. */
  async function assertAxeClean(page: Page): Promise<void> {
    await page.evaluate(axeSource);
    const results = (await page.evaluate(() => (window as unknown as { axe: { run: (context: Document) => Promise<unknown> } }).axe.run(document))) as AxeResults;
    assert.deepEqual(
      results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
      [],
    );
    assert.deepEqual(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), [], 'nothing the Content-Security-Policy refuses');
    const polarisElements = await page.evaluate(() =>
      [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('s-')).map((element) => ({ tag: element.localName, attributes: element.getAttributeNames() })),
    );
    const unknown = polarisElements.flatMap(({ tag, attributes }) => {
      const accepted = polarisAttributes.get(tag);
      if (!accepted) return [`<${tag}> is not a Polaris element`];
      return attributes.filter((name) => !accepted.has(name) && !globalAttributes.has(name) && !name.startsWith('data-')).map((name) => `<${tag} ${name}>`);
    });
    assert.deepEqual([...new Set(unknown)], [], 'only Polaris elements and the attributes Polaris documents');
  }

  async function fieldError(page: Page, selector: string): Promise<string | null> {
    return page.$eval(selector, (element) => element.getAttribute('error'));
  }

  it('is not blank when Shopify\'s CDN fails: every section is there, on stand-ins, and no banner asks to authorize again', async () => {
    const page = await openAdmin();
    assert.equal(await page.evaluate(() => document.documentElement.dataset['components']), 'stand-ins');
    assert.equal(await page.evaluate(() => document.documentElement.dataset['state']), 'ready');
    const headings = await page.evaluate(() => [...document.querySelectorAll('s-section')].map((section) => section.shadowRoot?.querySelector('h2')?.textContent));
    assert.deepEqual(headings, ['Brand connection', 'Sales not registered', 'Recent orders', 'Stock', 'Look a piece up', 'Recognise a client’s piece', 'Customer data requests']);
    assert.match(await textOf(page, 'stock'), /Connect the shop to the brand first/);
    assert.equal(await page.$eval('#reauthorization-banner', (banner) => (banner as HTMLElement).hidden), true);
    assert.match(await textOf(page, 'connection-status'), /Not connected/);
    await assertAxeClean(page);
    await page.close();
  });

  it('connects the shop to the brand with the keyboard alone, naming the field the brand refused', async () => {
    const page = await openAdmin();
    await tabTo(page, 'Brand API URL');
    assert.equal(await page.$eval('[name="apiUrl"]', (field) => (field as HTMLElement & { value: string }).value), fixture.suggestedApiUrl, 'prefilled with the suggested URL');
    await tabTo(page, 'Retailer key');
    await page.keyboard.type('rk_0000000000000000000000000000000');
    await page.keyboard.press('Enter');
    await waitForText(page, 'connect-message', /Check the highlighted fields/);
    assert.match((await fieldError(page, '[name="retailerKey"]')) ?? '', /does not accept this key/);
    assert.deepEqual(await focused(page), { tag: 's-password-field', name: 'Retailer key' }, 'focus moves to the field to correct');
    await assertAxeClean(page);

    await typeOver(page, fixture.brand.secretKey);
    await page.keyboard.press('Enter');
    await waitForText(page, 'connect-message', /Check the highlighted fields/);
    assert.match((await fieldError(page, '[name="retailerKey"]')) ?? '', /the brand's secret key/, "the brand's own key is refused, saying why");
    assert.match(await textOf(page, 'connection-status'), /Not connected/);

    await typeOver(page, fixture.brand.retailerKey);
    await page.keyboard.press('Enter');
    await waitForText(page, 'connection-status', /Connected to/);
    assert.match(await textOf(page, 'connection-status'), new RegExp(`Connected to ${fixture.brand.name} as ${fixture.brand.retailerName}`));
    assert.equal(await fieldError(page, '[name="retailerKey"]'), null);
    assert.equal(await page.$eval('[name="retailerKey"]', (field) => (field as HTMLElement & { value: string }).value), '', 'the key is not left in the form');
    await assertAxeClean(page);
    await page.close();
  });

  it('registers a sold piece whose serial was missing, typed in its order line, and shows a serial the brand does not know on that line', async () => {
    const serial = fixture.serials[1]!;
    await fixture.payOrder(7_700_001, [{ id: 11, title: 'Aubert Lune 40' }]);
    const page = await openAdmin();
    const fieldName = 'Serial of Aubert Lune 40 in order #1';
    await tabTo(page, fieldName);
    await page.keyboard.type('NO-SUCH-PIECE');
    await page.keyboard.press('Enter');
    await waitForText(page, 'orders-message', /Not registered/);
    assert.match((await fieldError(page, `s-text-field[label="${fieldName}"]`)) ?? '', /no piece with this serial/);
    assert.deepEqual(await focused(page), { tag: 's-text-field', name: fieldName }, 'focus stays on the line to correct');
    await assertAxeClean(page);

    await typeOver(page, serial);
    await page.keyboard.press('Enter');
    await waitForText(page, 'orders-message', /Registered: Aubert Lune 40/);
    assert.equal((await focused(page)).tag, 'div', 'focus moves to the confirmation');
    assert.deepEqual(await fixture.unitsOf(7_700_001), [{ status: 'registered', serial }]);
    assert.match(await textOf(page, 'orders'), /Registered/);
    assert.match(await textOf(page, 'orders'), /4,200\.00/, 'the price paid, as sent to the brand');
    await assertAxeClean(page);
    await page.close();
  });

  it('lists a sale the brand did not register, with why, and registers it when retried from the keyboard', async () => {
    fixture.setBrandReachable(false);
    // A line the app read without a price, as every line before app migration 0007.
    await fixture.payOrder(7_700_002, [{ id: 12, title: 'Aubert Tonneau', serial: fixture.serials[2]!, price: null }]);
    fixture.setBrandReachable(true);
    const page = await openAdmin();
    assert.match(await textOf(page, 'failed-sales'), /Aubert Tonneau.*did not answer/s);
    assert.match(await textOf(page, 'orders'), /Aubert Tonneau.*Price not recorded/s, 'said, not shown as 0 or left blank');
    await assertAxeClean(page);

    await tabTo(page, 'Retry Aubert Tonneau in order #2');
    await page.keyboard.press('Enter');
    await waitForText(page, 'failed-sales-message', /Registered: Aubert Tonneau/);
    assert.match(await textOf(page, 'failed-sales'), /Every sale .* has been registered/);
    assert.equal(await page.$eval('#retry-all', (button) => (button as HTMLElement).hidden), true, 'nothing left to retry');
    await assertAxeClean(page);
    await page.close();
  });

  it('looks a piece up by serial: the brand\'s record and this shop\'s sale of it', async () => {
    const page = await openAdmin();
    await tabTo(page, 'Serial');
    await page.keyboard.type(fixture.serials[1]!);
    await page.keyboard.press('Enter');
    const result = await waitForText(page, 'lookup-result', /Sold in this shop/);
    assert.match(result, /Warranty awaiting the owner’s e-mail confirmation/);
    assert.match(result, new RegExp(`order #1 on 2026-11-24 to ${buyer.firstName} ${buyer.lastName}`));

    await tabTo(page, 'Serial');
    await typeOver(page, 'ZZ-404404');
    await page.keyboard.press('Enter');
    await waitForText(page, 'lookup-result', /No piece ZZ-404404/);
    await assertAxeClean(page);
    await page.close();
  });

  /** The rows of the table in `#id`: each row's cells' text. */
  async function tableRows(page: Page, id: string): Promise<string[][]> {
    return page.$$eval(`#${id} s-table-row`, (rows) => rows.map((row) => [...row.querySelectorAll('s-table-cell')].map((cell) => cell.textContent?.trim() ?? '')));
  }

  it("lists the shop's retailer's stock, oldest delivery first, with each piece's age, and not another retailer's pieces", async () => {
    const [newer, older, elsewhere] = [fixture.serials[5]!, fixture.serials[6]!, fixture.serials[7]!];
    await fixture.deliver([newer], '2026-11-20', 'shop');
    await fixture.deliver([older], '2026-10-01', 'shop');
    await fixture.deliver([elsewhere], '2026-09-01', 'other');
    const page = await openAdmin();
    const stock = await waitForText(page, 'stock', /in stock/);
    assert.match(stock, /^2 pieces in stock, oldest delivery first\./);
    assert.deepEqual(
      (await tableRows(page, 'stock')).map(([serial, , delivered, days]) => [serial, delivered, days]),
      [
        [older, 'Oct 1, 2026', '55'],
        [newer, 'Nov 20, 2026', '5'],
      ],
    );
    assert.ok(!stock.includes(elsewhere), "another retailer's piece is not listed");
    assert.equal(await page.$eval('#stock-more', (button) => (button as HTMLElement).hidden), true, 'one page: nothing more to show');
    await assertAxeClean(page);
    await page.close();
  });

  it('takes a piece out of the stock as soon as its sale is registered from an order line', async () => {
    const serial = fixture.serials[10]!;
    await fixture.deliver([serial], '2026-11-01', 'shop');
    await fixture.payOrder(7_700_003, [{ id: 13, title: 'Aubert Tonneau 36' }]);
    const page = await openAdmin();
    assert.match(await waitForText(page, 'stock', /in stock/), new RegExp(`^3 pieces in stock.*${serial}`));
    await tabTo(page, 'Serial of Aubert Tonneau 36 in order #3');
    await page.keyboard.type(serial);
    await page.keyboard.press('Enter');
    await waitForText(page, 'orders-message', /Registered: Aubert Tonneau 36/);
    const stock = await waitForText(page, 'stock', /^2 pieces in stock/);
    assert.ok(!stock.includes(serial), 'the sold piece left the stock');
    await page.close();
  });

  it('shows more of a long stock on request, from the keyboard, and says when all is shown', async () => {
    const piece = (serial: string, deliveredOn: string, daysInStock: number) => ({ serial, model: { reference: 'AL-40', name: 'Aubert Lune 40' }, deliveredOn, daysInStock });
    const page = await openAdmin({
      answers: {
        '/api/stock': { pieces: [piece('FX-1', '2026-01-05', 324), piece('FX-2', '2026-02-01', 297)], total: 3, nextCursor: 'page-2' },
        '/api/stock?cursor=page-2': { pieces: [piece('FX-3', '2026-03-01', 269)], total: 3, nextCursor: null },
      },
    });
    assert.match(await waitForText(page, 'stock', /in stock/), /^3 pieces in stock, oldest delivery first; the oldest 2 are shown\./);
    await tabTo(page, 'Show more pieces');
    await page.keyboard.press('Enter');
    await waitForText(page, 'stock-message', /All 3 pieces shown/);
    assert.deepEqual((await tableRows(page, 'stock')).map(([serial]) => serial), ['FX-1', 'FX-2', 'FX-3']);
    assert.match(await textOf(page, 'stock'), /^3 pieces in stock, oldest delivery first\./);
    assert.equal(await page.$eval('#stock-more', (button) => (button as HTMLElement).hidden), true);
    assert.equal((await focused(page)).tag, 'div', 'focus moves to the message, the button being gone');
    await assertAxeClean(page);
    await page.close();
  });

  it("says what to do when the brand's service does not answer, and shows the stock once it does again", async () => {
    fixture.setBrandReachable(false);
    let page: Page;
    try {
      page = await openAdmin();
      assert.match(await waitForText(page, 'stock', /did not answer/), /try again in a moment/);
      assert.equal(await page.$eval('#stock s-banner', (banner) => banner.getAttribute('heading')), 'The stock could not be shown');
      await assertAxeClean(page);
    } finally {
      fixture.setBrandReachable(true);
    }
    await tabTo(page, 'Try again');
    await page.keyboard.press('Enter');
    assert.match(await waitForText(page, 'stock', /in stock/), /^2 pieces in stock/);
    await page.close();
  });

  it('says when nothing is in stock', async () => {
    const page = await openAdmin({ answers: { '/api/stock': { pieces: [], total: 0, nextCursor: null } } });
    assert.match(await waitForText(page, 'stock', /No piece in stock/), /Pieces appear here when the brand records a delivery/);
    await page.close();
  });

  it("shows the client's contact when the brand sends it as shared with this shop, and says the shop is the retailer of record", async () => {
    const recognition = {
      serial: 'FX-100001',
      model: { reference: 'AL-40', name: 'Aubert Lune 40', collection: 'Lune' },
      status: 'sold',
      reportedMissing: false,
      registered: true,
      warranty: { status: 'expired', validUntil: '2025-03-01' },
      client: {
        clientSince: 2019,
        tier: 'vip',
        contact: { name: 'Jun Takeda', email: 'jun.takeda@example.com', country: 'JP', language: 'ja', postalAddress: null, sharedAt: '2026-11-01T09:00:00.000Z' },
      },
      nextCareDue: { date: '2026-03-01', after: 'last_service', overdue: true },
      retailerOfRecord: { id: fixture.brand.retailerId, name: fixture.brand.retailerName, country: 'FR', city: 'Paris' },
    };
    const page = await openAdmin({ answers: { '/api/recognition?serial=FX-100001': { recognition, retailerOfRecordIsThisShop: true } } });
    await tabTo(page, 'Serial number');
    await page.keyboard.type('FX-100001');
    await page.keyboard.press('Enter');
    const result = await waitForText(page, 'recognition-result', /recorded this lookup/);
    assert.match(result, /Warranty: Expired on Mar 1, 2025/);
    assert.match(result, /Tier: VIP/);
    assert.match(result, /Next care due: Overdue since Mar 1, 2026, after its last service/);
    assert.match(result, new RegExp(`Retailer of record: Your shop \\(${fixture.brand.retailerName}, Paris \\(FR\\)\\)`));
    assert.match(result, /Client’s contact: Jun Takeda, jun\.takeda@example\.com \(shared with your shop on Nov 1, 2026\)/);
    await assertAxeClean(page);
    await page.close();
  });

  it("recognises another retailer's client with the keyboard: registered, covered, client since, tier, sold elsewhere, and no name or e-mail", async () => {
    const serial = fixture.serials[9]!;
    const owner = await fixture.registerWithOtherRetailer(serial);
    const page = await openAdmin();
    await tabTo(page, 'Serial number');
    await page.keyboard.type(serial.toLowerCase());
    await page.keyboard.press('Enter');
    const result = await waitForText(page, 'recognition-result', /recorded this lookup/);
    assert.match(result, new RegExp(`${serial} Registered`));
    assert.match(result, /Warranty: Valid until Jun 14, 2027/);
    assert.match(result, /Client since: 2025/);
    assert.match(result, /Tier: \S/);
    assert.match(result, /Next care due: Jun 14, 2028, after its purchase/);
    assert.match(result, /Retailer of record: .*, another of the brand’s retailers/);
    assert.match(result, /Client’s contact: Not shared with your shop\./);
    const html = await page.content();
    for (const personal of [owner.name, owner.email]) assert.ok(!html.includes(personal), `${personal} is not on the page`);
    assert.equal(await page.$eval('#recognition-result s-badge', (badge) => badge.getAttribute('tone')), 'success');
    assert.equal((await focused(page)).tag, 'div', 'focus moves to the answer');
    await assertAxeClean(page);
    await page.close();
  });

  it('fits Stock and a recognition on a phone (375 px): nothing in them wider than the screen', async () => {
    const page = await openAdmin();
    await page.setViewport({ width: 375, height: 800 });
    await waitForText(page, 'stock', /in stock/);
    await tabTo(page, 'Serial number');
    await page.keyboard.type(fixture.serials[9]!);
    await page.keyboard.press('Enter');
    await waitForText(page, 'recognition-result', /recorded this lookup/);
    // These two sections only: the stand-in tables of the other sections do not narrow (Polaris's own turn into lists on a phone).
    const widest = await page.evaluate(() =>
      [...document.querySelectorAll('s-section')]
        .filter((section) => ['Stock', 'Recognise a client’s piece'].includes(section.getAttribute('heading') ?? ''))
        .flatMap((section) => [section, ...section.querySelectorAll('*')])
        .map((element) => ({ what: `${element.localName}#${element.id}`, right: Math.ceil(element.getBoundingClientRect().right) }))
        .filter((element) => element.right > document.documentElement.clientWidth),
    );
    assert.deepEqual(widest, []);
    await page.close();
  });

  it('says a stolen piece first, as an alert, with nothing green', async () => {
    const page = await openAdmin();
    await tabTo(page, 'Serial number');
    await page.keyboard.type(fixture.stolenSerial);
    await page.keyboard.press('Enter');
    const result = await waitForText(page, 'recognition-result', /recorded this lookup/);
    assert.match(result, /^Keep the piece if you safely can, say nothing to the person, and call the brand\./, 'the advice comes first');
    const banner = await page.$eval('#recognition-result s-banner', (element) => ({
      tone: element.getAttribute('tone'),
      heading: element.getAttribute('heading'),
      role: element.shadowRoot?.querySelector('[role]')?.getAttribute('role'),
    }));
    assert.deepEqual(banner, { tone: 'critical', heading: 'Reported stolen', role: 'alert' });
    assert.deepEqual(await page.$$eval('#recognition-result s-badge', (badges) => badges.map((badge) => [badge.getAttribute('tone'), badge.textContent])), [['critical', 'Stolen']]);
    await assertAxeClean(page);
    await page.close();
  });

  it('names the serial field when it is empty or too long, keeping focus there', async () => {
    const page = await openAdmin();
    await tabTo(page, 'Serial number');
    await page.keyboard.press('Enter');
    await waitForText(page, 'recognition-result', /Check the highlighted fields/);
    assert.match((await fieldError(page, '#recognition-form [name="serial"]')) ?? '', /Enter the serial number/);
    assert.deepEqual(await focused(page), { tag: 's-text-field', name: 'Serial number' });
    await page.keyboard.type('A'.repeat(40));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /at most 32/.test(document.querySelector('#recognition-form [name="serial"]')?.getAttribute('error') ?? ''));
    assert.deepEqual(await focused(page), { tag: 's-text-field', name: 'Serial number' });
    await assertAxeClean(page);

    await typeOver(page, 'ZZ-404404');
    await page.keyboard.press('Enter');
    await waitForText(page, 'recognition-result', /No piece of the brand has the serial number ZZ-404404/);
    assert.equal(await fieldError(page, '#recognition-form [name="serial"]'), null);
    await page.close();
  });

  it("tells a shop still holding the brand's secret key to connect its retailer key, and shows it no stock or recognition", async () => {
    await fixture.connectWith('secret');
    try {
      const page = await openAdmin();
      const stock = await waitForText(page, 'stock', /retailer key/);
      assert.match(stock, /secret key.*Ask the brand for your retailer key \(rk_…\)/);
      assert.equal(await page.$eval('#stock s-banner', (banner) => banner.getAttribute('heading')), 'Your retailer key is needed');
      assert.ok(!stock.includes(fixture.serials[5]!), 'no stock listed');
      await tabTo(page, 'Serial number');
      await page.keyboard.type(fixture.serials[9]!);
      await page.keyboard.press('Enter');
      const result = await waitForText(page, 'recognition-result', /retailer key/);
      assert.doesNotMatch(result, /Registered|Client since/);
      assert.deepEqual(await focused(page), { tag: 's-text-field', name: 'Serial number' }, 'focus stays in the field');
      await assertAxeClean(page);
      await page.close();
    } finally {
      await fixture.connectWith('retailer');
    }
  });

  it('asks the merchant to authorize the app again when the connection says Shopify refused to renew its access', async () => {
    const page = await openAdmin({ connection: { connection: null, suggestedApiUrl: null, reauthorizationNeeded: true } });
    assert.equal(await page.$eval('#reauthorization-banner', (banner) => (banner as HTMLElement).hidden), false);
    const role = await page.$eval('#reauthorization-banner', (banner) => banner.shadowRoot?.querySelector('[role]')?.getAttribute('role'));
    assert.equal(role, 'alert');
    await tabTo(page, 'Reload Atelier');
    await assertAxeClean(page);
    await page.close();
  });

  it('tells the merchant to open it from the Shopify admin when there is no App Bridge to sign its requests', async () => {
    const page = await openAdmin({ appBridge: false });
    assert.equal(await page.evaluate(() => document.documentElement.dataset['state']), 'failed');
    assert.match(await textOf(page, 'load-error-text'), /Open Atelier from your Shopify admin/);
    assert.equal(await page.$eval('#load-error', (banner) => (banner as HTMLElement).hidden), false);
    await page.close();
  });
});
