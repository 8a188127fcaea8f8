/**
 * Client-side routes under `/console/`: the path names the page (`/console/people`), so a page
 * can be bookmarked, opened in a new tab and reloaded (the server answers index.html for every
 * path under `/console/`). Links are ordinary `<a href>`; the shell turns a plain click on one
 * into a history entry instead of a page load.
 */
export const consoleBasePath = '/console/';

/** The first path segment after `/console/`: `people` for `/console/people/…`, `''` for the console's root. */
export function pageSegment(pathname: string): string {
  if (!pathname.startsWith(consoleBasePath)) return '';
  return decodeURIComponent(pathname.slice(consoleBasePath.length).split('/')[0] ?? '');
}

/** What follows the page's segment: `['ret_1']` for `/console/retailers/ret_1`. */
export function subPath(pathname: string): string[] {
  if (!pathname.startsWith(consoleBasePath)) return [];
  return pathname
    .slice(consoleBasePath.length)
    .split('/')
    .slice(1)
    .filter((segment) => segment !== '')
    .map((segment) => decodeURIComponent(segment));
}

export function pagePath(segment: string, ...rest: string[]): string {
  return `${consoleBasePath}${[segment, ...rest].map((part) => encodeURIComponent(part)).join('/')}`;
}

/**
 * The console path a click on a link goes to, when the shell should handle it itself: a plain
 * left click, no new tab or download asked for, to a page of the console on this origin.
 */
export function inConsoleLinkTarget(event: MouseEvent, location: Location = window.location): string | undefined {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return undefined;
  const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
  if (!anchor || anchor.hasAttribute('download') || (anchor.target && anchor.target !== '_self')) return undefined;
  const url = new URL(anchor.href, location.href);
  if (url.origin !== location.origin || !url.pathname.startsWith(consoleBasePath)) return undefined;
  return `${url.pathname}${url.search}`;
}
