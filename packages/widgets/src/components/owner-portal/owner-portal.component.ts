import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { OwnedPiece, OwnerSession, Received } from '@atelier/client/contract';
import { WidgetState } from '../../base/widget-state.ts';
import { LatestLoad } from '../../base/latest-load.ts';
import { defineMessageCatalog, MessagesController } from '../../base/message-catalog.ts';
import type { LocalizedMessageOverrides } from '../../base/message-overrides.ts';
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
import { problemAlert, problemOf } from './portal-problems.ts';
import type { PortalProblem } from './portal-problems.ts';
import { OwnerSignInFlow } from './sign-in-flow.ts';
import type { FromTheBrandFlow } from './from-the-brand-flow.ts';
import type { PiecePageFlow } from './piece-page-flow.ts';
import type { AccountFlow, AccountSection } from './account-flow.ts';
import { LazyView } from './lazy-view.ts';
import { browserPasskeyCeremony } from './passkey-ceremony.ts';
import type { PasskeyCeremony } from './passkey-ceremony.ts';
import type { ReportStep } from './parts/piece-view.ts';
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

type View = { kind: 'starting' } | { kind: 'sign-in' } | { kind: 'pieces' } | { kind: 'piece'; serial: string } | { kind: AccountSection } | { kind: 'from-the-brand' };

/** What went wrong, and the one action that tries it again. */
interface ShownProblem {
  problem: PortalProblem;
  retry?: () => void;
}

/** What the owner was doing when their session ended: shown again once they have signed in. */
interface Resume {
  serial: string;
  report: ReportStep;
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

  readonly #view = new WidgetState<View>(this, { kind: 'starting' });
  readonly #problem = new WidgetState<ShownProblem | undefined>(this, undefined);
  readonly #notice = new WidgetState<string | undefined>(this, undefined);
  readonly #session = new WidgetState<Received<OwnerSession> | undefined>(this, undefined);
  readonly #pieces = new WidgetState<ReadonlyArray<Received<OwnedPiece>>>(this, []);
  readonly #strings = new MessagesController(this, ownerPortalCatalog, () => this.requestedLocale);

  #summaryShown = false;
  #resume: Resume | undefined;
  /** Sign-in requests, verifications, sign-outs and reports: one at a time, a resend after a lost answer under the same idempotency key. */
  readonly #submission = new SubmissionController(this);

  readonly #signIn = new OwnerSignInFlow(this, {
    send: (...args) => this.#send(...args),
    showProblem: (problem, retry) => this.#showProblem(problem, retry),
    pending: () => this.#submission.pending,
    attempt: (form) => this.#attempt(form),
    linkOpened: () => (this.#view.value = { kind: 'starting' }),
    linkRefused: () => (this.#view.value = { kind: 'sign-in' }),
    ceremony: () => this.passkeyCeremony,
    signedIn: async (session) => {
      this.#session.value = undefined;
      this.emit('atelier-owner-signed-in', { owner: session.owner, brand: session.brand });
      this.#view.value = { kind: 'starting' };
      await this.#loadHome(true);
    },
  });

  /** What every view handed over whole is lent: the one submission, the one alert, the words. */
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

  // A piece's page, the account's pages and "From the brand" are chunks of their own, loaded when the
  // owner goes there (lazy-view.ts): the first render evaluates only the sign-in and the pieces.
  readonly #piecePage = new LazyView<PiecePageFlow>(async () => {
    const { PiecePageFlow } = await import('./piece-page-flow.ts');
    return new PiecePageFlow(this, {
      ...this.#viewHost,
      shown: (serial) => (this.#view.value = { kind: 'piece', serial }),
      notTheirs: () => {
        this.#view.value = { kind: 'pieces' };
        void this.#loadHome(false);
      },
      reported: (updated, outcome) => {
        this.#pieces.value = this.#pieces.value.map((held) => (held.serial === updated.serial ? { ...held, status: updated.status } : held));
        this.emit('atelier-owner-piece-reported', { serial: updated.serial, report: outcome });
      },
      sessionEnded: (serial, step) => this.#sessionEnded({ serial, report: step }),
      bookingSetup: (booking) => {
        const owner = this.#session.value?.owner;
        const { publishableKey, apiBase, theme } = this;
        return owner && booking.setup({ publishableKey, apiBase, locale: this.locale ?? this.#m.languageTag, theme, contactName: owner.name, contactEmail: owner.email });
      },
      backToPieces: () => void this.#backToPieces(),
    });
  });

  readonly #account = new LazyView<AccountFlow>(async () => {
    const { AccountFlow } = await import('./account-flow.ts');
    return new AccountFlow(this, {
      ...this.#viewHost,
      attempt: (form) => this.#attempt(form),
      summaryShown: () => this.#summaryShown,
      sessionEnded: () => this.#sessionEnded(),
      say: (message) => this.#say(message),
      ceremony: () => this.passkeyCeremony,
      erased: (erasedAt) => void this.#forget(this.#m.erased, () => this.emit('atelier-owner-account-erased', { erasedAt })),
      backToPieces: () => void this.#backToPieces(),
    });
  });

  readonly #fromTheBrand = new LazyView<FromTheBrandFlow>(async () => {
    const { FromTheBrandFlow } = await import('./from-the-brand-flow.ts');
    return new FromTheBrandFlow(this, { ...this.#viewHost, sessionEnded: () => this.#sessionEnded(), backToPieces: () => void this.#backToPieces() });
  });

  /** The session and the pieces, together: the owner's home. */
  readonly #home = new LatestLoad(this, {
    load: (_args: [focus: boolean], signal) => {
      const api = this.requireApi();
      return Promise.all([api.session.get({ signal }), api.pieces.list({ signal })]);
    },
    onLoaded: ([session, list], [focus]) => {
      const firstSignIn = this.#session.value === undefined;
      this.#session.value = session;
      this.#pieces.value = list.pieces;
      this.#problem.value = undefined;
      const resume = this.#resume;
      this.#resume = undefined;
      if (resume) {
        void this.#openPiece(resume.serial, resume.report);
        return;
      }
      this.#view.value = { kind: 'pieces' };
      if (focus || !firstSignIn) void focusAfterUpdate(this, '#pieces-title');
    },
    onFailed: (error, [focus]) => {
      const problem = problemOf(error);
      if (problem.kind === 'session-ended') {
        // Nobody signed in in this browser yet: the sign-in form is the start, nothing went wrong.
        if (this.#session.value) this.#sessionEnded();
        else this.#view.value = { kind: 'sign-in' };
        return;
      }
      this.#showProblem(problem, () => void this.#loadHome(focus));
    },
  });

  constructor() {
    super(ownerPortalClient);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The link may be opened in a tab that already shows this page: only the fragment changes then.
    window.addEventListener('hashchange', this.#signIn.fromLink, { signal: this.connectionSignal });
    if (this.#signIn.fromLink() || this.#view.value.kind !== 'starting') return;
    // Asked in a task of its own: building the client and sending the request in the task that
    // evaluates the portal's code made that task long (issue 18). The answer takes longer anyway.
    const connection = this.connectionSignal;
    setTimeout(() => {
      if (!connection.aborted && this.#view.value.kind === 'starting') void this.#loadHome(false);
    }, 0);
  }

  get #m(): OwnerPortalMessages {
    return this.#strings.messages;
  }

  #showProblem(problem: PortalProblem, retry?: () => void): void {
    this.#problem.value = { problem, retry };
    void focusAfterUpdate(this, '.alert');
  }

  async #loadHome(focus: boolean): Promise<void> {
    await this.#home.run(focus);
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

  /** Checks a sign-in form against the contract: its request, or `undefined` with the error summary focused. */
  #attempt<Request>(form: FormController<Request>): Request | undefined {
    const attempt = form.attemptSubmit();
    this.#summaryShown = !attempt.ok;
    if (attempt.ok) return attempt.request;
    this.#problem.value = undefined;
    void focusAfterUpdate(this, '.summary');
    return undefined;
  }

  /** The session ended under the owner's feet: back to sign in, their address and what they were doing kept. */
  #sessionEnded(resume?: Resume): void {
    this.#resume = resume ?? this.#resume;
    this.#signIn.restart(this.#session.value?.owner.email);
    this.#view.value = { kind: 'sign-in' };
    this.#showProblem({ kind: 'session-ended' });
  }

  /**
   * The code of the view just shown, loaded if need be (the view says it is loading meanwhile), or
   * `undefined`: the owner went elsewhere meanwhile, or it could not be loaded and the portal's alert
   * says "check your connection", its retry trying again.
   */
  async #codeOf<View>(lazy: LazyView<View>, retry: () => void): Promise<View | undefined> {
    const view = this.#view.value;
    try {
      const loaded = await lazy.load();
      if (this.#view.value !== view) return undefined;
      // Drawn now in place of "Loading", even when opening it changes none of the view's state.
      this.requestUpdate();
      return loaded;
    } catch (error) {
      if (this.#view.value === view) this.#showProblem(problemOf(error), retry);
      return undefined;
    }
  }

  /** Whether the view shown waits for its code (it says it is loading then). */
  #awaitingCode(): boolean {
    const kind = this.#view.value.kind;
    const lazy = kind === 'piece' ? this.#piecePage : kind === 'from-the-brand' ? this.#fromTheBrand : kind === 'preferences' || kind === 'my-data' || kind === 'passkeys' ? this.#account : undefined;
    return lazy !== undefined && lazy.ready === undefined;
  }

  /** Opens a piece's page (read afresh), at `report`'s step. */
  async #openPiece(serial: string, report: ReportStep = 'none'): Promise<void> {
    this.#problem.value = undefined;
    let page = this.#piecePage.ready;
    if (!page) {
      this.#view.value = { kind: 'piece', serial };
      page = await this.#codeOf(this.#piecePage, () => void this.#openPiece(serial, report));
    }
    await page?.open(serial, report);
  }

  /** Opens the owner's preferences (read afresh) or their data. */
  async #openSection(section: AccountSection): Promise<void> {
    this.#problem.value = undefined;
    this.#notice.value = undefined;
    this.#view.value = { kind: section };
    const account = this.#account.ready ?? (await this.#codeOf(this.#account, () => void this.#openSection(section)));
    await account?.open(section);
  }

  /** Opens the brand's invitations and news (read afresh). */
  async #openFromTheBrand(): Promise<void> {
    this.#problem.value = undefined;
    this.#view.value = { kind: 'from-the-brand' };
    const fromTheBrand = this.#fromTheBrand.ready ?? (await this.#codeOf(this.#fromTheBrand, () => void this.#openFromTheBrand()));
    await fromTheBrand?.open();
  }

  /** Says what was done, where the owner's screen reader and focus find it. */
  #say(message: string): void {
    this.#notice.value = message;
    void focusAfterUpdate(this, '.notice');
  }

  async #backToPieces(): Promise<void> {
    this.#piecePage.ready?.leave();
    this.#problem.value = undefined;
    this.#view.value = { kind: 'pieces' };
    await focusAfterUpdate(this, '#pieces-title');
  }

  async #signOut(everywhere: boolean): Promise<void> {
    if (this.#submission.pending) return;
    let alreadyEnded = false;
    const answer = await this.#send({ everywhere }, (api, options) => api.session.signOut({ everywhere }, options), undefined, (error) => {
      const problem = problemOf(error);
      // A session that had already ended is as signed out as the owner wants.
      if (problem.kind === 'session-ended') alreadyEnded = true;
      else this.#showProblem(problem, () => void this.#signOut(everywhere));
    });
    if (!answer && !alreadyEnded) return;
    await this.#forget(everywhere ? this.#m.signedOutEverywhere : this.#m.signedOut, () => this.emit('atelier-owner-signed-out', { everywhere }));
  }

  /** The owner is gone (signed out, or their account erased): nothing of theirs stays on the page. */
  async #forget(notice: string, tell: () => void): Promise<void> {
    this.#session.value = undefined;
    this.#pieces.value = [];
    this.#piecePage.ready?.forget();
    this.#resume = undefined;
    this.#signIn.restart();
    this.#view.value = { kind: 'sign-in' };
    this.#notice.value = notice;
    tell();
    await focusAfterUpdate(this, '.notice');
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
    const view = this.#view.value.kind;
    if (view === 'starting' || (view === 'piece' && this.#piecePage.ready?.loaded === false)) return m.loading;
    if (this.#awaitingCode() && !this.#problem.value) return m.loading;
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
    const session = this.#session.value;
    const view = this.#view.value.kind;
    if (!session || view === 'sign-in' || view === 'starting') return nothing;
    return html`<atelier-owner-portal-account
      .messages=${this.#m}
      .name=${session.owner.name}
      .passkeys=${this.requireApi().passkeys !== undefined}
      .pending=${this.#submission.pending}
      @sign-out=${(event: CustomEvent<boolean>) => void this.#signOut(event.detail)}
      @open-section=${(event: CustomEvent<AccountSection>) => void this.#openSection(event.detail)}
    ></atelier-owner-portal-account>`;
  }

  #renderView(): TemplateResult {
    const m = this.#m;
    const view = this.#view.value;
    switch (view.kind) {
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
            .pieces=${this.#pieces.value}
            @open-piece=${(event: CustomEvent<string>) => void this.#openPiece(event.detail)}
          ></atelier-owner-portal-pieces>
          ${this.requireApi().fromTheBrand !== undefined
            ? html`<button part="button secondary-button" type="button" class="secondary" @click=${() => void this.#openFromTheBrand()}>${m.fromTheBrand.open}</button>`
            : nothing}`;
      case 'from-the-brand':
        return this.#fromTheBrand.ready?.render() ?? this.#renderAwaitingCode();
      case 'piece':
        return this.#piecePage.ready?.render() ?? this.#renderAwaitingCode();
      case 'preferences':
      case 'my-data':
      case 'passkeys':
        return this.#account.ready?.render(view.kind) ?? this.#renderAwaitingCode();
    }
  }

  /** A view whose code is on its way: loading, or nothing when the alert says it could not be loaded. */
  #renderAwaitingCode(): TemplateResult {
    return this.#problem.value ? html`` : html`<p aria-busy="true">${this.#m.loading}</p>`;
  }
}
