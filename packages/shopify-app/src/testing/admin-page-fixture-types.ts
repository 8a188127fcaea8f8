/**
 * What the admin page's Chromium tests (src/admin/browser-tests/) get from the fixture that runs
 * the app and a brand's Atelier server in process (./admin-page-fixture.ts). Plain types only:
 * the tests are typed against the DOM and import the fixture by a computed URL, so that the
 * server's Node-typed sources stay out of their program.
 */
export interface AdminPageFixture {
  /** Where the app listens, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  shop: string;
  suggestedApiUrl: string;
  brand: { name: string; retailerId: string; retailerName: string; retailerKey: string; secretKey: string };
  /** Serials of pieces in the brand's registry, in stock. */
  serials: string[];
  /** A piece the brand has as reported stolen. */
  stolenSerial: string;
  /** A session token as App Bridge would give the page. */
  sessionToken(lifetimeSeconds: number): string;
  /** Delivers `orders/paid` for one line per piece (a piece without serial waits for one). */
  /** A line's `price` null: read without a price, as before app migration 0007. */
  payOrder(orderId: number, lines: Array<{ id: number; title: string; serial?: string; price?: string | null }>): Promise<void>;
  /** The brand records a delivery of these pieces to the shop's retailer (`shop`) or to another of its retailers (`other`). */
  deliver(serials: string[], date: string, to: 'shop' | 'other'): Promise<void>;
  /** A client of another retailer buys the piece there and confirms by e-mail; their name and e-mail, which the page must not show. */
  registerWithOtherRetailer(serial: string): Promise<{ name: string; email: string }>;
  /** Connects the shop with its retailer key, or as a shop connected before retailer keys (the brand's secret key). */
  connectWith(key: 'retailer' | 'secret'): Promise<void>;
  /** The brand API answers, or every call to it fails with a network error. */
  setBrandReachable(reachable: boolean): void;
  /** The registration status and serial the app stored for an order's units. */
  unitsOf(orderId: number): Promise<Array<{ status: string; serial: string | null }>>;
  close(): Promise<void>;
}

export interface AdminPageFixtureModule {
  startAdminPageFixture(): Promise<AdminPageFixture>;
}

export const fixtureBuyer = { id: 9201, firstName: 'Inès', lastName: 'Moreau', email: 'ines.moreau@example.com', country: 'FR', locale: 'fr-FR' };
