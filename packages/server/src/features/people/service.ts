/**
 * Who may see and manage whom. A brand admin sees the brand's people and invites brand staff or
 * a retailer's staff (its manager, or associates for a retailer setting up); a retailer manager sees their retailer's people and invites, renames or
 * deactivates its associates. Scoping is in every query (brand, and retailer for a manager), so
 * someone out of reach answers 404 `unknown_person` exactly like an id that does not exist.
 */
import type { Invitation, Person, PersonUpdate } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { AtelierError } from '../../errors.ts';
import type { Caller } from '../../http/operation-route.ts';
import { invitationLinkLifetimeHours } from '../../limits.ts';
import { renderConsoleSignIn } from '../../mail/templates/console-sign-in.ts';
import { endSessionsOf } from '../sessions/sessions.ts';
import { consoleSignInLink, issueSignInLink, voidSignInLinksOf } from '../sessions/sign-in-links.ts';
import { insertPerson, isBrandRole, isRetailerRole, personView, type PersonRow } from './people.ts';

/** A caller who manages people: a brand admin, or a retailer manager (for their retailer). */
type Manager = { personId: string; brandId: string; retailerId: string | null };

/** The people-managing caller, or 403 (the contract admits only admins and managers; a key never). */
function managerOf(caller: Caller): Manager {
  if (caller.kind === 'brandStaff' && caller.role === 'admin') return { personId: caller.actor.id, brandId: caller.brandId, retailerId: null };
  if (caller.kind === 'retailerStaff' && caller.role === 'manager') return { personId: caller.actor.id, brandId: caller.brandId, retailerId: caller.retailerId };
  throw new AtelierError('forbidden', 'Only a brand admin or a retailer manager manages people.');
}

function unknownPerson(): AtelierError {
  return new AtelierError('unknown_person', 'No such person.');
}

function refused(path: string, message: string): AtelierError {
  return new AtelierError('forbidden', message, { fieldErrors: [{ path, code: 'forbidden', message }] });
}

function invalid(path: string, message: string): AtelierError {
  return new AtelierError('validation_failed', `Invalid request body: ${path}.`, { fieldErrors: [{ path, code: 'invalid', message }] });
}

/** The person `personId` if `manager` may see them; 404 otherwise. */
async function personInReach(deps: ServerDeps, manager: Manager, personId: string): Promise<PersonRow> {
  let query = deps.db.selectFrom('people').selectAll().where('id', '=', personId).where('brand_id', '=', manager.brandId);
  if (manager.retailerId !== null) query = query.where('retailer_id', '=', manager.retailerId);
  const row = await query.executeTakeFirst();
  if (!row) throw unknownPerson();
  return row;
}

export async function listPeople(deps: ServerDeps, caller: Caller, filter: { retailerId?: string | undefined; status?: Person['status'] | undefined }): Promise<Person[]> {
  const manager = managerOf(caller);
  let query = deps.db.selectFrom('people').selectAll().where('brand_id', '=', manager.brandId);
  if (manager.retailerId !== null) query = query.where('retailer_id', '=', manager.retailerId);
  if (filter.retailerId !== undefined) query = query.where('retailer_id', '=', filter.retailerId);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  const rows = await query.orderBy('created_at').orderBy('id').execute();
  return rows.map(personView);
}

/** Which retailer the invitee will work for, if `manager` may invite them with that role at all. */
async function invitationRetailer(deps: ServerDeps, manager: Manager, invitation: Invitation): Promise<string | null> {
  const { role, retailerId } = invitation;
  if (manager.retailerId !== null) {
    if (role !== 'associate') throw refused('role', 'A retailer manager invites associates only.');
    if (retailerId !== undefined && retailerId !== manager.retailerId) throw refused('retailerId', 'A retailer manager invites people of their own retailer only.');
    return manager.retailerId;
  }
  if (isBrandRole(role)) {
    if (retailerId !== undefined) throw invalid('retailerId', 'Brand staff work for no retailer: leave retailerId out.');
    return null;
  }
  if (retailerId === undefined) throw invalid('retailerId', 'Name the retailer they work for.');
  const retailer = await deps.db.selectFrom('retailers').select('id').where('id', '=', retailerId).where('brand_id', '=', manager.brandId).executeTakeFirst();
  if (!retailer) {
    throw new AtelierError('unknown_retailer', 'The brand has no retailer with this id.', {
      fieldErrors: [{ path: 'retailerId', code: 'unknown_retailer', message: 'The brand has no retailer with this id.' }],
    });
  }
  return retailerId;
}

/** Invites someone (status `invited`) and e-mails them a single-use link, valid `invitationLinkLifetimeHours`. */
export async function invitePerson(deps: ServerDeps, caller: Caller, invitation: Invitation): Promise<Person> {
  const manager = managerOf(caller);
  const retailerId = await invitationRetailer(deps, manager, invitation);
  const now = deps.clock.now();
  const person = await insertPerson(deps.db, {
    brandId: manager.brandId,
    retailerId,
    email: invitation.email,
    displayName: invitation.displayName ?? null,
    role: invitation.role,
    status: 'invited',
    invitedBy: manager.personId,
    now,
  });
  const inviter = await deps.db
    .selectFrom('people')
    .innerJoin('brands', 'brands.id', 'people.brand_id')
    .select(['people.display_name', 'people.email', 'brands.name as brand_name'])
    .where('people.id', '=', manager.personId)
    .executeTakeFirstOrThrow();
  const token = await issueSignInLink(deps.db, { personId: person.id, purpose: 'invitation', now, lifetimeMs: invitationLinkLifetimeHours * 3_600_000 });
  await deps.mailer.send(
    renderConsoleSignIn({
      kind: 'invitation',
      to: person.email,
      language: invitation.language ?? 'en',
      brandName: inviter.brand_name,
      inviterName: inviter.display_name ?? inviter.email,
      role: invitation.role,
      link: consoleSignInLink(deps.publicOrigin, token),
      validForHours: invitationLinkLifetimeHours,
    }),
  );
  return personView(person);
}

/** Whether `person` is an admin the brand would be left without. */
async function isLastAdmin(deps: ServerDeps, person: PersonRow): Promise<boolean> {
  if (person.role !== 'admin' || person.status === 'deactivated') return false;
  const others = await deps.db
    .selectFrom('people')
    .select('id')
    .where('brand_id', '=', person.brand_id)
    .where('role', '=', 'admin')
    .where('status', '!=', 'deactivated')
    .where('id', '!=', person.id)
    .limit(1)
    .executeTakeFirst();
  return others === undefined;
}

/**
 * Changes a person's role or name, or deactivates them (ending their sessions and links at once).
 * A role stays on its side: brand roles among themselves, retailer roles among themselves.
 */
export async function updatePerson(deps: ServerDeps, caller: Caller, personId: string, update: PersonUpdate): Promise<Person> {
  const manager = managerOf(caller);
  const person = await personInReach(deps, manager, personId);
  if (manager.retailerId !== null) {
    if (person.role !== 'associate') throw refused('personId', "A retailer manager manages their retailer's associates only.");
    if (update.role !== undefined && update.role !== 'associate') throw refused('role', 'A retailer manager cannot change an associate\'s role.');
  }
  if (update.role !== undefined && update.role !== person.role) {
    if (isBrandRole(update.role) !== isBrandRole(person.role) || isRetailerRole(update.role) !== isRetailerRole(person.role)) {
      throw invalid('role', person.retailer_id ? 'Retailer staff take a retailer role (manager, associate).' : 'Brand staff take a brand role (admin, serviceDesk, concierge, analyst).');
    }
  }
  const demotes = update.role !== undefined && update.role !== 'admin';
  if ((demotes || update.status === 'deactivated') && (await isLastAdmin(deps, person))) {
    throw new AtelierError('last_admin', "This is the brand's last admin: make someone else admin first.");
  }
  const now = deps.clock.now();
  const changes: Partial<Pick<PersonRow, 'role' | 'display_name' | 'status' | 'deactivated_at'>> = {};
  if (update.role !== undefined) changes.role = update.role;
  if (update.displayName !== undefined) changes.display_name = update.displayName;
  if (update.status === 'deactivated' && person.status !== 'deactivated') {
    changes.status = 'deactivated';
    changes.deactivated_at = now.toISOString();
    await endSessionsOf(deps.db, person.id, now);
    await voidSignInLinksOf(deps.db, person.id, now);
  }
  if (Object.keys(changes).length > 0) await deps.db.updateTable('people').set(changes).where('id', '=', person.id).execute();
  return personView({ ...person, ...changes });
}

/** The brand's person `personId` for a brand admin (sessions are the brand admin's to see); 404 otherwise. */
export async function personOfBrand(deps: ServerDeps, caller: Caller, personId: string): Promise<PersonRow> {
  return personInReach(deps, managerOf(caller), personId);
}
