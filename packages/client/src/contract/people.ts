/**
 * People of a brand who sign in to the console: brand staff (admin, service desk, concierge,
 * analyst) and retailer staff (manager, associate) of one retailer; their console sessions; the
 * e-mailed sign-in links that let them in without a password.
 */
import * as z from 'zod/mini';
import type { BrandRole, RetailerRole } from './operation.ts';
import { Email, Id, IsoDateTime, Locale, PersonName } from './primitives.ts';
import { singleLine } from './text-characters.ts';

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

/** The signed-in person, with the brand (and retailer) they belong to and the session they use. */
export const Me = z.object({
  person: Person,
  brand: z.object({ id: Id, name: z.string() }),
  retailer: z.nullable(z.object({ id: Id, name: z.string() })),
  session: ConsoleSession,
});
export type Me = z.infer<typeof Me>;

export const SignInLinkRequest = z.strictObject({
  email: Email,
  /** The language of the e-mail: the console's, as the person reads it. Default English. */
  language: z.optional(Locale),
});
export type SignInLinkRequest = z.infer<typeof SignInLinkRequest>;

/** The same answer whether or not the address belongs to anyone: the link, if any, is in the mailbox. */
export const SignInLinkAccepted = z.object({
  /** How long an e-mailed link stays valid. */
  linkLifetimeMinutes: z.number(),
});
export type SignInLinkAccepted = z.infer<typeof SignInLinkAccepted>;

/** Longest token accepted; real ones are 43 characters (32 bytes, base64url). */
export const signInTokenMaxLength = 128;

/** The token of an e-mailed link (`/console/#sign-in=<token>`), consumed once. */
export const SignInLinkConsumption = z.strictObject({
  token: z.string().check(z.minLength(1), z.maxLength(signInTokenMaxLength), singleLine),
});
export type SignInLinkConsumption = z.infer<typeof SignInLinkConsumption>;

export const SignedOut = z.object({ signedOut: z.literal(true) });
export type SignedOut = z.infer<typeof SignedOut>;

export const ConsoleSessionList = z.object({ sessions: z.array(ConsoleSession) });
export type ConsoleSessionList = z.infer<typeof ConsoleSessionList>;

export const SessionParams = z.strictObject({ sessionId: Id });
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
