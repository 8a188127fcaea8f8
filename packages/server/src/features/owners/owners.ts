/** Owners (customers): one record per e-mail per brand, and their consents, each kept with its time. */
import type { ConsentsInput, Locale } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';
import { normalizeEmail } from '../../email-address.ts';
import { newId } from '../../ids.ts';

export interface OwnerDetails {
  name: string;
  email: string;
  country: string;
  language: Locale;
}

export interface OwnerRecord {
  id: string;
  email: string;
  language: string;
}

/**
 * The owner with this e-mail, created if new. An existing owner's details are NOT overwritten:
 * the input is unconfirmed, and anyone may type someone else's address into a form.
 */
export async function findOrCreateOwner(db: Db, brandId: string, details: OwnerDetails, now: Date): Promise<OwnerRecord> {
  return db
    .insertInto('owners')
    .values({
      id: newId('own'),
      brand_id: brandId,
      name: details.name,
      email: details.email,
      email_normalized: normalizeEmail(details.email),
      country: details.country,
      language: details.language,
      customer_type: 'retail',
      created_at: now.toISOString(),
    })
    // A no-op update, so that RETURNING yields the existing row on both databases.
    .onConflict((conflict) =>
      conflict.columns(['brand_id', 'email_normalized']).doUpdateSet((eb) => ({ brand_id: eb.ref('excluded.brand_id') })),
    )
    .returning(['id', 'email', 'language'])
    .executeTakeFirstOrThrow();
}

/**
 * Records the service and marketing consents as two separate entries, each with its time (and the
 * words the person read, when known), so withdrawing one never touches the other and the history
 * of each can be shown.
 */
export async function recordEmailConsents(db: Db, ownerId: string, consents: ConsentsInput, source: string, now: Date, wording: string | null = null): Promise<void> {
  const recordedAt = now.toISOString();
  await db
    .insertInto('consents')
    .values([
      { id: newId('cns'), owner_id: ownerId, channel: 'email', purpose: 'service', granted: consents.service ? 1 : 0, recorded_at: recordedAt, source, wording },
      { id: newId('cns'), owner_id: ownerId, channel: 'email', purpose: 'marketing', granted: consents.marketing ? 1 : 0, recorded_at: recordedAt, source, wording },
    ])
    .execute();
}

/** `jane@example.com` → `j•••@example.com`: enough for a person to recognise their own address. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '•••';
  return `${email[0]}•••${email.slice(at)}`;
}
