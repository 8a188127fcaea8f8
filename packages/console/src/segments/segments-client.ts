/**
 * What the "Segments" page calls: the built-in segments, a filter's count, its members a page at a
 * time, and the CSV export's address (a plain link: the browser downloads it with the session
 * cookie, same origin). Counting is open to analysts; members and exports name people, so only
 * brand admins and the concierge get them (the contract's access, which the server enforces).
 */
import type { CallFunction, CallOptions } from '@atelier/client';
import { countSegment, exportSegment, listBuiltInSegments, listCatalogue, listSegmentMembers } from '@atelier/client/contract';
import type { Catalogue, Received, SegmentCount, SegmentExportQuery, SegmentMemberPage } from '@atelier/client/contract';

export interface SegmentsClient {
  /** Each built-in segment's `filter` as received: the page checks it against the language before editing it. */
  builtIn(options?: CallOptions): Promise<{ segments: { name: string; description: string; filter: unknown }[] }>;
  /** `filterText`: a clause of the filter language as JSON text. */
  count(filterText: string, options?: CallOptions): Promise<Received<SegmentCount>>;
  members(filterText: string, cursor: string | undefined, options?: CallOptions): Promise<Received<SegmentMemberPage>>;
  /** The catalogue's collections, which a `collection` condition chooses from. */
  catalogue(options?: CallOptions): Promise<Received<Catalogue>>;
  exportUrl(filterText: string, purpose: SegmentExportQuery['purpose'], channel: SegmentExportQuery['channel']): string;
}

export function createSegmentsClient(call: CallFunction): SegmentsClient {
  return {
    builtIn: (options) => call(listBuiltInSegments, {}, options),
    count: (filterText, options) => call(countSegment, { query: { filter: filterText } }, options),
    members: (filterText, cursor, options) => call(listSegmentMembers, { query: { filter: filterText, cursor } }, options),
    catalogue: (options) => call(listCatalogue, {}, options),
    exportUrl: (filterText, purpose, channel) => `${exportSegment.path}?${new URLSearchParams({ filter: filterText, purpose, channel }).toString()}`,
  };
}
