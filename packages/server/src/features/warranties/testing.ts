/** What the tests of registering a piece (activation, retailer sale) share. */
import assert from 'node:assert/strict';
import { ActivationRequest, type ActivationRequest as ActivationRequestInput } from '@atelier/client/contract';
import { AtelierError } from '../../errors.ts';
import type { TestServer } from '../../testing/index.ts';

/** The AtelierError a rule rejected with; fails the test when it resolved or threw anything else. */
export async function rejection(promise: Promise<unknown>): Promise<AtelierError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof AtelierError, `expected an AtelierError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a rejection');
}

/**
 * The token from the link of the latest message to `to`, read from the URL fragment under the
 * key the activation widget reads (spelt out here, so a renamed key fails the test).
 */
export function tokenSentTo(server: TestServer, to: string): string {
  const message = server.mailer.lastTo(to);
  assert.ok(message?.link, `no confirmation mail to ${to}`);
  const token = new URLSearchParams(new URL(message.link).hash.slice(1)).get('atelier-confirmation');
  assert.ok(token, `no token in ${message.link}`);
  return token;
}

/** A valid activation of `item`, as the widget sends it, parsed by the contract like the HTTP layer does. */
export function activation(item: { serial: string; cardCode: string }, overrides: Partial<ActivationRequestInput> = {}) {
  return ActivationRequest.parse({
    serial: item.serial.toLowerCase(),
    cardCode: item.cardCode,
    purchaseDate: '2026-11-20',
    owner: { name: 'Jeanne Moreau', email: 'Jeanne@Example.com', country: 'fr', language: 'fr' },
    consents: { service: true, marketing: false },
    ...overrides,
  });
}
