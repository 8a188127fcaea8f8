/**
 * <console-care-queue>: customer care's queue of the concierge's reminders. Filtered by status
 * (drafts first), kind of care and due dates; each row says what is due for whom and what will
 * happen to it (goes out on its own on…, held, would be dropped because…). "Review" opens one
 * below the table: the e-mail as it would go, a subject line and a personal note to write in the
 * owner's language, and hold or release, send now, drop with a reason. Every answer replaces the
 * reminder's row, so the table says what became of it.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import '@awesome.me/webawesome/dist/components/option/option.js';
import '@awesome.me/webawesome/dist/components/select/select.js';
import '@awesome.me/webawesome/dist/components/textarea/textarea.js';
import type WaSelect from '@awesome.me/webawesome/dist/components/select/select.js';
import type WaTextarea from '@awesome.me/webawesome/dist/components/textarea/textarea.js';
import { careKinds, careReminderNoteMaxLength, careReminderStatuses, careReminderSubjectMaxLength } from '@atelier/client/contract';
import type { CareKind, CareReminder as ContractCareReminder, CareReminderStatus, CareRemindersQuery, Locale, Received } from '@atelier/client/contract';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import { buttonName } from '../shared/button-name.ts';
import '../shared/confirm-dialog.ts';
import { renderDataTable, renderLoadMore } from '../shared/data-table.ts';
import { formatDay } from '../shared/dates.ts';
import { renderLoad } from '../shared/loads.ts';
import { pageStyles } from '../shared/page-styles.ts';
import { SubmissionController } from '../shared/submission.ts';
import { renderTextField } from '../shared/text-field.ts';
import type { CareRemindersClient } from './care-client.ts';
import { enumWords } from '../shared/enum-words.ts';

type CareReminder = Received<ContractCareReminder>;

interface Filters {
  status: CareReminderStatus;
  careKind: CareKind | '';
  dueFrom: string;
  dueTo: string;
}

/** What customer care typed for the reminder under review; undefined: as stored. */
interface Typed {
  subject?: string;
  personalNote?: string;
}

type Action = 'personalise' | 'hold' | 'release' | 'send' | 'drop';

export class ConsoleCareQueue extends LitElement {
  static override styles = [
    pageStyles,
    css`
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: var(--wa-space-m);
        align-items: end;
        margin-block-end: var(--wa-space-m);
      }
      .filters > * {
        min-width: 10rem;
        flex: 1 1 10rem;
      }
      .email {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        font-family: inherit;
        margin: 0 0 var(--wa-space-m);
        padding: var(--wa-space-m);
        border: 1px solid var(--wa-color-surface-border);
        border-radius: var(--wa-border-radius-m);
      }
      section.review {
        margin-block-start: var(--wa-space-l);
      }
      h3 {
        font-size: var(--wa-font-size-l);
        margin: 0 0 var(--wa-space-s);
      }
      h3:focus {
        outline: none;
      }
      h4 {
        font-size: var(--wa-font-size-m);
        margin: var(--wa-space-m) 0 var(--wa-space-xs);
      }
    `,
  ];

  static override properties = {
    client: { attribute: false },
    messages: { attribute: false },
    locale: { attribute: false },
    filters: { state: true },
    rows: { state: true },
    nextCursor: { state: true },
    reviewedId: { state: true },
    typed: { state: true },
    notice: { state: true },
    dropping: { state: true },
    dropReason: { state: true },
  };

  declare client: CareRemindersClient;
  declare messages: ConsoleMessages;
  declare locale: Locale;
  declare private filters: Filters;
  /** The reminders shown: the first page, those "Load more" added, each replaced by the answer to an action on it. */
  declare private rows: CareReminder[];
  declare private nextCursor: string | null;
  declare private reviewedId: string | undefined;
  declare private typed: Typed;
  declare private notice: string | undefined;
  declare private dropping: boolean;
  declare private dropReason: string;

  readonly #acting = new SubmissionController(this, () => this.messages);
  readonly #loadingMore = new SubmissionController(this, () => this.messages);
  readonly #load = new Task(this, {
    task: async ([client, filters], { signal }) => {
      const page = await (client as CareRemindersClient).reminders(this.#query(filters as Filters), { signal });
      this.rows = page.reminders;
      this.nextCursor = page.nextCursor;
      return page;
    },
    args: () => [this.client, this.filters],
  });

  constructor() {
    super();
    this.messages = englishMessages;
    this.locale = 'en';
    this.filters = { status: 'draft', careKind: '', dueFrom: '', dueTo: '' };
    this.rows = [];
    this.nextCursor = null;
    this.typed = {};
    this.dropping = false;
    this.dropReason = '';
  }

  #query(filters: Filters, cursor?: string): CareRemindersQuery {
    return {
      status: filters.status,
      ...(filters.careKind !== '' && { careKind: filters.careKind }),
      ...(filters.dueFrom !== '' && { dueFrom: filters.dueFrom }),
      ...(filters.dueTo !== '' && { dueTo: filters.dueTo }),
      ...(cursor !== undefined && { cursor }),
    };
  }

  #filter(change: Partial<Filters>): void {
    this.filters = { ...this.filters, ...change };
    this.reviewedId = undefined;
    this.notice = undefined;
  }

  async #loadMore(cursor: string): Promise<void> {
    const outcome = await this.#loadingMore.submit((options) => this.client.reminders(this.#query(this.filters, cursor), options));
    if (!outcome.ok) return;
    this.rows = [...this.rows, ...outcome.value.reminders];
    this.nextCursor = outcome.value.nextCursor;
  }

  async #review(reminder: CareReminder): Promise<void> {
    this.reviewedId = reminder.id;
    this.typed = {};
    this.notice = undefined;
    this.#acting.reset();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('section.review h3')?.focus();
  }

  async #act(action: Action, reminder: CareReminder): Promise<void> {
    this.notice = undefined;
    const words = this.messages.care;
    const outcome = await this.#acting.submit((options) => {
      switch (action) {
        case 'personalise': {
          const subject = (this.typed.subject ?? reminder.personalisation.subject ?? '').trim();
          const personalNote = (this.typed.personalNote ?? reminder.personalisation.personalNote ?? '').trim();
          return this.client.personalise(reminder.id, { subject: subject === '' ? null : subject, personalNote: personalNote === '' ? null : personalNote }, options);
        }
        case 'hold':
          return this.client.hold(reminder.id, options);
        case 'release':
          return this.client.release(reminder.id, options);
        case 'send':
          return this.client.send(reminder.id, options);
        case 'drop':
          return this.client.drop(reminder.id, this.dropReason, options);
      }
    });
    if (!outcome.ok) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('section.review .field-error, section.review wa-callout[variant="danger"]')?.focus();
      return;
    }
    const answered = outcome.value;
    this.rows = this.rows.map((row) => (row.id === answered.id ? answered : row));
    if (action === 'personalise') this.typed = {};
    if (action === 'drop') this.dropReason = '';
    const dropReason = answered.dropReason ? enumWords(words.dropReasons, answered.dropReason) : '';
    this.notice = {
      personalise: words.personalised,
      hold: words.heldNotice,
      release: words.releasedNotice,
      // Still a draft: the owner's quiet period holds it (the server sends it when the period ends).
      send: answered.status === 'sent' ? words.sentNotice : answered.status === 'draft' ? words.deferredOnSend : words.droppedOnSend(dropReason),
      drop: words.droppedNotice,
    }[action];
  }

  #when(iso: string): string {
    return this.messages.common.dateTime(iso, this.locale);
  }

  #language(code: string): string {
    try {
      return new Intl.DisplayNames([this.locale], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  }

  /** What became of the reminder, or what will, in a few words. */
  #state(reminder: CareReminder): string {
    const words = this.messages.care;
    if (reminder.status === 'sent' && reminder.sentAt) return words.sentOn(this.#when(reminder.sentAt));
    if (reminder.status === 'dropped') return words.droppedBecause(reminder.dropReason ? enumWords(words.dropReasons, reminder.dropReason) : '');
    const parts = [reminder.heldAt ? words.held : reminder.autoSendAt ? words.goesOutOn(this.#when(reminder.autoSendAt)) : ''];
    if (reminder.wouldBeDroppedFor) parts.push(words.wouldBeDropped(enumWords(words.dropReasons, reminder.wouldBeDroppedFor)));
    return parts.filter(Boolean).join(' · ');
  }

  override render() {
    const words = this.messages.care;
    return html`<h2 id="queue-title">${words.queueTitle}</h2>
      <div class="filters">
        <wa-select
          name="status"
          label=${words.status}
          .value=${this.filters.status}
          @change=${(event: Event) => this.#filter({ status: String((event.target as WaSelect).value) as CareReminderStatus })}
        >
          ${careReminderStatuses.map((status) => html`<wa-option value=${status}>${words.statuses[status]}</wa-option>`)}
        </wa-select>
        <wa-select
          name="careKind"
          label=${words.kind}
          .value=${this.filters.careKind === '' ? 'all' : this.filters.careKind}
          @change=${(event: Event) => {
            const value = String((event.target as WaSelect).value);
            this.#filter({ careKind: value === 'all' ? '' : (value as CareKind) });
          }}
        >
          <wa-option value="all">${words.allKinds}</wa-option>
          ${careKinds.map((kind) => html`<wa-option value=${kind}>${words.kinds[kind]}</wa-option>`)}
        </wa-select>
        ${renderTextField({ name: 'dueFrom', label: words.dueFrom, type: 'date', required: false, value: this.filters.dueFrom, onInput: (value) => this.#filter({ dueFrom: value }) })}
        ${renderTextField({ name: 'dueTo', label: words.dueTo, type: 'date', required: false, value: this.filters.dueTo, onInput: (value) => this.#filter({ dueTo: value }) })}
      </div>
      ${renderLoad(this, this.#load, this.messages, () => this.#renderRows())}
      ${this.#renderReview()}`;
  }

  #renderRows() {
    const words = this.messages.care;
    if (this.rows.length === 0) return html`<p>${words.queueEmpty}</p>`;
    return html`${renderDataTable({
        labelledBy: 'queue-caption',
        caption: { text: words.queueCaption(this.rows.length), live: true },
        columns: [words.due, words.kind, words.piece, words.owner, words.state, html`<span class="visually-hidden">${words.review}</span>`],
        rows: this.rows.map(
          (reminder) => html`<tr>
            <td>${formatDay(reminder.dueOn, this.locale)}</td>
            <td>${enumWords(words.kinds, reminder.careKind)}</td>
            <td>${reminder.piece.modelName} <code>${reminder.piece.serial}</code></td>
            <td>${reminder.owner.name} <span class="quiet">${this.#language(reminder.owner.language)}</span></td>
            <td>${this.#state(reminder)}</td>
            <td>
              <wa-button size="s" @click=${() => void this.#review(reminder)}>${buttonName(words.review, words.reviewFor(reminder.piece.serial))}</wa-button>
            </td>
          </tr>`,
        ),
      })}
      ${renderLoadMore(this.#loadingMore, this.nextCursor, (cursor) => void this.#loadMore(cursor), this.messages)}`;
  }

  #renderReview() {
    const reminder = this.rows.find((row) => row.id === this.reviewedId);
    if (!reminder) return nothing;
    const words = this.messages.care;
    const request = this.#acting;
    const language = this.#language(reminder.owner.language);
    const isDraft = reminder.status === 'draft';
    return html`<section class="review" aria-labelledby="review-title">
      <h3 id="review-title" tabindex="-1">${words.reviewTitle(reminder.piece.modelName, reminder.piece.serial)}</h3>
      <p role="status">${this.notice ?? nothing}</p>
      <p>${words.ownerLine(reminder.owner.name, language)}</p>
      <p>${enumWords(words.kinds, reminder.careKind)} · ${words.due} ${formatDay(reminder.dueOn, this.locale)} · ${this.#state(reminder)}</p>
      ${reminder.warrantyCondition ? html`<p>${words.warrantyCondition(reminder.warrantyCondition.text, formatDay(reminder.warrantyCondition.lapsesAfter, this.locale))}</p>` : nothing}
      ${reminder.ownerLastHeardFromBrandAt ? html`<p class="quiet">${words.lastHeard(this.#when(reminder.ownerLastHeardFromBrandAt))}</p>` : nothing}
      ${reminder.dropNote ? html`<p>${words.dropNote(reminder.dropNote)}</p>` : nothing}
      ${reminder.email
        ? html`<h4>${words.emailTitle}</h4>
            <div class="email" lang=${reminder.owner.language}><strong>${reminder.email.subject}</strong>\n\n${reminder.email.text}</div>`
        : nothing}
      ${request.errorMessage ? html`<wa-callout variant="danger" role="alert" tabindex="-1">${request.errorMessage}</wa-callout>` : nothing}
      ${isDraft ? this.#renderDraftForm(reminder, language) : nothing}
      <console-confirm
        .open=${this.dropping}
        .label=${words.dropTitle}
        .message=${words.dropMessage}
        .confirmLabel=${words.drop}
        .cancelLabel=${this.messages.common.cancel}
        .confirmDisabled=${this.dropReason.trim() === ''}
        @console-confirm-closed=${() => {
          this.dropping = false;
        }}
        @console-confirmed=${() => void this.#act('drop', reminder)}
      >
        <wa-textarea
          name="reason"
          label=${words.dropReasonLabel}
          rows="3"
          .value=${this.dropReason}
          @input=${(event: Event) => {
            this.dropReason = (event.target as WaTextarea).value ?? '';
          }}
        ></wa-textarea>
      </console-confirm>
    </section>`;
  }

  #renderDraftForm(reminder: CareReminder, language: string) {
    const words = this.messages.care;
    const request = this.#acting;
    const noteError = request.fieldError('personalNote');
    return html`<form
        novalidate
        @submit=${(event: SubmitEvent) => {
          event.preventDefault();
          void this.#act('personalise', reminder);
        }}
      >
        ${renderTextField({
          name: 'subject',
          label: words.subjectLabel,
          hint: words.subjectHint(careReminderSubjectMaxLength),
          required: false,
          error: request.fieldError('subject'),
          value: this.typed.subject ?? reminder.personalisation.subject ?? '',
          onInput: (value) => {
            this.typed = { ...this.typed, subject: value };
          },
        })}
        <wa-textarea
          name="personalNote"
          lang=${reminder.owner.language}
          label=${words.noteLabel}
          hint=${noteError ?? words.noteHint(language)}
          class=${noteError ? 'field-error' : ''}
          rows="4"
          maxlength=${careReminderNoteMaxLength}
          .value=${this.typed.personalNote ?? reminder.personalisation.personalNote ?? ''}
          @input=${(event: Event) => {
            this.typed = { ...this.typed, personalNote: (event.target as WaTextarea).value ?? '' };
          }}
        ></wa-textarea>
        <div class="actions">
          <wa-button type="submit" variant="brand" ?loading=${request.pending}>${words.savePersonalisation}</wa-button>
        </div>
      </form>
      <div class="actions">
        ${reminder.heldAt
          ? html`<wa-button ?disabled=${request.pending} @click=${() => void this.#act('release', reminder)}>${words.release}</wa-button>`
          : html`<wa-button ?disabled=${request.pending} @click=${() => void this.#act('hold', reminder)}>${words.hold}</wa-button>`}
        <wa-button variant="success" ?disabled=${request.pending} @click=${() => void this.#act('send', reminder)}>${words.sendNow}</wa-button>
        <wa-button
          variant="danger"
          appearance="outlined"
          ?disabled=${request.pending}
          @click=${() => {
            this.dropping = true;
          }}
          >${words.drop}</wa-button
        >
      </div>`;
  }
}

customElements.define('console-care-queue', ConsoleCareQueue);

declare global {
  interface HTMLElementTagNameMap {
    'console-care-queue': ConsoleCareQueue;
  }
}
