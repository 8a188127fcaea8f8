/**
 * What the owner portal's tests share: mounting the portal on a fake owner space (its `client`
 * property), signed in or not, and finding what it shows in its shadow root as a person would:
 * by a button's words, a heading's id, where the focus is.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './owner-portal.ts';
// The views the portal imports when the owner opens them (lazy-view.ts), here already, as the CDN
// loader has them once the portal is drawn: the tests' waits are then for the portal, not for the
// development server's first transform of each view.
import './piece-page-flow.ts';
import './account-flow.ts';
import './from-the-brand-flow.ts';
import type { AtelierOwnerPortal } from './owner-portal.ts';
import type { OwnerPortalClient } from './owner-portal-client.ts';
import type { OwnedPiece, OwnerSession } from '@atelier/client/contract';

/** A signed-in owner's session, as the fake owner spaces answer it. */
export const ownerSession: OwnerSession = {
  owner: { name: 'Ada Lovelace', email: 'ada@example.com', language: 'en' },
  brand: { id: 'brand_1', name: 'Maison Aubert' },
  session: { idleExpiresAt: '2026-12-07T11:00:00.000Z', absoluteExpiresAt: '2026-12-07T22:00:00.000Z' },
};

/** A piece the owner holds, nothing due yet and no retailer of record. */
export const heldPiece: OwnedPiece = {
  serial: 'AT-100234',
  model: { reference: 'MA-1020', name: 'Aubert Classique', collection: 'Classique', imageUrl: null },
  status: 'sold',
  purchaseDate: '2024-05-14',
  warranty: { status: 'active', coverageEnd: '2027-05-14' },
  nextCareDue: { date: '2027-05-14', after: 'purchase', overdue: false },
  careDue: [],
  retailerOfRecord: null,
};

/** The portal on `client`, drawn once: the sign-in form, or the pieces loading. */
export async function mountPortal(client: OwnerPortalClient, locale = 'en'): Promise<AtelierOwnerPortal> {
  const element = await fixture<AtelierOwnerPortal>(html`<atelier-owner-portal locale=${locale} .client=${client}></atelier-owner-portal>`);
  await element.updateComplete;
  return element;
}

/** The portal on a `client` whose session is live: the owner's pieces shown. */
export async function mountSignedIn(client: OwnerPortalClient, locale = 'en'): Promise<AtelierOwnerPortal> {
  const element = await mountPortal(client, locale);
  await shown(element, '#pieces-title', 'the pieces');
  return element;
}

export function shadow(element: AtelierOwnerPortal): ShadowRoot {
  const root = element.shadowRoot;
  if (!root) throw new Error('the widget renders into a shadow root');
  return root;
}

/** The text a person reads: every run of white space one space. */
export function text(node: Element | ShadowRoot | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

export function control<Control extends HTMLElement = HTMLInputElement>(element: AtelierOwnerPortal, selector: string): Control {
  const found = shadow(element).querySelector<Control>(selector);
  if (!found) throw new Error(`${selector} is shown`);
  return found;
}

/** Types `value` into a field, as the input or change event a person's typing makes. */
export function type(input: HTMLInputElement | HTMLSelectElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
}

/** The button (or link) that says `label`. */
export function button(element: AtelierOwnerPortal, label: string): HTMLElement {
  const found = [...shadow(element).querySelectorAll<HTMLElement>('button, a')].find((candidate) => text(candidate) === label);
  if (!found) throw new Error(`a "${label}" button is shown`);
  return found;
}

export function activeId(element: AtelierOwnerPortal): string {
  return shadow(element).activeElement?.id ?? '';
}

export async function shown(element: AtelierOwnerPortal, selector: string, what: string): Promise<void> {
  await waitUntil(() => shadow(element).querySelector(selector), what, { timeout: 5000 });
}

/** Presses Tab until `reached` holds for the focused element, at most `maxTabPresses` times. */
export async function tabUntil(element: AtelierOwnerPortal, reached: (active: Element | null) => boolean, what: string, maxTabPresses = 12): Promise<void> {
  for (let presses = 0; presses < maxTabPresses; presses++) {
    if (reached(shadow(element).activeElement)) return;
    await sendKeys({ press: 'Tab' });
  }
  if (!reached(shadow(element).activeElement)) throw new Error(`Tab never reached ${what}`);
}
