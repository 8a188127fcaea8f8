/**
 * What the brand's invitations (invitations.ts) and news (brand-news.ts) share: who they are for,
 * and their texts in several languages. No operations here: the building blocks of the two.
 *
 * **Audience**: the brand's clients (owners named by a confirmed registration, segments.ts) in a
 * built-in `segment`, matching a `filter` of the segment language (a country, a collection owned,
 * a consent, …), both (the clients in the segment who match the filter), or neither (every client).
 *
 *   const audience: Audience = { segment: 'vip', filter: { kind: 'all', of: [{ kind: 'country', in: ['FR'] }, { kind: 'collection', in: ['Corniche'] }] } };
 *
 * **Texts**: one entry per language, at least in `defaultLanguage` (the brand's default language
 * when the message was written); the other six of the locales the widgets speak are optional. An
 * owner reads the entry in their language, else the default's.
 */
import * as z from 'zod/mini';
import { BuiltInSegmentName, SegmentFilter } from './segments.ts';

export const Audience = z.strictObject({
  /** A built-in segment (vip, regular, new, at_risk, lapsed). */
  segment: z.optional(BuiltInSegmentName),
  /** A clause of the segment filter language, as JSON (an object, not text). */
  filter: z.optional(SegmentFilter),
});
export type Audience = z.input<typeof Audience>;

/** The audience as stored and answered: `null` for what it leaves out. */
export const AudienceView = z.object({
  segment: z.nullable(BuiltInSegmentName),
  /**
   * The filter as given (a clause of the segment filter language), or null when there is none.
   * Declared as any JSON value: a nullable unknown would be an OpenAPI `anyOf` with an empty
   * schema, which matches anything and which the document's lint refuses.
   */
  filter: z.unknown(),
});
export type AudienceView = z.infer<typeof AudienceView>;

/**
 * An object with one optional entry per supported locale, each a `text` (written out rather than
 * built from the list: a loop at a contract module's top level would be a side effect to a
 * bundler). A refusal names the entry's field: `texts.fr.title`.
 */
// @__NO_SIDE_EFFECTS__
export function textsPerLocale<Text extends z.ZodMiniType>(text: Text) {
  return z.strictObject({
    en: z.optional(text),
    fr: z.optional(text),
    de: z.optional(text),
    it: z.optional(text),
    ja: z.optional(text),
    'zh-Hans': z.optional(text),
    'zh-Hant': z.optional(text),
  });
}

/** Texts as answered: each language given, by its locale. */
// @__NO_SIDE_EFFECTS__
export function textsView<Text extends z.ZodMiniType>(text: Text) {
  return z.record(z.string(), text);
}
