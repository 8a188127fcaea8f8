/**
 * What the brand records in its Atelier server for the retailer desk's tests, through its API as
 * the brand and a buyer would: deliveries to a retailer, and a sale there confirmed by the buyer.
 */
import type { SeededItem, TestServer } from '@atelier/server/testing';

async function expectStatus(response: Response, status: number): Promise<void> {
  if (response.status !== status) throw new Error(`The brand answered ${response.status}, not ${status}: ${await response.text()}`);
}

/** The brand delivers these pieces to the retailer on `date` (its stock from then on). */
export async function deliverToRetailer(atelier: TestServer, retailerId: string, serials: string[], date: string): Promise<void> {
  await expectStatus(await atelier.request('/v1/stock/deliveries', { key: 'secret', body: { retailerId, serials, date } }), 201);
}

export interface FixtureOwner {
  name: string;
  email: string;
  country: string;
  language: string;
}

/** The buyer activates the piece bought at the retailer (on 2025-06-14) and confirms from the e-mail: a registered owner, a client of the brand. */
export async function registerBoughtAt(atelier: TestServer, piece: SeededItem, retailerId: string, owner: FixtureOwner): Promise<void> {
  const headers = { Origin: atelier.keys.origin };
  await expectStatus(
    await atelier.request('/v1/warranties/activations', {
      key: 'publishable',
      headers: { ...headers, 'Idempotency-Key': `activate-${piece.serial}` },
      body: { serial: piece.serial, cardCode: piece.cardCode, purchaseDate: '2025-06-14', retailerId, owner, consents: { service: true, marketing: false } },
    }),
    201,
  );
  const link = atelier.mailer.lastTo(owner.email)?.link ?? '';
  const token = new URLSearchParams(new URL(link).hash.slice(1)).get('atelier-confirmation');
  await expectStatus(await atelier.request('/v1/warranties/confirmations', { key: 'publishable', headers: { ...headers, 'Idempotency-Key': `confirm-${piece.serial}` }, body: { token } }), 200);
}
