/**
 * The signed-in person as the shell needs them: who (for the header), and their role and retailer
 * (for the navigation). Brand staff have no retailer; retailer staff belong to one.
 */
import type { BrandRole, Me, Received, RetailerRole } from '@atelier/client/contract';

export interface SignedInPerson {
  id: string;
  email: string;
  displayName: string;
  role: BrandRole | RetailerRole;
  retailerId: string | null;
}

const retailerRoles: readonly string[] = ['manager', 'associate'] satisfies RetailerRole[];

export function isRetailerRole(role: string): role is RetailerRole {
  return retailerRoles.includes(role);
}

const knownRoles: readonly string[] = ['admin', 'serviceDesk', 'concierge', 'analyst', 'manager', 'associate'] satisfies (BrandRole | RetailerRole)[];

function isKnownRole(role: string): role is BrandRole | RetailerRole {
  return knownRoles.includes(role);
}

/** The person of a `GET /v1/me` (or a sign-in's) answer, as the shell keeps them. */
export function personFromMe(me: Received<Me>): SignedInPerson {
  const { person } = me;
  // The console is served by the server it talks to, so a role it does not know means a stale page.
  if (!isKnownRole(person.role)) throw new Error(`Unknown role "${person.role}": reload the console.`);
  return { id: person.id, email: person.email, displayName: person.displayName ?? '', role: person.role, retailerId: person.retailerId };
}
