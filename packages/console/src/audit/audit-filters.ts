/**
 * The audit page's filters as a person types them (dates are whole days, in their time zone) and
 * as the API takes them (instants: `from` included, `to` excluded). The "to" day is included, so
 * it becomes the start of the next day.
 */
import type { AuditLogExportQuery } from '@atelier/client/contract';

export interface AuditFilterDraft {
  actorId: string;
  operation: string;
  targetKind: string;
  targetId: string;
  /** `YYYY-MM-DD` from a date field, or ''. */
  fromDay: string;
  toDay: string;
}

export const emptyAuditFilters: AuditFilterDraft = { actorId: '', operation: '', targetKind: '', targetId: '', fromDay: '', toDay: '' };

/** Midnight starting `day` in the browser's time zone, as an ISO instant. */
function startOfDay(day: string, addDays = 0): string | undefined {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return undefined;
  return new Date(year, month - 1, date + addDays).toISOString();
}

export function auditQueryFromFilters(draft: AuditFilterDraft): AuditLogExportQuery {
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const query: AuditLogExportQuery = {
    actorId: text(draft.actorId),
    operation: text(draft.operation),
    targetKind: text(draft.targetKind),
    targetId: text(draft.targetId),
    from: draft.fromDay ? startOfDay(draft.fromDay) : undefined,
    to: draft.toDay ? startOfDay(draft.toDay, 1) : undefined,
  };
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined)) as AuditLogExportQuery;
}
