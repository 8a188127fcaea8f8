/**
 * The people of a brand, managed in the console: a brand admin invites staff and retailer
 * managers, changes roles, deactivates people and ends their sessions; a retailer manager does
 * the same for the associates of their own retailer. Someone of another brand, or of another
 * retailer for a manager, answers 404 like an unknown id.
 */
import * as z from 'zod/mini';
import { operation } from './operation.ts';
import {
  ConsoleSessionList,
  Invitation,
  Person,
  PersonList,
  PersonParams,
  PersonSessionParams,
  PersonStatus,
  PersonUpdate,
  SessionRevoked,
} from './people.ts';
import { Id } from './primitives.ts';

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
  summary: "The brand's people (for a retailer manager, their retailer's), oldest first; filter by `retailerId` and `status`.",
  tags: ['people'],
  query: PeopleQuery,
  response: PersonList,
});

export const invitePerson = operation({
  id: 'invitePerson',
  method: 'POST',
  path: '/v1/people',
  access: { brandStaff: ['admin'], retailerStaff: ['manager'] },
  summary:
    'Invites someone by e-mail with a role: a brand admin invites brand staff, or the manager or an associate of one of the brand\'s retailers (`retailerId`); a retailer manager invites associates of their own retailer. The invitation carries a single-use sign-in link.',
  tags: ['people'],
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
  summary:
    "Changes a person's role or name, or deactivates them: their sessions end at once and their links stop working. A retailer manager may do so for their retailer's associates. The brand's last admin cannot be demoted or deactivated.",
  tags: ['people'],
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
  summary: "A person's open console sessions, newest first.",
  tags: ['people'],
  params: PersonParams,
  response: ConsoleSessionList,
  errors: ['unknown_person'],
});

export const revokePersonSession = operation({
  id: 'revokePersonSession',
  method: 'DELETE',
  path: '/v1/people/{personId}/sessions/{sessionId}',
  access: { brandStaff: ['admin'] },
  summary: "Ends one of a person's sessions: it stops working at once.",
  tags: ['people'],
  params: PersonSessionParams,
  response: SessionRevoked,
  errors: ['unknown_person', 'unknown_session'],
});
