/**
 * "From the brand" as the signed-in owner reads it (issue 16): the invitations they received and
 * their answer (the brand's side: invitations.ts), and the news published to them (brand-news.ts).
 * A module of its own, importing nothing of the audiences' segment language, so the owner portal's
 * chunk carries these few schemas and none of the staff's.
 *
 *   const { invitations } = await owner.fromTheBrand.invitations();
 *   await owner.fromTheBrand.answerInvitation(invitations[0].id, 'yes'); // 409 invitation_full without a seat left
 */
import * as z from 'zod/mini';
import { operation, type OperationDocs } from './operation.ts';
import { ownerAccess } from './owner-space.ts';
import { Id, IsoDate, IsoDateTime } from './primitives.ts';

/** Invitations an owner's list shows: those still to come, then the latest past ones. */
export const myInvitationsMax = 50;
/** News items an owner's list shows: the newest. */
export const myBrandNewsMax = 50;

export const invitationAnswers = ['yes', 'no'] as const;
export const InvitationAnswer = z.enum(invitationAnswers);
export type InvitationAnswer = z.infer<typeof InvitationAnswer>;

export const InvitationParams = z.strictObject({ invitationId: Id });
export type InvitationParams = z.input<typeof InvitationParams>;

/** Where the event takes place, as answered. */
export const EventPlaceView = z.object({ name: z.string(), address: z.nullable(z.string()), city: z.string(), country: z.string() });

/** When the event starts, as given, and the same instant in UTC. */
export const EventStartView = z.object({ date: IsoDate, time: z.string(), timeZone: z.string(), at: IsoDateTime });

/** An invitation as the invited owner sees it, in their language (else the default's). */
export const MyInvitation = z.object({
  id: Id,
  /** The language of `title` and `description`. */
  language: z.string(),
  title: z.string(),
  description: z.string(),
  place: EventPlaceView,
  startsAt: EventStartView,
  /** Their answer; null until they give one. */
  answer: z.nullable(InvitationAnswer),
  answeredAt: z.nullable(IsoDateTime),
  /** No seat is left: a yes would be refused (unless theirs is already a yes). */
  full: z.boolean(),
  /** They may still answer or change their answer: the event has not started. */
  open: z.boolean(),
});
export type MyInvitation = z.infer<typeof MyInvitation>;

export const MyInvitationList = z.object({
  /** Events to come, soonest first, then past ones, latest first; at most `myInvitationsMax`. */
  invitations: z.array(MyInvitation),
});
export type MyInvitationList = z.infer<typeof MyInvitationList>;

export const InvitationAnswerRequest = z.strictObject({ answer: InvitationAnswer });
export type InvitationAnswerRequest = z.input<typeof InvitationAnswerRequest>;

/** A news item as an owner in its audience reads it, in their language (else the default's). */
export const MyBrandNewsItem = z.object({
  id: Id,
  language: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.nullable(z.string()),
  publishedAt: IsoDateTime,
});
export type MyBrandNewsItem = z.infer<typeof MyBrandNewsItem>;

export const MyBrandNewsList = z.object({
  /** Newest first, at most `myBrandNewsMax`. */
  news: z.array(MyBrandNewsItem),
});
export type MyBrandNewsList = z.infer<typeof MyBrandNewsList>;

export const listMyInvitations = operation({
  id: 'listMyInvitations',
  method: 'GET',
  path: '/v1/owner/invitations',
  access: ownerAccess,
  response: MyInvitationList,
});

export const answerMyInvitation = operation({
  id: 'answerMyInvitation',
  method: 'PUT',
  path: '/v1/owner/invitations/{invitationId}/answer',
  access: ownerAccess,
  params: InvitationParams,
  request: InvitationAnswerRequest,
  response: MyInvitation,
  errors: ['unknown_invitation', 'invitation_full', 'invitation_closed'],
});

export const listMyBrandNews = operation({
  id: 'listMyBrandNews',
  method: 'GET',
  path: '/v1/owner/news',
  access: ownerAccess,
  response: MyBrandNewsList,
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const fromTheBrandDocs = {
  tag: 'owner-space',
  summaries: {
    listMyInvitations:
      "The signed-in owner's invitations, in their language (else the brand's default): events to come soonest first, then past ones; their answer, whether the event is full, and whether they may still answer.",
    answerMyInvitation:
      "The signed-in owner answers an invitation of theirs yes or no, or changes their answer, until the event starts (then 409 `invitation_closed`). A yes takes a seat; none left is 409 `invitation_full`. An invitation they did not receive is 404 `unknown_invitation`.",
    listMyBrandNews:
      "The news published to the signed-in owner (they are in its audience now), newest first, in their language (else the brand's default).",
  },
} as const satisfies OperationDocs;
