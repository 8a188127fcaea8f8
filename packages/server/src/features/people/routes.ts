/** People of the brand, managed by brand admins and retailer managers (service.ts has the rules). */
import {
  invitePerson as invitePersonOperation,
  listPeople as listPeopleOperation,
  listPersonSessions as listPersonSessionsOperation,
  revokePersonSession as revokePersonSessionOperation,
  updatePerson as updatePersonOperation,
} from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type Caller, type OperationRoute } from '../../http/operation-route.ts';
import { openSessionsOf, revokeSessionOf } from '../sessions/sessions.ts';
import { invitePerson, listPeople, personOfBrand, updatePerson } from './service.ts';

function currentSessionOf(caller: Caller): string | undefined {
  return caller.kind === 'brandStaff' || caller.kind === 'retailerStaff' ? caller.sessionId : undefined;
}

export function peopleRoutes(deps: ServerDeps): OperationRoute[] {
  return [
    route(listPeopleOperation, async ({ caller, query }) => ({ people: await listPeople(deps, caller, query) })),
    route(invitePersonOperation, ({ caller, body }) => invitePerson(deps, caller, body)),
    route(updatePersonOperation, ({ caller, params, body }) => updatePerson(deps, caller, params.personId, body)),
    route(listPersonSessionsOperation, async ({ caller, params }) => {
      const person = await personOfBrand(deps, caller, params.personId);
      return { sessions: await openSessionsOf(deps.db, person.id, deps.clock.now(), currentSessionOf(caller)) };
    }),
    route(revokePersonSessionOperation, async ({ caller, params }) => {
      const person = await personOfBrand(deps, caller, params.personId);
      return revokeSessionOf(deps.db, person.id, params.sessionId, deps.clock.now());
    }),
  ];
}
