/** The brand's catalogue for its staff: the models, and the collections and categories they name. */
import type { Catalogue } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';

const distinctSorted = (names: readonly (string | null)[]): string[] =>
  [...new Set(names.filter((name): name is string => name !== null && name !== ''))].sort((a, b) => a.localeCompare(b, 'en'));

export async function brandCatalogue(db: Db, brandId: string): Promise<Catalogue> {
  const models = await db
    .selectFrom('models')
    .select(['reference', 'name', 'collection', 'category'])
    .where('brand_id', '=', brandId)
    .orderBy('collection')
    .orderBy('name')
    .orderBy('reference')
    .execute();
  return {
    models,
    collections: distinctSorted(models.map((model) => model.collection)),
    categories: distinctSorted(models.map((model) => model.category)),
  };
}
