/**
 * The owner's session as the portal holds it: who is signed in and the pieces they hold (their
 * home), loaded together; a session that ends under the owner's feet (back to sign in, where they
 * were kept to come back to once signed in again); signing out, and forgetting the owner. Its own
 * module so that the portal's element only routes and draws.
 */
import type { ReactiveControllerHost } from 'lit';
import type { OwnedPiece, OwnedPieceDetail, OwnerSession, Received } from '@atelier/client/contract';
import { LatestLoad } from '../../base/latest-load.ts';
import { WidgetState } from '../../base/widget-state.ts';
import { focusAfterUpdate } from '../../forms/error-summary.ts';
import type { OwnerPortalClient } from './owner-portal-client.ts';
import type { PortalViewHost } from './portal-flow.ts';
import { problemOf } from './portal-problems.ts';
import type { PortalViews } from './portal-views.ts';
import type { SignedIn } from './sign-in-flow.ts';
import type { ReportStep } from './parts/piece-view.ts';

/** What the owner was doing when their session ended: shown again once they have signed in. */
export interface Resume {
  serial: string;
  report: ReportStep;
}

export interface SessionFlowOptions extends Pick<PortalViewHost, 'send' | 'showProblem' | 'pending' | 'clearProblem' | 'api' | 'messages'> {
  /** Says what was done in the portal's notice; resolves once it has the focus. */
  say: (message: string) => Promise<void>;
  /** Which view the portal shows. */
  views: PortalViews;
  /** The sign-in form back at its first step; `email` (the address of a session that ended) fills an empty field. */
  restartSignIn: (email?: string) => void;
  /** Tells the page the owner signed in (the portal's event). */
  signedIn: (session: SignedIn) => void;
  /** Tells the page the owner signed out (the portal's event). */
  signedOut: (everywhere: boolean) => void;
}

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode; readonly updateComplete: Promise<unknown> };

/** The owner's home as the API answers it: their session, and their pieces. */
type Home = [Awaited<ReturnType<OwnerPortalClient['session']['get']>>, Awaited<ReturnType<OwnerPortalClient['pieces']['list']>>];

export class OwnerSessionFlow {
  readonly #session: WidgetState<Received<OwnerSession> | undefined>;
  readonly #pieces: WidgetState<ReadonlyArray<Received<OwnedPiece>>>;
  #resume: Resume | undefined;
  /** The session and the pieces, together: the owner's home. */
  readonly #home: LatestLoad<[focus: boolean], Home>;
  readonly #options: SessionFlowOptions;

  constructor(host: Host, options: SessionFlowOptions) {
    this.#options = options;
    this.#session = new WidgetState<Received<OwnerSession> | undefined>(host, undefined);
    this.#pieces = new WidgetState<ReadonlyArray<Received<OwnedPiece>>>(host, []);
    const { views } = options;
    this.#home = new LatestLoad(host, {
      load: (_args: [focus: boolean], signal) => {
        const api = options.api();
        return Promise.all([api.session.get({ signal }), api.pieces.list({ signal })]);
      },
      onLoaded: ([session, list], [focus]) => {
        const firstSignIn = this.#session.value === undefined;
        this.#session.value = session;
        this.#pieces.value = list.pieces;
        options.clearProblem();
        const resume = this.#resume;
        this.#resume = undefined;
        if (resume) {
          void views.openPiece(resume.serial, resume.report);
          return;
        }
        views.show({ kind: 'pieces' });
        if (focus || !firstSignIn) void focusAfterUpdate(host, '#pieces-title');
      },
      onFailed: (error, [focus]) => {
        const problem = problemOf(error);
        if (problem.kind === 'session-ended') {
          // Nobody signed in in this browser yet: the sign-in form is the start, nothing went wrong.
          if (this.#session.value) this.ended();
          else views.show({ kind: 'sign-in' });
          return;
        }
        options.showProblem(problem, () => void this.load(focus));
      },
    });
  }

  /** The owner signed in, once their home has loaded. */
  get session(): Received<OwnerSession> | undefined {
    return this.#session.value;
  }

  /** The pieces the owner holds. */
  get pieces(): ReadonlyArray<Received<OwnedPiece>> {
    return this.#pieces.value;
  }

  /**
   * Asks for the owner's home in a task of its own, unless the portal is no longer starting by then
   * or has left the page (`connection`): building the client and sending the request in the task
   * that evaluates the portal's code made that task long (issue 18). The answer takes longer anyway.
   */
  loadSoon(connection: AbortSignal): void {
    setTimeout(() => {
      if (!connection.aborted && this.#options.views.shown.kind === 'starting') void this.load(false);
    }, 0);
  }

  /** Loads the session and the pieces: the pieces are shown (`focus`: their heading takes the focus), or the view the owner was at. */
  async load(focus: boolean): Promise<void> {
    await this.#home.run(focus);
  }

  /** The owner signed in: the page is told and their home loaded afresh. */
  async signedIn(session: SignedIn): Promise<void> {
    this.#session.value = undefined;
    this.#options.signedIn(session);
    this.#options.views.show({ kind: 'starting' });
    await this.load(true);
  }

  /** A piece was reported: the list shows its new status. */
  reported(updated: Received<OwnedPieceDetail>): void {
    this.#pieces.value = this.#pieces.value.map((held) => (held.serial === updated.serial ? { ...held, status: updated.status } : held));
  }

  /** The session ended under the owner's feet: back to sign in, their address and what they were doing (`resume`) kept. */
  ended(resume?: Resume): void {
    this.#resume = resume ?? this.#resume;
    this.#options.restartSignIn(this.#session.value?.owner.email);
    this.#options.views.show({ kind: 'sign-in' });
    this.#options.showProblem({ kind: 'session-ended' });
  }

  async signOut(everywhere: boolean): Promise<void> {
    const { send, showProblem, pending, messages, signedOut } = this.#options;
    if (pending()) return;
    let alreadyEnded = false;
    const answer = await send({ everywhere }, (api, options) => api.session.signOut({ everywhere }, options), undefined, (error) => {
      const problem = problemOf(error);
      // A session that had already ended is as signed out as the owner wants.
      if (problem.kind === 'session-ended') alreadyEnded = true;
      else showProblem(problem, () => void this.signOut(everywhere));
    });
    if (!answer && !alreadyEnded) return;
    await this.forget(everywhere ? messages().signedOutEverywhere : messages().signedOut, () => signedOut(everywhere));
  }

  /** The owner is gone (signed out, or their account erased): nothing of theirs stays on the page; `notice` says so and `tell` tells the page. */
  async forget(notice: string, tell: () => void): Promise<void> {
    this.#session.value = undefined;
    this.#pieces.value = [];
    this.#options.views.piecePage?.forget();
    this.#resume = undefined;
    this.#options.restartSignIn();
    this.#options.views.show({ kind: 'sign-in' });
    const said = this.#options.say(notice);
    tell();
    await said;
  }
}
