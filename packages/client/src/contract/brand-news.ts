/**
 * News from the brand (issue 16, "From the brand"): a short article — a title, a few paragraphs,
 * an optional link — that the brand's staff write in the console and publish to the owner space of
 * an audience of its clients (brand-audience.ts: the same audience and texts as invitations).
 *
 *   const draft = await client.call(createBrandNews, {
 *     texts: { en: { title: 'The Corniche in bronze', body: 'Our new diver, cast in bronze.' } },
 *     link: 'https://www.maison-aubert.example/corniche-bronze',
 *     audience: { filter: { kind: 'collection', in: ['Corniche'] } },
 *   });
 *   await client.call(publishBrandNews, { params: { newsId: draft.id } });
 *
 * News is not e-mailed: an owner reads it when they open their space. The owner space is the
 * brand's preferred channel, and a second stream of marketing e-mail beside invitations would
 * crowd the owner's inbox (and the concierge's blackout window) for what waits well. Who reads a
 * published item is its audience when the owner reads it: a client who joins the audience later
 * (buys a piece of the collection) finds it too.
 */
import * as z from 'zod/mini';
import { Audience, AudienceView, textsPerLocale, textsView } from './brand-audience.ts';
import { fieldCheck } from './field-check.ts';
import { brandMessageTitleMaxLength } from './invitations.ts';
import { operation, type OperationDocs } from './operation.ts';
import { Id, IsoDateTime, Locale } from './primitives.ts';
import { multiLine } from './repairs.ts';
import { singleLine } from './text-characters.ts';

/** Characters of a news item's body. */
export const brandNewsBodyMaxLength = 4000;
/** Characters of a news item's link. */
export const brandNewsLinkMaxLength = 2048;
/** News items the console's list shows: the newest. */
export const brandNewsListMax = 200;

export const brandNewsStatuses = ['draft', 'published'] as const;
export const BrandNewsStatus = z.enum(brandNewsStatuses);
export type BrandNewsStatus = z.infer<typeof BrandNewsStatus>;

export const BrandNewsText = z.strictObject({
  title: z.string().check(z.trim(), singleLine, z.minLength(1), z.maxLength(brandMessageTitleMaxLength)),
  /** The article; several lines, paragraphs separated by an empty line. */
  body: z.string().check(z.trim(), multiLine, z.minLength(1), z.maxLength(brandNewsBodyMaxLength)),
});
export type BrandNewsText = z.input<typeof BrandNewsText>;

/** A new news item, or a draft's new content (a PUT replaces it whole); `texts` holds at least the brand's default language. */
export const BrandNewsInput = z
  .strictObject({
    texts: textsPerLocale(BrandNewsText),
    /** A page to read more: an https address. */
    link: z.optional(z.string().check(z.trim(), singleLine, z.maxLength(brandNewsLinkMaxLength), z.regex(/^https:\/\/\S+$/, 'An https address.'))),
    audience: Audience,
  })
  .check(
    fieldCheck((input: { texts: Record<string, unknown> }) =>
      Object.values(input.texts).some((text) => text !== undefined) ? undefined : { path: ['texts'], code: 'required', message: "Write the news in the brand's default language at least." },
    ),
  );
export type BrandNewsInput = z.input<typeof BrandNewsInput>;

export const BrandNewsParams = z.strictObject({ newsId: Id });
export type BrandNewsParams = z.input<typeof BrandNewsParams>;

/** A news item as the brand's staff see it. */
export const BrandNews = z.object({
  id: Id,
  status: BrandNewsStatus,
  defaultLanguage: Locale,
  texts: textsView(z.object({ title: z.string(), body: z.string() })),
  link: z.nullable(z.string()),
  audience: AudienceView,
  /** Clients in the audience today: who read it in their space once published. The list gives it for drafts only (null otherwise). */
  audienceCount: z.nullable(z.number()),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  publishedAt: z.nullable(IsoDateTime),
});
export type BrandNews = z.infer<typeof BrandNews>;

export const BrandNewsList = z.object({
  /** Newest first, at most `brandNewsListMax`. */
  news: z.array(BrandNews),
});
export type BrandNewsList = z.infer<typeof BrandNewsList>;

/** As invitations: the brand's admins and customer care, and its servers. */
const newsStaff = { keys: ['secret'], brandStaff: ['admin', 'concierge'] } as const;

export const listBrandNews = operation({
  id: 'listBrandNews',
  method: 'GET',
  path: '/v1/brand-news',
  access: newsStaff,
  response: BrandNewsList,
});

export const createBrandNews = operation({
  id: 'createBrandNews',
  method: 'POST',
  path: '/v1/brand-news',
  access: newsStaff,
  request: BrandNewsInput,
  response: BrandNews,
  successStatus: 201,
});

export const updateBrandNews = operation({
  id: 'updateBrandNews',
  method: 'PUT',
  path: '/v1/brand-news/{newsId}',
  access: newsStaff,
  params: BrandNewsParams,
  request: BrandNewsInput,
  response: BrandNews,
  errors: ['unknown_brand_news', 'brand_news_already_published'],
});

export const publishBrandNews = operation({
  id: 'publishBrandNews',
  method: 'POST',
  path: '/v1/brand-news/{newsId}/publish',
  access: newsStaff,
  params: BrandNewsParams,
  response: BrandNews,
  errors: ['unknown_brand_news'],
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const brandNewsDocs = {
  tag: 'brand-news',
  summaries: {
    listBrandNews: `The brand's news, newest first (at most ${brandNewsListMax}), drafts and published, each with its audience today.`,
    createBrandNews:
      "Writes a news item as a draft: texts (at least in the brand's default language), an optional https link, and the audience (a built-in segment, a filter of the segment language, both or neither). No owner reads it until it is published.",
    updateBrandNews: "Replaces a draft's content. A published item is not edited: 409 `brand_news_already_published`.",
    publishBrandNews:
      'Publishes a news item to the owner space of its audience (not e-mailed). Publishing a published item changes nothing. Another brand\'s, or none, is 404 `unknown_brand_news`.',
  },
} as const satisfies OperationDocs;
