/** Each language named in itself, for the language picker (a person finds their own whatever the page's language). */
import type { Locale } from '@atelier/client/contract';

export const localeNames: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  it: 'Italiano',
  ja: '日本語',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
};
