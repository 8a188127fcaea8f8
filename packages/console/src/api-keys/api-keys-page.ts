/**
 * API keys: the brand's publishable, secret and retailer keys, created here (the key shown once,
 * with a copy button, then never again: only its fingerprint is kept) and revoked here (what
 * uses it stops at once). Brand admins only.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import '@awesome.me/webawesome/dist/components/copy-button/copy-button.js';
import '@awesome.me/webawesome/dist/components/input/input.js';
import '@awesome.me/webawesome/dist/components/option/option.js';
import '@awesome.me/webawesome/dist/components/select/select.js';
import '@awesome.me/webawesome/dist/components/textarea/textarea.js';
import type WaInput from '@awesome.me/webawesome/dist/components/input/input.js';
import type WaSelect from '@awesome.me/webawesome/dist/components/select/select.js';
import type WaTextarea from '@awesome.me/webawesome/dist/components/textarea/textarea.js';
import type { ApiKey, ApiKeyCreationRequest, ApiKeyKind, CreatedApiKey, Locale, Received } from '@atelier/client/contract';
import { Task } from '@lit/task';
import { html, LitElement, nothing } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import { renderConfirm, type PendingConfirmation } from '../shared/confirm-dialog.ts';
import { renderLoad } from '../shared/loads.ts';
import { renderDataTable } from '../shared/data-table.ts';
import { pageStyles } from '../shared/page-styles.ts';
import { renderRetailerSelect } from '../shared/retailer-select.ts';
import { SubmissionController } from '../shared/submission.ts';
import type { RetailerSummary, RetailersClient } from '../people/people-client.ts';
import type { ApiKeysClient } from './api-keys-client.ts';

const keyKinds: readonly ApiKeyKind[] = ['publishable', 'secret', 'retailer'];

interface KeyDraft {
  kind: ApiKeyKind;
  label: string;
  origins: string;
  retailerId: string;
}

/** One origin per line (commas and spaces tolerated); blank lines dropped. */
export function originsFromText(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
}

export class ConsoleApiKeys extends LitElement {
  static override styles = pageStyles;

  static override properties = {
    client: { attribute: false },
    retailersClient: { attribute: false },
    messages: { attribute: false },
    locale: { attribute: false },
    draft: { state: true },
    created: { state: true },
    notice: { state: true },
    confirmation: { state: true },
  };

  declare client: ApiKeysClient;
  declare retailersClient: RetailersClient | undefined;
  declare messages: ConsoleMessages;
  declare locale: Locale;
  declare private draft: KeyDraft;
  /** The key just created, shown until the admin says they stored it. */
  declare private created: Received<CreatedApiKey> | undefined;
  declare private notice: string | undefined;
  declare private confirmation: PendingConfirmation | undefined;

  readonly #keys = new Task(this, {
    task: ([client], { signal }) => (client as ApiKeysClient).list({ signal }),
    args: () => [this.client],
  });
  readonly #retailers = new Task(this, {
    task: async ([retailersClient], { signal }) => ((retailersClient as RetailersClient | undefined) ? (retailersClient as RetailersClient).list({ signal }) : []),
    args: () => [this.retailersClient],
  });
  readonly #creating = new SubmissionController(this, () => this.messages);
  readonly #revoking = new SubmissionController(this, () => this.messages);

  constructor() {
    super();
    this.messages = englishMessages;
    this.locale = 'en';
    this.draft = { kind: 'secret', label: '', origins: '', retailerId: '' };
  }

  async #create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.notice = undefined;
    const { kind, label, origins, retailerId } = this.draft;
    const request: ApiKeyCreationRequest = {
      kind,
      label,
      ...(kind === 'publishable' ? { allowedOrigins: originsFromText(origins) } : {}),
      ...(kind === 'retailer' && retailerId ? { retailerId } : {}),
    };
    const outcome = await this.#creating.submit((options) => this.client.create(request, options));
    if (!outcome.ok) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('form .field-error')?.focus());
      return;
    }
    this.created = outcome.value;
    this.draft = { kind, label: '', origins: '', retailerId: '' };
    void this.#keys.run();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#created-title')?.focus();
  }

  #confirmRevoke(key: Received<ApiKey>): void {
    const words = this.messages.apiKeys;
    this.confirmation = {
      label: words.revokeLabel(key.label),
      message: words.revokeConfirm(key.label),
      confirmLabel: words.revoke,
      run: async () => {
        this.notice = undefined;
        const outcome = await this.#revoking.submit((options) => this.client.revoke(key.id, options));
        if (!outcome.ok) return;
        this.notice = words.revoked(key.label);
        void this.#keys.run();
      },
    };
  }

  #date(iso: string): string {
    return this.messages.common.dateTime(iso, this.locale);
  }

  override render() {
    const words = this.messages.apiKeys;
    return html`<h1 tabindex="-1">${words.title}</h1>
      <p class="intro">${words.intro}</p>
      <p role="status">${this.notice ?? nothing}</p>
      ${this.#revoking.errorMessage ? html`<wa-callout variant="danger" role="alert">${this.#revoking.errorMessage}</wa-callout>` : nothing}
      ${this.created ? this.#renderCreated(this.created) : nothing}
      ${renderLoad(this, this.#keys, this.messages, ({ apiKeys }) => this.#renderKeys(apiKeys, this.#retailers.value ?? []))} ${this.#renderCreate()}
      ${renderConfirm(this.confirmation, this.messages.common.cancel, () => {
        this.confirmation = undefined;
      })}`;
  }

  #renderCreated(created: Received<CreatedApiKey>) {
    const words = this.messages.apiKeys;
    return html`<wa-callout variant="warning" class="created-key">
      <h2 id="created-title" tabindex="-1">${words.createdTitle}</h2>
      <p>${words.createdBody}</p>
      <wa-input readonly label=${`${words.keyLabel}: ${created.label}`} .value=${created.key} spellcheck="false"></wa-input>
      <div class="actions">
        <wa-copy-button value=${created.key} success-label=${words.copied} copy-label=${words.copy} tooltip="copy">
          <wa-button variant="brand">${words.copy}</wa-button>
        </wa-copy-button>
        <wa-button
          appearance="outlined"
          @click=${() => {
            this.created = undefined;
          }}
          >${words.done}</wa-button
        >
      </div>
    </wa-callout>`;
  }

  #renderKeys(keys: readonly Received<ApiKey>[], retailers: readonly RetailerSummary[]) {
    const words = this.messages.apiKeys;
    if (keys.length === 0) return html`<p>${words.empty}</p>`;
    const kindName = (kind: string) => (words.kinds as Record<string, string>)[kind] ?? kind;
    const retailerName = (id: string) => retailers.find((retailer) => retailer.id === id)?.name ?? id;
    return renderDataTable({
      labelledBy: 'keys-caption',
      caption: { text: words.title },
      columns: [words.label, words.kind, words.prefix, words.created, words.status, html`<span class="visually-hidden">${this.messages.people.actions}</span>`],
      rows: keys.map(
        (key) => html`<tr>
          <th scope="row">${key.label}</th>
          <td>
            ${kindName(key.kind)}${key.retailerId ? html`<br /><span class="quiet">${retailerName(key.retailerId)}</span>` : nothing}
            ${key.allowedOrigins.length > 0 ? html`<br /><span class="quiet">${key.allowedOrigins.join(', ')}</span>` : nothing}
          </td>
          <td><code>${key.keyPrefix}…</code></td>
          <td>${this.#date(key.createdAt)}</td>
          <td>${key.revokedAt ? words.revokedOn(this.#date(key.revokedAt)) : words.active}</td>
          <td>
            ${key.revokedAt
              ? nothing
              : html`<wa-button size="s" appearance="outlined" variant="danger" @click=${() => this.#confirmRevoke(key)}
                  >${words.revoke}<span class="visually-hidden">: ${key.label}</span></wa-button
                >`}
          </td>
        </tr>`,
      ),
    });
  }

  #renderCreate() {
    const words = this.messages.apiKeys;
    const request = this.#creating;
    const errorOf = (name: string) => request.fieldError(name);
    const { kind } = this.draft;
    return html`<section aria-labelledby="create-title">
      <h2 id="create-title">${words.createTitle}</h2>
      <form novalidate @submit=${(event: SubmitEvent) => void this.#create(event)}>
        ${request.errorMessage ? html`<wa-callout variant="danger" role="alert">${request.errorMessage}</wa-callout>` : nothing}
        <wa-select
          name="kind"
          required
          label=${words.kindLabel}
          .value=${kind}
          @change=${(event: Event) => {
            this.draft = { ...this.draft, kind: (event.target as WaSelect).value as ApiKeyKind };
          }}
        >
          ${keyKinds.map((choice) => html`<wa-option value=${choice}>${words.kinds[choice]}</wa-option>`)}
        </wa-select>
        <wa-input
          name="label"
          required
          maxlength="100"
          label=${words.labelLabel}
          class=${errorOf('label') ? 'field-error' : ''}
          hint=${errorOf('label') ?? words.labelHint}
          .value=${this.draft.label}
          @input=${(event: Event) => {
            this.draft = { ...this.draft, label: (event.target as WaInput).value ?? '' };
          }}
        ></wa-input>
        ${kind === 'publishable'
          ? html`<wa-textarea
              name="allowedOrigins"
              required
              rows="3"
              spellcheck="false"
              label=${words.originsLabel}
              class=${errorOf('allowedOrigins') ? 'field-error' : ''}
              hint=${errorOf('allowedOrigins') ?? words.originsHint}
              .value=${this.draft.origins}
              @input=${(event: Event) => {
                this.draft = { ...this.draft, origins: (event.target as WaTextarea).value ?? '' };
              }}
            ></wa-textarea>`
          : nothing}
        ${kind === 'retailer'
          ? renderRetailerSelect({
              label: words.retailerLabel,
              placeholder: words.retailerPlaceholder,
              value: this.draft.retailerId,
              retailers: this.#retailers.value ?? [],
              place: this.messages.retailers.place,
              error: errorOf('retailerId'),
              onChange: (retailerId) => {
                this.draft = { ...this.draft, retailerId };
              },
            })
          : nothing}
        <div class="actions">
          <wa-button type="submit" variant="brand" ?loading=${request.pending}>${request.pending ? words.creating : words.create}</wa-button>
        </div>
      </form>
    </section>`;
  }
}

customElements.define('console-api-keys', ConsoleApiKeys);

declare global {
  interface HTMLElementTagNameMap {
    'console-api-keys': ConsoleApiKeys;
  }
}
