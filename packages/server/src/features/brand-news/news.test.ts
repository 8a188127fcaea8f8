/**
 * Issue 16, news from the brand, on SQLite and PostgreSQL: drafts written for an audience,
 * published, read by the owners in that audience (in their language, newest first), by no one
 * else, and never e-mailed.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import type { BrandNews, BrandNewsInput, BrandNewsList, MyBrandNewsList, Problem } from '@atelier/client/contract';
import { newId } from '../../ids.ts';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { asOwner, giveOwnerPiece, signInOwner } from '../owner-space/testing.ts';

const bronze = (overrides: Partial<BrandNewsInput> = {}): BrandNewsInput => ({
  texts: {
    en: { title: 'The Corniche in bronze', body: 'Our diver, cast in bronze.\n\nIn boutiques in spring.' },
    fr: { title: 'La Corniche en bronze', body: 'Notre plongeuse, coulée dans le bronze.' },
  },
  link: 'https://www.maison-fixture.example/corniche-bronze',
  audience: { filter: { kind: 'collection', in: ['Corniche'] } },
  ...overrides,
});

describeEachDatabase('news from the brand', (database) => {
  let server: TestServer;
  let ada: string;
  let ben: string;

  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 4 });
    await giveOwnerPiece(server, { email: 'ada@example.com', item: server.items[1]!, language: 'fr' });
    await giveOwnerPiece(server, { email: 'ben@example.com', item: server.items[2]!, language: 'ja' });
    // Ada's piece is a Corniche; Ben's a Méridienne.
    const corniche = newId('mdl');
    await server.db.insertInto('models').values({ id: corniche, brand_id: server.brand.id, reference: '2204A-AC', name: 'Corniche Automatique 39', collection: 'Corniche', calibre: 'AU-21 automatic', image_url: null }).execute();
    await server.db.updateTable('items').set({ model_id: corniche }).where('id', '=', server.items[1]!.id).execute();
    ada = await signInOwner(server, 'ada@example.com');
    ben = await signInOwner(server, 'ben@example.com');
  });
  afterEach(() => server.close());

  async function asStaff<T>(path: string, init: { method?: string; body?: unknown } = {}, status = 200): Promise<T> {
    const response = await server.request(path, { key: 'secret', ...init });
    assert.equal(response.status, status, await response.clone().text());
    return (await response.json()) as T;
  }
  const newsOf = async (cookie: string) => ((await (await asOwner(server, cookie, '/v1/owner/news')).json()) as MyBrandNewsList).news;

  it('publishes to the owners of its audience only, in their language, newest first, and keeps a published item as it was', async () => {
    const mailsBefore = server.mailer.messages.length;
    const draft = await asStaff<BrandNews>('/v1/brand-news', { body: bronze() }, 201);
    assert.deepEqual([draft.status, draft.audienceCount, draft.publishedAt], ['draft', 1, null]);
    assert.deepEqual(await newsOf(ada), [], 'a draft is read by nobody');

    const published = await asStaff<BrandNews>(`/v1/brand-news/${draft.id}/publish`, { method: 'POST' });
    assert.equal(published.status, 'published');
    assert.deepEqual(await newsOf(ada), [
      { id: draft.id, language: 'fr', title: 'La Corniche en bronze', body: 'Notre plongeuse, coulée dans le bronze.', link: 'https://www.maison-fixture.example/corniche-bronze', publishedAt: published.publishedAt },
    ]);
    assert.deepEqual(await newsOf(ben), [], 'Ben owns no Corniche');

    server.clock.advance(60_000);
    const forEveryone = await asStaff<BrandNews>('/v1/brand-news', { body: bronze({ texts: { en: { title: 'Our new boutique', body: 'Opening in Geneva.' } }, audience: {} }) }, 201);
    await asStaff<BrandNews>(`/v1/brand-news/${forEveryone.id}/publish`, { method: 'POST' });
    assert.deepEqual((await newsOf(ada)).map((item) => [item.title, item.language]), [['Our new boutique', 'en'], ['La Corniche en bronze', 'fr']]);
    assert.deepEqual((await newsOf(ben)).map((item) => item.title), ['Our new boutique'], 'no Japanese text: the default language');
    assert.equal(server.mailer.messages.length, mailsBefore, 'news is not e-mailed');

    // Ben buys a Corniche: the bronze news reaches him now.
    await server.db.updateTable('items').set({ model_id: (await server.db.selectFrom('items').select('model_id').where('id', '=', server.items[1]!.id).executeTakeFirstOrThrow()).model_id }).where('id', '=', server.items[2]!.id).execute();
    assert.deepEqual((await newsOf(ben)).map((item) => item.title), ['Our new boutique', 'The Corniche in bronze']);

    const again = await asStaff<BrandNews>(`/v1/brand-news/${draft.id}/publish`, { method: 'POST' });
    assert.equal(again.publishedAt, published.publishedAt, 'published again: nothing changes');
    const refused = await server.request(`/v1/brand-news/${draft.id}`, { key: 'secret', method: 'PUT', body: bronze() });
    assert.equal(refused.status, 409);
    assert.equal(((await refused.json()) as Problem).code, 'brand_news_already_published');
    const list = await asStaff<BrandNewsList>('/v1/brand-news');
    assert.deepEqual(list.news.map((item) => [item.id, item.status]), [[forEveryone.id, 'published'], [draft.id, 'published']]);
  });

  it('edits a draft, and refuses one without the default language, or a link that is not https, naming the field', async () => {
    const draft = await asStaff<BrandNews>('/v1/brand-news', { body: bronze() }, 201);
    const edited = await asStaff<BrandNews>(`/v1/brand-news/${draft.id}`, { method: 'PUT', body: bronze({ link: undefined }) });
    assert.equal(edited.link, null);
    const refusals: [BrandNewsInput, string][] = [
      [bronze({ texts: { fr: { title: 'La Corniche', body: 'En bronze.' } } }), 'texts.en'],
      [bronze({ link: 'http://www.maison-fixture.example/' }), 'link'],
      [bronze({ texts: { en: { title: '', body: 'x' } } }), 'texts.en.title'],
    ];
    for (const [input, path] of refusals) {
      const response = await server.request('/v1/brand-news', { key: 'secret', body: input });
      assert.equal(response.status, 422, path);
      const problem = (await response.json()) as Problem;
      assert.ok(problem.errors?.some((error) => error.path === path), `${path}: ${JSON.stringify(problem.errors)}`);
    }
    assert.equal((await server.request('/v1/brand-news/nws_nobody/publish', { key: 'secret', method: 'POST' })).status, 404);
  });
});
