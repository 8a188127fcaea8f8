/**
 * What the audit page calls: a page of the log for the filters, and the CSV export's address
 * (a plain link: the browser downloads it with the session cookie, same origin). Brand admins only.
 */
import type { CallFunction, CallOptions } from '@atelier/client';
import { exportAuditLog, listAuditLog } from '@atelier/client/contract';
import type { AuditLogExportQuery, AuditLogPage, AuditLogQuery, Received } from '@atelier/client/contract';

export interface AuditClient {
  page(query: AuditLogQuery, options?: CallOptions): Promise<Received<AuditLogPage>>;
  exportUrl(query: AuditLogExportQuery): string;
}

export function createAuditClient(call: CallFunction): AuditClient {
  return {
    page: (query, options) => call(listAuditLog, { query }, options),
    exportUrl: (query) => {
      const parameters = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
      const search = parameters.toString();
      return `${exportAuditLog.path}${search ? `?${search}` : ''}`;
    },
  };
}
