/** GET /v1/recognition/{serial}: any authorized retailer recognises a piece and its client, without learning who they are. */
import { recognisePiece as recognisePieceOperation } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { retailerScopeOf } from '../../http/principal.ts';
import { recognisePiece } from './service.ts';

export function recognitionRoutes(deps: ServerDeps): OperationRoute[] {
  return [route(recognisePieceOperation, ({ params, caller }) => recognisePiece(deps, caller.brandId, params.serial, retailerScopeOf(caller)))];
}
