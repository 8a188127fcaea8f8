/**
 * <console-from-the-brand>: the brand's invitations and news (issue 16, "From the brand"), for its
 * admins and customer care. Invitations: written and rewritten as drafts, sent (asked first, with
 * the audience counted today), then followed — invited, e-mailed, yes, no, seats left — and sent
 * again to newcomers to the audience. News: drafts, published (asked first) to the owner space.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import type { BrandNews, EventInvitation, Locale, Received } from '@atelier/client/contract';
import { Task } from '@lit/task';
import { html, LitElement, nothing } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import { buttonName } from '../shared/button-name.ts';
import '../shared/confirm-dialog.ts';
import { renderConfirm, type PendingConfirmation } from '../shared/confirm-dialog.ts';
import { renderDataTable } from '../shared/data-table.ts';
import { formatDay } from '../shared/dates.ts';
import { renderLoad } from '../shared/loads.ts';
import { pageStyles } from '../shared/page-styles.ts';
import { SubmissionController } from '../shared/submission.ts';
import type { FromTheBrandClient } from './from-the-brand-client.ts';
import { draftOfInvitation, draftOfNews, emptyDraft, type MessageDraft } from './message-draft.ts';
import './message-form.ts';

/** What the form on the page is writing: a new draft or an existing one, of either kind. */
type Editing = { kind: 'invitation' | 'news'; id: string | undefined; draft: MessageDraft } | undefined;

export const fromTheBrandSegment = 'from-the-brand';

/** The title in the reader's language when written, else the default language's. */
function titleOf(texts: Record<string, { title: string }>, locale: Locale, defaultLanguage: string): string {
  return (texts[locale] ?? texts[defaultLanguage])?.title ?? '';
}

export class ConsoleFromTheBrand extends LitElement {
  static override styles = [pageStyles];

  static override properties = {
    client: { attribute: false },
    messages: { attribute: false },
    locale: { attribute: false },
    editing: { state: true },
    notice: { state: true },
    confirming: { state: true },
  };

  declare client: FromTheBrandClient;
  declare messages: ConsoleMessages;
  declare locale: Locale;
  declare private editing: Editing;
  declare private notice: string | undefined;
  declare private confirming: PendingConfirmation | undefined;

  readonly #acting = new SubmissionController(this, () => this.messages);
  readonly #invitations = new Task(this, {
    task: ([client], { signal }) => (client as FromTheBrandClient).invitations({ signal }),
    args: () => [this.client],
  });
  readonly #news = new Task(this, {
    task: ([client], { signal }) => (client as FromTheBrandClient).news({ signal }),
    args: () => [this.client],
  });

  constructor() {
    super();
    this.messages = englishMessages;
    this.locale = 'en';
    this.editing = undefined;
  }

  /** The brand's default language, as its latest message says (English until it has one). */
  #defaultLanguage(): Locale {
    return (this.#invitations.value?.invitations[0]?.defaultLanguage ?? this.#news.value?.news[0]?.defaultLanguage ?? 'en') as Locale;
  }

  async #open(editing: NonNullable<Editing>): Promise<void> {
    this.notice = undefined;
    this.editing = editing;
    await this.updateComplete;
    const form = this.renderRoot.querySelector('console-brand-message-form');
    await form?.updateComplete;
    // The form's first field, once drawn: Web Awesome's input focuses its inner input.
    const first = form?.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('wa-input');
    await first?.updateComplete;
    first?.focus();
  }

  async #saved(): Promise<void> {
    const kind = this.editing?.kind;
    this.editing = undefined;
    this.notice = this.messages.fromTheBrand.draftSaved;
    if (kind === 'news') this.#news.run();
    else this.#invitations.run();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.notice')?.focus();
  }

  #askToSend(invitation: Received<EventInvitation>): void {
    const words = this.messages.fromTheBrand;
    this.confirming = {
      label: words.sendLabel,
      message: words.sendMessage(invitation.audienceCount ?? invitation.figures.invited),
      confirmLabel: invitation.status === 'draft' ? words.send : words.sendAgain,
      run: async () => {
        this.notice = undefined;
        const outcome = await this.#acting.submit((options) => this.client.sendInvitation(invitation.id, options));
        if (outcome.ok) this.notice = words.sent(outcome.value.invitedNow, outcome.value.emailedNow);
        this.#invitations.run();
      },
    };
  }

  #askToPublish(news: Received<BrandNews>): void {
    const words = this.messages.fromTheBrand;
    this.confirming = {
      label: words.publishLabel,
      message: words.publishMessage(news.audienceCount ?? 0),
      confirmLabel: words.publish,
      run: async () => {
        this.notice = undefined;
        const outcome = await this.#acting.submit((options) => this.client.publishNews(news.id, options));
        if (outcome.ok) this.notice = words.published;
        this.#news.run();
      },
    };
  }

  #actionError(): string | undefined {
    const code = this.#acting.failure?.code;
    if (code === 'invitation_closed') return this.messages.fromTheBrand.closed;
    return this.#acting.failure?.message;
  }

  override render() {
    const words = this.messages.fromTheBrand;
    const actionError = this.#actionError();
    return html`<h1 tabindex="-1">${words.pageTitle}</h1>
      <p class="intro">${words.intro}</p>
      <p role="status" class="notice" tabindex="-1">${this.notice ?? nothing}</p>
      ${actionError ? html`<wa-callout variant="danger" role="alert">${actionError}</wa-callout>` : nothing}
      ${this.editing ? this.#renderForm(this.editing) : this.#renderLists()}
      ${renderConfirm(this.confirming, this.messages.common.cancel, () => {
        this.confirming = undefined;
      })}`;
  }

  #renderForm(editing: NonNullable<Editing>) {
    const words = this.messages.fromTheBrand;
    const heading = editing.kind === 'invitation' ? words.invitationsTitle : words.newsTitle;
    return html`<h2>${heading}</h2>
      <console-brand-message-form
        kind=${editing.kind}
        existing-id=${editing.id ?? nothing}
        default-language=${this.#defaultLanguage()}
        .client=${this.client}
        .draft=${editing.draft}
        .messages=${this.messages}
        .locale=${this.locale}
        @console-saved=${() => void this.#saved()}
        @console-cancelled=${() => {
          this.editing = undefined;
        }}
      ></console-brand-message-form>`;
  }

  #renderLists() {
    const words = this.messages.fromTheBrand;
    return html`<h2 id="invitations-title">${words.invitationsTitle}</h2>
      <div class="actions">
        <wa-button variant="brand" @click=${() => void this.#open({ kind: 'invitation', id: undefined, draft: emptyDraft() })}>${words.newInvitation}</wa-button>
      </div>
      ${renderLoad(this, this.#invitations, this.messages, ({ invitations }) => (invitations.length === 0 ? html`<p>${words.noInvitations}</p>` : this.#renderInvitations(invitations)))}
      <h2 id="news-title">${words.newsTitle}</h2>
      <div class="actions">
        <wa-button variant="brand" @click=${() => void this.#open({ kind: 'news', id: undefined, draft: emptyDraft() })}>${words.newNews}</wa-button>
      </div>
      ${renderLoad(this, this.#news, this.messages, ({ news }) => (news.length === 0 ? html`<p>${words.noNews}</p>` : this.#renderNews(news)))}`;
  }

  #renderInvitations(invitations: readonly Received<EventInvitation>[]) {
    const words = this.messages.fromTheBrand;
    const columns = words.columns;
    const count = (value: number | null) => (value === null ? words.unknownCount : String(value));
    return renderDataTable({
      labelledBy: 'invitations-title',
      columns: [columns.title, columns.when, columns.status, columns.audience, columns.invited, columns.emailed, columns.yes, columns.no, columns.seatsLeft, columns.actions],
      rows: invitations.map((invitation) => {
        const title = titleOf(invitation.texts, this.locale, invitation.defaultLanguage);
        const status = invitation.status === 'sent' ? words.statuses.sent : words.statuses.draft;
        return html`<tr>
          <td>${title}</td>
          <td>${formatDay(invitation.startsAt.date, this.locale)} ${invitation.startsAt.time} (${invitation.startsAt.timeZone})</td>
          <td>${status}</td>
          <td>${count(invitation.audienceCount)}</td>
          <td>${invitation.figures.invited}</td>
          <td>${invitation.figures.emailed}</td>
          <td>${invitation.figures.yes}</td>
          <td>${invitation.figures.no}</td>
          <td>${invitation.figures.seatsLeft}</td>
          <td>
            <div class="actions">
              ${invitation.status === 'draft'
                ? html`<wa-button size="s" @click=${() => void this.#open({ kind: 'invitation', id: invitation.id, draft: draftOfInvitation(invitation) })}
                    >${buttonName(words.edit, `${words.edit}: ${title}`)}</wa-button
                  >`
                : nothing}
              <wa-button size="s" variant="brand" @click=${() => this.#askToSend(invitation)}
                >${buttonName(invitation.status === 'draft' ? words.send : words.sendAgain, `${invitation.status === 'draft' ? words.send : words.sendAgain}: ${title}`)}</wa-button
              >
            </div>
          </td>
        </tr>`;
      }),
    });
  }

  #renderNews(news: readonly Received<BrandNews>[]) {
    const words = this.messages.fromTheBrand;
    const columns = words.columns;
    return renderDataTable({
      labelledBy: 'news-title',
      columns: [columns.title, columns.status, columns.published, columns.audience, columns.actions],
      rows: news.map((item) => {
        const title = titleOf(item.texts, this.locale, item.defaultLanguage);
        return html`<tr>
          <td>${title}</td>
          <td>${item.status === 'published' ? words.statuses.published : words.statuses.draft}</td>
          <td>${item.publishedAt ? formatDay(item.publishedAt.slice(0, 10), this.locale) : words.unknownCount}</td>
          <td>${item.audienceCount === null ? words.unknownCount : item.audienceCount}</td>
          <td>
            ${item.status === 'draft'
              ? html`<div class="actions">
                  <wa-button size="s" @click=${() => void this.#open({ kind: 'news', id: item.id, draft: draftOfNews(item) })}>${buttonName(words.edit, `${words.edit}: ${title}`)}</wa-button>
                  <wa-button size="s" variant="brand" @click=${() => this.#askToPublish(item)}>${buttonName(words.publish, `${words.publish}: ${title}`)}</wa-button>
                </div>`
              : nothing}
          </td>
        </tr>`;
      }),
    });
  }
}

customElements.define('console-from-the-brand', ConsoleFromTheBrand);

declare global {
  interface HTMLElementTagNameMap {
    'console-from-the-brand': ConsoleFromTheBrand;
  }
}
