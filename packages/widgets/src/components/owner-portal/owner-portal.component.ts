import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { defineMessageCatalog, MessagesController } from '../../base/message-catalog.ts';
import type { LocalizedMessageOverrides } from '../../base/message-overrides.ts';
import { WidgetState } from '../../base/widget-state.ts';
import { WidgetWithParts } from '../../base/widget-with-parts.ts';
import { focusAfterUpdate } from '../../forms/error-summary.ts';
import { fieldErrorText } from '../../forms/fields.ts';
import type { FieldContext } from '../../forms/fields.ts';
import type { FormController } from '../../forms/form-controller.ts';
import { SubmissionController } from '../../forms/submission.ts';
import { formStyles } from '../../themes/form-styles.ts';
import { ownerPortalClient } from './owner-portal-client.ts';
import type { OwnerPortalClient } from './owner-portal-client.ts';
import { ownerPortalStyles } from './owner-portal.styles.ts';
import type { PortalSend, PortalViewHost } from './portal-flow.ts';
import { problemAlert } from './portal-problems.ts';
import type { PortalProblem } from './portal-problems.ts';
import { PortalViews } from './portal-views.ts';
import { OwnerSessionFlow } from './session-flow.ts';
import { OwnerSignInFlow } from './sign-in-flow.ts';
import type { AccountSection } from './account-flow.ts';
import { browserPasskeyCeremony } from './passkey-ceremony.ts';
import type { PasskeyCeremony } from './passkey-ceremony.ts';
import './parts/account-bar.ts';
import './parts/sign-in-form.ts';
import './parts/piece-list.ts';
import en from './locales/en.ts';
import type { OwnerPortalMessages } from './locales/en.ts';

const ownerPortalCatalog = defineMessageCatalog<OwnerPortalMessages>('<atelier-owner-portal>', en, {
  fr: () => import('./locales/fr.ts'),
  de: () => import('./locales/de.ts'),
  it: () => import('./locales/it.ts'),
  ja: () => import('./locales/ja.ts'),
  'zh-Hans': () => import('./locales/zh-Hans.ts'),
  'zh-Hant': () => import('./locales/zh-Hant.ts'),
});

/** What went wrong, and the one action that tries it again. */
interface ShownProblem {
  problem: PortalProblem;
  retry?: () => void;
}

/**
 * The owner's space on the brand's site: the owner signs in with a code or link e-mailed to them,
 * sees every piece they hold (warranty end, next care due, the retailer of record and how to reach
 * them), opens a piece's whole story, reports it stolen, lost or found, and signs out here or everywhere.
 * The session is a cookie on the API's origin that no script can read; the link's token is taken
 * out of the address bar at once.
 *
 * @summary Owner space: sign in by e-mailed code or passkey, my pieces, a piece's history, report stolen, lost or found.
 * @tag atelier-owner-portal
 *
 * @attr publishable-key - The brand's publishable key (`pk_…`), used to sign in; the owner's session is a cookie after that.
 * @attr api-base - Base URL of the Atelier API; defaults to the page's origin.
 * @attr locale - BCP 47 language tag; defaults to the closest `lang` attribute, then the browser's language.
 * @attr theme - `light`, `dark` or `auto` (default: follows the system).
 *
 * @fires atelier-owner-signed-in - The owner signed in. `detail`: `{ owner: { name, email, language }, brand: { id, name } }`.
 * @fires atelier-owner-signed-out - The owner signed out. `detail`: `{ everywhere: boolean }`.
 * @fires atelier-owner-piece-reported - The owner reported a piece stolen, lost or found. `detail`: `{ serial: string, report: 'stolen' | 'lost' | 'found' }`.
 * @fires atelier-repair-booked - The owner booked a service for a piece from its page (the booking widget's own event, passed on as it is).
 * @fires atelier-owner-account-erased - The owner erased their account (they are signed out). `detail`: `{ erasedAt: string }`.
 *
 * @slot heading - Replaces the sign-in form's title; it stays the form's accessible name.
 * @slot intro - Replaces the paragraph under the sign-in form's title.
 * @slot consent-notice - In Preferences, beside the choice of messages: the brand's privacy notice and its link.
 *
 * @csspart form - The sign-in forms and the theft report's form.
 * @csspart field - The wrapper of one label, input, hint and error.
 * @csspart label - A field's label.
 * @csspart input - Text inputs and the country select.
 * @csspart button - Every button, and the retailer's contact links. (Also `primary-button` or `secondary-button`.)
 * @csspart error - A field's error, the error summary and alerts. (Also `field-error`, `error-summary` or `alert`.)
 * @csspart account - Who is signed in, with the sign-out buttons.
 * @csspart piece - One piece in the list, and the piece shown.
 * @csspart contact - The retailer's e-mail and telephone links.
 * @csspart warranty-condition - A care rule's warranty condition under its care's date, with when it lapses.
 * @csspart timeline - The piece's history.
 * @csspart tracker-link - A repair's link to its tracker.
 * @csspart confirm - The confirmation of a report.
 * @csspart invitation - One invitation from the brand, with the owner's answer.
 * @csspart news - One news item from the brand.
 * @csspart papers - A piece's Documents (resale dossier, calendar address) and Transfer sections.
 * @csspart heading - The widget's title (`h2`) in each view.
 * @csspart subheading - A section's heading (`h3`).
 * @csspart fieldset - A group of fields or choices.
 * @csspart legend - A fieldset's title.
 * @csspart field-invalid - Also on a field's wrapper while it shows an error.
 * @csspart marker - The required / optional marker after a label, its own element: `::part(label)` rules do not reach it.
 * @csspart required-marker - Also on the marker of a required field.
 * @csspart optional-marker - Also on the marker of an optional field.
 * @csspart choice - A checkbox's or radio button's label.
 * @csspart hint - A field's hint and other notes in muted text.
 * @csspart invalid - Also on an input, select or text area while its field shows an error (`aria-invalid="true"`).
 * @csspart primary-button - The main action of a view.
 * @csspart secondary-button - The other buttons (back, retry, copy…).
 * @csspart field-error - A field's error under it.
 * @csspart error-summary - The list of errors after a failed submit.
 * @csspart alert - A refusal or a problem (offline, rate-limited, unexpected).
 *
 * @cssprop --atelier-color-background - Background of the widget.
 * @cssprop --atelier-color-surface - Background of alerts and of each piece.
 * @cssprop --atelier-color-text - Text colour.
 * @cssprop --atelier-color-muted - Hints, references and dates.
 * @cssprop --atelier-color-border - Input borders, each piece's frame and the timeline.
 * @cssprop --atelier-color-accent - Primary button background and the confirmation's frame.
 * @cssprop --atelier-color-on-accent - Primary button text.
 * @cssprop --atelier-color-focus - Focus ring.
 * @cssprop --atelier-color-error - Errors, a stolen piece and overdue care.
 * @cssprop --atelier-color-success - A report recorded.
 * @cssprop --atelier-radius - Corner radius.
 * @cssprop --atelier-font - The text font, when `--atelier-font-text` is not set (its former name).
 * @cssprop --atelier-font-size - Base font size.
 * @cssprop --atelier-spacing - Base spacing unit.
 */
export class AtelierOwnerPortal extends WidgetWithParts<OwnerPortalClient> {
  static override styles = [...WidgetWithParts.styles, formStyles, ownerPortalStyles];

  /** An API client to use instead of one built from the attributes: a `createOwnerClient()` result, or anything with its `signIn`, `session` and `pieces` methods. */
  declare client: OwnerPortalClient | undefined;
  /** The brand's words for some of the widget's strings, per locale: `{ en: { signInTitle: '…' } }`. */
  declare messages: LocalizedMessageOverrides<OwnerPortalMessages> | undefined;

  /** How passkeys are made and used: the browser's prompts through `@simplewebauthn/browser` (loaded when first asked), or a page's own. */
  passkeyCeremony: PasskeyCeremony = browserPasskeyCeremony;

  readonly #problem = new WidgetState<ShownProblem | undefined>(this, undefined);
  readonly #notice = new WidgetState<string | undefined>(this, undefined);
  readonly #strings = new MessagesController(this, ownerPortalCatalog, () => this.requestedLocale);

  #summaryShown = false;
  /** Sign-in requests, verifications, sign-outs and reports: one at a time, a resend after a lost answer under the same idempotency key. */
  readonly #submission = new SubmissionController(this);

  /** What every flow and view is lent: the one submission, the one alert, the words. */
  readonly #viewHost: PortalViewHost = {
    send: (...args) => this.#send(...args),
    showProblem: (problem, retry) => this.#showProblem(problem, retry),
    pending: () => this.#submission.pending,
    api: () => this.requireApi(),
    messages: () => this.#m,
    fieldContext: (form) => this.#fieldContext(form),
    clearProblem: () => (this.#problem.value = undefined),
    signal: () => this.connectionSignal,
  };

  readonly #signIn = new OwnerSignInFlow(this, {
    ...this.#viewHost,
    attempt: (form) => this.#attempt(form),
    linkOpened: () => this.#views.show({ kind: 'starting' }),
    linkRefused: () => this.#views.show({ kind: 'sign-in' }),
    ceremony: () => this.passkeyCeremony,
    signedIn: (session) => this.#owner.signedIn(session),
  });

  /** Which view is shown; a piece's page, the account's pages and "From the brand" are loaded when the owner goes there (portal-views.ts). */
  readonly #views: PortalViews = new PortalViews(this, {
    ...this.#viewHost,
    clearNotice: () => (this.#notice.value = undefined),
    piecePage: () => ({
      ...this.#viewHost,
      notTheirs: () => {
        this.#views.show({ kind: 'pieces' });
        void this.#owner.load(false);
      },
      reported: (updated, outcome) => {
        this.#owner.reported(updated);
        this.emit('atelier-owner-piece-reported', { serial: updated.serial, report: outcome });
      },
      sessionEnded: (serial, step) => this.#owner.ended({ serial, report: step }),
      bookingSetup: (booking) => {
        const owner = this.#owner.session?.owner;
        const { publishableKey, apiBase, theme } = this;
        return owner && booking.setup({ publishableKey, apiBase, locale: this.locale ?? this.#m.languageTag, theme, contactName: owner.name, contactEmail: owner.email });
      },
    }),
    account: () => ({
      ...this.#viewHost,
      attempt: (form) => this.#attempt(form),
      summaryShown: () => this.#summaryShown,
      sessionEnded: () => this.#owner.ended(),
      say: (message) => void this.#say(message),
      ceremony: () => this.passkeyCeremony,
      erased: (erasedAt) => void this.#owner.forget(this.#m.erased, () => this.emit('atelier-owner-account-erased', { erasedAt })),
    }),
    fromTheBrand: () => ({ ...this.#viewHost, sessionEnded: () => this.#owner.ended() }),
  });

  /** Who is signed in and their pieces, the session ending, signing out (session-flow.ts). */
  readonly #owner: OwnerSessionFlow = new OwnerSessionFlow(this, {
    ...this.#viewHost,
    say: (message) => this.#say(message),
    views: this.#views,
    restartSignIn: (email) => this.#signIn.restart(email),
    signedIn: (session) => this.emit('atelier-owner-signed-in', { owner: session.owner, brand: session.brand }),
    signedOut: (everywhere) => this.emit('atelier-owner-signed-out', { everywhere }),
  });

  constructor() {
    super(ownerPortalClient);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The link may be opened in a tab that already shows this page: only the fragment changes then.
    window.addEventListener('hashchange', this.#signIn.fromLink, { signal: this.connectionSignal });
    if (this.#signIn.fromLink() || this.#views.shown.kind !== 'starting') return;
    // Not in this task, which evaluates the portal's code (issue 18): see `loadSoon`.
    this.#owner.loadSoon(this.connectionSignal);
  }

  get #m(): OwnerPortalMessages {
    return this.#strings.messages;
  }

  #showProblem(problem: PortalProblem, retry?: () => void): void {
    this.#problem.value = { problem, retry };
    void focusAfterUpdate(this, '.alert');
  }

  /** Says what was done, where the owner's screen reader and focus find it; resolves once it has the focus. */
  #say(message: string): Promise<void> {
    this.#notice.value = message;
    return focusAfterUpdate(this, '.notice');
  }

  /**
   * Sends a request through the one submission controller; answers the answer, or puts the server's
   * field errors on `form` (its summary takes the focus) or hands any other failure to `onFailure`.
   */
  readonly #send: PortalSend = async (request, action, form, onFailure) => {
    this.#problem.value = undefined;
    this.#notice.value = undefined;
    const result = await this.#submission.send(request, this.connectionSignal, (options) => action(this.requireApi(), options));
    if (!result) return undefined;
    if (result.ok) return result.answer;
    if (result.failure.kind === 'fields' && form) {
      form.setServerErrors(result.failure.fieldErrors);
      this.#summaryShown = true;
      void focusAfterUpdate(this, '.summary');
      return undefined;
    }
    onFailure(result.error);
    return undefined;
  };

  /** Checks a form against the contract: its request, or `undefined` with the error summary focused. */
  #attempt<Request>(form: FormController<Request>): Request | undefined {
    const attempt = form.attemptSubmit();
    this.#summaryShown = !attempt.ok;
    if (attempt.ok) return attempt.request;
    this.#problem.value = undefined;
    void focusAfterUpdate(this, '.summary');
    return undefined;
  }

  /** What the kit's field renderers need: one of the portal's forms and its words. */
  #fieldContext(form: FormController<unknown>): FieldContext {
    const m = this.#m;
    return { form, required: m.required, optional: m.optional, errorText: (error) => fieldErrorText(m, error) };
  }

  /** Signing in with a passkey is offered where the client reaches passkeys and the browser has them. */
  #passkeySignInOffered(): boolean {
    try {
      return this.requireApi().passkeys !== undefined && this.passkeyCeremony.supported();
    } catch {
      return false;
    }
  }

  #statusText(): string {
    const m = this.#m;
    if (this.#submission.pending) return m.sending;
    const view = this.#views.shown.kind;
    if (view === 'starting' || (view === 'piece' && this.#views.piecePage?.loaded === false)) return m.loading;
    if (this.#views.awaitingCode() && !this.#problem.value) return m.loading;
    return '';
  }

  protected override render(): TemplateResult {
    const m = this.#m;
    const shown = this.#problem.value;
    return html`<div class="panel" lang=${m.languageTag}>
      <div role="status" class="visually-hidden">${this.#statusText()}</div>
      ${this.#renderAccount()} ${problemAlert(m, shown?.problem, shown?.retry, this.#submission.pending)}
      ${this.#notice.value ? html`<p class="notice" role="status" tabindex="-1">${this.#notice.value}</p>` : nothing} ${this.#renderView()}
    </div>`;
  }

  #renderAccount(): TemplateResult | typeof nothing {
    const session = this.#owner.session;
    const view = this.#views.shown.kind;
    if (!session || view === 'sign-in' || view === 'starting') return nothing;
    return html`<atelier-owner-portal-account
      .messages=${this.#m}
      .name=${session.owner.name}
      .passkeys=${this.requireApi().passkeys !== undefined}
      .pending=${this.#submission.pending}
      @sign-out=${(event: CustomEvent<boolean>) => void this.#owner.signOut(event.detail)}
      @open-section=${(event: CustomEvent<AccountSection>) => void this.#views.openSection(event.detail)}
    ></atelier-owner-portal-account>`;
  }

  #renderView(): TemplateResult {
    const m = this.#m;
    switch (this.#views.shown.kind) {
      case 'starting':
        // A first load that failed says so in its alert: nothing is loading any more.
        return this.#problem.value ? html`` : html`<p aria-busy="true">${this.#submission.pending ? m.signingInFromLink : m.loading}</p>`;
      case 'sign-in':
        return html`<atelier-owner-portal-sign-in
          .messages=${m}
          .step=${this.#signIn.step}
          .emailContext=${this.#fieldContext(this.#signIn.emailForm)}
          .codeContext=${this.#fieldContext(this.#signIn.codeForm)}
          .busy=${this.#submission.pending}
          .summaryShown=${this.#summaryShown}
          @send-code=${() => void this.#signIn.sendCode()}
          @verify-code=${() => void this.#signIn.verifyCode()}
          @other-address=${() => void this.#signIn.otherAddress()}
          .passkeyOffered=${this.#passkeySignInOffered()}
          @passkey-sign-in=${() => void this.#signIn.signInWithPasskey()}
        ></atelier-owner-portal-sign-in>`;
      case 'pieces':
        return html`<atelier-owner-portal-pieces
            .messages=${m}
            .pieces=${this.#owner.pieces}
            @open-piece=${(event: CustomEvent<string>) => void this.#views.openPiece(event.detail)}
          ></atelier-owner-portal-pieces>
          ${this.requireApi().fromTheBrand !== undefined
            ? html`<button part="button secondary-button" type="button" class="secondary" @click=${() => void this.#views.openFromTheBrand()}>${m.fromTheBrand.open}</button>`
            : nothing}`;
      default:
        // A view of its own chunk: drawn by its flow once its code is here.
        return this.#views.render() ?? this.#renderAwaitingCode();
    }
  }

  /** A view whose code is on its way: loading, or nothing when the alert says it could not be loaded. */
  #renderAwaitingCode(): TemplateResult {
    return this.#problem.value ? html`` : html`<p aria-busy="true">${this.#m.loading}</p>`;
  }
}
