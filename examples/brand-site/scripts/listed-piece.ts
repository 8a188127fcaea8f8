// The piece of the second-hand listing (listing.html) and the history the demo gives it. The
// demo seed sells it new in Paris and registers its owner; a listing is more telling when the
// piece has been serviced and modified too, so `pnpm demo` records both through the API with the
// secret key, as the brand's back office would, once: a re-run finds them and records nothing.
import { readFile } from 'node:fs/promises';
import type { AtelierClient } from '@atelier/client';

const listingPage = new URL('../listing.html', import.meta.url);

// Ids from the demo seed's catalogue. Service centres have no public listing: the back office
// that records a service knows its own centres.
const strapRetailerId = 'rtl_aubert_vendome';
const pressureTestCentreId = 'svc_paris';

/** After the piece was sold (2025-09-14, in the seed) and before any plausible "today". */
const strapChange = { what: 'Strap replaced: khaki canvas, original rubber strap kept', retailerId: strapRetailerId, date: '2025-12-05' };
const pressureTest = { serviceType: 'water_resistance_test', serviceCentreId: pressureTestCentreId, date: '2026-06-18' };

/** The serial listing.html fixes on its widget: the page is the one home of that choice. */
export async function listedSerial(): Promise<string> {
  const html = await readFile(listingPage, 'utf8');
  const serial = /<atelier-provenance\b[^>]*\sserial="([^"]+)"/.exec(html)?.[1];
  if (!serial) throw new Error(`${listingPage.pathname} has no <atelier-provenance serial="…">`);
  return serial;
}

export interface ListedPieceHistory {
  serial: string;
  /** The piece's GTIN, for its warranty card's Digital Link; null when its model has none. */
  gtin: string | null;
  recorded: { service: boolean; modification: boolean };
}

/**
 * Records the listed piece's strap change and pressure test unless its history already has a
 * modification and a pressure test (the seed may have given it a full service of its own: the
 * demo's service history, which the seller's pressure test comes on top of).
 */
export async function ensureListedPieceHistory(secretClient: AtelierClient): Promise<ListedPieceHistory> {
  const serial = await listedSerial();
  const record = await secretClient.provenance.get(serial);
  const recordModification = record.modifications.length === 0;
  const recordService = !record.services.some((service) => service.serviceType === pressureTest.serviceType);
  if (recordModification) await secretClient.items.recordModification(serial, strapChange);
  if (recordService) await secretClient.items.recordService(serial, pressureTest);
  return { serial, gtin: record.gtin, recorded: { service: recordService, modification: recordModification } };
}
