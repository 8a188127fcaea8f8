/**
 * <console-segment-builder>: edits a segment's draft (segment-draft.ts): a top group matching all,
 * any or none of its items, each a condition of the filter language or a group of them, groups
 * within groups as deep as the language allows (rows numbered by where they sit: 2.1 is the
 * first item of the second). Each
 * condition is a fieldset with the controls its kind needs (a comparison and a number, a number
 * of days, a day, a choice of countries…); a refusal the page traced to a row is said under the
 * field it names. Every edit is sent up as a new draft (`console-segment-draft`); the page owns it.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/option/option.js';
import '@awesome.me/webawesome/dist/components/select/select.js';
import type WaSelect from '@awesome.me/webawesome/dist/components/select/select.js';
import { customerTypes, segmentComparisons, segmentCountMax, segmentMonthsMax, segmentValueMax, segmentWindowMaxDays, supportedLocales } from '@atelier/client/contract';
import type { Locale, SegmentComparison, SegmentCondition, SegmentConditionKind } from '@atelier/client/contract';
import { css, html, LitElement, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import { buttonName } from '../shared/button-name.ts';
import { countriesIn } from '../shared/countries.ts';
import { pageStyles } from '../shared/page-styles.ts';
import { renderTextField } from '../shared/text-field.ts';
import { canNestGroup, conditionKinds, defaultCondition, DraftIds, emptyGroup, groupLevels, updateItem } from './segment-draft.ts';
import type { ConditionDraft, DraftItem, GroupDraft, GroupMatch } from './segment-draft.ts';
import { wordsFor } from '../shared/enum-words.ts';

/** A refusal traced to a row: the field it names (`value`, `in`…), or the row as a whole. */
export interface RowError {
  field: string | undefined;
  words: string;
}

export const draftChangeEvent = 'console-segment-draft';

const groupMatches: readonly GroupMatch[] = ['all', 'any', 'none'];

/** A number field's text as the condition holds it: empty or not a number is NaN, which the contract refuses. */
const numberFrom = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));
const numberText = (value: number): string => (Number.isNaN(value) ? '' : String(value));

export class ConsoleSegmentBuilder extends LitElement {
  static override styles = [
    pageStyles,
    css`
      fieldset.group {
        max-width: 48rem;
      }
      fieldset.group fieldset.group {
        background: var(--wa-color-surface-lowered);
      }
      ol.items {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--wa-space-s);
      }
      .fields {
        display: flex;
        flex-wrap: wrap;
        gap: var(--wa-space-s);
        align-items: end;
      }
      .fields > * {
        flex: 1 1 12rem;
        min-width: 0;
      }
      .fields > wa-select.wide {
        flex-basis: 100%;
      }
      .row-error {
        color: var(--wa-color-danger-on-quiet);
        margin: 0;
      }
    `,
  ];

  static override properties = {
    draft: { attribute: false },
    ids: { attribute: false },
    errors: { attribute: false },
    messages: { attribute: false },
    locale: { attribute: false },
    today: { attribute: false },
    collections: { attribute: false },
  };

  declare draft: GroupDraft;
  /** The page's id source, so rows added here never take an id the page gave. */
  declare ids: DraftIds;
  /** Refusals by row id. */
  declare errors: ReadonlyMap<string, readonly RowError[]>;
  declare messages: ConsoleMessages;
  declare locale: Locale;
  /** `YYYY-MM-DD`: what a new "last service before" proposes. */
  declare today: string;
  /** The catalogue's collections, offered by a `collection` condition (empty until the page has them). */
  declare collections: readonly string[];

  /** The row whose first control takes focus after the next render (one just added), or a button after a removal. */
  #focusAfterRender: string | undefined;

  constructor() {
    super();
    this.ids = new DraftIds();
    this.draft = emptyGroup(this.ids);
    this.errors = new Map();
    this.messages = englishMessages;
    this.locale = 'en';
    this.today = new Date().toISOString().slice(0, 10);
    this.collections = [];
  }

  #change(draft: GroupDraft): void {
    this.dispatchEvent(new CustomEvent<GroupDraft>(draftChangeEvent, { detail: draft, bubbles: true, composed: true }));
  }

  #edit(id: string, change: (item: DraftItem) => DraftItem | undefined): void {
    this.#change(id === this.draft.id ? (change(this.draft) as GroupDraft) : updateItem(this.draft, id, change));
  }

  #editCondition(row: ConditionDraft, change: Partial<SegmentCondition> | SegmentCondition): void {
    this.#edit(row.id, (item) => ({ ...(item as ConditionDraft), condition: { ...(item as ConditionDraft).condition, ...change } as SegmentCondition }));
  }

  #addCondition(group: GroupDraft): void {
    const added: ConditionDraft = { type: 'condition', id: this.ids.next('c'), condition: defaultCondition('country', this.today) };
    this.#focusAfterRender = `${added.id} wa-select[name="kind"]`;
    this.#edit(group.id, (item) => ({ ...(item as GroupDraft), items: [...(item as GroupDraft).items, added] }));
  }

  #addGroup(group: GroupDraft): void {
    const added = emptyGroup(this.ids, 'any');
    added.items.push({ type: 'condition', id: this.ids.next('c'), condition: defaultCondition('country', this.today) });
    this.#focusAfterRender = `${added.id} wa-select[name="match"]`;
    this.#edit(group.id, (item) => ({ ...(item as GroupDraft), items: [...(item as GroupDraft).items, added] }));
  }

  #remove(id: string, parent: GroupDraft): void {
    this.#focusAfterRender = `${parent.id} wa-button.add-condition`;
    this.#edit(id, () => undefined);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.#focusAfterRender;
    if (!target) return;
    this.#focusAfterRender = undefined;
    const [id, ...selector] = target.split(' ');
    const element = this.renderRoot.querySelector<HTMLElement>(`[data-row="${id}"] ${selector.join(' ')}`);
    void (element as { updateComplete?: Promise<unknown> } | null)?.updateComplete?.then(() => element?.focus());
  }

  override render() {
    return this.#renderGroup(this.draft, undefined, '', groupLevels(this.draft.match));
  }

  #rowErrors(id: string): readonly RowError[] {
    return this.errors.get(id) ?? [];
  }

  /** The words for `field` of the row, if a refusal named it. */
  #fieldError(id: string, field: string): string | undefined {
    return this.#rowErrors(id).find((error) => error.field === field)?.words;
  }

  /**
   * `position`: where the group sits ('' for the top, '2', '2.1'…); `levels`: the language's
   * nesting its own and enclosing groups take, which says whether it may hold another group.
   */
  #renderGroup(group: GroupDraft, parent: GroupDraft | undefined, position: string, levels: number): TemplateResult {
    const words = this.messages.segments;
    const legend = parent ? words.subGroup(position) : words.topGroup;
    const at = (index: number) => (position === '' ? `${index + 1}` : `${position}.${index + 1}`);
    const wholeRow = this.#rowErrors(group.id).filter((error) => error.field === undefined || error.field === 'of');
    return html`<fieldset class="group" data-row=${group.id}>
      <legend>${legend}</legend>
      <wa-select
        name="match"
        label=${words.match}
        .value=${group.match}
        @change=${(event: Event) => this.#edit(group.id, (item) => ({ ...(item as GroupDraft), match: (event.target as WaSelect).value as GroupMatch }))}
      >
        ${groupMatches.map((match) => html`<wa-option value=${match}>${words.matches[match]}</wa-option>`)}
      </wa-select>
      ${group.items.length === 0
        ? html`<p class="quiet">${words.emptyGroup}</p>`
        : html`<ol class="items">
            ${group.items.map(
              (item, index) =>
                html`<li>
                  ${item.type === 'group' ? this.#renderGroup(item, group, at(index), levels + groupLevels(item.match)) : this.#renderCondition(item, group, at(index))}
                </li>`,
            )}
          </ol>`}
      ${wholeRow.map((error) => html`<p class="row-error" role="alert">${error.words}</p>`)}
      <div class="actions">
        <wa-button class="add-condition" size="s" appearance="outlined" @click=${() => this.#addCondition(group)}>${words.addCondition}</wa-button>
        ${canNestGroup(levels)
          ? html`<wa-button class="add-group" size="s" appearance="outlined" @click=${() => this.#addGroup(group)}
              >${parent ? buttonName(words.addGroup, words.addGroupTo(position)) : words.addGroup}</wa-button
            >`
          : nothing}
        ${parent
          ? html`<wa-button size="s" appearance="plain" variant="danger" @click=${() => this.#remove(group.id, parent)}>${words.removeGroup(position)}</wa-button>`
          : nothing}
      </div>
    </fieldset>`;
  }

  #kindWords(kind: string): string {
    return wordsFor(this.messages.segments.kinds, kind) ?? this.messages.segments.unknownKind;
  }

  #renderCondition(row: ConditionDraft, parent: GroupDraft, position: string) {
    const words = this.messages.segments;
    const { condition } = row;
    const kindWords = this.#kindWords(condition.kind);
    const offered = (conditionKinds as readonly string[]).includes(condition.kind);
    const fields = new Set(['op', 'value', 'amount', 'withinDays', 'date', 'in', 'purpose', 'granted', 'channel']);
    const wholeRow = this.#rowErrors(row.id).filter((error) => error.field === undefined || !fields.has(error.field));
    return html`<fieldset class="condition" data-row=${row.id}>
      <legend>${words.conditionLegend(position, kindWords)}</legend>
      <div class="fields">
        <wa-select
          class="wide"
          name="kind"
          label=${words.kind}
          .value=${offered ? condition.kind : ''}
          @change=${(event: Event) => {
            const kind = (event.target as WaSelect).value as SegmentConditionKind;
            if (kind !== condition.kind) this.#edit(row.id, (item) => ({ ...(item as ConditionDraft), condition: defaultCondition(kind, this.today) }));
          }}
        >
          ${conditionKinds.map((kind) => html`<wa-option value=${kind}>${words.kinds[kind]}</wa-option>`)}
        </wa-select>
        ${this.#renderConditionFields(row)}
      </div>
      ${wholeRow.map((error) => html`<p class="row-error" role="alert">${error.words}</p>`)}
      <div class="actions">
        <wa-button size="s" appearance="plain" variant="danger" @click=${() => this.#remove(row.id, parent)}
          >${buttonName(words.remove, words.removeCondition(position, kindWords))}</wa-button
        >
      </div>
    </fieldset>`;
  }

  #renderNumber(row: ConditionDraft, name: 'value' | 'amount' | 'withinDays', label: string, value: number, max: number, hint?: string) {
    return renderTextField({
      name,
      label,
      type: 'number',
      inputmode: 'numeric',
      min: 0,
      max,
      value: numberText(value),
      hint,
      error: this.#fieldError(row.id, name),
      onInput: (text) => this.#editCondition(row, { [name]: numberFrom(text) } as Partial<SegmentCondition>),
    });
  }

  #renderComparison(row: ConditionDraft, op: SegmentComparison) {
    const words = this.messages.segments;
    return html`<wa-select name="op" label=${words.comparison} .value=${op} @change=${(event: Event) => this.#editCondition(row, { op: (event.target as WaSelect).value as SegmentComparison } as Partial<SegmentCondition>)}>
      ${segmentComparisons.map((comparison) => html`<wa-option value=${comparison}>${words.comparisons[comparison]}</wa-option>`)}
    </wa-select>`;
  }

  #renderChoice(row: ConditionDraft, label: string, chosen: readonly string[], options: readonly { value: string; label: string }[]) {
    const error = this.#fieldError(row.id, 'in');
    return html`<wa-select
      class="wide ${error ? 'field-error' : ''}"
      name="in"
      multiple
      with-clear
      label=${label}
      hint=${error ?? ''}
      .maxOptionsVisible=${0}
      .value=${[...chosen]}
      @change=${(event: Event) => {
        const value = (event.target as WaSelect).value;
        this.#editCondition(row, { in: Array.isArray(value) ? value : value ? [value] : [] } as Partial<SegmentCondition>);
      }}
    >
      ${options.map((option) => html`<wa-option value=${option.value}>${option.label}</wa-option>`)}
    </wa-select>`;
  }

  #renderConditionFields(row: ConditionDraft) {
    const words = this.messages.segments;
    const condition = row.condition;
    switch (condition.kind) {
      case 'piecesOwned':
      case 'purchases':
      case 'services':
      case 'purchasesAndServices':
        return html`${this.#renderComparison(row, condition.op)}${this.#renderNumber(row, 'value', words.count, condition.value, segmentCountMax)}`;
      case 'monthsSinceLastPurchaseOrService':
      case 'monthsSinceFirstPurchase':
      case 'monthsSinceLastService':
        return html`${this.#renderComparison(row, condition.op)}${this.#renderNumber(row, 'value', words.months, condition.value, segmentMonthsMax)}`;
      case 'value':
        return html`${this.#renderComparison(row, condition.op)}${this.#renderNumber(row, 'amount', words.amount, condition.amount, segmentValueMax, words.valueHint)}`;
      case 'serviceDue':
        return this.#renderNumber(row, 'withinDays', words.days, condition.withinDays, segmentWindowMaxDays, words.serviceDueHint);
      case 'purchaseAnniversary':
        return this.#renderNumber(row, 'withinDays', words.days, condition.withinDays, segmentWindowMaxDays, words.anniversaryHint);
      case 'lastServiceBefore':
        return renderTextField({
          name: 'date',
          label: words.before,
          type: 'date',
          value: condition.date,
          error: this.#fieldError(row.id, 'date'),
          onInput: (date) => this.#editCondition(row, { date }),
        });
      case 'consent':
        return html`<wa-select name="purpose" label=${words.purpose} hint=${words.channel} .value=${condition.purpose} @change=${(event: Event) => this.#editCondition(row, { purpose: (event.target as WaSelect).value as 'service' | 'marketing' })}>
            <wa-option value="marketing">${words.purposes.marketing}</wa-option>
            <wa-option value="service">${words.purposes.service}</wa-option>
          </wa-select>
          <wa-select name="granted" label=${words.answer} .value=${condition.granted ? 'yes' : 'no'} @change=${(event: Event) => this.#editCondition(row, { granted: (event.target as WaSelect).value === 'yes' })}>
            <wa-option value="yes">${words.answers.yes}</wa-option>
            <wa-option value="no">${words.answers.no}</wa-option>
          </wa-select>`;
      case 'country':
        return this.#renderChoice(row, words.countries, condition.in, countriesIn(this.locale).map((country) => ({ value: country.code, label: country.name })));
      case 'language': {
        const names = new Intl.DisplayNames([this.locale], { type: 'language', fallback: 'code' });
        return this.#renderChoice(row, words.languages, condition.in, supportedLocales.map((locale) => ({ value: locale, label: names.of(locale) ?? locale })));
      }
      case 'customerType':
        return this.#renderChoice(row, words.customerTypes, condition.in, customerTypes.map((type) => ({ value: type, label: this.messages.clients.customerTypes[type] })));
      case 'collection': {
        // The catalogue's names, and any chosen name it no longer lists (a filter from an address or a built-in), so nothing chosen is hidden.
        const names = [...new Set([...this.collections, ...condition.in])];
        return this.#renderChoice(row, words.collections, condition.in, names.map((name) => ({ value: name, label: name })));
      }
    }
    return nothing;
  }
}

customElements.define('console-segment-builder', ConsoleSegmentBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'console-segment-builder': ConsoleSegmentBuilder;
  }
  interface HTMLElementEventMap {
    [draftChangeEvent]: CustomEvent<GroupDraft>;
  }
}
