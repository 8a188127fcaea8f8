/** /v1/segments: the built-in segments, and a segment's count, members and consent-aware CSV export. */
import {
  countSegment as countSegmentOperation,
  exportSegment as exportSegmentOperation,
  listBuiltInSegments as listBuiltInSegmentsOperation,
  listSegmentMembers as listSegmentMembersOperation,
} from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { countSegment, exportSegment, listBuiltInSegments, listSegmentMembers } from './service.ts';

export function segmentRoutes(deps: ServerDeps): OperationRoute[] {
  return [
    route(listBuiltInSegmentsOperation, ({ caller }) => listBuiltInSegments(deps, caller.brandId)),
    route(countSegmentOperation, ({ query, caller }) => countSegment(deps, caller.brandId, query)),
    route(listSegmentMembersOperation, ({ query, caller }) => listSegmentMembers(deps, caller.brandId, query)),
    route(exportSegmentOperation, ({ query, caller }) => exportSegment(deps, caller.brandId, query)),
  ];
}
