/**
 * The console's pages, in navigation order, and who sees each: the roles that may call the
 * operations the page is built on, so the navigation shows a person what the API lets them do.
 * The server enforces the same access on every call; hiding a link is courtesy, not security.
 */
import type { Access } from '@atelier/client/contract';
import type { TemplateResult } from 'lit';
import type { Locale } from '@atelier/client/contract';
import type { ConsoleMessages } from '../locales/en.ts';
import { isRetailerRole } from '../shared/person.ts';
import type { SignedInPerson } from '../shared/person.ts';

export interface ConsolePage {
  /** The path segment after `/console/`. */
  segment: string;
  title(messages: ConsoleMessages): string;
  /** Who may open it: the access of the operations it loads with. */
  access: Access;
  render(context: PageContext): TemplateResult;
}

/** What the shell hands every page. */
export interface PageContext {
  messages: ConsoleMessages;
  locale: Locale;
  person: SignedInPerson;
  /** The address's segments after the page's own (`['ret_1']` for `/console/retailers/ret_1`). */
  subPath: string[];
  /** The address's query (`?filter=…`), for a page whose address holds what it shows. */
  search: string;
}

export function mayOpen(page: Pick<ConsolePage, 'access'>, person: SignedInPerson): boolean {
  const { role } = person;
  return isRetailerRole(role) ? (page.access.retailerStaff?.includes(role) ?? false) : (page.access.brandStaff?.includes(role) ?? false);
}

/** Who may call every one of `accesses` (a page built on several operations). */
export function accessOfAll(...accesses: Access[]): Access {
  const common = <T>(lists: (readonly T[] | undefined)[]): T[] => (lists[0] ?? []).filter((item) => lists.every((list) => list?.includes(item)));
  return {
    brandStaff: common(accesses.map((access) => access.brandStaff)),
    retailerStaff: common(accesses.map((access) => access.retailerStaff)),
  };
}
