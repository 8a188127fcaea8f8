/**
 * The brand's catalogue as its staff pick from it: every model with its collection and category,
 * and the collections by name. The console offers these where a name must be the catalogue's
 * exact spelling (a segment's `collection` condition, a care rule's scope), so a person chooses
 * rather than types and a misspelt collection never silently matches no one.
 */
import * as z from 'zod/mini';
import { operation, type OperationDocs } from './operation.ts';

export const CatalogueModel = z.object({
  /** The brand's model reference (what a care rule's `model` scope names). */
  reference: z.string(),
  name: z.string(),
  collection: z.string(),
  /** The brand's own category (`diver`, `dress`…); null until given. */
  category: z.nullable(z.string()),
});
export type CatalogueModel = z.infer<typeof CatalogueModel>;

export const Catalogue = z.object({
  /** By collection, then name, then reference. */
  models: z.array(CatalogueModel),
  /** Every collection a model names, once, alphabetically. */
  collections: z.array(z.string()),
  /** Every category a model names, once, alphabetically. */
  categories: z.array(z.string()),
});
export type Catalogue = z.infer<typeof Catalogue>;

export const listCatalogue = operation({
  id: 'listCatalogue',
  method: 'GET',
  path: '/v1/catalogue',
  access: { keys: ['secret'], brandStaff: ['admin', 'serviceDesk', 'concierge', 'analyst'] },
  response: Catalogue,
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const catalogueDocs = {
  tag: 'catalogue',
  summaries: {
    listCatalogue: "The brand's models (reference, name, collection, category) and its collections and categories by name.",
  },
} as const satisfies OperationDocs;
