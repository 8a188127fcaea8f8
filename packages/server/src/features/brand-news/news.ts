/**
 * The brand's news (contract brand-news.ts): drafts its staff write and publish, and what an owner
 * reads. Nothing is stored per owner: a published item is read by whoever is in its audience when
 * they open their space (brand-messages/audience.ts), so a client who joins the audience later
 * finds it too, and an owner's erasure leaves nothing of them here.
 */
import { myBrandNewsMax, type BrandNews, type MyBrandNewsItem, type ParsedRequestOf, type createBrandNews as createBrandNewsOperation } from '@atelier/client/contract';
import type { Selectable } from 'kysely';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { BrandNewsTable } from '../../db/schema.ts';
import { AtelierError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import { audienceContext, audienceView, countAudience, isInAudience, storedAudience } from '../brand-messages/audience.ts';
import { brandDefaultLanguage, textFor, textsWithDefault } from '../brand-messages/texts.ts';

export interface BrandNewsDeps {
  db: Db;
  clock: Clock;
}

type BrandNewsRow = Selectable<BrandNewsTable>;
type ParsedBrandNewsInput = ParsedRequestOf<typeof createBrandNewsOperation>;

function unknownBrandNews(): AtelierError {
  return new AtelierError('unknown_brand_news', 'The brand has no news item with this id.');
}

function columnsOf(input: ParsedBrandNewsInput, defaultLanguage: string) {
  return { texts: JSON.stringify(textsWithDefault(input.texts, defaultLanguage)), link: input.link ? input.link : null, audience: storedAudience(input.audience) };
}

function brandNewsOf(row: BrandNewsRow, audienceCount: number | null): BrandNews {
  return {
    id: row.id,
    status: row.status,
    defaultLanguage: row.default_language as BrandNews['defaultLanguage'],
    texts: JSON.parse(row.texts) as BrandNews['texts'],
    link: row.link,
    audience: audienceView(row.audience),
    audienceCount,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
  };
}

async function brandNewsRow(db: Db, brandId: string, newsId: string): Promise<BrandNewsRow> {
  const row = await db.selectFrom('brand_news').selectAll().where('id', '=', newsId).where('brand_id', '=', brandId).executeTakeFirst();
  if (!row) throw unknownBrandNews();
  return row;
}

async function brandNewsView(deps: BrandNewsDeps, row: BrandNewsRow): Promise<BrandNews> {
  const context = await audienceContext(deps, row.brand_id);
  return brandNewsOf(row, await countAudience(deps, audienceView(row.audience), context));
}

export async function listBrandNews(deps: BrandNewsDeps, brandId: string, limit: number): Promise<BrandNews[]> {
  const rows = await deps.db.selectFrom('brand_news').selectAll().where('brand_id', '=', brandId).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  const context = await audienceContext(deps, brandId);
  const news: BrandNews[] = [];
  // Counting an audience is a query of its own: only the drafts'.
  for (const row of rows) news.push(brandNewsOf(row, row.status === 'draft' ? await countAudience(deps, audienceView(row.audience), context) : null));
  return news;
}

export async function createBrandNews(deps: BrandNewsDeps, brandId: string, input: ParsedBrandNewsInput): Promise<BrandNews> {
  const now = deps.clock.now().toISOString();
  const defaultLanguage = await brandDefaultLanguage(deps.db, brandId);
  const id = newId('nws');
  await deps.db
    .insertInto('brand_news')
    .values({ id, brand_id: brandId, status: 'draft', default_language: defaultLanguage, ...columnsOf(input, defaultLanguage), created_at: now, updated_at: now, published_at: null })
    .execute();
  return brandNewsView(deps, await brandNewsRow(deps.db, brandId, id));
}

/** Rewrites a draft; a published item is 409 `brand_news_already_published`. */
export async function updateBrandNews(deps: BrandNewsDeps, brandId: string, newsId: string, input: ParsedBrandNewsInput): Promise<BrandNews> {
  const row = await brandNewsRow(deps.db, brandId, newsId);
  const updated = await deps.db
    .updateTable('brand_news')
    .set({ ...columnsOf(input, row.default_language), updated_at: deps.clock.now().toISOString() })
    .where('id', '=', newsId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) throw new AtelierError('brand_news_already_published', 'This news item is published: it can no longer be edited.');
  return brandNewsView(deps, await brandNewsRow(deps.db, brandId, newsId));
}

/** Publishes a draft; a published item stays as it was (the first publication's time). */
export async function publishBrandNews(deps: BrandNewsDeps, brandId: string, newsId: string): Promise<BrandNews> {
  await brandNewsRow(deps.db, brandId, newsId);
  const now = deps.clock.now().toISOString();
  await deps.db.updateTable('brand_news').set({ status: 'published', published_at: now, updated_at: now }).where('id', '=', newsId).where('status', '=', 'draft').execute();
  return brandNewsView(deps, await brandNewsRow(deps.db, brandId, newsId));
}

/** How many of the newest published items are looked at for an owner: each is one audience query. */
const publishedItemsLookedAt = 200;

/** The news published to the owner (in its audience now), newest first, in their language. */
export async function listMyBrandNews(deps: BrandNewsDeps, owner: { ownerId: string; brandId: string }): Promise<MyBrandNewsItem[]> {
  const { db } = deps;
  const [rows, ownerRow, context] = await Promise.all([
    db.selectFrom('brand_news').selectAll().where('brand_id', '=', owner.brandId).where('status', '=', 'published').orderBy('published_at', 'desc').orderBy('id', 'desc').limit(publishedItemsLookedAt).execute(),
    db.selectFrom('owners').select('language').where('id', '=', owner.ownerId).executeTakeFirstOrThrow(),
    audienceContext(deps, owner.brandId),
  ]);
  const news: MyBrandNewsItem[] = [];
  for (const row of rows) {
    if (news.length >= myBrandNewsMax) break;
    if (!(await isInAudience(deps, audienceView(row.audience), context, owner.ownerId))) continue;
    const shown = textFor<{ title: string; body: string }>(row.texts, ownerRow.language, row.default_language);
    news.push({ id: row.id, language: shown.language, title: shown.text.title, body: shown.text.body, link: row.link, publishedAt: row.published_at! });
  }
  return news;
}
