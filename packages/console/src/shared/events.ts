/**
 * The console's own events: a page tells the shell what changed for the whole app, and the shell
 * acts (shows the sign-in page, updates the person in the header). Bubbling and composed, so they
 * cross every shadow root up to the shell.
 */
import type { SignedInPerson } from './person.ts';

/** The server answered 401: the session is gone; the shell shows the sign-in page. */
export const signedOutEvent = 'console-signed-out';
/** Someone signed in (link, passkey): the shell switches to their pages. */
export const signedInEvent = 'console-signed-in';

/** A page asks the shell to show another console page (`/console/…`), as a click on a link to it would. */
export const navigateEvent = 'console-navigate';

/**
 * A page asks the shell to write `path` (`/console/…?…`) into the address in place of the current
 * entry, showing the same page: what the page shows can then be bookmarked and shared.
 */
export const replaceAddressEvent = 'console-replace-address';

/**
 * The brand's exchange rates changed (money settings): a background recomputation of the clients'
 * values may have started, so the brand settings page beside it looks again to show its progress.
 */
export const clientValuesChangedEvent = 'console-client-values-changed';

export function signedOut(): CustomEvent<void> {
  return new CustomEvent(signedOutEvent, { bubbles: true, composed: true });
}

export function signedIn(person: SignedInPerson): CustomEvent<SignedInPerson> {
  return new CustomEvent(signedInEvent, { bubbles: true, composed: true, detail: person });
}

export function navigateTo(path: string): CustomEvent<string> {
  return new CustomEvent(navigateEvent, { bubbles: true, composed: true, detail: path });
}

export function clientValuesChanged(): CustomEvent<void> {
  return new CustomEvent(clientValuesChangedEvent, { bubbles: true, composed: true });
}

export function replaceAddress(path: string): CustomEvent<string> {
  return new CustomEvent(replaceAddressEvent, { bubbles: true, composed: true, detail: path });
}

declare global {
  interface HTMLElementEventMap {
    [navigateEvent]: CustomEvent<string>;
    [replaceAddressEvent]: CustomEvent<string>;
    [signedOutEvent]: CustomEvent<void>;
    [signedInEvent]: CustomEvent<SignedInPerson>;
    [clientValuesChangedEvent]: CustomEvent<void>;
  }
  interface WindowEventMap {
    [clientValuesChangedEvent]: CustomEvent<void>;
  }
}
