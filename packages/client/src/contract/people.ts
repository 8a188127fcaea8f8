/**
 * The people of a brand, managed in the console: a brand admin invites staff and retailer
 * managers, changes roles, deactivates people and ends their sessions; a retailer manager does
 * the same for the associates of their own retailer. Someone of another brand, or of another
 * retailer for a manager, answers 404 like an unknown id.
 */
import * as z from 'zod/mini';
import { type BrandRole, operation, type OperationDocs, type RetailerRole } from './operation.ts';
import { Email, Id, IsoDateTime, Locale, PersonName } from './primitives.ts';

export const brandRoles = ['admin', 'serviceDesk', 'concierge', 'analyst'] as const satisfies readonly BrandRole[];
export const retailerRoles = ['manager', 'associate'] as const satisfies readonly RetailerRole[];

/** A person's role: a brand role (no retailer), or a retailer role (with the retailer they work for). */
export const PersonRole = z.enum([...brandRoles, ...retailerRoles]);
export type PersonRole = z.infer<typeof PersonRole>;

/** `invited` until their first sign-in; `deactivated` people cannot sign in, and their sessions are ended. */
export const personStatuses = ['invited', 'active', 'deactivated'] as const;
export const PersonStatus = z.enum(personStatuses);
export type PersonStatus = z.infer<typeof PersonStatus>;

export const Person = z.object({
  id: Id,
  email: z.string(),
  displayName: z.nullable(z.string()),
  role: PersonRole,
  /** The retailer a retailer role works for; null for brand staff. */
  retailerId: z.nullable(Id),
  status: PersonStatus,
  /** Who invited them; null for the first admin (created with the server's CLI) and the demo's people. */
  invitedBy: z.nullable(Id),
  createdAt: IsoDateTime,
  deactivatedAt: z.nullable(IsoDateTime),
});
export type Person = z.infer<typeof Person>;

/** A console session, as its person and a brand admin see it. `current`: the session this request came with. */
export const ConsoleSession = z.object({
  id: Id,
  createdAt: IsoDateTime,
  lastSeenAt: IsoDateTime,
  /** When it ends unless used again (idle timeout), never after `absoluteExpiresAt`. */
  idleExpiresAt: IsoDateTime,
  absoluteExpiresAt: IsoDateTime,
  ip: z.nullable(z.string()),
  userAgent: z.nullable(z.string()),
  current: z.boolean(),
});
export type ConsoleSession = z.infer<typeof ConsoleSession>;

export const ConsoleSessionList = z.object({ sessions: z.array(ConsoleSession) });
export type ConsoleSessionList = z.infer<typeof ConsoleSessionList>;

export const PersonParams = z.strictObject({ personId: Id });
export const PersonSessionParams = z.strictObject({ personId: Id, sessionId: Id });

export const PersonList = z.object({ people: z.array(Person) });
export type PersonList = z.infer<typeof PersonList>;

/**
 * An invitation: a brand admin invites brand staff (no `retailerId`) or a retailer's staff
 * (`retailerId` required); a retailer manager invites associates of their own retailer.
 */
export const Invitation = z.strictObject({
  email: Email,
  displayName: z.optional(PersonName),
  role: PersonRole,
  retailerId: z.optional(Id),
  /** The language of the invitation e-mail. Default English. */
  language: z.optional(Locale),
});
export type Invitation = z.infer<typeof Invitation>;

/** A change of role, or a deactivation (which ends the person's sessions at once). */
export const PersonUpdate = z.strictObject({
  role: z.optional(PersonRole),
  status: z.optional(z.literal('deactivated')),
  displayName: z.optional(PersonName),
});
export type PersonUpdate = z.infer<typeof PersonUpdate>;

/** A revoked session. */
export const SessionRevoked = z.object({ id: Id, revokedAt: IsoDateTime });
export type SessionRevoked = z.infer<typeof SessionRevoked>;

export const PeopleQuery = z.strictObject({
  /** Only the staff of this retailer (a manager sees their own retailer's whatever this says). */
  retailerId: z.optional(Id),
  status: z.optional(PersonStatus),
});

export const listPeople = operation({
  id: 'listPeople',
  method: 'GET',
  path: '/v1/people',
  access: { brandStaff: ['admin'], retailerStaff: ['manager'] },
  query: PeopleQuery,
  response: PersonList,
});

export const invitePerson = operation({
  id: 'invitePerson',
  method: 'POST',
  path: '/v1/people',
  access: { brandStaff: ['admin'], retailerStaff: ['manager'] },
  request: Invitation,
  response: Person,
  successStatus: 201,
  errors: ['person_exists', 'unknown_retailer'],
});

export const updatePerson = operation({
  id: 'updatePerson',
  method: 'PATCH',
  path: '/v1/people/{personId}',
  access: { brandStaff: ['admin'], retailerStaff: ['manager'] },
  params: PersonParams,
  request: PersonUpdate,
  response: Person,
  errors: ['unknown_person', 'last_admin'],
});

export const listPersonSessions = operation({
  id: 'listPersonSessions',
  method: 'GET',
  path: '/v1/people/{personId}/sessions',
  access: { brandStaff: ['admin'] },
  params: PersonParams,
  response: ConsoleSessionList,
  errors: ['unknown_person'],
});

export const revokePersonSession = operation({
  id: 'revokePersonSession',
  method: 'DELETE',
  path: '/v1/people/{personId}/sessions/{sessionId}',
  access: { brandStaff: ['admin'] },
  params: PersonSessionParams,
  response: SessionRevoked,
  errors: ['unknown_person', 'unknown_session'],
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const peopleDocs = {
  tag: 'people',
  summaries: {
    listPeople:
      "The brand's people (for a retailer manager, their retailer's), oldest first; filter by `retailerId` and `status`.",
    invitePerson:
      'Invites someone by e-mail with a role: a brand admin invites brand staff, or the manager or an associate of one of the brand\'s retailers (`retailerId`); a retailer manager invites associates of their own retailer. The invitation carries a single-use sign-in link.',
    updatePerson:
      "Changes a person's role or name, or deactivates them: their sessions end at once and their links stop working. A retailer manager may do so for their retailer's associates. The brand's last admin cannot be demoted or deactivated.",
    listPersonSessions: "A person's open console sessions, newest first.",
    revokePersonSession: "Ends one of a person's sessions: it stops working at once.",
  },
} as const satisfies OperationDocs;
