/**
 * The locales Atelier ships strings for, in a module of its own without zod: the widgets decide
 * which language to speak before their validation code has loaded (the activation form renders
 * first and loads the contract's schemas afterwards), so this list must not bring zod with it.
 */

/** Locales the widgets and mails ship strings for (BCP 47). */
export const supportedLocales = ['en', 'fr', 'de', 'it', 'ja', 'zh-Hans', 'zh-Hant'] as const;

/** One of `supportedLocales`; the contract's `Locale` schema accepts exactly these. */
export type SupportedLocale = (typeof supportedLocales)[number];

export function isSupportedLocale(tag: string): tag is SupportedLocale {
  return (supportedLocales as readonly string[]).includes(tag);
}
