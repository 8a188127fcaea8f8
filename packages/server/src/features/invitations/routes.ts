/** /v1/invitations: the brand's invitations, written and sent by its staff; /v1/owner/invitations: the signed-in owner's, and their answers. */
import {
  answerMyInvitation as answerMyInvitationOperation,
  createInvitation as createInvitationOperation,
  getInvitation as getInvitationOperation,
  invitationListMax,
  listInvitations as listInvitationsOperation,
  listMyInvitations as listMyInvitationsOperation,
  sendInvitation as sendInvitationOperation,
  updateInvitation as updateInvitationOperation,
} from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { signedInOwnerOf } from '../owner-space/signed-in-owner.ts';
import { createInvitation, getInvitation, listInvitations, updateInvitation } from './invitations.ts';
import { answerMyInvitation, listMyInvitations } from './my-invitations.ts';
import { sendInvitation } from './sending.ts';

export function invitationRoutes(deps: ServerDeps): OperationRoute[] {
  return [
    route(listInvitationsOperation, async ({ caller }) => ({ invitations: await listInvitations(deps, caller.brandId, invitationListMax) })),
    route(createInvitationOperation, ({ caller, body }) => createInvitation(deps, caller.brandId, body)),
    route(getInvitationOperation, ({ caller, params }) => getInvitation(deps, caller.brandId, params.invitationId)),
    route(updateInvitationOperation, ({ caller, params, body }) => updateInvitation(deps, caller.brandId, params.invitationId, body)),
    route(sendInvitationOperation, ({ caller, params }) => sendInvitation(deps, caller.brandId, params.invitationId)),
    route(listMyInvitationsOperation, async ({ caller }) => ({ invitations: await listMyInvitations(deps, signedInOwnerOf(caller)) })),
    route(answerMyInvitationOperation, ({ caller, params, body }) => answerMyInvitation(deps, signedInOwnerOf(caller), params.invitationId, body.answer)),
  ];
}
