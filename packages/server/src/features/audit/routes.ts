/** The audit log, for brand admins (the console's audit page): filtered pages and the CSV export. */
import { exportAuditLog as exportAuditLogOperation, listAuditLog as listAuditLogOperation } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { exportAuditLog, listAuditLog } from './service.ts';

export function auditRoutes(deps: ServerDeps): OperationRoute[] {
  return [
    route(listAuditLogOperation, ({ query, caller }) => listAuditLog(deps.db, caller.brandId, query)),
    route(exportAuditLogOperation, ({ query, caller }) => exportAuditLog(deps.db, caller.brandId, query)),
  ];
}
