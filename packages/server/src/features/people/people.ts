/**
 * People of a brand, as rows and as the contract shows them, and which principal a person is
 * when signed in: brand staff, or staff of their retailer.
 */
import type { BrandRole, Person, PersonRole, RetailerRole } from '@atelier/client/contract';
import { brandRoles, retailerRoles } from '@atelier/client/contract';
import type { Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { PeopleTable } from '../../db/schema.ts';
import { normalizeEmail } from '../../email-address.ts';
import { AtelierError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import { isUniqueViolation } from '../shared/unique-violation.ts';

export type PersonRow = Selectable<PeopleTable>;

export function isBrandRole(role: PersonRole): role is BrandRole {
  return (brandRoles as readonly string[]).includes(role);
}

export function isRetailerRole(role: PersonRole): role is RetailerRole {
  return (retailerRoles as readonly string[]).includes(role);
}

export function personView(row: PersonRow): Person {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    retailerId: row.retailer_id,
    status: row.status,
    invitedBy: row.invited_by,
    createdAt: row.created_at,
    deactivatedAt: row.deactivated_at,
  };
}

/** The principal a signed-in person is: brand staff, or staff of their retailer. */
export type StaffPrincipalOf =
  | { kind: 'brandStaff'; role: BrandRole }
  | { kind: 'retailerStaff'; role: RetailerRole; retailerId: string };

export function staffPrincipalOf(person: Pick<PersonRow, 'id' | 'role' | 'retailer_id'>): StaffPrincipalOf {
  const { role } = person;
  if (isRetailerRole(role)) {
    if (!person.retailer_id) throw new Error(`person ${person.id} has a retailer role and no retailer`);
    return { kind: 'retailerStaff', role, retailerId: person.retailer_id };
  }
  if (person.retailer_id) throw new Error(`person ${person.id} has a brand role and a retailer`);
  return { kind: 'brandStaff', role };
}

export interface NewPerson {
  brandId: string;
  retailerId: string | null;
  email: string;
  displayName: string | null;
  role: PersonRole;
  status: 'invited' | 'active';
  invitedBy: string | null;
  now: Date;
}

/**
 * Adds a person to a brand, once per address: 409 `person_exists` when the brand has someone with
 * that address already (deactivated included: reactivating is a decision, not a side effect).
 */
export async function insertPerson(db: Db, person: NewPerson): Promise<PersonRow> {
  const row: PersonRow = {
    id: newId('per'),
    brand_id: person.brandId,
    retailer_id: person.retailerId,
    email: person.email.trim(),
    email_normalized: normalizeEmail(person.email),
    display_name: person.displayName,
    role: person.role,
    status: person.status,
    invited_by: person.invitedBy,
    created_at: person.now.toISOString(),
    deactivated_at: null,
  };
  const personExists = () =>
    new AtelierError('person_exists', 'Someone of this brand already has this e-mail address.', {
      fieldErrors: [{ path: 'email', code: 'person_exists', message: 'Someone of this brand already has this address.' }],
    });
  // Looked for first, so the usual case never meets the constraint (on PostgreSQL a violation
  // aborts the transaction the insert runs in); the constraint still settles a race.
  const existing = await db.selectFrom('people').select('id').where('brand_id', '=', row.brand_id).where('email_normalized', '=', row.email_normalized).executeTakeFirst();
  if (existing) throw personExists();
  try {
    await db.insertInto('people').values(row).execute();
  } catch (error) {
    if (isUniqueViolation(error)) throw personExists();
    throw error;
  }
  return row;
}
