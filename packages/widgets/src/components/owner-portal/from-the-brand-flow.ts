/**
 * "From the brand" as the portal runs it: the owner's invitations and the brand's news, loaded
 * together, and the owner's yes or no to an invitation. A refusal that is about the invitation (no
 * seat left, the event has started) is said beside it; anything else goes to the portal's alert.
 */
import { html } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { InvitationAnswer, MyBrandNewsItem, MyInvitation, Received } from '@atelier/client/contract';
import { classifyFailure } from '../../base/failure.ts';
import { LatestLoad } from '../../base/latest-load.ts';
import { WidgetState } from '../../base/widget-state.ts';
import { focusAfterUpdate } from '../../forms/error-summary.ts';
import type { PortalViewHost } from './portal-flow.ts';
import { problemOf } from './portal-problems.ts';
import './parts/from-the-brand-view.ts';

/** Why an answer was refused, said under its invitation. */
export type AnswerRefusal = 'full' | 'closed';

export interface FromTheBrandState {
  /** Still loading: nothing to show yet. */
  loaded: boolean;
  invitations: ReadonlyArray<Received<MyInvitation>>;
  news: ReadonlyArray<Received<MyBrandNewsItem>>;
  /** The last answer refused, by invitation id. */
  refused: { invitationId: string; why: AnswerRefusal } | undefined;
  /** The last answer recorded, by invitation id: said once. */
  answered: string | undefined;
}

export interface FromTheBrandOptions extends PortalViewHost {
  /** The session ended: the portal asks the owner to sign in. */
  sessionEnded: () => void;
  backToPieces: () => void;
}

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };

const refusalOfCode: Readonly<Record<string, AnswerRefusal>> = { invitation_full: 'full', invitation_closed: 'closed' };

export class FromTheBrandFlow {
  readonly #state: WidgetState<FromTheBrandState>;
  readonly #host: Host;
  readonly #options: FromTheBrandOptions;
  readonly #load: LatestLoad<[], [{ invitations: Received<MyInvitation>[] }, { news: Received<MyBrandNewsItem>[] }]>;

  constructor(host: Host, options: FromTheBrandOptions) {
    this.#host = host;
    this.#options = options;
    this.#state = new WidgetState<FromTheBrandState>(host, { loaded: false, invitations: [], news: [], refused: undefined, answered: undefined });
    this.#load = new LatestLoad(host, {
      load: (_args: [], signal) => {
        const fromTheBrand = this.#options.api().fromTheBrand;
        if (!fromTheBrand) return Promise.resolve([{ invitations: [] }, { news: [] }]);
        return Promise.all([fromTheBrand.invitations({ signal }), fromTheBrand.news({ signal })]);
      },
      onLoaded: ([{ invitations }, { news }]) => {
        this.#state.value = { loaded: true, invitations, news, refused: undefined, answered: undefined };
        void focusAfterUpdate(this.#host, '#brand-title');
      },
      onFailed: (error) => {
        const problem = problemOf(error);
        if (problem.kind === 'session-ended') this.#options.sessionEnded();
        else this.#options.showProblem(problem, () => void this.open());
      },
    });
  }

  /** Whether the client reaches invitations and news (a `client` given without them does not). */
  available(): boolean {
    return this.#options.api().fromTheBrand !== undefined;
  }

  get state(): FromTheBrandState {
    return this.#state.value;
  }

  async open(): Promise<void> {
    this.#state.value = { ...this.#state.value, loaded: false };
    await this.#load.run();
  }

  close(): void {
    this.#load.abort();
  }

  async answer(invitationId: string, answer: InvitationAnswer): Promise<void> {
    const fromTheBrand = this.#options.api().fromTheBrand;
    if (!fromTheBrand || this.#options.pending()) return;
    this.#state.value = { ...this.#state.value, refused: undefined, answered: undefined };
    const updated = await this.#options.send({ invitationId, answer }, (api, options) => fromTheBrand.answerInvitation(invitationId, answer, options), undefined, (error) => {
      const failure = classifyFailure(error);
      const why = 'code' in failure ? refusalOfCode[failure.code] : undefined;
      if (why) {
        this.#state.value = { ...this.#state.value, refused: { invitationId, why } };
        // The seats may have gone meanwhile: read the invitations again, the refusal stays said.
        void this.#refresh(invitationId, why);
        return;
      }
      const problem = problemOf(error);
      if (problem.kind === 'session-ended') this.#options.sessionEnded();
      else this.#options.showProblem(problem, () => void this.answer(invitationId, answer));
    });
    if (!updated) {
      if (this.#state.value.refused?.invitationId === invitationId) await focusAfterUpdate(this.#host, `#invitation-${invitationId}-outcome`);
      return;
    }
    this.#state.value = {
      ...this.#state.value,
      invitations: this.#state.value.invitations.map((invitation) => (invitation.id === invitationId ? updated : invitation)),
      answered: invitationId,
    };
    await focusAfterUpdate(this.#host, `#invitation-${invitationId}-outcome`);
  }

  render(): TemplateResult {
    return html`<atelier-owner-portal-from-the-brand
      .messages=${this.#options.messages()}
      .state=${this.state}
      .pending=${this.#options.pending()}
      @back-to-pieces=${() => {
        this.close();
        this.#options.backToPieces();
      }}
      @answer-invitation=${(event: CustomEvent<{ invitationId: string; answer: InvitationAnswer }>) => void this.answer(event.detail.invitationId, event.detail.answer)}
    ></atelier-owner-portal-from-the-brand>`;
  }

  async #refresh(invitationId: string, why: AnswerRefusal): Promise<void> {
    try {
      const { invitations } = await this.#options.api().fromTheBrand!.invitations();
      this.#state.value = { ...this.#state.value, invitations, refused: { invitationId, why } };
    } catch {
      // What is shown stays; the refusal already says why.
    }
  }
}
