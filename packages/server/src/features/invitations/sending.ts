/**
 * Sending an invitation (contract invitations.ts): every client in its audience today who is not
 * invited yet is invited — recorded once — and e-mailed once, in their language, when their
 * preferences allow marketing e-mail (brand-messages/marketing-email.ts); the others find it in
 * their space.
 *
 * What makes it once: the guests are written by one `INSERT … SELECT … ON CONFLICT DO NOTHING
 * RETURNING` on their primary key (invitation, owner), and only the rows that insert returns are
 * e-mailed, in the same unit of work (the request's, db/unit-of-work.ts) that queues the e-mails
 * (mail/outbox.ts). Before it, the invitation's row is updated, which on PostgreSQL holds its lock
 * until the unit commits: a second sender, on this instance or another, waits, then finds every
 * owner already there and invites nobody twice; SQLite takes the write lock for the whole unit.
 */
import type { InvitationSent } from '@atelier/client/contract';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { AtelierError } from '../../errors.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { renderInvitation } from '../../mail/templates/invitation.ts';
import { audienceContext, audienceMembers, audienceView } from '../brand-messages/audience.ts';
import { marketingEmailPermission } from '../brand-messages/marketing-email.ts';
import { textFor } from '../brand-messages/texts.ts';
import { hashUnsubscribeToken } from '../care/care-reminder-sending.ts';
import { todayUtc } from '../shared/calendar.ts';
import { invitationRow, invitationView, type InvitationRow } from './invitations.ts';

export interface InvitationSendingDeps {
  db: Db;
  /** The outbox in the server (the e-mails are queued with the unit of work); a transport in a test. */
  mailer: Mailer;
  clock: Clock;
  /** Where the brand site lives (`PUBLIC_URL`): the owner space's page, where the owner answers. */
  publicUrl: string;
  /** The API's origin (`PUBLIC_ORIGIN`): the unsubscribe link points to it. */
  publicOrigin: string;
}

const unsubscribeTokenBytes = 32;
/** The example site's owner space, under `PUBLIC_URL`: where the e-mail's button leads to answer. */
export const ownerSpacePagePath = '/my-pieces.html';

export function invitationClosed(): AtelierError {
  return new AtelierError('invitation_closed', 'The event has started: the invitation is closed.');
}

/**
 * Records as guests of `invitation` the clients in its audience today not invited yet; answers
 * the owners it recorded (the others were there already). E-mails no one: `sendInvitation` does.
 */
export async function inviteAudience(db: Db, clock: Clock, invitation: Pick<InvitationRow, 'id' | 'brand_id' | 'audience'>, now: Date): Promise<{ owner_id: string }[]> {
  const context = await audienceContext({ db, clock }, invitation.brand_id);
  const invitedAt = now.toISOString();
  return db
    .insertInto('invitation_guests')
    .columns(['invitation_id', 'brand_id', 'owner_id', 'invited_at'])
    .expression(
      audienceMembers(db, audienceView(invitation.audience), context).select([
        sql<string>`CAST(${invitation.id} AS TEXT)`.as('invitation_id'),
        sql<string>`CAST(${invitation.brand_id} AS TEXT)`.as('brand_id'),
        's.owner_id',
        sql<string>`CAST(${invitedAt} AS TEXT)`.as('invited_at'),
      ]),
    )
    .onConflict((conflict) => conflict.columns(['invitation_id', 'owner_id']).doNothing())
    .returning('owner_id')
    .execute();
}

/** Invites the audience's newcomers to `invitationId` and e-mails those who allow it; see the module's comment. */
export async function sendInvitation(deps: InvitationSendingDeps, brandId: string, invitationId: string): Promise<InvitationSent> {
  const { db } = deps;
  const now = deps.clock.now();
  const row = await invitationRow(db, brandId, invitationId);
  if (Date.parse(row.starts_at) <= now.getTime()) throw invitationClosed();

  // Taken first: on PostgreSQL this row's lock makes a concurrent sender wait for this unit to commit.
  await db
    .updateTable('invitations')
    .set({ status: 'sent', sent_at: row.sent_at ?? now.toISOString(), updated_at: now.toISOString() })
    .where('id', '=', invitationId)
    .execute();

  const newcomers = await inviteAudience(db, deps.clock, row, now);
  const brand = await db.selectFrom('brands').select('name').where('id', '=', brandId).executeTakeFirstOrThrow();
  let emailedNow = 0;
  for (const { owner_id: ownerId } of newcomers) {
    const permission = await marketingEmailPermission(db, ownerId, todayUtc(deps.clock));
    if (!permission.allowed) {
      await db.updateTable('invitation_guests').set({ not_emailed_reason: permission.reason }).where('invitation_id', '=', invitationId).where('owner_id', '=', ownerId).execute();
      continue;
    }
    const owner = await db.selectFrom('owners').select(['name', 'email', 'language']).where('id', '=', ownerId).executeTakeFirstOrThrow();
    const { text } = textFor<{ title: string; description: string }>(row.texts, owner.language, row.default_language);
    // The token exists only in the e-mail; the database keeps its hash, no log names it.
    const token = randomBytes(unsubscribeTokenBytes).toString('base64url');
    await db.insertInto('unsubscribe_tokens').values({ token_hash: hashUnsubscribeToken(token), owner_id: ownerId, purpose: 'marketing', created_at: now.toISOString() }).execute();
    await deps.mailer.send(
      renderInvitation({
        to: owner.email,
        language: owner.language,
        recipientName: owner.name,
        brandName: brand.name,
        title: text.title,
        description: text.description,
        place: { name: row.place_name, address: row.place_address, city: row.place_city, country: row.place_country },
        startsAt: row.starts_at,
        timeZone: row.time_zone,
        capacity: row.capacity,
        answerLink: `${deps.publicUrl.replace(/\/$/, '')}${ownerSpacePagePath}`,
        unsubscribeUrl: `${deps.publicOrigin.replace(/\/$/, '')}/v1/unsubscribe/${token}?list=marketing`,
      }),
      // Many e-mails per send: the answer does not wait for each to reach the transport.
      { answerAfterSend: false },
    );
    await db.updateTable('invitation_guests').set({ emailed_at: now.toISOString() }).where('invitation_id', '=', invitationId).where('owner_id', '=', ownerId).execute();
    emailedNow += 1;
  }
  const invitation = await invitationView(deps, await invitationRow(db, brandId, invitationId));
  return { invitation, invitedNow: newcomers.length, emailedNow };
}
