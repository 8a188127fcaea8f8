/**
 * An invitation or a news item as the form holds it — every field as typed — and the request made
 * from it. The audience is drawn as a segment, countries and collections (the console's everyday
 * choices); a filter written through the API in other terms is kept as it is, beside them.
 */
import { builtInSegmentNames, supportedLocales } from '@atelier/client/contract';
import type { Audience, BrandNewsInput, InvitationInput, Locale, SegmentClause, SegmentCondition } from '@atelier/client/contract';

export interface TextDraft {
  title: string;
  /** An invitation's description, a news item's text. */
  body: string;
}

export interface MessageDraft {
  texts: Record<Locale, TextDraft>;
  link: string;
  placeName: string;
  address: string;
  city: string;
  country: string;
  date: string;
  time: string;
  timeZone: string;
  capacity: string;
  segment: string;
  countries: string;
  collections: string;
  /** A filter the fields above cannot show, kept as it is. */
  otherFilter: SegmentClause | undefined;
}

function emptyTexts(): Record<Locale, TextDraft> {
  return Object.fromEntries(supportedLocales.map((locale) => [locale, { title: '', body: '' }])) as Record<Locale, TextDraft>;
}

/** The browser's time zone: the likeliest place of an event the person writes. */
function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function emptyDraft(): MessageDraft {
  return {
    texts: emptyTexts(),
    link: '',
    placeName: '',
    address: '',
    city: '',
    country: '',
    date: '',
    time: '18:30',
    timeZone: localTimeZone(),
    capacity: '',
    segment: '',
    countries: '',
    collections: '',
    otherFilter: undefined,
  };
}

/** An audience as received: a segment this console may not know (a newer server's) is shown as none. */
interface ReceivedAudience {
  segment: string | null;
  filter: unknown;
}

/** The audience's filter split into the fields it fills, and what is left over. */
function audienceDraft(audience: ReceivedAudience): Pick<MessageDraft, 'segment' | 'countries' | 'collections' | 'otherFilter'> {
  const draft = { segment: audience.segment !== null && (builtInSegmentNames as readonly string[]).includes(audience.segment) ? audience.segment : '', countries: '', collections: '', otherFilter: undefined as SegmentClause | undefined };
  const filter = audience.filter as SegmentClause | null;
  if (filter === null) return draft;
  const parts = filter.kind === 'all' ? filter.of : [filter];
  const rest: SegmentClause[] = [];
  for (const part of parts) {
    if (part.kind === 'country' && draft.countries === '') draft.countries = part.in.join(', ');
    else if (part.kind === 'collection' && draft.collections === '') draft.collections = part.in.join(', ');
    else rest.push(part);
  }
  if (rest.length > 0) draft.otherFilter = rest.length === 1 ? rest[0] : { kind: 'all', of: rest };
  return draft;
}

export function draftOfInvitation(invitation: {
  texts: Record<string, { title: string; description: string }>;
  place: { name: string; address: string | null; city: string; country: string };
  startsAt: { date: string; time: string; timeZone: string };
  capacity: number;
  audience: ReceivedAudience;
}): MessageDraft {
  const texts = emptyTexts();
  for (const [locale, text] of Object.entries(invitation.texts)) texts[locale as Locale] = { title: text.title, body: text.description };
  return {
    ...emptyDraft(),
    texts,
    placeName: invitation.place.name,
    address: invitation.place.address ?? '',
    city: invitation.place.city,
    country: invitation.place.country,
    date: invitation.startsAt.date,
    time: invitation.startsAt.time,
    timeZone: invitation.startsAt.timeZone,
    capacity: String(invitation.capacity),
    ...audienceDraft(invitation.audience),
  };
}

export function draftOfNews(news: { texts: Record<string, { title: string; body: string }>; link: string | null; audience: ReceivedAudience }): MessageDraft {
  const texts = emptyTexts();
  for (const [locale, text] of Object.entries(news.texts)) texts[locale as Locale] = { title: text.title, body: text.body };
  return { ...emptyDraft(), texts, link: news.link ?? '', ...audienceDraft(news.audience) };
}

/** Comma-separated values as typed, trimmed, empty ones left out. */
function listOf(typed: string): string[] {
  return typed
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

export function audienceOf(draft: MessageDraft): Audience {
  const parts: SegmentClause[] = [];
  const countries = listOf(draft.countries).map((country) => country.toUpperCase());
  if (countries.length > 0) parts.push({ kind: 'country', in: countries } satisfies SegmentCondition);
  const collections = listOf(draft.collections);
  if (collections.length > 0) parts.push({ kind: 'collection', in: collections } satisfies SegmentCondition);
  if (draft.otherFilter) parts.push(draft.otherFilter);
  const audience: Audience = {};
  if (draft.segment !== '') audience.segment = draft.segment as NonNullable<Audience['segment']>;
  if (parts.length > 0) audience.filter = parts.length === 1 ? parts[0] : { kind: 'all', of: parts };
  return audience;
}

/** The languages the person wrote something in. */
function writtenLocales(draft: MessageDraft): Locale[] {
  return supportedLocales.filter((locale) => draft.texts[locale].title.trim() !== '' || draft.texts[locale].body.trim() !== '');
}

/** A whole number as typed; an emptied field is sent as no number, so the contract names the field. */
function typedNumber(typed: string): number {
  return typed.trim() === '' ? Number.NaN : Number(typed);
}

export function invitationInputOf(draft: MessageDraft): InvitationInput {
  const texts: InvitationInput['texts'] = {};
  for (const locale of writtenLocales(draft)) texts[locale] = { title: draft.texts[locale].title, description: draft.texts[locale].body };
  return {
    texts,
    place: { name: draft.placeName, ...(draft.address.trim() === '' ? {} : { address: draft.address }), city: draft.city, country: draft.country },
    startsAt: { date: draft.date, time: draft.time, timeZone: draft.timeZone },
    capacity: typedNumber(draft.capacity),
    audience: audienceOf(draft),
  };
}

export function newsInputOf(draft: MessageDraft): BrandNewsInput {
  const texts: BrandNewsInput['texts'] = {};
  for (const locale of writtenLocales(draft)) texts[locale] = { title: draft.texts[locale].title, body: draft.texts[locale].body };
  return { texts, ...(draft.link.trim() === '' ? {} : { link: draft.link }), audience: audienceOf(draft) };
}
