/**
 * Fixtures of the repair tests: the harness's brand has one service centre (`svc_paris`, the demo's,
 * with its time zone, turnaround per service, mail-in instructions and drop-off slots for the next
 * four weeks); these add slots a test controls, warranties, bookings and staff moves.
 */
import { RepairBookingRequest, RepairTransitionRequest, type RepairTransitionRequest as TransitionRequest } from '@atelier/client/contract';
import { newId } from '../../ids.ts';
import { demoServiceCentres } from '../../seed/demo-catalogue.ts';
import type { TestServer } from '../../testing/index.ts';
import { advanceRepair } from './lifecycle.ts';
import { refreshClientSummariesOfPiece } from '../clients/client-summary.ts';

const fixtureCentre = demoServiceCentres[0]!;
export const fixtureCentreId = fixtureCentre.id;
export const fixtureMailInInstructions = fixtureCentre.mailInInstructions;

export async function insertSlot(server: TestServer, slot: { startsAt: string; capacity: number; centreId?: string }): Promise<string> {
  const id = newId('slot');
  const endsAt = new Date(new Date(slot.startsAt).getTime() + 30 * 60_000).toISOString();
  await server.db
    .insertInto('drop_off_slots')
    .values({ id, brand_id: server.brand.id, service_centre_id: slot.centreId ?? fixtureCentreId, starts_at: slot.startsAt, ends_at: endsAt, capacity: slot.capacity })
    .execute();
  return id;
}

/** An active warranty of the piece, ending on `coverageEnd`, owned by a fixture owner (Ada, or the one with `ownerEmail`). */
export async function insertActiveWarranty(server: TestServer, itemId: string, coverageEnd: string, ownerEmail = 'ada@example.com'): Promise<string> {
  const ownerId = newId('own');
  const now = server.clock.now().toISOString();
  await server.db
    .insertInto('owners')
    .values({ id: ownerId, brand_id: server.brand.id, name: 'Ada Owner', email: ownerEmail, email_normalized: ownerEmail.toLowerCase(), country: 'FR', language: 'fr', customer_type: 'retail', created_at: now, postal_address: null })
    .execute();
  const warrantyId = newId('war');
  await server.db
    .insertInto('warranties')
    .values({
      id: warrantyId,
      brand_id: server.brand.id,
      item_id: itemId,
      owner_id: ownerId,
      buyer_id: ownerId,
      retailer_id: null,
      purchase_date: '2025-06-01',
      coverage_end: coverageEnd,
      status: 'active',
      is_gift: 0,
      source: 'buyer',
      activated_at: now,
      confirmed_at: now,
      covering_item_id: itemId,
    })
    .execute();
  await refreshClientSummariesOfPiece(server.db, server.brand.id, itemId);
  return warrantyId;
}

/** A booking as the widget sends it, parsed by the contract as the HTTP layer does. */
export function booking(serial: string, overrides: Partial<RepairBookingRequest> = {}) {
  return RepairBookingRequest.parse({
    serial,
    serviceType: 'full_service',
    description: 'Loses five minutes a day.',
    serviceCentreId: fixtureCentreId,
    dropOff: { method: 'mail_in' },
    contact: { name: 'Ada Owner', email: 'Ada@Example.com', language: 'fr' },
    ...overrides,
  });
}

/** A staff move, parsed by the contract. */
export function staffMove(server: TestServer, trackingCode: string, request: TransitionRequest) {
  return advanceRepair(server.deps, server.brand.id, trackingCode, RepairTransitionRequest.parse(request));
}
