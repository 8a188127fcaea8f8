/**
 * <console-care-rules>: the brand's care rules, for its admins: per model, collection or category,
 * how often each kind of care falls due (months), how far ahead the owner is reminded (days) and a
 * warranty condition about one kind of care. A table of the rules with "Edit" and "Delete" per
 * rule, and one form that adds a rule or, after "Edit", changes it (its scope and key then fixed:
 * another key is another rule). A PUT replaces the whole rule, so the form sends every field as
 * typed and leaves out the empty ones, which the rule then does not state.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import '@awesome.me/webawesome/dist/components/option/option.js';
import '@awesome.me/webawesome/dist/components/select/select.js';
import type WaSelect from '@awesome.me/webawesome/dist/components/select/select.js';
import { careIntervalMaxMonths, careKinds, careRuleScopes, reminderLeadTimeMaxDays, warrantyConditionMaxLength } from '@atelier/client/contract';
import type { CareKind, CareRule as ContractCareRule, CareRuleInput, CareRuleScope, Locale, Received } from '@atelier/client/contract';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import { buttonName } from '../shared/button-name.ts';
import { renderConfirm, type PendingConfirmation } from '../shared/confirm-dialog.ts';
import { renderDataTable } from '../shared/data-table.ts';
import { renderLoad } from '../shared/loads.ts';
import { pageStyles } from '../shared/page-styles.ts';
import { SubmissionController } from '../shared/submission.ts';
import { renderTextField } from '../shared/text-field.ts';
import type { CareRulesClient } from './care-client.ts';
import { enumWords } from '../shared/enum-words.ts';

type CareRule = Received<ContractCareRule>;

const numberFields = ['serviceIntervalMonths', 'waterResistanceCheckIntervalMonths', 'cleaningIntervalMonths', 'reminderLeadTimeDays'] as const;
type NumberField = (typeof numberFields)[number];

/** The form as typed: numbers as text (empty: the rule does not state it). */
interface RuleDraft {
  scope: CareRuleScope;
  key: string;
  numbers: Record<NumberField, string>;
  conditionKind: CareKind | '';
  conditionText: string;
}

const emptyDraft: RuleDraft = {
  scope: 'collection',
  key: '',
  numbers: { serviceIntervalMonths: '', waterResistanceCheckIntervalMonths: '', cleaningIntervalMonths: '', reminderLeadTimeDays: '' },
  conditionKind: '',
  conditionText: '',
};

const isScope = (value: string): value is CareRuleScope => (careRuleScopes as readonly string[]).includes(value);
const isKind = (value: string): value is CareKind => (careKinds as readonly string[]).includes(value);

function draftOf(rule: CareRule): RuleDraft {
  const text = (value: number | null) => (value === null ? '' : String(value));
  return {
    scope: isScope(rule.scope) ? rule.scope : 'model',
    key: rule.key,
    numbers: {
      serviceIntervalMonths: text(rule.serviceIntervalMonths),
      waterResistanceCheckIntervalMonths: text(rule.waterResistanceCheckIntervalMonths),
      cleaningIntervalMonths: text(rule.cleaningIntervalMonths),
      reminderLeadTimeDays: text(rule.reminderLeadTimeDays),
    },
    conditionKind: rule.warrantyCondition && isKind(rule.warrantyCondition.careKind) ? rule.warrantyCondition.careKind : '',
    conditionText: rule.warrantyCondition?.text ?? '',
  };
}

/** The rule to put: empty numbers left out; typed text that is no number sent as one that fails, so the contract names the field. */
function inputOf(draft: RuleDraft): CareRuleInput {
  const input: Record<string, unknown> = {};
  for (const field of numberFields) {
    const typed = draft.numbers[field].trim();
    if (typed !== '') input[field] = Number(typed);
  }
  if (draft.conditionKind !== '') input['warrantyCondition'] = { careKind: draft.conditionKind, text: draft.conditionText };
  return input as CareRuleInput;
}

export class ConsoleCareRules extends LitElement {
  static override styles = [
    pageStyles,
    css`
      td.actions-cell {
        white-space: nowrap;
      }
      h3 {
        font-size: var(--wa-font-size-m);
        margin: var(--wa-space-m) 0 0;
      }
      h3:focus {
        outline: none;
      }
    `,
  ];

  static override properties = {
    client: { attribute: false },
    messages: { attribute: false },
    locale: { attribute: false },
    draft: { state: true },
    editing: { state: true },
    notice: { state: true },
    confirming: { state: true },
  };

  declare client: CareRulesClient;
  declare messages: ConsoleMessages;
  declare locale: Locale;
  declare private draft: RuleDraft;
  /** The rule being edited (its scope and key fixed); undefined: a new rule. */
  declare private editing: CareRule | undefined;
  declare private notice: string | undefined;
  declare private confirming: PendingConfirmation | undefined;

  readonly #saving = new SubmissionController(this, () => this.messages);
  readonly #deleting = new SubmissionController(this, () => this.messages);
  readonly #rules = new Task(this, {
    task: ([client], { signal }) => (client as CareRulesClient).rules({ signal }),
    args: () => [this.client],
  });

  constructor() {
    super();
    this.messages = englishMessages;
    this.locale = 'en';
    this.draft = emptyDraft;
  }

  #edit(change: Partial<RuleDraft>): void {
    this.draft = { ...this.draft, ...change };
  }

  async #startEditing(rule: CareRule): Promise<void> {
    this.editing = rule;
    this.draft = draftOf(rule);
    this.notice = undefined;
    this.#saving.reset();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#rule-form-title')?.focus();
  }

  #stopEditing(): void {
    this.editing = undefined;
    this.draft = emptyDraft;
    this.#saving.reset();
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.notice = undefined;
    const key = { scope: this.draft.scope, key: this.draft.key };
    const outcome = await this.#saving.submit((options) => this.client.put(key, inputOf(this.draft), options));
    if (!outcome.ok) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('form .field-error, form wa-callout[variant="danger"]')?.focus();
      return;
    }
    this.notice = this.messages.care.ruleSaved(outcome.value.key);
    this.editing = undefined;
    this.draft = emptyDraft;
    this.#rules.run();
  }

  #askDelete(rule: CareRule): void {
    const words = this.messages.care;
    this.notice = undefined;
    this.confirming = {
      label: words.deleteTitle,
      message: words.deleteMessage(rule.key),
      confirmLabel: words.delete,
      run: async () => {
        const outcome = await this.#deleting.submit((options) => this.client.delete({ scope: rule.scope as CareRuleScope, key: rule.key }, options));
        if (!outcome.ok) return;
        if (this.editing?.scope === rule.scope && this.editing.key === rule.key) this.#stopEditing();
        this.notice = words.ruleDeleted(rule.key);
        this.#rules.run();
      },
    };
  }

  override render() {
    return html`<h2 id="rules-title">${this.messages.care.rulesTitle}</h2>
      <p role="status">${this.notice ?? nothing}</p>
      ${this.#deleting.errorMessage ? html`<wa-callout variant="danger" role="alert">${this.#deleting.errorMessage}</wa-callout>` : nothing}
      ${renderLoad(this, this.#rules, this.messages, (list) => html`<p class="intro">${this.messages.care.rulesIntro(list.defaults.serviceIntervalMonths, list.defaults.reminderLeadTimeDays)}</p>
          ${this.#renderTable(list.rules)}`)}
      ${this.#renderForm()}
      ${renderConfirm(this.confirming, this.messages.common.cancel, () => {
        this.confirming = undefined;
      })}`;
  }

  #renderTable(rules: readonly CareRule[]) {
    const words = this.messages.care;
    if (rules.length === 0) return html`<p>${words.rulesEmpty}</p>`;
    const months = (value: number | null) => (value === null ? this.messages.common.none : words.months(value));
    return renderDataTable({
      labelledBy: 'rules-title',
      columns: [words.scope, words.key, words.serviceIntervalMonths, words.waterResistanceCheckIntervalMonths, words.cleaningIntervalMonths, words.reminderLeadTimeDays, words.condition, html`<span class="visually-hidden">${words.edit}</span>`],
      rows: rules.map(
        (rule) => html`<tr>
          <td>${enumWords(words.scopes, rule.scope)}</td>
          <td>${rule.key}</td>
          <td>${months(rule.serviceIntervalMonths)}</td>
          <td>${months(rule.waterResistanceCheckIntervalMonths)}</td>
          <td>${months(rule.cleaningIntervalMonths)}</td>
          <td>${rule.reminderLeadTimeDays === null ? this.messages.common.none : words.days(rule.reminderLeadTimeDays)}</td>
          <td>${rule.warrantyCondition ? `${enumWords(words.kinds, rule.warrantyCondition.careKind)}: ${rule.warrantyCondition.text}` : this.messages.common.none}</td>
          <td class="actions-cell">
            <wa-button size="s" @click=${() => void this.#startEditing(rule)}>${buttonName(words.edit, words.editFor(rule.key))}</wa-button>
            <wa-button size="s" variant="danger" appearance="outlined" @click=${() => this.#askDelete(rule)}>${buttonName(words.delete, words.deleteFor(rule.key))}</wa-button>
          </td>
        </tr>`,
      ),
    });
  }

  #renderForm() {
    const words = this.messages.care;
    const request = this.#saving;
    const draft = this.draft;
    const numberField = (name: NumberField, hint: string, min: number, max: number) =>
      renderTextField({
        name,
        label: words[name],
        hint,
        type: 'number',
        inputmode: 'numeric',
        min,
        max,
        required: false,
        error: request.fieldError(name),
        value: draft.numbers[name],
        onInput: (value) => this.#edit({ numbers: { ...this.draft.numbers, [name]: value } }),
      });
    const intervalHint = words.intervalHint(careIntervalMaxMonths);
    const conditionKindError = request.fieldError('warrantyCondition.careKind');
    return html`<form novalidate aria-labelledby="rule-form-title" @submit=${(event: SubmitEvent) => void this.#save(event)}>
      <h3 id="rule-form-title" tabindex="-1">${this.editing ? words.editRule(this.editing.key) : words.newRule}</h3>
      ${request.errorMessage ? html`<wa-callout variant="danger" role="alert" tabindex="-1">${request.errorMessage}</wa-callout>` : nothing}
      <wa-select
        name="scope"
        label=${words.scope}
        .value=${draft.scope}
        ?disabled=${this.editing !== undefined}
        @change=${(event: Event) => this.#edit({ scope: String((event.target as WaSelect).value) as CareRuleScope })}
      >
        ${careRuleScopes.map((scope) => html`<wa-option value=${scope}>${words.scopes[scope]}</wa-option>`)}
      </wa-select>
      ${this.editing
        ? html`<p><strong>${words.key}</strong>: ${this.editing.key}</p>`
        : renderTextField({ name: 'key', label: words.key, hint: words.keyHint, error: request.fieldError('key'), value: draft.key, onInput: (value) => this.#edit({ key: value }) })}
      ${numberField('serviceIntervalMonths', intervalHint, 1, careIntervalMaxMonths)}
      ${numberField('waterResistanceCheckIntervalMonths', intervalHint, 1, careIntervalMaxMonths)}
      ${numberField('cleaningIntervalMonths', intervalHint, 1, careIntervalMaxMonths)}
      ${numberField('reminderLeadTimeDays', words.leadTimeHint(reminderLeadTimeMaxDays), 0, reminderLeadTimeMaxDays)}
      <wa-select
        name="warrantyCondition.careKind"
        label=${words.conditionKind}
        hint=${conditionKindError ?? ''}
        class=${conditionKindError ? 'field-error' : ''}
        .value=${draft.conditionKind === '' ? 'none' : draft.conditionKind}
        @change=${(event: Event) => {
          const value = String((event.target as WaSelect).value);
          this.#edit({ conditionKind: value === 'none' ? '' : (value as CareKind) });
        }}
      >
        <wa-option value="none">${words.noCondition}</wa-option>
        ${careKinds.map((kind) => html`<wa-option value=${kind}>${words.kinds[kind]}</wa-option>`)}
      </wa-select>
      ${draft.conditionKind === ''
        ? nothing
        : renderTextField({
            name: 'warrantyCondition.text',
            label: words.conditionText,
            hint: words.conditionHint(warrantyConditionMaxLength),
            error: request.fieldError('warrantyCondition.text'),
            value: draft.conditionText,
            onInput: (value) => this.#edit({ conditionText: value }),
          })}
      <div class="actions">
        <wa-button type="submit" variant="brand" ?loading=${request.pending}>${words.saveRule}</wa-button>
        ${this.editing ? html`<wa-button appearance="outlined" @click=${() => this.#stopEditing()}>${this.messages.common.cancel}</wa-button>` : nothing}
      </div>
    </form>`;
  }
}

customElements.define('console-care-rules', ConsoleCareRules);

declare global {
  interface HTMLElementTagNameMap {
    'console-care-rules': ConsoleCareRules;
  }
}
