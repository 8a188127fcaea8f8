/**
 * The header and footer every page of the brand site shares, written once in `partials/` and put
 * in place of `<!-- site-header -->` / `<!-- site-footer -->` by Vite (dev server and build alike),
 * with the page's own entry of the main navigation marked as the current page.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const partial = (name: string) => readFileSync(new URL(`partials/${name}.html`, import.meta.url), 'utf8').trim();

/** `<a href="/repair.html">` → `<a href="/repair.html" aria-current="page">` for the page being served. */
function markCurrentPage(header: string, pagePath: string): string {
  return header.replace(`<a href="${pagePath}">`, `<a href="${pagePath}" aria-current="page">`);
}

export function siteHeaderAndFooter(): Plugin {
  const header = partial('site-header');
  const footer = partial('site-footer');
  return {
    name: 'brand-site:header-and-footer',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, context) =>
        html.replace('<!-- site-header -->', markCurrentPage(header, context.path)).replace('<!-- site-footer -->', footer),
    },
  };
}
