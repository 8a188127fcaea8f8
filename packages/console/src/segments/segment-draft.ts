/**
 * The segment builder's draft: the filter language's clauses (contract/segments.ts) as a tree of
 * groups and conditions a person edits, each with an id the page keys its rows and its errors by.
 * A group matches all, any or none of its items (`none` is the language's `not` of `any`), so
 * every filter the language can write opens in the builder, and the builder writes nothing the
 * language cannot say. The draft becomes the filter the API counts; a refusal's path
 * (`filter.of.1.value`) is traced back to the condition or group it names.
 */
import { SegmentFilter, segmentFilterMaxDepth } from '@atelier/client/contract';
import type { SegmentClause, SegmentCondition, SegmentConditionKind } from '@atelier/client/contract';

export type GroupMatch = 'all' | 'any' | 'none';

export interface ConditionDraft {
  type: 'condition';
  id: string;
  /** As edited: a number field left empty is `NaN` until filled, which the contract refuses at its path. */
  condition: SegmentCondition;
}

export interface GroupDraft {
  type: 'group';
  id: string;
  match: GroupMatch;
  items: (ConditionDraft | GroupDraft)[];
}

export type DraftItem = ConditionDraft | GroupDraft;

/** The condition kinds in the order the builder offers them: who they are, then what they did, then dates. */
export const conditionKinds = [
  'country',
  'language',
  'customerType',
  'collection',
  'consent',
  'piecesOwned',
  'purchases',
  'services',
  'purchasesAndServices',
  'monthsSinceLastPurchaseOrService',
  'monthsSinceFirstPurchase',
  'monthsSinceLastService',
  'lastServiceBefore',
  'serviceDue',
  'purchaseAnniversary',
  'value',
] as const satisfies readonly SegmentConditionKind[];

/** Proposed when a condition of the kind is added, or the kind changed: a list to choose from starts empty. */
export function defaultCondition(kind: SegmentConditionKind, today: string): SegmentCondition {
  switch (kind) {
    case 'piecesOwned':
    case 'purchases':
    case 'services':
    case 'purchasesAndServices':
      return { kind, op: '>=', value: 1 };
    case 'monthsSinceLastPurchaseOrService':
    case 'monthsSinceFirstPurchase':
    case 'monthsSinceLastService':
      return { kind, op: '>=', value: 12 };
    case 'lastServiceBefore':
      return { kind, date: today };
    case 'value':
      return { kind, op: '>=', amount: 10_000 };
    case 'serviceDue':
      return { kind, withinDays: 90 };
    case 'purchaseAnniversary':
      return { kind, withinDays: 30 };
    case 'consent':
      return { kind, channel: 'email', purpose: 'marketing', granted: true };
    case 'country':
    case 'language':
    case 'customerType':
    case 'collection':
      return { kind, in: [] } as unknown as SegmentCondition;
  }
  // A kind newer than this console: offered nowhere, so never asked for.
  return { kind: 'country', in: [] } as unknown as SegmentCondition;
}

/** Ids for the rows of one page: unique within it, stable while the row lives. */
export class DraftIds {
  #next = 0;
  next(prefix: 'c' | 'g'): string {
    this.#next += 1;
    return `${prefix}${this.#next}`;
  }
}

export function emptyGroup(ids: DraftIds, match: GroupMatch = 'all'): GroupDraft {
  return { type: 'group', id: ids.next('g'), match, items: [] };
}

const isGroupClause = (clause: SegmentClause): clause is Extract<SegmentClause, { kind: 'all' | 'any' | 'not' }> =>
  clause.kind === 'all' || clause.kind === 'any' || clause.kind === 'not';

function itemOf(clause: SegmentClause, ids: DraftIds): DraftItem {
  return isGroupClause(clause) ? groupOf(clause, ids) : { type: 'condition', id: ids.next('c'), condition: clause };
}

function groupOf(clause: Extract<SegmentClause, { kind: 'all' | 'any' | 'not' }>, ids: DraftIds): GroupDraft {
  if (clause.kind === 'not') {
    // not(any(a, b)) is "none of a, b"; not(x) alone is "none of x".
    const inner = clause.of;
    const items = inner.kind === 'any' ? inner.of : [inner];
    return { type: 'group', id: ids.next('g'), match: 'none', items: items.map((item) => itemOf(item, ids)) };
  }
  return { type: 'group', id: ids.next('g'), match: clause.kind, items: clause.of.map((item) => itemOf(item, ids)) };
}

/** The builder's draft of a filter: always a group at the top (a lone condition becomes "all of" it). */
export function draftOf(filter: SegmentClause, ids: DraftIds): GroupDraft {
  return isGroupClause(filter) ? groupOf(filter, ids) : { type: 'group', id: ids.next('g'), match: 'all', items: [itemOf(filter, ids)] };
}

/** Where each row of the draft sits in the filter it becomes: the path a refusal names. */
export type DraftPaths = Map<string, string>;

function clauseOf(item: DraftItem, path: string, paths: DraftPaths): SegmentClause {
  paths.set(item.id, path);
  if (item.type === 'condition') return item.condition;
  const listPath = item.match === 'none' ? `${path}.of.of` : `${path}.of`;
  const of = item.items.map((child, index) => clauseOf(child, `${listPath}.${index}`, paths));
  if (item.match === 'none') return { kind: 'not', of: { kind: 'any', of } };
  return { kind: item.match, of };
}

/** The filter the draft says, and the path of each of its rows in it (the top group is `filter`). */
export function filterOf(draft: GroupDraft): { filter: SegmentClause; paths: DraftPaths } {
  const paths: DraftPaths = new Map();
  return { filter: clauseOf(draft, 'filter', paths), paths };
}

/** Levels of the language's nesting a group takes: "none of" is `not` of `any`, two levels. */
export function groupLevels(match: GroupMatch): number {
  return match === 'none' ? 2 : 1;
}

/**
 * Whether a group whose own and enclosing groups take `levels` levels of the language's nesting
 * may hold one more group ("any of", one level), within `segmentFilterMaxDepth`.
 */
export function canNestGroup(levels: number): boolean {
  return levels + 1 <= segmentFilterMaxDepth;
}

/** How many conditions the draft holds, whatever the nesting. */
export function conditionCount(item: DraftItem): number {
  return item.type === 'condition' ? 1 : item.items.reduce((sum, child) => sum + conditionCount(child), 0);
}

/**
 * The row a refusal's path names: the deepest row whose path is the error's or leads to it
 * (`filter.of.1.value` → the condition at `filter.of.1`; `filter.of.2.of` → the group at
 * `filter.of.2`); undefined for the filter as a whole.
 */
export function rowOfErrorPath(errorPath: string, paths: DraftPaths): { id: string; field: string | undefined } | undefined {
  let best: { id: string; path: string } | undefined;
  for (const [id, path] of paths) {
    const leads = errorPath === path || errorPath.startsWith(`${path}.`);
    if (leads && path !== 'filter' && (!best || path.length > best.path.length)) best = { id, path };
  }
  if (!best) return undefined;
  const rest = errorPath.slice(best.path.length + 1);
  return { id: best.id, field: rest === '' ? undefined : rest.split('.')[0] };
}

/** The draft with the row `id` changed by `change` (the draft is never changed in place). */
export function updateItem(group: GroupDraft, id: string, change: (item: DraftItem) => DraftItem | undefined): GroupDraft {
  const items: DraftItem[] = [];
  for (const item of group.items) {
    if (item.id === id) {
      const changed = change(item);
      if (changed) items.push(changed);
    } else items.push(item.type === 'group' ? updateItem(item, id, change) : item);
  }
  return { ...group, items };
}

/** The filter's query parameter in the page's address: `?filter=<the clause as JSON>`. */
export const filterAddressParameter = 'filter';

/** The page's address for `filterText` (none: the page alone). */
export function addressWithFilter(pathname: string, filterText: string | undefined): string {
  return filterText === undefined ? pathname : `${pathname}?${new URLSearchParams({ [filterAddressParameter]: filterText }).toString()}`;
}

/** The filter an address's query holds: absent, one the language accepts, or text it cannot read. */
export function filterInAddress(search: string): { kind: 'none' } | { kind: 'filter'; filter: SegmentClause } | { kind: 'unreadable' } {
  const text = new URLSearchParams(search).get(filterAddressParameter);
  if (text === null || text === '') return { kind: 'none' };
  try {
    const parsed = SegmentFilter.safeParse(JSON.parse(text));
    return parsed.success ? { kind: 'filter', filter: parsed.data } : { kind: 'unreadable' };
  } catch {
    return { kind: 'unreadable' };
  }
}
