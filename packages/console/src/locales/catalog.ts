/**
 * The console's strings per locale, loaded on demand: English is bundled (it renders at once and
 * is the fallback), every other locale is its own chunk, fetched once. Web Awesome's own words
 * (a dialog's "Close", a select's "Clear") follow the same locale through its translations, keyed
 * by the `lang` of the page.
 */
import type { Locale } from '@atelier/client/contract';
import { registerTranslation } from '@awesome.me/webawesome/dist/utilities/localize.js';
import en from './en.ts';
import type { ConsoleMessages } from './en.ts';

type NonEnglishLocale = Exclude<Locale, 'en'>;

const messageLoaders: Record<NonEnglishLocale, () => Promise<{ default: ConsoleMessages }>> = {
  fr: () => import('./fr.ts'),
  de: () => import('./de.ts'),
  it: () => import('./it.ts'),
  ja: () => import('./ja.ts'),
  'zh-Hans': () => import('./zh-Hans.ts'),
  'zh-Hant': () => import('./zh-Hant.ts'),
};

/** Web Awesome ships zh-cn / zh-tw; the console's tags name the script, so they are registered under those too. */
const webAwesomeLoaders: Record<NonEnglishLocale, () => Promise<unknown>> = {
  fr: () => import('@awesome.me/webawesome/dist/translations/fr.js'),
  de: () => import('@awesome.me/webawesome/dist/translations/de.js'),
  it: () => import('@awesome.me/webawesome/dist/translations/it.js'),
  ja: () => import('@awesome.me/webawesome/dist/translations/ja.js'),
  'zh-Hans': () =>
    import('@awesome.me/webawesome/dist/translations/zh-cn.js').then(({ default: translation }) =>
      registerTranslation({ ...translation, $code: 'zh-Hans' }),
    ),
  'zh-Hant': () =>
    import('@awesome.me/webawesome/dist/translations/zh-tw.js').then(({ default: translation }) =>
      registerTranslation({ ...translation, $code: 'zh-Hant' }),
    ),
};

const loaded = new Map<Locale, Promise<ConsoleMessages>>([['en', Promise.resolve(en)]]);

export const englishMessages = en;

/** The locale's strings (and Web Awesome's); a chunk that fails to load resolves to English, and is tried again next time. */
export function loadMessages(locale: Locale): Promise<ConsoleMessages> {
  let pending = loaded.get(locale);
  if (!pending) {
    const nonEnglish = locale as NonEnglishLocale;
    pending = Promise.all([messageLoaders[nonEnglish](), webAwesomeLoaders[nonEnglish]()]).then(
      ([module]) => module.default,
      (error: unknown) => {
        loaded.delete(locale);
        console.warn(`[atelier console] could not load the "${locale}" strings; using English.`, error);
        return en;
      },
    );
    loaded.set(locale, pending);
  }
  return pending;
}
