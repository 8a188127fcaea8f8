/**
 * A brand's own words in place of the widgets' (issue 20): "Register your timepiece" for "Activate
 * your warranty", per locale. Two ways in, applied in this order over the shipped catalog: the page's
 * `setAtelierMessages()` (every widget, `{ fr: { 'warranty-activation': { activationTitle: '…' } } }`),
 * then one element's `messages` property or attribute (`{ fr: { activationTitle: '…' } }`).
 *
 * The page's overrides live on `globalThis` under a registered symbol, not in this module: the CDN
 * loader (loader.ts) stores them the same way without importing the runtime, and a page that loaded
 * the widgets twice still has one set of words.
 */
import type { Locale } from '@atelier/client/contract';

/**
 * What may replace a catalog's entry: a string for a string; for words made from values
 * (`coverageUntil(date)`), a function of the same values, or a string that needs none of them;
 * a group (`fieldErrors`) entry by entry.
 */
export type MessageOverride<Messages> = {
  [Key in keyof Messages]?: Messages[Key] extends (...values: infer Values) => string
    ? ((...values: Values) => string) | string
    : Messages[Key] extends string
      ? string
      : MessageOverride<Messages[Key]>;
};

/** One widget's overrides, per locale (`en`, `fr`, `zh-Hant`, …). */
export type LocalizedMessageOverrides<Messages> = Partial<Record<Locale, MessageOverride<Messages>>>;

/** The page's overrides as `setAtelierMessages` received them: per locale, per widget (its tag without `atelier-`). */
export type PageMessageOverrides = Partial<Record<Locale, Partial<Record<string, object>>>>;

/** The key of the page's overrides on `globalThis` (also written by loader.ts). */
export const pageMessagesKey = Symbol.for('atelier.messages');
/** Dispatched on `window` after each `setAtelierMessages` call (also by loader.ts): widgets draw again. */
export const pageMessagesEvent = 'atelier-messages';

/** Every `setAtelierMessages` call so far, oldest first. */
export function pageMessageOverrides(): readonly PageMessageOverrides[] {
  return (globalThis as { [pageMessagesKey]?: PageMessageOverrides[] })[pageMessagesKey] ?? [];
}

/** Stores the page's overrides (merged with earlier calls) and tells the widgets on the page. */
export function storePageMessages(overrides: PageMessageOverrides): void {
  const page = globalThis as { [pageMessagesKey]?: PageMessageOverrides[] };
  (page[pageMessagesKey] ??= []).push(overrides);
  dispatchEvent(new Event(pageMessagesEvent));
}

const isGroup = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The catalog with `override` laid over it, entry by entry, without changing either. A string given
 * for words made from values (as an attribute's JSON can only give) becomes a function returning it.
 */
export function overrideMessages<Messages>(messages: Messages, override: object | undefined): Messages {
  if (!override) return messages;
  const merged: Record<string, unknown> = { ...(messages as Record<string, unknown>) };
  for (const [key, value] of Object.entries(override)) {
    const shipped = merged[key];
    if (value === undefined || value === null) continue;
    if (isGroup(value) && isGroup(shipped)) merged[key] = overrideMessages(shipped, value);
    else if (typeof shipped === 'function' && typeof value === 'string') merged[key] = () => value;
    else merged[key] = value;
  }
  return merged as Messages;
}

/** The `messages` attribute's JSON; a page's typo is said in the console rather than thrown from inside the element. */
export function messagesFromAttribute(value: string | null): object | undefined {
  if (!value) return undefined;
  try {
    return JSON.parse(value) as object;
  } catch {
    console.warn(`[atelier] the messages attribute is not JSON, so the shipped words are shown: ${value}`);
    return undefined;
  }
}
