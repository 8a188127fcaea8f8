/**
 * What the people page calls: the people the signed-in person may see (a brand admin: everyone;
 * a retailer manager: their retailer's), inviting, and changing a role or deactivating. Built
 * from the contract's operations over the session transport; tests pass a stand-in.
 */
import type { CallFunction, CallOptions } from '@atelier/client';
import { invitePerson, listPeople, listRetailers, updatePerson } from '@atelier/client/contract';
import type { Invitation, Person, PersonList, PersonUpdate, Received, RetailerSummary as ContractRetailerSummary } from '@atelier/client/contract';

export interface PeopleClient {
  list(query?: { retailerId?: string }, options?: CallOptions): Promise<Received<PersonList>>;
  invite(input: Invitation, options?: CallOptions): Promise<Received<Person>>;
  update(personId: string, input: PersonUpdate, options?: CallOptions): Promise<Received<Person>>;
}

/** A retailer as the console names it: in the invite form's choice, the people table, the retailers page. */
export type RetailerSummary = Received<ContractRetailerSummary>;

export interface RetailersClient {
  list(options?: CallOptions): Promise<readonly RetailerSummary[]>;
}

export function createPeopleClient(call: CallFunction): PeopleClient {
  return {
    list: async (query = {}, options) => {
      const { people } = await call(listPeople, {}, options);
      return { people: query.retailerId ? people.filter((person) => person.retailerId === query.retailerId) : people };
    },
    invite: (input, options) => call(invitePerson, { body: input }, options),
    update: (personId, input, options) => call(updatePerson, { params: { personId }, body: input }, options),
  };
}

export function createRetailersClient(call: CallFunction): RetailersClient {
  return { list: (options) => call(listRetailers, {}, options).then(({ retailers }) => retailers) };
}
