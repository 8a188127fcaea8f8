/**
 * The owner's side of invitations (contract invitations.ts): the invitations they received, in
 * their language, and their answer. An owner reaches only the invitations they are a guest of;
 * any other id is 404 `unknown_invitation`, as one that does not exist.
 *
 * Seats: a yes takes one by a conditional update (`seats_taken < capacity`) of the invitation's
 * row, a no after a yes gives it back, both in one transaction with the guest's answer, so the
 * seats taken never exceed the capacity: on PostgreSQL concurrent answers queue on the row's lock
 * and each re-reads the count it compares; SQLite writes one at a time.
 */
import type { InvitationAnswer, MyInvitation } from '@atelier/client/contract';
import { myInvitationsMax } from '@atelier/client/contract';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { AtelierError } from '../../errors.ts';
import { textFor } from '../brand-messages/texts.ts';
import { unknownInvitation } from './invitations.ts';
import { invitationClosed } from './sending.ts';

export interface MyInvitationDeps {
  db: Db;
  clock: Clock;
}

export interface InvitedOwner {
  ownerId: string;
  brandId: string;
}

const guestColumns = [
  'i.id',
  'i.default_language',
  'i.texts',
  'i.place_name',
  'i.place_address',
  'i.place_city',
  'i.place_country',
  'i.starts_on',
  'i.starts_time',
  'i.time_zone',
  'i.starts_at',
  'i.capacity',
  'i.seats_taken',
  'g.answer',
  'g.answered_at',
] as const;

function guestRows(db: Db, owner: InvitedOwner) {
  return db
    .selectFrom('invitation_guests as g')
    .innerJoin('invitations as i', 'i.id', 'g.invitation_id')
    .select(guestColumns)
    .where('g.owner_id', '=', owner.ownerId)
    .where('i.brand_id', '=', owner.brandId);
}

type GuestRow = Awaited<ReturnType<ReturnType<typeof guestRows>['executeTakeFirstOrThrow']>>;

function myInvitationOf(row: GuestRow, language: string, now: Date): MyInvitation {
  const shown = textFor<{ title: string; description: string }>(row.texts, language, row.default_language);
  return {
    id: row.id,
    language: shown.language,
    title: shown.text.title,
    description: shown.text.description,
    place: { name: row.place_name, address: row.place_address, city: row.place_city, country: row.place_country },
    startsAt: { date: row.starts_on, time: row.starts_time, timeZone: row.time_zone, at: row.starts_at },
    answer: row.answer,
    answeredAt: row.answered_at,
    full: row.seats_taken >= row.capacity,
    open: Date.parse(row.starts_at) > now.getTime(),
  };
}

async function ownerLanguage(db: Db, ownerId: string): Promise<string> {
  const owner = await db.selectFrom('owners').select('language').where('id', '=', ownerId).executeTakeFirstOrThrow();
  return owner.language;
}

/** Events to come soonest first, then past ones latest first. */
export async function listMyInvitations(deps: MyInvitationDeps, owner: InvitedOwner): Promise<MyInvitation[]> {
  const now = deps.clock.now();
  const [rows, language] = await Promise.all([guestRows(deps.db, owner).execute(), ownerLanguage(deps.db, owner.ownerId)]);
  const invitations = rows.map((row) => myInvitationOf(row, language, now));
  const upcoming = invitations.filter((invitation) => invitation.open).sort((a, b) => a.startsAt.at.localeCompare(b.startsAt.at));
  const past = invitations.filter((invitation) => !invitation.open).sort((a, b) => b.startsAt.at.localeCompare(a.startsAt.at));
  return [...upcoming, ...past].slice(0, myInvitationsMax);
}

async function myInvitation(deps: MyInvitationDeps, owner: InvitedOwner, invitationId: string): Promise<MyInvitation> {
  const row = await guestRows(deps.db, owner).where('i.id', '=', invitationId).executeTakeFirst();
  if (!row) throw unknownInvitation();
  return myInvitationOf(row, await ownerLanguage(deps.db, owner.ownerId), deps.clock.now());
}

/** Records the owner's answer (see the module's comment for the seats); the same answer again changes nothing. */
export async function answerMyInvitation(deps: MyInvitationDeps, owner: InvitedOwner, invitationId: string, answer: InvitationAnswer): Promise<MyInvitation> {
  const { db } = deps;
  const now = deps.clock.now();
  const current = await guestRows(db, owner).where('i.id', '=', invitationId).executeTakeFirst();
  if (!current) throw unknownInvitation();
  if (Date.parse(current.starts_at) <= now.getTime()) throw invitationClosed();
  if (current.answer === answer) return myInvitation(deps, owner, invitationId);

  // A transaction of its own (a savepoint in the request's unit): a refused yes undoes its answer too.
  await db.transaction().execute(async (tx) => {
    /** Sets the answer where the current one is `from` (null: none yet); whether it did. Of two answers of the owner at once, one moves the seat. */
    const replace = async (from: InvitationAnswer | null): Promise<boolean> => {
      const changed = await tx
        .updateTable('invitation_guests')
        .set({ answer, answered_at: now.toISOString() })
        .where('invitation_id', '=', invitationId)
        .where('owner_id', '=', owner.ownerId)
        .where('answer', from === null ? 'is' : '=', from)
        .executeTakeFirst();
      return changed.numUpdatedRows > 0n;
    };
    if (answer === 'yes') {
      if (!(await replace(null)) && !(await replace('no'))) return;
      const seated = await tx
        .updateTable('invitations')
        .set((eb) => ({ seats_taken: eb('seats_taken', '+', 1) }))
        .where('id', '=', invitationId)
        .where((eb) => eb('seats_taken', '<', eb.ref('capacity')))
        .executeTakeFirst();
      if (seated.numUpdatedRows === 0n) throw new AtelierError('invitation_full', 'Every seat is taken: the brand cannot welcome one more guest.');
    } else if (await replace('yes')) {
      await tx.updateTable('invitations').set((eb) => ({ seats_taken: eb('seats_taken', '-', 1) })).where('id', '=', invitationId).where('seats_taken', '>', 0).execute();
    } else {
      await replace(null);
    }
  });
  return myInvitation(deps, owner, invitationId);
}
