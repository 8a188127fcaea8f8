/**
 * "Segments": the brand's staff describe a group of clients in the filter language
 * (contract/segments.ts), starting from a built-in segment or from nothing, and see how many
 * clients it holds as they edit (counted a moment after the last change; only the latest answer
 * is shown). The filter lives in the page's address (`?filter=…`), so a segment is bookmarked and
 * shared as a link. Customer care and admins also list its members a page at a time, each
 * opening the client's page, and export it as CSV for one purpose, with only the clients who said
 * yes to it (the server's rule, said here). A refusal naming a clause is said next to it.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import '@awesome.me/webawesome/dist/components/option/option.js';
import '@awesome.me/webawesome/dist/components/select/select.js';
import '@awesome.me/webawesome/dist/components/spinner/spinner.js';
import type WaSelect from '@awesome.me/webawesome/dist/components/select/select.js';
import { ApiError, ValidationError } from '@atelier/client';
import { builtInSegmentNames, SegmentFilter, segmentCountMax, segmentGroupMaxClauses, segmentListMaxValues, segmentMonthsMax, segmentWindowMaxDays } from '@atelier/client/contract';
import type { BuiltInSegmentName, CurrencyBasis, FieldError, Locale, Received, SegmentCondition, SegmentMemberPage } from '@atelier/client/contract';
import { Task, TaskStatus } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import { renderDataTable, renderLoadMore } from '../shared/data-table.ts';
import { formatDay } from '../shared/dates.ts';
import { fieldErrorWords } from '../shared/error-words.ts';
import { replaceAddress } from '../shared/events.ts';
import { renderLoad } from '../shared/loads.ts';
import { renderRecomputing } from '../shared/money.ts';
import { pageStyles } from '../shared/page-styles.ts';
import { SubmissionController } from '../shared/submission.ts';
import { pagePath } from '../shell/router.ts';
import { clientsSegment } from '../clients/client-page.ts';
import './segment-builder.ts';
import type { RowError } from './segment-builder.ts';
import { addressWithFilter, conditionCount, draftOf, DraftIds, emptyGroup, filterInAddress, filterOf, rowOfErrorPath } from './segment-draft.ts';
import type { DraftItem, DraftPaths, GroupDraft } from './segment-draft.ts';
import type { SegmentsClient } from './segments-client.ts';
import { wordsFor } from '../shared/enum-words.ts';

/** The console path of the Segments page. */
export const segmentsSegment = 'segments';

/** How long the count waits after the last edit before asking: typing "120" asks once, not three times. */
export const segmentCountDebounceMs = 300;

type Member = Received<SegmentMemberPage>['people'][number];
type ExportPurpose = 'marketing' | 'service';

/** What a count found: the number, a refusal traced to the rows, or nothing to count yet. */
type Counted =
  | { kind: 'empty' }
  | { kind: 'counted'; filterText: string; count: number; asOf: string; valueBasis: Received<CurrencyBasis> | undefined }
  | { kind: 'refused'; errors: ReadonlyMap<string, RowError[]>; whole: string[] };

/** Waits `ms`, or rejects as soon as `signal` aborts (a newer edit replaced this count). */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}

function findItem(group: GroupDraft, id: string): DraftItem | undefined {
  for (const item of group.items) {
    if (item.id === id) return item;
    if (item.type === 'group') {
      const found = findItem(item, id);
      if (found) return found;
    }
  }
  return undefined;
}

/** The largest number a condition's `value` or `withinDays` takes. */
function numberMax(condition: SegmentCondition | undefined): number {
  if (!condition) return segmentCountMax;
  if (condition.kind === 'serviceDue' || condition.kind === 'purchaseAnniversary') return segmentWindowMaxDays;
  if (condition.kind.startsWith('monthsSince')) return segmentMonthsMax;
  return segmentCountMax;
}

export class ConsoleSegments extends LitElement {
  static override styles = [
    pageStyles,
    css`
      .count {
        font-size: var(--wa-font-size-l);
      }
      form.start {
        grid-template-columns: minmax(0, 1fr) auto;
        align-items: end;
      }
      @media (max-width: 30rem) {
        form.start {
          grid-template-columns: minmax(0, 1fr);
        }
      }
    `,
  ];

  static override properties = {
    client: { attribute: false },
    messages: { attribute: false },
    locale: { attribute: false },
    search: { attribute: false },
    canListMembers: { attribute: 'can-list-members', type: Boolean },
    draft: { state: true },
    startFrom: { state: true },
    unreadableAddress: { state: true },
    members: { state: true },
    exportPurpose: { state: true },
  };

  declare client: SegmentsClient;
  declare messages: ConsoleMessages;
  declare locale: Locale;
  /** The address's query (`?filter=…`), as the shell last saw it. */
  declare search: string;
  /** Admins and the concierge: members and exports name people. Analysts count. */
  declare canListMembers: boolean;
  declare private draft: GroupDraft;
  declare private startFrom: BuiltInSegmentName | 'scratch';
  declare private unreadableAddress: boolean;
  /** The members listed, for the filter they were listed for. */
  declare private members: { filterText: string; people: Member[]; nextCursor: string | null } | undefined;
  declare private exportPurpose: ExportPurpose;

  readonly #ids = new DraftIds();
  /** The query this page last wrote into the address: the shell hands it back, and it is no news. */
  #writtenSearch: string | undefined;
  #filterText = '';
  #paths: DraftPaths = new Map();
  readonly #listing = new SubmissionController(this, () => this.messages);

  readonly #builtIns = new Task(this, {
    task: ([client], { signal }) => (client as SegmentsClient).builtIn({ signal }),
    args: () => [this.client] as const,
  });

  /** The collections a `collection` condition offers; without them (not loaded, or failed) it still shows what is chosen. */
  readonly #catalogue = new Task(this, {
    task: ([client], { signal }) => (client as SegmentsClient).catalogue({ signal }),
    args: () => [this.client] as const,
  });

  readonly #count = new Task(this, {
    task: async ([client, filterText, conditions], { signal }): Promise<Counted> => {
      if (conditions === 0) {
        // Nothing to count: the address forgets the last filter too (after this update, not during it).
        queueMicrotask(() => this.#rememberInAddress(undefined));
        return { kind: 'empty' };
      }
      const paths = this.#paths;
      await pause(segmentCountDebounceMs, signal);
      try {
        const { count, asOf, valueBasis } = await (client as SegmentsClient).count(filterText as string, { signal });
        this.#rememberInAddress(filterText as string);
        return { kind: 'counted', filterText: filterText as string, count, asOf, valueBasis };
      } catch (error) {
        if ((error instanceof ValidationError || error instanceof ApiError) && error.fieldErrors.length > 0) return this.#refusal(error.fieldErrors, paths);
        throw error;
      }
    },
    args: () => [this.client, this.#filterText, conditionCount(this.draft)] as const,
  });

  constructor() {
    super();
    this.messages = englishMessages;
    this.locale = 'en';
    this.search = '';
    this.canListMembers = false;
    this.draft = emptyGroup(this.#ids);
    this.startFrom = 'scratch';
    this.unreadableAddress = false;
    this.members = undefined;
    this.exportPurpose = 'marketing';
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('search') && this.search !== this.#writtenSearch) {
      const found = filterInAddress(this.search);
      this.unreadableAddress = found.kind === 'unreadable';
      this.draft = found.kind === 'filter' ? draftOf(found.filter, this.#ids) : emptyGroup(this.#ids);
    }
    if (changed.has('draft')) {
      const { filter, paths } = filterOf(this.draft);
      this.#filterText = JSON.stringify(filter);
      this.#paths = paths;
    }
  }

  /** Writes the counted filter into the address (replacing the entry: each edit is not a page to go back to). */
  #rememberInAddress(filterText: string | undefined): void {
    const address = addressWithFilter(pagePath(segmentsSegment), filterText);
    this.#writtenSearch = filterText === undefined ? '' : address.slice(address.indexOf('?'));
    this.dispatchEvent(replaceAddress(address));
  }

  /** A refusal's field errors by the row they name; those naming the whole filter apart. */
  #refusal(fieldErrors: readonly FieldError[], paths: DraftPaths): Counted {
    const words = this.messages.segments.errors;
    const errors = new Map<string, RowError[]>();
    const whole: string[] = [];
    for (const fieldError of fieldErrors) {
      const row = rowOfErrorPath(fieldError.path, paths);
      const item = row ? findItem(this.draft, row.id) : undefined;
      const field = row?.field;
      let text = fieldErrorWords(this.messages, fieldError);
      if (field === 'in') text = fieldError.code === 'too_long' ? words.tooMany(segmentListMaxValues) : fieldError.code === 'too_short' ? words.chooseOne : text;
      else if (field === 'value' || field === 'withinDays') {
        const max = numberMax(item?.type === 'condition' ? item.condition : undefined);
        if (fieldError.code === 'too_small' || fieldError.code === 'too_large') text = words.between(0, max);
        else if (fieldError.code === 'invalid_type') text = words.wholeNumber;
      } else if (item?.type === 'group' && field === 'of') text = fieldError.code === 'too_long' ? words.tooMany(segmentGroupMaxClauses) : words.emptyGroup;
      else if (!row && fieldError.code === 'too_large') text = words.tooLarge;
      if (row) errors.set(row.id, [...(errors.get(row.id) ?? []), { field, words: text }]);
      else whole.push(text);
    }
    return { kind: 'refused', errors, whole };
  }

  #start(event: Event): void {
    event.preventDefault();
    const chosen = this.startFrom;
    const builtIn = chosen === 'scratch' ? undefined : this.#builtIns.value?.segments.find((segment) => segment.name === chosen);
    // A built-in written with a condition newer than this console cannot be edited here.
    const filter = builtIn ? SegmentFilter.safeParse(builtIn.filter) : undefined;
    this.draft = filter?.success ? draftOf(filter.data, this.#ids) : emptyGroup(this.#ids);
    this.unreadableAddress = filter !== undefined && !filter.success;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#filter-title')?.focus());
  }

  async #listMembers(filterText: string, cursor?: string): Promise<void> {
    const outcome = await this.#listing.submit((options) => this.client.members(filterText, cursor, options));
    if (!outcome.ok) return;
    const earlier = cursor && this.members?.filterText === filterText ? this.members.people : [];
    this.members = { filterText, people: [...earlier, ...outcome.value.people], nextCursor: outcome.value.nextCursor };
  }

  override render() {
    const words = this.messages.segments;
    const counted = this.#count.value;
    const rowErrors = counted?.kind === 'refused' ? counted.errors : new Map<string, RowError[]>();
    return html`<h1 tabindex="-1">${words.title}</h1>
      <p class="intro">${words.intro}</p>
      ${this.unreadableAddress ? html`<wa-callout variant="warning">${words.unreadableAddress}</wa-callout>` : nothing}
      ${this.#renderStart()}
      <h2 id="filter-title" tabindex="-1">${words.filterTitle}</h2>
      ${counted?.kind === 'refused' ? counted.whole.map((text) => html`<wa-callout variant="danger">${text}</wa-callout>`) : nothing}
      <console-segment-builder
        .draft=${this.draft}
        .ids=${this.#ids}
        .errors=${rowErrors}
        .messages=${this.messages}
        .locale=${this.locale}
        .collections=${this.#catalogue.value?.collections ?? []}
        @console-segment-draft=${(event: CustomEvent<GroupDraft>) => {
          this.draft = event.detail;
        }}
      ></console-segment-builder>
      <h2 id="count-title">${words.countTitle}</h2>
      ${this.#renderCount()}
      ${this.canListMembers ? this.#renderMembers() : nothing} ${this.canListMembers ? this.#renderExport() : nothing}`;
  }

  #renderStart() {
    const words = this.messages.segments;
    return html`<form class="start" novalidate aria-label=${words.startTitle} @submit=${(event: Event) => this.#start(event)}>
      <wa-select
        name="startFrom"
        label=${words.startLabel}
        .value=${this.startFrom}
        @change=${(event: Event) => {
          this.startFrom = (event.target as WaSelect).value as BuiltInSegmentName | 'scratch';
        }}
      >
        <wa-option value="scratch">${words.scratch}</wa-option>
        ${builtInSegmentNames.map((name) => html`<wa-option value=${name} ?disabled=${!this.#builtIns.value}>${words.builtInNames[name]}</wa-option>`)}
      </wa-select>
      <div class="actions">
        <wa-button type="submit" appearance="outlined">${words.start}</wa-button>
      </div>
    </form>`;
  }

  /** The count, said politely to screen readers as it changes; the filter's refusal said at the conditions. */
  #renderCount() {
    const words = this.messages.segments;
    const counting = html`<p class="count" role="status"><wa-spinner></wa-spinner> ${words.counting}</p>`;
    return this.#count.render({
      initial: () => counting,
      pending: () => counting,
      complete: (counted) => {
        if (counted.kind === 'empty') return html`<p class="count" role="status">${words.noConditions}</p>`;
        if (counted.kind === 'refused') return html`<p class="count" role="status">${words.fixConditions}</p>`;
        // A segment compared on value says its currency and the rates its values miss: never a total read as complete when it is not.
        const basis = counted.valueBasis;
        return html`<p class="count" role="status">${words.counted(counted.count, formatDay(counted.asOf, this.locale))}</p>
          ${basis
            ? html`<p class="value-basis">${words.valueBasis(basis.reportingCurrency)}${basis.missingRates.length > 0
                ? html` ${words.missingRates(basis.missingRates.map((rate) => `${rate.currency} ${rate.month}`).join(', '), basis.amountsLeftOut)}`
                : nothing}</p>
                ${renderRecomputing(basis, this.messages, this.locale)}`
            : nothing}`;
      },
      error: () => renderLoad(this, this.#count, this.messages, () => html``),
    });
  }

  /** The filter the count last accepted, when it is the one on screen: members and exports follow it. */
  #countedFilter(): { filterText: string; count: number } | undefined {
    const counted = this.#count.value;
    return counted?.kind === 'counted' && counted.filterText === this.#filterText && this.#count.status === TaskStatus.COMPLETE ? counted : undefined;
  }

  #renderMembers() {
    const words = this.messages.segments;
    const counted = this.#countedFilter();
    const members = counted && this.members?.filterText === counted.filterText ? this.members : undefined;
    return html`<h2 id="members-title">${words.membersTitle}</h2>
      <p class="quiet">${words.membersIntro}</p>
      ${members ? this.#renderMemberTable(members, counted?.count) : nothing}
      ${members
        ? renderLoadMore(this.#listing, members.nextCursor, (cursor) => void this.#listMembers(members.filterText, cursor), this.messages)
        : html`${this.#listing.errorMessage ? html`<wa-callout variant="danger" role="alert">${this.#listing.errorMessage}</wa-callout>` : nothing}
            <div class="actions">
              <wa-button ?disabled=${!counted} ?loading=${this.#listing.pending} @click=${() => counted && void this.#listMembers(counted.filterText)}>${words.listMembers}</wa-button>
            </div>`}`;
  }

  #renderMemberTable(members: { people: Member[] }, total: number | undefined) {
    const words = this.messages.segments;
    if (members.people.length === 0) return html`<p>${words.noMembers}</p>`;
    const regions = new Intl.DisplayNames([this.locale], { type: 'region', fallback: 'code' });
    const languages = new Intl.DisplayNames([this.locale], { type: 'language', fallback: 'code' });
    return renderDataTable({
      labelledBy: 'members-caption',
      caption: { text: words.membersCaption(members.people.length, total), live: true },
      columns: [words.name, words.email, words.country, words.language, words.customerType],
      rows: members.people.map(
        (person) =>
          html`<tr>
            <td><a href=${pagePath(clientsSegment, person.id)}>${person.name}</a></td>
            <td>${person.email}</td>
            <td>${regions.of(person.country) ?? person.country}</td>
            <td>${languages.of(person.language) ?? person.language}</td>
            <td>${wordsFor(this.messages.clients.customerTypes, person.customerType) ?? person.customerType}</td>
          </tr>`,
      ),
    });
  }

  #renderExport() {
    const words = this.messages.segments;
    const counted = this.#countedFilter();
    const purpose = this.exportPurpose;
    return html`<h2 id="export-title">${words.exportTitle}</h2>
      <form class="export" novalidate aria-labelledby="export-title" @submit=${(event: Event) => event.preventDefault()}>
        <wa-select
          name="purpose"
          label=${words.exportPurpose}
          hint=${words.exportConsent[purpose]}
          .value=${purpose}
          @change=${(event: Event) => {
            this.exportPurpose = (event.target as WaSelect).value as ExportPurpose;
          }}
        >
          <wa-option value="marketing">${words.purposes.marketing}</wa-option>
          <wa-option value="service">${words.purposes.service}</wa-option>
        </wa-select>
        <p class="quiet">${words.exportAudited}</p>
        <div class="actions">
          ${counted
            ? html`<wa-button appearance="outlined" href=${this.client.exportUrl(counted.filterText, purpose, 'email')} download=${`segment-${purpose}.csv`}>${words.exportCsv}</wa-button>`
            : html`<wa-button appearance="outlined" disabled>${words.exportCsv}</wa-button>
                <span class="quiet">${words.exportWaiting}</span>`}
        </div>
      </form>`;
  }
}

customElements.define('console-segments', ConsoleSegments);

declare global {
  interface HTMLElementTagNameMap {
    'console-segments': ConsoleSegments;
  }
}
