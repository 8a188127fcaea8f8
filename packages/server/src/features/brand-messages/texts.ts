/**
 * The texts of an invitation or a news item, one per language (contract brand-audience.ts): at
 * least in the brand's default language, and what an owner reads — their language's, else the
 * default's.
 */
import { AtelierError } from '../../errors.ts';
import type { Db } from '../../db/database.ts';

/** The brand's default language: the first of its locales. */
export async function brandDefaultLanguage(db: Db, brandId: string): Promise<string> {
  const brand = await db.selectFrom('brands').select('locales').where('id', '=', brandId).executeTakeFirstOrThrow();
  return (JSON.parse(brand.locales) as string[])[0] ?? 'en';
}

/** The texts given, without the languages left out; a 422 at `texts.<default>` when the default language is missing. */
export function textsWithDefault<Text>(texts: Partial<Record<string, Text | undefined>>, defaultLanguage: string): Record<string, Text> {
  const given = Object.fromEntries(Object.entries(texts).filter((entry): entry is [string, Text] => entry[1] !== undefined));
  if (given[defaultLanguage] === undefined) {
    const message = `Write it in the brand's default language (${defaultLanguage}) at least.`;
    throw new AtelierError('validation_failed', message, { fieldErrors: [{ path: `texts.${defaultLanguage}`, code: 'required', message }] });
  }
  return given;
}

/** The text an owner speaking `language` reads, and its language. */
export function textFor<Text>(stored: string, language: string, defaultLanguage: string): { language: string; text: Text } {
  const texts = JSON.parse(stored) as Record<string, Text>;
  const own = texts[language];
  if (own !== undefined) return { language, text: own };
  return { language: defaultLanguage, text: texts[defaultLanguage]! };
}
