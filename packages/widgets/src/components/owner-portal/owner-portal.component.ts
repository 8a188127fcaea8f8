import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { OwnedPiece, OwnedPieceDetail, OwnerSession, Received } from '@atelier/client/contract';
import { WidgetState } from '../../base/widget-state.ts';
import { LatestLoad } from '../../base/latest-load.ts';
import { defineMessageCatalog, MessagesController } from '../../base/message-catalog.ts';
import { WidgetWithParts } from '../../base/widget-with-parts.ts';
import { countryOptionsWhenIdle } from '../../forms/countries.ts';
import { focusAfterUpdate } from '../../forms/error-summary.ts';
import { fieldErrorText } from '../../forms/fields.ts';
import type { FieldContext } from '../../forms/fields.ts';
import type { FormController } from '../../forms/form-controller.ts';
import { SubmissionController } from '../../forms/submission.ts';
import { formStyles } from '../../themes/form-styles.ts';
import { ownerPortalClient } from './owner-portal-client.ts';
import type { OwnerPortalClient } from './owner-portal-client.ts';
import { ownerPortalStyles } from './owner-portal.styles.ts';
import type { PortalSend } from './portal-flow.ts';
import { problemAlert, problemOf } from './portal-problems.ts';
import type { PortalProblem } from './portal-problems.ts';
import { PieceReportFlow } from './piece-report-flow.ts';
import { languageOptions, PiecePapersFlow } from './piece-papers-flow.ts';
import { OwnerSignInFlow } from './sign-in-flow.ts';
import { FromTheBrandFlow } from './from-the-brand-flow.ts';
import './parts/from-the-brand-view.ts';
import type { BookingSetup, ReportStep } from './parts/piece-view.ts';
import { PieceBooking } from './piece-booking.ts';
import { PreferencesFlow } from './preferences-flow.ts';
import { MyDataFlow } from './my-data-flow.ts';
import type { MyDataStep } from './my-data-flow.ts';
import { ProfileSharesFlow } from './profile-shares-flow.ts';
import type { ShareChange } from './parts/profile-shares-view.ts';
import './parts/preferences-view.ts';
import './parts/my-data-view.ts';
import './parts/profile-shares-view.ts';
import './parts/account-bar.ts';
import './parts/sign-in-form.ts';
import './parts/piece-list.ts';
import './parts/piece-view.ts';
import './parts/piece-papers.ts';
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

/** The owner's account views (preferences-flow.ts, my-data-flow.ts), opened from the account bar. */
type AccountSection = 'preferences' | 'my-data';
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
 * them), opens a piece's whole story, reports it stolen or found, and signs out here or everywhere.
 * The session is a cookie on the API's origin that no script can read; the link's token is taken
 * out of the address bar at once.
 *
 * @summary Owner space: sign in by e-mailed code, my pieces, a piece's history, report stolen or found.
 * @tag atelier-owner-portal
 *
 * @attr publishable-key - The brand's publishable key (`pk_…`), used to sign in; the owner's session is a cookie after that.
 * @attr api-base - Base URL of the Atelier API; defaults to the page's origin.
 * @attr locale - BCP 47 language tag; defaults to the closest `lang` attribute, then the browser's language.
 * @attr theme - `light`, `dark` or `auto` (default: follows the system).
 *
 * @fires atelier-owner-signed-in - The owner signed in. `detail`: `{ owner: { name, email, language }, brand: { id, name } }`.
 * @fires atelier-owner-signed-out - The owner signed out. `detail`: `{ everywhere: boolean }`.
 * @fires atelier-owner-piece-reported - The owner reported a piece stolen or found. `detail`: `{ serial: string, report: 'stolen' | 'found' }`.
 * @fires atelier-repair-booked - The owner booked a service for a piece from its page (the booking widget's own event, passed on as it is).
 * @fires atelier-owner-account-erased - The owner erased their account (they are signed out). `detail`: `{ erasedAt: string }`.
 *
 * @csspart form - The sign-in forms and the theft report's form.
 * @csspart field - The wrapper of one label, input, hint and error.
 * @csspart label - A field's label.
 * @csspart input - Text inputs and the country select.
 * @csspart button - Every button, and the retailer's contact links.
 * @csspart error - A field's error, the error summary and alerts.
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
 * @cssprop --atelier-font - Font family.
 * @cssprop --atelier-font-size - Base font size.
 * @cssprop --atelier-spacing - Base spacing unit.
 */
export class AtelierOwnerPortal extends WidgetWithParts<OwnerPortalClient> {
  static override styles = [...WidgetWithParts.styles, formStyles, ownerPortalStyles];

  /** An API client to use instead of one built from the attributes: a `createOwnerClient()` result, or anything with its `signIn`, `session` and `pieces` methods. */
  declare client: OwnerPortalClient | undefined;

  readonly #view = new WidgetState<View>(this, { kind: 'starting' });
  readonly #problem = new WidgetState<ShownProblem | undefined>(this, undefined);
  readonly #notice = new WidgetState<string | undefined>(this, undefined);
  readonly #session = new WidgetState<Received<OwnerSession> | undefined>(this, undefined);
  readonly #pieces = new WidgetState<ReadonlyArray<Received<OwnedPiece>>>(this, []);
  readonly #piece = new WidgetState<Received<OwnedPieceDetail> | undefined>(this, undefined);
  readonly #booking = new PieceBooking(this);
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
    signedIn: async (session) => {
      this.#session.value = undefined;
      this.emit('atelier-owner-signed-in', { owner: session.owner, brand: session.brand });
      this.#view.value = { kind: 'starting' };
      await this.#loadHome(true);
    },
  });

  readonly #report = new PieceReportFlow(this, {
    send: (...args) => this.#send(...args),
    showProblem: (problem, retry) => this.#showProblem(problem, retry),
    pending: () => this.#submission.pending,
    clearProblem: () => (this.#problem.value = undefined),
    piece: () => this.#piece.value,
    reported: (updated, outcome) => {
      this.#piece.value = updated;
      this.#pieces.value = this.#pieces.value.map((held) => (held.serial === updated.serial ? { ...held, status: updated.status } : held));
      this.emit('atelier-owner-piece-reported', { serial: updated.serial, report: outcome });
    },
    sessionEnded: (serial, step) => this.#sessionEnded({ serial, report: step }),
  });

  readonly #preferences = new PreferencesFlow(this, {
    send: (...args) => this.#send(...args),
    showProblem: (problem, retry) => this.#showProblem(problem, retry),
    pending: () => this.#submission.pending,
    attempt: (form) => this.#attempt(form),
    messages: () => this.#m,
    sessionEnded: () => this.#sessionEnded(),
    saved: (message) => this.#say(message),
  });

  readonly #shares = new ProfileSharesFlow(this, {
    send: (...args) => this.#send(...args),
    showProblem: (problem, retry) => this.#showProblem(problem, retry),
    pending: () => this.#submission.pending,
    sessionEnded: () => this.#sessionEnded(),
    changed: (name, shared) => this.#say(shared ? this.#m.profileShared(name) : this.#m.profileUnshared(name)),
  });

  readonly #myData = new MyDataFlow(this, {
    send: (...args) => this.#send(...args),
    showProblem: (problem, retry) => this.#showProblem(problem, retry),
    pending: () => this.#submission.pending,
    sessionEnded: () => this.#sessionEnded(),
    downloaded: () => this.#say(this.#m.dataDownloaded),
    erased: (erasedAt) => void this.#forget(this.#m.erased, () => this.emit('atelier-owner-account-erased', { erasedAt })),
  });

  readonly #fromTheBrand = new FromTheBrandFlow(this, {
    send: (...args) => this.#send(...args),
    showProblem: (problem, retry) => this.#showProblem(problem, retry),
    pending: () => this.#submission.pending,
    api: () => this.requireApi(),
    sessionEnded: () => this.#sessionEnded(),
  });

  /** The piece's Documents and Transfer. */
  readonly #papers = new PiecePapersFlow(this, {
    send: (...args) => this.#send(...args),
    showProblem: (problem, retry) => this.#showProblem(problem, retry),
    pending: () => this.#submission.pending,
    api: () => this.requireApi(),
    languageTag: () => this.#m.languageTag,
    signal: () => this.connectionSignal,
    sessionEnded: (serial) => this.#sessionEnded({ serial, report: 'none' }),
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

  readonly #pieceLoad = new LatestLoad(this, {
    load: ([serial]: [serial: string, report: ReportStep], signal) => this.requireApi().pieces.get(serial, { signal }),
    onLoaded: (piece, [, report]) => {
      this.#piece.value = piece;
      this.#problem.value = undefined;
      this.#report.reset(report);
      void focusAfterUpdate(this, report === 'none' ? '#piece-title' : '#report-title');
    },
    onFailed: (error, [serial, report]) => {
      const problem = problemOf(error);
      if (problem.kind === 'session-ended') {
        this.#sessionEnded({ serial, report });
        return;
      }
      if (problem.kind === 'unknown-piece') {
        this.#view.value = { kind: 'pieces' };
        void this.#loadHome(false);
      }
      this.#showProblem(problem, () => void this.#openPiece(serial, report));
    },
  });

  constructor() {
    super(ownerPortalClient);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The link may be opened in a tab that already shows this page: only the fragment changes then.
    window.addEventListener('hashchange', this.#signIn.fromLink, { signal: this.connectionSignal });
    if (!this.#signIn.fromLink() && this.#view.value.kind === 'starting') void this.#loadHome(false);
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

  async #openPiece(serial: string, report: ReportStep = 'none'): Promise<void> {
    if (this.#piece.value?.serial !== serial) {
      this.#piece.value = undefined;
      this.#booking.close();
    }
    this.#report.reset();
    this.#problem.value = undefined;
    this.#view.value = { kind: 'piece', serial };
    void this.#papers.open(serial);
    await this.#pieceLoad.run(serial, report);
  }

  /** Opens the owner's preferences (read afresh) or their data. */
  async #openSection(section: AccountSection): Promise<void> {
    this.#problem.value = undefined;
    this.#notice.value = undefined;
    this.#view.value = { kind: section };
    if (section === 'preferences') {
      const api = this.requireApi();
      await Promise.all([this.#preferences.load(api, this.connectionSignal), this.#shares.load(api, this.connectionSignal)]);
    }
    else await this.#myData.move('none');
  }

  /** Says what was done, where the owner's screen reader and focus find it. */
  #say(message: string): void {
    this.#notice.value = message;
    void focusAfterUpdate(this, '.notice');
  }

  async #backToPieces(): Promise<void> {
    this.#pieceLoad.abort();
    this.#booking.close();
    this.#report.reset();
    this.#problem.value = undefined;
    this.#view.value = { kind: 'pieces' };
    await focusAfterUpdate(this, '#pieces-title');
  }

  async #openBooking(): Promise<void> {
    this.#problem.value = undefined;
    if (await this.#booking.open()) await focusAfterUpdate(this, '#booking-title');
    else this.#showProblem({ kind: 'offline' }, () => void this.#openBooking());
  }

  /** A repair was booked for the piece: its timeline shows it once read again; the booking's confirmation stays. */
  async #refreshPiece(serial: string): Promise<void> {
    try {
      const piece = await this.requireApi().pieces.get(serial, { signal: this.connectionSignal });
      if (this.#piece.value?.serial === serial) this.#piece.value = piece;
    } catch {
      // The timeline shown stays; the booking's confirmation already says the repair is booked.
    }
  }

  #bookingSetup(): BookingSetup | undefined {
    const owner = this.#session.value?.owner;
    const { publishableKey, apiBase, theme } = this;
    return owner && this.#booking.setup({ publishableKey, apiBase, locale: this.locale ?? this.#m.languageTag, theme, contactName: owner.name, contactEmail: owner.email });
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
    this.#piece.value = undefined;
    this.#report.reset();
    this.#papers.forget();
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

  #statusText(): string {
    const m = this.#m;
    if (this.#submission.pending) return m.sending;
    if (this.#view.value.kind === 'starting' || (this.#view.value.kind === 'piece' && !this.#piece.value)) return m.loading;
    return '';
  }

  #renderPapers(piece: Received<OwnedPieceDetail>): TemplateResult {
    const papers = this.#papers;
    return html`<atelier-owner-portal-papers
      .messages=${this.#m}
      .piece=${piece}
      .serves=${papers.serves}
      .feed=${papers.feed}
      .transfer=${papers.transfer}
      .transferFormOpen=${papers.transferFormOpen}
      .transferContext=${this.#fieldContext(papers.transferForm)}
      .languages=${languageOptions(this.#m.languageTag)}
      .summaryShown=${papers.summaryShown}
      .outcome=${papers.outcome}
      .downloading=${papers.downloading}
      .pending=${this.#submission.pending}
      @download=${(event: CustomEvent<'pdf' | 'json'>) => void papers.download(event.detail)}
      @create-feed=${() => void papers.createFeed()}
      @copy-feed=${() => void papers.copyFeed()}
      @transfer-form=${(event: CustomEvent<boolean>) => void papers.openTransferForm(event.detail)}
      @send-transfer=${() => void papers.startTransfer()}
      @cancel-transfer=${() => void papers.cancelTransfer()}
    ></atelier-owner-portal-papers>`;
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
      .pending=${this.#submission.pending}
      @sign-out=${(event: CustomEvent<boolean>) => void this.#signOut(event.detail)}
      @open-section=${(event: CustomEvent<AccountSection>) => void this.#openSection(event.detail)}
    ></atelier-owner-portal-account>`;
  }

  /** Under the preferences: sharing the profile with the brand's retailers, once read. */
  #renderShares(): TemplateResult | typeof nothing {
    const shares = this.#shares.shares;
    if (!shares || !this.#preferences.preferences) return nothing;
    return html`<atelier-owner-portal-shares
      .messages=${this.#m}
      .shares=${shares}
      .pending=${this.#submission.pending}
      @share-profile=${(event: CustomEvent<ShareChange>) => void this.#shares.share(this.requireApi(), event.detail.retailerId!, event.detail.retailerName)}
      @revoke-share=${(event: CustomEvent<ShareChange>) => void this.#shares.revoke(this.requireApi(), event.detail.shareId!, event.detail.retailerName)}
    ></atelier-owner-portal-shares>`;
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
        ></atelier-owner-portal-sign-in>`;
      case 'pieces':
        return html`<atelier-owner-portal-pieces
            .messages=${m}
            .pieces=${this.#pieces.value}
            @open-piece=${(event: CustomEvent<string>) => void this.#openPiece(event.detail)}
          ></atelier-owner-portal-pieces>
          ${this.#fromTheBrand.available()
            ? html`<button part="button" type="button" class="secondary" @click=${() => {
                this.#view.value = { kind: 'from-the-brand' };
                void this.#fromTheBrand.open();
              }}>${m.fromTheBrand.open}</button>`
            : nothing}`;
      case 'from-the-brand':
        return html`<atelier-owner-portal-from-the-brand
          .messages=${m}
          .state=${this.#fromTheBrand.state}
          .pending=${this.#submission.pending}
          @back-to-pieces=${() => {
            this.#fromTheBrand.close();
            void this.#backToPieces();
          }}
          @answer-invitation=${(event: CustomEvent<{ invitationId: string; answer: 'yes' | 'no' }>) => void this.#fromTheBrand.answer(event.detail.invitationId, event.detail.answer)}
        ></atelier-owner-portal-from-the-brand>`;
      case 'piece': {
        const piece = this.#piece.value;
        if (!piece) return html`<p aria-busy="true">${m.loading}</p>`;
        return html`<atelier-owner-portal-piece
          .messages=${m}
          .piece=${piece}
          .report=${this.#report.step}
          .theftContext=${this.#fieldContext(this.#report.theftForm)}
          .countries=${countryOptionsWhenIdle(m.languageTag, this.#report.theftForm.string('country'), () => this.requestUpdate())}
          .pending=${this.#submission.pending}
          .outcome=${this.#report.outcome}
          @back-to-pieces=${() => void this.#backToPieces()}
          @report-step=${(event: CustomEvent<ReportStep>) => void this.#report.move(event.detail)}
          @send-report=${() => void this.#report.send()}
          .booking=${this.#bookingSetup()}
          @open-booking=${() => void this.#openBooking()}
          @close-booking=${() => {
            this.#booking.close();
            void focusAfterUpdate(this, '#piece-title');
          }}
          @atelier-repair-booked=${() => void this.#refreshPiece(piece.serial)}
        ></atelier-owner-portal-piece>
        ${this.#renderPapers(piece)}`;
      }
      case 'preferences':
        return html`<atelier-owner-portal-preferences
          .messages=${m}
          .preferences=${this.#preferences.preferences}
          .context=${this.#fieldContext(this.#preferences.form as FormController<unknown>)}
          .pending=${this.#submission.pending}
          .summaryShown=${this.#summaryShown}
          @save-preferences=${() => void this.#preferences.save()}
          @back-to-pieces=${() => void this.#backToPieces()}
        ></atelier-owner-portal-preferences>
        ${this.#renderShares()}`;
      case 'my-data':
        return html`<atelier-owner-portal-my-data
          .messages=${m}
          .step=${this.#myData.step}
          .pending=${this.#submission.pending}
          @download-data=${() => void this.#myData.download()}
          @my-data-step=${(event: CustomEvent<MyDataStep>) => void this.#myData.move(event.detail)}
          @erase-account=${() => void this.#myData.erase()}
          @back-to-pieces=${() => void this.#backToPieces()}
        ></atelier-owner-portal-my-data>`;
    }
  }
}
