/**
 * Reporting one of the owner's pieces stolen (where: a country and a city, both optional, then a
 * confirmation), lost or found (a confirmation each), and what the last report did.
 */
import type { ReactiveControllerHost } from 'lit';
import { TheftReportRequest } from '@atelier/client/contract';
import type { OwnedPieceDetail, Received } from '@atelier/client/contract';
import { WidgetState } from '../../base/widget-state.ts';
import { focusAfterUpdate } from '../../forms/error-summary.ts';
import { fieldId } from '../../forms/field-id.ts';
import { FormController, optionalText } from '../../forms/form-controller.ts';
import type { SendOptions } from '../../forms/submission.ts';
import type { OwnerPortalClient } from './owner-portal-client.ts';
import type { PortalFlowHost } from './portal-flow.ts';
import { problemOf } from './portal-problems.ts';
import type { ReportStep } from './parts/piece-view.ts';

export type ReportOutcome = 'stolen' | 'lost' | 'found';

export interface PieceReportOptions extends PortalFlowHost {
  /** Takes the portal's alert away: the owner moved on. */
  clearProblem: () => void;
  /** The piece shown, the one reported. */
  piece: () => Received<OwnedPieceDetail> | undefined;
  /** The report is recorded: the portal shows the piece as it is now and tells the page. */
  reported: (updated: Received<OwnedPieceDetail>, outcome: ReportOutcome) => void;
  /** The session ended while reporting: the portal asks the owner to sign in and comes back to this step. */
  sessionEnded: (serial: string, step: ReportStep) => void;
}

/** The confirmation steps, and the report each sends. */
const outcomeOf: Readonly<Partial<Record<ReportStep, ReportOutcome>>> = { 'confirm-stolen': 'stolen', 'confirm-lost': 'lost', 'confirm-found': 'found' };

/** Reports the piece lost; a `client` without `pieces.reportLost` offers no loss report (the portal draws none). */
function reportLost(api: OwnerPortalClient, serial: string, options: SendOptions): Promise<Received<OwnedPieceDetail>> {
  if (!api.pieces.reportLost) throw new TypeError("The owner portal's client has no `pieces.reportLost` method.");
  return api.pieces.reportLost(serial, options);
}

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };

export class PieceReportFlow {
  readonly theftForm: FormController<TheftReportRequest>;
  readonly #step: WidgetState<ReportStep>;
  readonly #outcome: WidgetState<ReportOutcome | undefined>;
  readonly #host: Host;
  readonly #options: PieceReportOptions;

  constructor(host: Host, options: PieceReportOptions) {
    this.#host = host;
    this.#options = options;
    this.#step = new WidgetState<ReportStep>(host, 'none');
    this.#outcome = new WidgetState<ReportOutcome | undefined>(host, undefined);
    this.theftForm = new FormController(host, {
      schema: TheftReportRequest,
      toRequest: (values) => ({ country: optionalText(values, 'country'), city: optionalText(values, 'city') }),
    });
  }

  get step(): ReportStep {
    return this.#step.value;
  }

  /** What the last report did, said once it is recorded. */
  get outcome(): ReportOutcome | undefined {
    return this.#outcome.value;
  }

  /** Shows the piece at `step` (another piece, or the step a sign-in comes back to); a past outcome goes. */
  reset(step: ReportStep = 'none'): void {
    this.#step.value = step;
    this.#outcome.value = undefined;
  }

  async move(step: ReportStep): Promise<void> {
    this.#options.clearProblem();
    this.#outcome.value = undefined;
    if (step === 'confirm-stolen') {
      const attempt = this.theftForm.attemptSubmit();
      if (!attempt.ok) {
        await focusAfterUpdate(this.#host, `#${fieldId(attempt.errors[0]?.path ?? 'country')}`);
        return;
      }
    }
    this.#step.value = step;
    await focusAfterUpdate(this.#host, step === 'none' ? '#piece-title' : '#report-title');
  }

  async send(): Promise<void> {
    const piece = this.#options.piece();
    const step = this.#step.value;
    const outcome = outcomeOf[step];
    if (!piece || this.#options.pending() || !outcome) return;
    const attempt = this.theftForm.attemptSubmit();
    const request = outcome === 'stolen' && attempt.ok ? attempt.request : {};
    const updated = await this.#options.send(
      { serial: piece.serial, report: step, request },
      (api, options) =>
        outcome === 'stolen'
          ? api.pieces.reportStolen(piece.serial, request, options)
          : outcome === 'lost'
            ? reportLost(api, piece.serial, options)
            : api.pieces.reportFound(piece.serial, {}, options),
      this.theftForm,
      (error) => {
        const problem = problemOf(error);
        if (problem.kind === 'session-ended') this.#options.sessionEnded(piece.serial, step);
        else this.#options.showProblem(problem, () => void this.send());
      },
    );
    if (!updated) return;
    this.#step.value = 'none';
    this.#outcome.value = outcome;
    this.#options.reported(updated, outcome);
    await focusAfterUpdate(this.#host, '.outcome');
  }
}
