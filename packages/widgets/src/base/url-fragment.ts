/**
 * Takes a parameter out of the page URL's fragment (`#key=value&other=…`): answers its value, or
 * `undefined` when the fragment has none, and rewrites the address bar without it, keeping any
 * other fragment parameter and the history entry. A secret a link carries there (a confirmation
 * token, a tracker link) is thus neither bookmarked, shared nor seen by the page's analytics.
 */
export function takeFragmentParameter(key: string): string | undefined {
  const fragment = new URLSearchParams(window.location.hash.slice(1));
  const value = fragment.get(key);
  if (value === null) return undefined;
  fragment.delete(key);
  const remaining = fragment.toString();
  history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}${remaining ? `#${remaining}` : ''}`);
  return value;
}
