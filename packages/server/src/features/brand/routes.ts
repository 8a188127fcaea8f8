/** Placeholder until the feature lands: no operations yet. */
import type { ServerDeps } from '../../deps.ts';
import type { OperationRoute } from '../../http/operation-route.ts';

export function brandRoutes(_deps: ServerDeps): OperationRoute[] {
  return [];
}
