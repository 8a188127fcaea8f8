/**
 * Which view the owner portal shows, and going to each: its own module so that the portal's
 * element only draws the view shown. A piece's page, the account's pages and "From the brand" are
 * chunks of their own, imported here when the owner first goes there (lazy-view.ts): the portal's
 * first render evaluates only the sign-in and the pieces. Only their types are imported
 * statically, so none of their code joins the portal's chunk.
 */
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { WidgetState } from '../../base/widget-state.ts';
import { focusAfterUpdate } from '../../forms/error-summary.ts';
import type { AccountFlow, AccountFlowOptions, AccountSection } from './account-flow.ts';
import type { FromTheBrandFlow, FromTheBrandOptions } from './from-the-brand-flow.ts';
import { LazyView } from './lazy-view.ts';
import type { PiecePageFlow, PiecePageOptions } from './piece-page-flow.ts';
import type { PortalViewHost } from './portal-flow.ts';
import { problemOf } from './portal-problems.ts';
import type { ReportStep } from './parts/piece-view.ts';

export type View = { kind: 'starting' } | { kind: 'sign-in' } | { kind: 'pieces' } | { kind: 'piece'; serial: string } | { kind: AccountSection } | { kind: 'from-the-brand' };

export interface PortalViewsOptions extends Pick<PortalViewHost, 'showProblem' | 'clearProblem'> {
  /** Takes the portal's notice away: the owner moved on. */
  clearNotice: () => void;
  /** What a piece's page is built with, but for what the views answer themselves (which view is shown, back to the pieces). */
  piecePage: () => Omit<PiecePageOptions, 'shown' | 'backToPieces'>;
  /** What the account's pages are built with, but for going back to the pieces. */
  account: () => Omit<AccountFlowOptions, 'backToPieces'>;
  /** What "From the brand" is built with, but for going back to the pieces. */
  fromTheBrand: () => Omit<FromTheBrandOptions, 'backToPieces'>;
}

/** A view drawn by a flow of its own chunk; the account's flow draws the page `kind` names. */
interface ChunkView {
  render(kind: View['kind']): TemplateResult;
}

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode; readonly updateComplete: Promise<unknown>; requestUpdate(): void };

export class PortalViews {
  readonly #shown: WidgetState<View>;
  readonly #piecePage: LazyView<PiecePageFlow>;
  readonly #account: LazyView<AccountFlow>;
  readonly #fromTheBrand: LazyView<FromTheBrandFlow>;
  readonly #host: Host;
  readonly #options: PortalViewsOptions;

  constructor(host: Host, options: PortalViewsOptions) {
    this.#host = host;
    this.#options = options;
    this.#shown = new WidgetState<View>(host, { kind: 'starting' });
    const backToPieces = (): void => void this.backToPieces();
    this.#piecePage = new LazyView(async () => {
      const { PiecePageFlow } = await import('./piece-page-flow.ts');
      return new PiecePageFlow(host, { ...options.piecePage(), shown: (serial) => this.show({ kind: 'piece', serial }), backToPieces });
    });
    this.#account = new LazyView(async () => {
      const { AccountFlow } = await import('./account-flow.ts');
      return new AccountFlow(host, { ...options.account(), backToPieces });
    });
    this.#fromTheBrand = new LazyView(async () => {
      const { FromTheBrandFlow } = await import('./from-the-brand-flow.ts');
      return new FromTheBrandFlow(host, { ...options.fromTheBrand(), backToPieces });
    });
  }

  /** The view shown. */
  get shown(): View {
    return this.#shown.value;
  }

  show(view: View): void {
    this.#shown.value = view;
  }

  /** A piece's page, once its code is here. */
  get piecePage(): PiecePageFlow | undefined {
    return this.#piecePage.ready;
  }

  /** Whether the view shown waits for its code (it says it is loading then). */
  awaitingCode(): boolean {
    const lazy = this.#lazyShown();
    return lazy !== undefined && lazy.ready === undefined;
  }

  /** The view shown as its flow draws it, or `undefined` when it is the portal's own or its code is on its way. */
  render(): TemplateResult | undefined {
    return this.#lazyShown()?.ready?.render(this.#shown.value.kind);
  }

  /** Opens a piece's page (read afresh), at `report`'s step. */
  async openPiece(serial: string, report: ReportStep = 'none'): Promise<void> {
    this.#options.clearProblem();
    let page = this.#piecePage.ready;
    if (!page) {
      this.#shown.value = { kind: 'piece', serial };
      page = await this.#codeOf(this.#piecePage, () => void this.openPiece(serial, report));
    }
    await page?.open(serial, report);
  }

  /** Opens the owner's preferences (read afresh), their data or their passkeys. */
  async openSection(section: AccountSection): Promise<void> {
    this.#options.clearProblem();
    this.#options.clearNotice();
    this.#shown.value = { kind: section };
    const account = this.#account.ready ?? (await this.#codeOf(this.#account, () => void this.openSection(section)));
    await account?.open(section);
  }

  /** Opens the brand's invitations and news (read afresh). */
  async openFromTheBrand(): Promise<void> {
    this.#options.clearProblem();
    this.#shown.value = { kind: 'from-the-brand' };
    const fromTheBrand = this.#fromTheBrand.ready ?? (await this.#codeOf(this.#fromTheBrand, () => void this.openFromTheBrand()));
    await fromTheBrand?.open();
  }

  async backToPieces(): Promise<void> {
    this.#piecePage.ready?.leave();
    this.#options.clearProblem();
    this.#shown.value = { kind: 'pieces' };
    await focusAfterUpdate(this.#host, '#pieces-title');
  }

  /** The view shown when it is one of the chunks of its own, its code here or not. */
  #lazyShown(): LazyView<ChunkView> | undefined {
    const kind = this.#shown.value.kind;
    return kind === 'piece' ? this.#piecePage : kind === 'from-the-brand' ? this.#fromTheBrand : kind === 'preferences' || kind === 'my-data' || kind === 'passkeys' ? this.#account : undefined;
  }

  /**
   * The code of the view just shown, loaded if need be (the view says it is loading meanwhile), or
   * `undefined`: the owner went elsewhere meanwhile, or it could not be loaded and the portal's alert
   * says "check your connection", its retry trying again.
   */
  async #codeOf<Flow>(lazy: LazyView<Flow>, retry: () => void): Promise<Flow | undefined> {
    const view = this.#shown.value;
    try {
      const loaded = await lazy.load();
      if (this.#shown.value !== view) return undefined;
      // Drawn now in place of "Loading", even when opening it changes none of the view's state.
      this.#host.requestUpdate();
      return loaded;
    } catch (error) {
      if (this.#shown.value === view) this.#options.showProblem(problemOf(error), retry);
      return undefined;
    }
  }
}
