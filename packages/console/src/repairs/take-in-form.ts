/**
 * <console-take-in-form>: a piece taken in for service at the counter, for its owner — the piece
 * (typed or scanned), the service, a centre of the brand offering it, what the client noticed and
 * the owner's contact. Sent through the contract's `bookRepair` with the drop-off `retailer` (the
 * piece stays at this counter until it goes to the centre); checked against the contract before it
 * leaves, the server's refusals under their fields, what was typed kept on any failure, one resend
 * with the same idempotency key after a lost answer. Fires `console-repair-taken-in`.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import '@awesome.me/webawesome/dist/components/option/option.js';
import '@awesome.me/webawesome/dist/components/select/select.js';
import '@awesome.me/webawesome/dist/components/textarea/textarea.js';
import type WaSelect from '@awesome.me/webawesome/dist/components/select/select.js';
import type WaTextarea from '@awesome.me/webawesome/dist/components/textarea/textarea.js';
import type { Locale, Received, RepairBookingRequest, RepairTracker, ServiceCentreList } from '@atelier/client/contract';
import { knownServiceTypes, serviceTypeName } from '@atelier/client/service-type-names';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import '../desk/serial-field.ts';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import { localeNames } from '../locales/locale-names.ts';
import { renderLoad } from '../shared/loads.ts';
import { pageStyles } from '../shared/page-styles.ts';
import { SubmissionController } from '../shared/submission.ts';
import { renderTextField, type TextFieldOptions } from '../shared/text-field.ts';
import type { RepairsClient } from './repairs-client.ts';

export const repairTakenInEvent = 'console-repair-taken-in';

type Centre = Received<ServiceCentreList>['centres'][number];

interface TakeInDraft {
  serial: string;
  serviceType: string;
  serviceCentreId: string;
  description: string;
  name: string;
  email: string;
  language: Locale | '';
}

function emptyDraft(serial: string, language: Locale): TakeInDraft {
  return { serial, serviceType: '', serviceCentreId: '', description: '', name: '', email: '', language };
}

/** The booking as the contract takes it: left at this counter. */
function bookingOf(draft: TakeInDraft): RepairBookingRequest {
  return {
    serial: draft.serial,
    serviceType: draft.serviceType,
    serviceCentreId: draft.serviceCentreId,
    description: draft.description,
    dropOff: { method: 'retailer' },
    contact: { name: draft.name, email: draft.email, language: draft.language as Locale },
  };
}

/** Every service some centre offers: the known ones in their usual order, then any other code. */
function offeredServices(centres: readonly Centre[]): string[] {
  const offered = new Set(centres.flatMap((centre) => centre.services.map((service) => service.serviceType)));
  const known: readonly string[] = knownServiceTypes;
  return [...known.filter((code) => offered.has(code)), ...[...offered].filter((code) => !known.includes(code)).sort()];
}

export class ConsoleTakeInForm extends LitElement {
  static override styles = [
    pageStyles,
    css`
      .tracking-code {
        font-size: var(--wa-font-size-l);
        letter-spacing: 0.05em;
      }
    `,
  ];

  static override properties = {
    client: { attribute: false },
    messages: { attribute: false },
    locale: { attribute: false },
    draft: { state: true },
    takenIn: { state: true },
  };

  declare client: RepairsClient;
  declare messages: ConsoleMessages;
  declare locale: Locale;
  declare private draft: TakeInDraft | undefined;
  declare private takenIn: { tracker: Received<RepairTracker>; email: string } | undefined;

  readonly #centres = new Task(this, {
    task: async ([client], { signal }) => (await (client as RepairsClient).centres({ signal })).centres,
    args: () => [this.client],
  });
  readonly #submitting = new SubmissionController(this, () => this.messages);

  constructor() {
    super();
    this.messages = englishMessages;
    this.locale = 'en';
    this.draft = undefined;
    this.takenIn = undefined;
  }

  get #draft(): TakeInDraft {
    return this.draft ?? emptyDraft('', this.locale);
  }

  #edit(change: Partial<TakeInDraft>): void {
    this.draft = { ...this.#draft, ...change };
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const draft = this.#draft;
    const outcome = await this.#submitting.submit((options) => this.client.takeIn(bookingOf(draft), options));
    if (!outcome.ok) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.field-error, console-serial-field[error]')?.focus());
      return;
    }
    this.takenIn = { tracker: outcome.value, email: draft.email };
    this.draft = undefined;
    this.dispatchEvent(new Event(repairTakenInEvent, { bubbles: true, composed: true }));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.taken-in')?.focus());
  }

  override render() {
    if (this.takenIn) return this.#renderTakenIn(this.takenIn);
    return renderLoad(this, this.#centres, this.messages, (centres) => this.#renderForm(centres));
  }

  #renderTakenIn({ tracker, email }: { tracker: Received<RepairTracker>; email: string }) {
    const words = this.messages.service;
    return html`<wa-callout class="taken-in" variant="success" role="status" tabindex="-1">
        <strong>${words.takenInTitle}</strong>
        <p>${words.takenIn(tracker.serial)} <strong class="tracking-code">${tracker.trackingCode}</strong></p>
        <p>${words.confirmationSent(email)}</p>
      </wa-callout>
      <div class="actions">
        <wa-button
          @click=${() => {
            this.takenIn = undefined;
          }}
          >${words.takeInAnother}</wa-button
        >
      </div>`;
  }

  #text(name: 'name' | 'email', path: string, label: string, options: Pick<TextFieldOptions, 'type' | 'hint'> = {}) {
    return renderTextField({
      name: path,
      label,
      value: this.#draft[name],
      error: this.#submitting.fieldError(path),
      hint: options.hint,
      type: options.type,
      onInput: (value) => this.#edit({ [name]: value }),
    });
  }

  #select(path: string, label: string, placeholder: string, value: string, options: Array<{ value: string; label: string; lang?: string }>, onChange: (value: string) => void, hint?: string) {
    const error = this.#submitting.fieldError(path);
    return html`<wa-select
      name=${path}
      required
      label=${label}
      placeholder=${placeholder}
      class=${error ? 'field-error' : ''}
      hint=${error ?? hint ?? ''}
      .value=${value}
      @change=${(event: Event) => onChange(String((event.target as WaSelect).value ?? ''))}
    >
      ${options.map((option) => html`<wa-option value=${option.value} lang=${option.lang ?? nothing}>${option.label}</wa-option>`)}
    </wa-select>`;
  }

  #renderForm(centres: readonly Centre[]) {
    const words = this.messages.service;
    const request = this.#submitting;
    const draft = this.#draft;
    if (centres.length === 0) return html`<p role="status">${words.noCentres}</p>`;
    const offering = centres.filter((centre) => draft.serviceType === '' || centre.services.some((service) => service.serviceType === draft.serviceType));
    const centreOptions = offering.map((centre) => {
      const days = centre.services.find((service) => service.serviceType === draft.serviceType)?.standardTurnaroundDays;
      return { value: centre.id, label: words.centreOption(centre.name, centre.city, days) };
    });
    const descriptionError = request.fieldError('description');
    return html`<form novalidate @submit=${(event: SubmitEvent) => void this.#submit(event)}>
      ${request.errorMessage ? html`<wa-callout variant="danger" role="alert">${request.errorMessage}</wa-callout>` : nothing}
      <console-serial-field
        required
        .messages=${this.messages}
        .value=${draft.serial}
        error=${request.fieldError('serial') ?? nothing}
        @input=${(event: Event) => this.#edit({ serial: (event.currentTarget as HTMLElementTagNameMap['console-serial-field']).value })}
      ></console-serial-field>
      ${this.#select(
        'serviceType',
        words.serviceTypeLabel,
        words.serviceTypePlaceholder,
        draft.serviceType,
        offeredServices(centres).map((code) => ({ value: code, label: serviceTypeName(words.serviceTypes, code) })),
        (serviceType) => {
          // A centre that does not offer the new service is no longer a choice.
          const keepsCentre = centres.some((centre) => centre.id === draft.serviceCentreId && centre.services.some((service) => service.serviceType === serviceType));
          this.#edit({ serviceType, serviceCentreId: keepsCentre ? draft.serviceCentreId : '' });
        },
      )}
      ${this.#select('serviceCentreId', words.centreLabel, words.centrePlaceholder, draft.serviceCentreId, centreOptions, (serviceCentreId) => this.#edit({ serviceCentreId }), words.centreHint)}
      <wa-textarea
        name="description"
        label=${words.descriptionLabel}
        rows="3"
        class=${descriptionError ? 'field-error' : ''}
        hint=${descriptionError ?? words.descriptionHint}
        .value=${draft.description}
        @input=${(event: Event) => this.#edit({ description: (event.target as WaTextarea).value ?? '' })}
      ></wa-textarea>
      <fieldset>
        <legend>${words.contactTitle}</legend>
        ${this.#text('name', 'contact.name', words.nameLabel)} ${this.#text('email', 'contact.email', words.emailLabel, { type: 'email', hint: words.emailHint })}
        ${this.#select(
          'contact.language',
          words.languageLabel,
          '',
          draft.language,
          Object.entries(localeNames).map(([code, name]) => ({ value: code, label: name, lang: code })),
          (language) => this.#edit({ language: language as Locale | '' }),
        )}
      </fieldset>
      <div class="actions">
        <wa-button type="submit" variant="brand" ?loading=${request.pending}>${request.pending ? words.submitting : words.submit}</wa-button>
      </div>
    </form>`;
  }
}

customElements.define('console-take-in-form', ConsoleTakeInForm);

declare global {
  interface HTMLElementTagNameMap {
    'console-take-in-form': ConsoleTakeInForm;
  }
}
