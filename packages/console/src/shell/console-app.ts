/**
 * <atelier-console>: the app shell. Finds out who is signed in (or takes an e-mailed link's
 * token), then shows either the sign-in page or the person's pages: a header (who, language,
 * sign out), the navigation their role allows, and the page the address names. Every page is a
 * capability folder's element; the shell only routes, and reacts to `console-signed-in` /
 * `console-signed-out` from any of them.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import '@awesome.me/webawesome/dist/components/option/option.js';
import '@awesome.me/webawesome/dist/components/select/select.js';
import '@awesome.me/webawesome/dist/components/spinner/spinner.js';
import type WaSelect from '@awesome.me/webawesome/dist/components/select/select.js';
import { supportedLocales } from '@atelier/client/contract';
import type { Locale } from '@atelier/client/contract';
import { css, html, LitElement, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { englishMessages, loadMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import { localeNames } from '../locales/locale-names.ts';
import { preferredLocale, rememberPickedLocale } from '../locales/locale.ts';
import '../sign-in/sign-in-page.ts';
import { browserPasskeyCeremony } from '../sign-in/sign-in-page.ts';
import type { PasskeyCeremony } from '../sign-in/sign-in-page.ts';
import type { SignInClient } from '../sign-in/sign-in-client.ts';
import { takeSignInToken } from '../sign-in/sign-in-link.ts';
import { describeError } from '../shared/error-words.ts';
import { navigateEvent, replaceAddressEvent, signedInEvent, signedOutEvent } from '../shared/events.ts';
import { pageStyles } from '../shared/page-styles.ts';
import type { SignedInPerson } from '../shared/person.ts';
import { mayOpen } from './pages.ts';
import type { ConsolePage } from './pages.ts';
import { consoleBasePath, inConsoleLinkTarget, pagePath, pageSegment, subPath } from './router.ts';
import type { SessionClient } from './session-client.ts';

type SessionState =
  | { kind: 'starting' }
  | { kind: 'unreachable'; message: string }
  | { kind: 'signedOut'; token: string | undefined }
  | { kind: 'signedIn'; person: SignedInPerson };

export class AtelierConsole extends LitElement {
  static override styles = [
    pageStyles,
    css`
      :host {
        display: block;
        min-height: 100vh;
        background: var(--wa-color-surface-default);
      }
      .skip-link {
        font: inherit;
        border: 1px solid var(--wa-color-surface-border);
        color: var(--wa-color-text-link);
        position: absolute;
        inset-inline-start: var(--wa-space-s);
        inset-block-start: -10rem;
        background: var(--wa-color-surface-raised);
        padding: var(--wa-space-xs) var(--wa-space-s);
        z-index: 1;
      }
      .skip-link:focus {
        inset-block-start: var(--wa-space-s);
      }
      header {
        display: flex;
        flex-wrap: wrap;
        gap: var(--wa-space-s) var(--wa-space-m);
        align-items: center;
        justify-content: space-between;
        padding: var(--wa-space-s) var(--wa-space-m);
        border-block-end: 1px solid var(--wa-color-surface-border);
        background: var(--wa-color-surface-raised);
      }
      .app-name {
        font-weight: var(--wa-font-weight-bold);
        font-size: var(--wa-font-size-l);
        margin: 0;
      }
      .who {
        display: flex;
        flex-wrap: wrap;
        gap: var(--wa-space-s);
        align-items: center;
      }
      .language {
        min-width: 10rem;
      }
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
      }
      nav ul {
        list-style: none;
        margin: 0;
        padding: var(--wa-space-xs) var(--wa-space-m);
        display: flex;
        flex-wrap: wrap;
        gap: var(--wa-space-2xs) var(--wa-space-m);
      }
      nav a {
        display: inline-block;
        padding: var(--wa-space-2xs) 0;
        color: var(--wa-color-text-link);
      }
      nav a[aria-current='page'] {
        font-weight: var(--wa-font-weight-bold);
        color: var(--wa-color-text-normal);
        text-decoration-thickness: 0.15em;
      }
      main {
        padding: var(--wa-space-m);
        min-width: 0;
      }
      main:focus {
        outline: none;
      }
      @media (min-width: 48rem) {
        .layout {
          grid-template-columns: 14rem minmax(0, 1fr);
        }
        nav ul {
          flex-direction: column;
          padding: var(--wa-space-m);
        }
        main {
          padding: var(--wa-space-l) var(--wa-space-xl);
        }
      }
    `,
  ];

  static override properties = {
    sessionClient: { attribute: false },
    signInClient: { attribute: false },
    passkeyCeremony: { attribute: false },
    pages: { attribute: false },
    session: { state: true },
    locale: { state: true },
    messages: { state: true },
    pathname: { state: true },
    search: { state: true },
    signingOut: { state: true },
  };

  declare sessionClient: SessionClient;
  declare signInClient: SignInClient;
  /** The browser's passkey ceremony; tests pass a stand-in. */
  declare passkeyCeremony: PasskeyCeremony | undefined;
  /** The pages in navigation order; each one's element is built by its capability folder. */
  declare pages: readonly ConsolePage[];
  declare private session: SessionState;
  declare private locale: Locale;
  declare private messages: ConsoleMessages;
  declare private pathname: string;
  /** The address's query (`?filter=…`): part of what some pages show. */
  declare private search: string;
  declare private signingOut: boolean;

  #focusMainAfterRender = false;

  constructor() {
    super();
    this.pages = [];
    this.session = { kind: 'starting' };
    this.locale = preferredLocale();
    this.messages = englishMessages;
    this.pathname = window.location.pathname;
    this.search = window.location.search;
    this.signingOut = false;
    this.addEventListener(signedInEvent, (event) => {
      this.session = { kind: 'signedIn', person: event.detail };
      this.#focusMainAfterRender = true;
    });
    this.addEventListener(signedOutEvent, () => {
      this.session = { kind: 'signedOut', token: undefined };
    });
    this.addEventListener(navigateEvent, (event) => {
      if (event.detail.startsWith(consoleBasePath)) this.navigate(event.detail);
    });
    this.addEventListener(replaceAddressEvent, (event) => {
      if (!event.detail.startsWith(consoleBasePath)) return;
      window.history.replaceState(null, '', event.detail);
      this.pathname = window.location.pathname;
      this.search = window.location.search;
    });
    this.addEventListener('click', (event) => {
      const target = inConsoleLinkTarget(event);
      if (target === undefined) return;
      event.preventDefault();
      this.navigate(target);
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#onPopState);
    window.addEventListener('hashchange', this.#onHashChange);
    void this.#applyLocale(this.locale);
    const token = takeSignInToken();
    if (token) this.session = { kind: 'signedOut', token };
    else void this.#findSession();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  /** The language the console speaks now (sign-in e-mails are written in it). */
  get currentLocale(): Locale {
    return this.locale;
  }

  /** Shows the console page at `path` and adds it to the history. */
  navigate(path: string): void {
    if (path !== `${window.location.pathname}${window.location.search}`) window.history.pushState(null, '', path);
    this.pathname = window.location.pathname;
    this.search = window.location.search;
    this.#focusMainAfterRender = true;
  }

  readonly #onPopState = (): void => {
    this.pathname = window.location.pathname;
    this.search = window.location.search;
    this.#focusMainAfterRender = true;
  };

  /**
   * A sign-in link pasted into the tab that asked for it (still saying "Check your inbox") changes
   * only the fragment, so the page does not load again: the link is taken here, or nothing would happen.
   */
  readonly #onHashChange = (): void => {
    const token = takeSignInToken();
    if (token) this.session = { kind: 'signedOut', token };
  };

  async #findSession(): Promise<void> {
    this.session = { kind: 'starting' };
    try {
      this.session = { kind: 'signedIn', person: await this.sessionClient.me() };
    } catch (error) {
      const words = describeError(error, this.messages);
      this.session = words.signedOut ? { kind: 'signedOut', token: undefined } : { kind: 'unreachable', message: words.message };
    }
  }

  async #signOut(): Promise<void> {
    this.signingOut = true;
    try {
      await this.sessionClient.signOut();
    } catch {
      // Whatever the answer (already ended, offline), this page forgets the person; the cookie is the server's to end.
    } finally {
      this.signingOut = false;
      this.session = { kind: 'signedOut', token: undefined };
    }
  }

  async #applyLocale(locale: Locale): Promise<void> {
    this.locale = locale;
    document.documentElement.lang = locale;
    const messages = await loadMessages(locale);
    if (this.locale === locale) this.messages = messages;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    document.title = this.#documentTitle();
    if (this.#focusMainAfterRender) {
      this.#focusMainAfterRender = false;
      void this.#focusPageHeading();
    }
  }

  /** After a navigation, focus goes to the new page's heading, so a screen reader reads where the person is. */
  async #focusPageHeading(): Promise<void> {
    const page = this.renderRoot.querySelector('main')?.firstElementChild;
    if (page instanceof LitElement) await page.updateComplete;
    const heading = page?.shadowRoot?.querySelector<HTMLElement>('h1') ?? this.renderRoot.querySelector<HTMLElement>('main h1');
    (heading ?? this.renderRoot.querySelector<HTMLElement>('main'))?.focus();
  }

  #documentTitle(): string {
    const words = this.messages;
    if (this.session.kind !== 'signedIn') return words.shell.pageTitle(words.pages.signIn);
    const page = this.#currentPage(this.session.person);
    return words.shell.pageTitle(page && page !== 'notAllowed' ? page.title(words) : words.shell.notFoundTitle);
  }

  #visiblePages(person: SignedInPerson): ConsolePage[] {
    return this.pages.filter((page) => mayOpen(page, person));
  }

  /** The page the address names; the first page the person may open at the console's root. */
  #currentPage(person: SignedInPerson): ConsolePage | 'notAllowed' | undefined {
    const segment = pageSegment(this.pathname);
    if (segment === '') return this.#visiblePages(person)[0];
    const page = this.pages.find((candidate) => candidate.segment === segment);
    if (!page) return undefined;
    return mayOpen(page, person) ? page : 'notAllowed';
  }

  override render() {
    const words = this.messages;
    const session = this.session;
    // A button rather than a link to #main: a fragment link cannot reach into this shadow root.
    return html`<button type="button" class="skip-link" @click=${this.#skipToMain}>${words.shell.skipToContent}</button>
      <header>
        <p class="app-name">${words.shell.appName}</p>
        <div class="who">
          ${session.kind === 'signedIn'
            ? html`<span>${words.shell.signedInAs(session.person.displayName || session.person.email)} · ${words.roles[session.person.role]}</span>`
            : nothing}
          ${this.#renderLanguagePicker()}
          ${session.kind === 'signedIn'
            ? html`<wa-button size="s" appearance="outlined" ?loading=${this.signingOut} @click=${() => void this.#signOut()}
                >${this.signingOut ? words.shell.signingOut : words.shell.signOut}</wa-button
              >`
            : nothing}
        </div>
      </header>
      ${session.kind === 'signedIn' ? this.#renderSignedIn(session.person) : html`<main id="main" tabindex="-1">${this.#renderSignedOut(session)}</main>`}`;
  }

  #skipToMain(): void {
    this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  }

  #renderLanguagePicker() {
    return html`<wa-select
      class="language"
      size="s"
      label=${this.messages.shell.language}
      .value=${this.locale}
      @change=${(event: Event) => {
        const locale = (event.target as WaSelect).value as Locale;
        rememberPickedLocale(locale);
        void this.#applyLocale(locale);
      }}
    >
      ${supportedLocales.map((locale) => html`<wa-option value=${locale} lang=${locale}>${localeNames[locale]}</wa-option>`)}
    </wa-select>`;
  }

  #renderSignedOut(session: Exclude<SessionState, { kind: 'signedIn' }>) {
    switch (session.kind) {
      case 'starting':
        return html`<p role="status"><wa-spinner></wa-spinner> ${this.messages.common.loading}</p>`;
      case 'unreachable':
        return html`<wa-callout variant="danger" role="alert">${session.message}</wa-callout>
          <wa-button @click=${() => void this.#findSession()}>${this.messages.common.retry}</wa-button>`;
      case 'signedOut':
        // Keyed by the token: a link taken while the sign-in page shows gets a page of its own, which consumes it.
        return keyed(
          session.token,
          html`<console-sign-in
            .client=${this.signInClient}
            .messages=${this.messages}
            .token=${session.token}
            .ceremony=${this.passkeyCeremony ?? browserPasskeyCeremony}
          ></console-sign-in>`,
        );
    }
  }

  #renderSignedIn(person: SignedInPerson) {
    const words = this.messages;
    const current = this.#currentPage(person);
    const context = { messages: words, locale: this.locale, person, subPath: subPath(this.pathname), search: this.search };
    return html`<div class="layout">
      <nav aria-label=${words.shell.mainNavigation}>
        <ul>
          ${this.#visiblePages(person).map(
            (page) =>
              html`<li><a href=${pagePath(page.segment)} aria-current=${page === current ? 'page' : 'false'}>${page.title(words)}</a></li>`,
          )}
        </ul>
      </nav>
      <main id="main" tabindex="-1">
        ${current === undefined
          ? html`<section><h1 tabindex="-1">${words.shell.notFoundTitle}</h1><p>${words.shell.notFoundBody}</p>
              <a href=${pagePath('')}>${words.shell.goHome}</a></section>`
          : current === 'notAllowed'
            ? html`<section><h1 tabindex="-1">${words.shell.notAllowedTitle}</h1><p>${words.shell.notAllowedBody}</p>
                <a href=${pagePath('')}>${words.shell.goHome}</a></section>`
            : current.render(context)}
      </main>
    </div>`;
  }
}

customElements.define('atelier-console', AtelierConsole);

declare global {
  interface HTMLElementTagNameMap {
    'atelier-console': AtelierConsole;
  }
}
