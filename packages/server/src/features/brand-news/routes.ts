/** /v1/brand-news: the brand's news, written and published by its staff; /v1/owner/news: what the signed-in owner reads. */
import {
  brandNewsListMax,
  createBrandNews as createBrandNewsOperation,
  listBrandNews as listBrandNewsOperation,
  listMyBrandNews as listMyBrandNewsOperation,
  publishBrandNews as publishBrandNewsOperation,
  updateBrandNews as updateBrandNewsOperation,
} from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { signedInOwnerOf } from '../owner-space/signed-in-owner.ts';
import { createBrandNews, listBrandNews, listMyBrandNews, publishBrandNews, updateBrandNews } from './news.ts';

export function brandNewsRoutes(deps: ServerDeps): OperationRoute[] {
  return [
    route(listBrandNewsOperation, async ({ caller }) => ({ news: await listBrandNews(deps, caller.brandId, brandNewsListMax) })),
    route(createBrandNewsOperation, ({ caller, body }) => createBrandNews(deps, caller.brandId, body)),
    route(updateBrandNewsOperation, ({ caller, params, body }) => updateBrandNews(deps, caller.brandId, params.newsId, body)),
    route(publishBrandNewsOperation, ({ caller, params }) => publishBrandNews(deps, caller.brandId, params.newsId)),
    route(listMyBrandNewsOperation, async ({ caller }) => ({ news: await listMyBrandNews(deps, signedInOwnerOf(caller)) })),
  ];
}
