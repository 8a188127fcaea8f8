/** Selling or giving a piece from the owner space: start, read and cancel its transfer. */
import {
  cancelMyPieceTransfer as cancelMyPieceTransferOperation,
  getMyPieceTransfer as getMyPieceTransferOperation,
  transferMyPiece as transferMyPieceOperation,
} from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { signedInOwnerOf as ownerOf } from '../owner-space/signed-in-owner.ts';
import { cancelPieceTransfer, pendingPieceTransfer, startPieceTransfer } from './piece-transfers.ts';

export function ownerTransferRoutes(deps: ServerDeps): OperationRoute[] {
  return [
    route(transferMyPieceOperation, ({ caller, params, body }) => startPieceTransfer(deps, ownerOf(caller), params.serial, body)),
    route(getMyPieceTransferOperation, async ({ caller, params }) => ({ transfer: await pendingPieceTransfer(deps, ownerOf(caller), params.serial) })),
    route(cancelMyPieceTransferOperation, async ({ caller, params }) => ({ cancelled: await cancelPieceTransfer(deps, ownerOf(caller), params.serial) })),
  ];
}
