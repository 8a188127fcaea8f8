/**
 * The e-mailed sign-in link opens `/console/#sign-in=<token>`: the token rides in the fragment, so
 * it never reaches a server log or a Referer, and it is consumed by a POST (a mail scanner that
 * opens the link burns nothing). Taken once, and removed from the address bar and the history
 * at once, so a shared screen or the back button does not show it.
 */
const signInFragmentPrefix = '#sign-in=';

export function takeSignInToken(location: Location = window.location, history: History = window.history): string | undefined {
  if (!location.hash.startsWith(signInFragmentPrefix)) return undefined;
  const token = decodeURIComponent(location.hash.slice(signInFragmentPrefix.length));
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  return token === '' ? undefined : token;
}
