/**
 * A piece's page in the owner portal: the piece read afresh with its whole history, reporting it
 * stolen, lost or found (piece-report-flow.ts), booking a service under it (piece-booking.ts) and its
 * papers (piece-papers-flow.ts), drawn by parts/piece-view.ts and parts/piece-papers.ts.
 */
import { html } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { OwnedPieceDetail, Received } from '@atelier/client/contract';
import { LatestLoad } from '../../base/latest-load.ts';
import { WidgetState } from '../../base/widget-state.ts';
import { countryOptionsWhenIdle } from '../../forms/countries.ts';
import { focusAfterUpdate } from '../../forms/error-summary.ts';
import { PieceBooking } from './piece-booking.ts';
import { languageOptions, PiecePapersFlow } from './piece-papers-flow.ts';
import { PieceReportFlow } from './piece-report-flow.ts';
import type { ReportOutcome } from './piece-report-flow.ts';
import type { PortalViewHost } from './portal-flow.ts';
import { problemOf } from './portal-problems.ts';
import type { BookingSetup, ReportStep } from './parts/piece-view.ts';
import './parts/piece-view.ts';
import './parts/piece-papers.ts';

export interface PiecePageOptions extends PortalViewHost {
  /** The page shows the piece `serial` (still loading). */
  shown: (serial: string) => void;
  /** The piece is not the owner's (any more): the portal shows their pieces again. */
  notTheirs: () => void;
  /** The piece was reported: the portal's list shows its new status and the page is told. */
  reported: (updated: Received<OwnedPieceDetail>, outcome: ReportOutcome) => void;
  /** The session ended on this page: the portal asks the owner to sign in and comes back to `step`. */
  sessionEnded: (serial: string, step: ReportStep) => void;
  /** What the booking widget is set up with (the owner's name and e-mail prefilled), `open` or not. */
  bookingSetup: (booking: PieceBooking) => BookingSetup | undefined;
  backToPieces: () => void;
}

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode; readonly updateComplete: Promise<unknown>; requestUpdate(): void };

export class PiecePageFlow {
  readonly #piece: WidgetState<Received<OwnedPieceDetail> | undefined>;
  readonly #booking: PieceBooking;
  readonly #report: PieceReportFlow;
  readonly #papers: PiecePapersFlow;
  readonly #load: LatestLoad<[serial: string, report: ReportStep], Received<OwnedPieceDetail>>;
  readonly #host: Host;
  readonly #options: PiecePageOptions;

  constructor(host: Host, options: PiecePageOptions) {
    this.#host = host;
    this.#options = options;
    this.#piece = new WidgetState<Received<OwnedPieceDetail> | undefined>(host, undefined);
    this.#booking = new PieceBooking(host);
    this.#report = new PieceReportFlow(host, {
      ...options,
      piece: () => this.#piece.value,
      reported: (updated, outcome) => {
        this.#piece.value = updated;
        options.reported(updated, outcome);
      },
    });
    this.#papers = new PiecePapersFlow(host, {
      ...options,
      languageTag: () => options.messages().languageTag,
      sessionEnded: (serial) => options.sessionEnded(serial, 'none'),
    });
    this.#load = new LatestLoad(host, {
      load: ([serial], signal) => options.api().pieces.get(serial, { signal }),
      onLoaded: (piece, [, report]) => {
        this.#piece.value = piece;
        options.clearProblem();
        this.#report.reset(report);
        void focusAfterUpdate(host, report === 'none' ? '#piece-title' : '#report-title');
      },
      onFailed: (error, [serial, report]) => {
        const problem = problemOf(error);
        if (problem.kind === 'session-ended') {
          options.sessionEnded(serial, report);
          return;
        }
        if (problem.kind === 'unknown-piece') options.notTheirs();
        options.showProblem(problem, () => void this.open(serial, report));
      },
    });
  }

  /** Whether the piece is read yet (the page says it is loading until then). */
  get loaded(): boolean {
    return this.#piece.value !== undefined;
  }

  async open(serial: string, report: ReportStep = 'none'): Promise<void> {
    if (this.#piece.value?.serial !== serial) {
      this.#piece.value = undefined;
      this.#booking.close();
    }
    this.#report.reset();
    this.#options.clearProblem();
    this.#options.shown(serial);
    void this.#papers.open(serial);
    await this.#load.run(serial, report);
  }

  /** The owner leaves the page: nothing of it goes on loading or stays open. */
  leave(): void {
    this.#load.abort();
    this.#booking.close();
    this.#report.reset();
  }

  /** The owner is gone: nothing of their piece stays. */
  forget(): void {
    this.#piece.value = undefined;
    this.#report.reset();
    this.#papers.forget();
  }

  async #openBooking(): Promise<void> {
    this.#options.clearProblem();
    if (await this.#booking.open()) await focusAfterUpdate(this.#host, '#booking-title');
    else this.#options.showProblem({ kind: 'offline' }, () => void this.#openBooking());
  }

  /** A repair was booked for the piece: its timeline shows it once read again; the booking's confirmation stays. */
  async #refresh(serial: string): Promise<void> {
    try {
      const piece = await this.#options.api().pieces.get(serial, { signal: this.#options.signal() });
      if (this.#piece.value?.serial === serial) this.#piece.value = piece;
    } catch {
      // The timeline shown stays; the booking's confirmation already says the repair is booked.
    }
  }

  render(): TemplateResult {
    const m = this.#options.messages();
    const piece = this.#piece.value;
    if (!piece) return html`<p aria-busy="true">${m.loading}</p>`;
    const report = this.#report;
    return html`<atelier-owner-portal-piece
        .messages=${m}
        .piece=${piece}
        .report=${report.step}
        .theftContext=${this.#options.fieldContext(report.theftForm)}
        .countries=${countryOptionsWhenIdle(m.languageTag, report.theftForm.string('country'), () => this.#host.requestUpdate())}
        .pending=${this.#options.pending()}
        .outcome=${report.outcome}
        .lossReportable=${this.#options.api().pieces.reportLost !== undefined}
        @back-to-pieces=${() => this.#options.backToPieces()}
        @report-step=${(event: CustomEvent<ReportStep>) => void report.move(event.detail)}
        @send-report=${() => void report.send()}
        .booking=${this.#options.bookingSetup(this.#booking)}
        @open-booking=${() => void this.#openBooking()}
        @close-booking=${() => {
          this.#booking.close();
          void focusAfterUpdate(this.#host, '#piece-title');
        }}
        @atelier-repair-booked=${() => void this.#refresh(piece.serial)}
      ></atelier-owner-portal-piece>
      ${this.#renderPapers(piece)}`;
  }

  #renderPapers(piece: Received<OwnedPieceDetail>): TemplateResult {
    const papers = this.#papers;
    const m = this.#options.messages();
    return html`<atelier-owner-portal-papers
      .messages=${m}
      .piece=${piece}
      .serves=${papers.serves}
      .feed=${papers.feed}
      .transfer=${papers.transfer}
      .transferFormOpen=${papers.transferFormOpen}
      .transferContext=${this.#options.fieldContext(papers.transferForm)}
      .languages=${languageOptions(m.languageTag)}
      .summaryShown=${papers.summaryShown}
      .outcome=${papers.outcome}
      .downloading=${papers.downloading}
      .pending=${this.#options.pending()}
      @download=${(event: CustomEvent<'pdf' | 'json'>) => void papers.download(event.detail)}
      @create-feed=${() => void papers.createFeed()}
      @copy-feed=${() => void papers.copyFeed()}
      @transfer-form=${(event: CustomEvent<boolean>) => void papers.openTransferForm(event.detail)}
      @send-transfer=${() => void papers.startTransfer()}
      @cancel-transfer=${() => void papers.cancelTransfer()}
    ></atelier-owner-portal-papers>`;
  }
}
