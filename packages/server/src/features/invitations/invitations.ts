/**
 * The brand's invitations as its staff write them (contract invitations.ts): drafts written and
 * rewritten, read back with their audience today and their figures. Sending is sending.ts; the
 * owner's side, my-invitations.ts.
 */
import type { EventInvitation, InvitationFigures, ParsedRequestOf, createInvitation as createInvitationOperation } from '@atelier/client/contract';
import { TZDate } from '@date-fns/tz';
import { sql } from 'kysely';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { InvitationsTable } from '../../db/schema.ts';
import { AtelierError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import { audienceContext, audienceView, countAudience, storedAudience } from '../brand-messages/audience.ts';
import { brandDefaultLanguage, textsWithDefault } from '../brand-messages/texts.ts';
import type { Selectable } from 'kysely';

export interface InvitationDeps {
  db: Db;
  clock: Clock;
}

export type InvitationRow = Selectable<InvitationsTable>;
type ParsedInvitationInput = ParsedRequestOf<typeof createInvitationOperation>;

/** The instant a day and time in `timeZone`'s clocks name (a time skipped by a clock change moves forward, as clocks do). */
export function eventInstant(start: { date: string; time: string; timeZone: string }): string {
  const [year, month, day] = start.date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = start.time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(year, month - 1, day, hours, minutes, start.timeZone).getTime()).toISOString();
}

export function unknownInvitation(): AtelierError {
  return new AtelierError('unknown_invitation', 'The brand has no invitation with this id.');
}

/** The columns an input sets; a 422 at `texts.<default>` without the default language, at `startsAt.date` for a start already past. */
function columnsOf(input: ParsedInvitationInput, defaultLanguage: string, now: Date) {
  const texts = textsWithDefault(input.texts, defaultLanguage);
  const startsAt = eventInstant(input.startsAt);
  if (Date.parse(startsAt) <= now.getTime()) {
    const message = 'The event must start later than now.';
    throw new AtelierError('validation_failed', message, { fieldErrors: [{ path: 'startsAt.date', code: 'too_small', message }] });
  }
  return {
    texts: JSON.stringify(texts),
    place_name: input.place.name,
    place_address: input.place.address ? input.place.address : null,
    place_city: input.place.city,
    place_country: input.place.country,
    starts_on: input.startsAt.date,
    starts_time: input.startsAt.time,
    time_zone: input.startsAt.timeZone,
    starts_at: startsAt,
    capacity: input.capacity,
    audience: storedAudience(input.audience),
  };
}

/** Each invitation's figures, by id. */
async function figuresOf(db: Db, invitations: readonly InvitationRow[]): Promise<Map<string, InvitationFigures>> {
  const figures = new Map<string, InvitationFigures>();
  if (invitations.length === 0) return figures;
  const rows = await db
    .selectFrom('invitation_guests')
    .select([
      'invitation_id',
      sql<number | string | bigint>`count(*)`.as('invited'),
      sql<number | string | bigint>`count(emailed_at)`.as('emailed'),
      sql<number | string | bigint>`sum(CASE WHEN answer = 'yes' THEN 1 ELSE 0 END)`.as('yes'),
      sql<number | string | bigint>`sum(CASE WHEN answer = 'no' THEN 1 ELSE 0 END)`.as('no'),
    ])
    .where(
      'invitation_id',
      'in',
      invitations.map((invitation) => invitation.id),
    )
    .groupBy('invitation_id')
    .execute();
  const byId = new Map(rows.map((row) => [row.invitation_id, row]));
  for (const invitation of invitations) {
    const row = byId.get(invitation.id);
    const invited = Number(row?.invited ?? 0);
    const emailed = Number(row?.emailed ?? 0);
    figures.set(invitation.id, { invited, emailed, notEmailed: invited - emailed, yes: Number(row?.yes ?? 0), no: Number(row?.no ?? 0), seatsLeft: invitation.capacity - invitation.seats_taken });
  }
  return figures;
}

function invitationOf(row: InvitationRow, figures: InvitationFigures, audienceCount: number | null): EventInvitation {
  return {
    id: row.id,
    status: row.status,
    defaultLanguage: row.default_language as EventInvitation['defaultLanguage'],
    texts: JSON.parse(row.texts) as EventInvitation['texts'],
    place: { name: row.place_name, address: row.place_address, city: row.place_city, country: row.place_country },
    startsAt: { date: row.starts_on, time: row.starts_time, timeZone: row.time_zone, at: row.starts_at },
    capacity: row.capacity,
    audience: audienceView(row.audience),
    audienceCount,
    figures,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    sentAt: row.sent_at,
  };
}

/** The invitation `invitationId` of the brand, or 404 `unknown_invitation`. */
export async function invitationRow(db: Db, brandId: string, invitationId: string): Promise<InvitationRow> {
  const row = await db.selectFrom('invitations').selectAll().where('id', '=', invitationId).where('brand_id', '=', brandId).executeTakeFirst();
  if (!row) throw unknownInvitation();
  return row;
}

/** One invitation as staff see it, its audience counted today. */
export async function invitationView(deps: InvitationDeps, row: InvitationRow): Promise<EventInvitation> {
  const context = await audienceContext(deps, row.brand_id);
  const [figures, audienceCount] = await Promise.all([figuresOf(deps.db, [row]), countAudience(deps, audienceView(row.audience), context)]);
  return invitationOf(row, figures.get(row.id)!, audienceCount);
}

export async function listInvitations(deps: InvitationDeps, brandId: string, limit: number): Promise<EventInvitation[]> {
  const rows = await deps.db.selectFrom('invitations').selectAll().where('brand_id', '=', brandId).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  const figures = await figuresOf(deps.db, rows);
  const context = await audienceContext(deps, brandId);
  const invitations: EventInvitation[] = [];
  for (const row of rows) {
    // Counting an audience is a query of its own: only the drafts', which decide whom a send reaches.
    const audienceCount = row.status === 'draft' ? await countAudience(deps, audienceView(row.audience), context) : null;
    invitations.push(invitationOf(row, figures.get(row.id)!, audienceCount));
  }
  return invitations;
}

export async function getInvitation(deps: InvitationDeps, brandId: string, invitationId: string): Promise<EventInvitation> {
  return invitationView(deps, await invitationRow(deps.db, brandId, invitationId));
}

export async function createInvitation(deps: InvitationDeps, brandId: string, input: ParsedInvitationInput): Promise<EventInvitation> {
  const now = deps.clock.now();
  const defaultLanguage = await brandDefaultLanguage(deps.db, brandId);
  const id = newId('inv');
  await deps.db
    .insertInto('invitations')
    .values({ id, brand_id: brandId, status: 'draft', default_language: defaultLanguage, ...columnsOf(input, defaultLanguage, now), created_at: now.toISOString(), updated_at: now.toISOString(), sent_at: null })
    .execute();
  return getInvitation(deps, brandId, id);
}

/** Rewrites a draft; a sent invitation is 409 `invitation_already_sent`. */
export async function updateInvitation(deps: InvitationDeps, brandId: string, invitationId: string, input: ParsedInvitationInput): Promise<EventInvitation> {
  const now = deps.clock.now();
  const row = await invitationRow(deps.db, brandId, invitationId);
  const columns = columnsOf(input, row.default_language, now);
  // Conditional: a send between the read and this write leaves the sent invitation as it was sent.
  const updated = await deps.db
    .updateTable('invitations')
    .set({ ...columns, updated_at: now.toISOString() })
    .where('id', '=', invitationId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) throw new AtelierError('invitation_already_sent', 'This invitation was sent: it can no longer be edited.');
  return getInvitation(deps, brandId, invitationId);
}
