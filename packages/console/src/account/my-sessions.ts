/**
 * <console-my-sessions>: the browsers the signed-in person is signed in on; they end any of them,
 * and ending this one signs them out here.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import type { ConsoleSession, Locale, Received } from '@atelier/client/contract';
import { Task } from '@lit/task';
import { html, LitElement, nothing } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import { signedOut } from '../shared/events.ts';
import { renderLoad } from '../shared/loads.ts';
import { pageStyles } from '../shared/page-styles.ts';
import { SubmissionController } from '../shared/submission.ts';
import { deviceName } from './device-name.ts';
import type { MySessionsClient } from './my-sessions-client.ts';

export class ConsoleMySessions extends LitElement {
  static override styles = pageStyles;

  static override properties = {
    client: { attribute: false },
    messages: { attribute: false },
    locale: { attribute: false },
    notice: { state: true },
  };

  declare client: MySessionsClient;
  declare messages: ConsoleMessages;
  declare locale: Locale;
  declare private notice: string | undefined;

  readonly #sessions = new Task(this, {
    task: ([client], { signal }) => (client as MySessionsClient).list({ signal }),
    args: () => [this.client],
  });
  readonly #ending = new SubmissionController(this, () => this.messages);

  constructor() {
    super();
    this.messages = englishMessages;
    this.locale = 'en';
  }

  async #end(session: Received<ConsoleSession>): Promise<void> {
    this.notice = undefined;
    const outcome = await this.#ending.submit((options) => this.client.revoke(session.id, options));
    if (!outcome.ok) return;
    if (session.current) {
      this.dispatchEvent(signedOut());
      return;
    }
    this.notice = this.messages.account.sessionEnded;
    void this.#sessions.run();
  }

  override render() {
    const words = this.messages.account;
    return html`<section aria-labelledby="sessions-title">
      <h2 id="sessions-title">${words.sessionsTitle}</h2>
      <p class="intro">${words.sessionsIntro}</p>
      <p role="status">${this.notice ?? nothing}</p>
      ${this.#ending.errorMessage ? html`<wa-callout variant="danger" role="alert">${this.#ending.errorMessage}</wa-callout>` : nothing}
      ${renderLoad(this, this.#sessions, this.messages, ({ sessions }) => this.#renderSessions(sessions))}
    </section>`;
  }

  #renderSessions(sessions: readonly Received<ConsoleSession>[]) {
    const words = this.messages.account;
    const date = (iso: string) => this.messages.common.dateTime(iso, this.locale);
    return html`<ul class="cards">
      ${sessions.map((session) => {
        const device = deviceName(session.userAgent) ?? words.unknownDevice;
        return html`<li>
          <span
            ><strong>${device}</strong>${session.current ? html` — <em>${words.thisSession}</em>` : nothing}<br /><span class="quiet"
              >${words.sessionSignedIn(date(session.createdAt))} · ${words.sessionLastSeen(date(session.lastSeenAt))}${session.ip
                ? html` · ${words.sessionFrom(session.ip)}`
                : nothing}</span
            ></span
          >
          <wa-button size="s" appearance="outlined" @click=${() => void this.#end(session)}
            >${words.endSession}<span class="visually-hidden">: ${device}</span></wa-button
          >
        </li>`;
      })}
    </ul>`;
  }
}

customElements.define('console-my-sessions', ConsoleMySessions);

declare global {
  interface HTMLElementTagNameMap {
    'console-my-sessions': ConsoleMySessions;
  }
}
