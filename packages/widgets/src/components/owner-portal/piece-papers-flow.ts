/**
 * A piece's papers in the owner portal: its Documents (the signed resale dossier as a PDF or as
 * its JSON, and the owner's private calendar address: made, copied, renewed) and its Transfer (the
 * new owner named, the transfer pending until they confirm by e-mail, cancelled meanwhile). The
 * portal draws them under the piece (parts/piece-papers.ts) and lends its one submission controller
 * and alert (portal-flow.ts); what the client cannot serve (a page's own `client` without these
 * methods) is not drawn.
 */
import type { ReactiveControllerHost } from 'lit';
import { PieceTransferRequest, supportedLocales } from '@atelier/client/contract';
import type { PieceTransfer, Received } from '@atelier/client/contract';
import { WidgetState } from '../../base/widget-state.ts';
import { focusAfterUpdate } from '../../forms/error-summary.ts';
import { FormController, optionalText } from '../../forms/form-controller.ts';
import type { SelectOption } from '../../forms/fields.ts';
import type { DossierFormat, OwnerPortalClient } from './owner-portal-client.ts';
import type { PortalFlowHost } from './portal-flow.ts';
import { problemOf } from './portal-problems.ts';

/** What the owner's calendar address is known to be: not asked yet, none, made earlier (its address not shown again), or just made. */
export type CalendarFeedState = { kind: 'unknown' } | { kind: 'none' } | { kind: 'live'; createdAt: string } | { kind: 'shown'; url: string };

/** What the last action did, said once (a `role="status"` line). */
export type PapersOutcome =
  | { kind: 'downloaded'; file: string }
  | { kind: 'feed-created' }
  | { kind: 'feed-copied' }
  | { kind: 'copy-by-hand' }
  | { kind: 'transfer-sent'; email: string }
  | { kind: 'transfer-cancelled' };

export interface PiecePapersOptions extends PortalFlowHost {
  api: () => OwnerPortalClient;
  /** The page's language, the new owner's by default. */
  languageTag: () => string;
  signal: () => AbortSignal;
  /** The session ended: the portal asks the owner to sign in and comes back to the piece. */
  sessionEnded: (serial: string) => void;
}

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode; readonly updateComplete: Promise<unknown> };

/** The languages a new owner's e-mail may be written in, each named in the page's language. */
export function languageOptions(languageTag: string): SelectOption[] {
  const names = new Intl.DisplayNames([languageTag], { type: 'language', fallback: 'code' });
  return supportedLocales.map((locale) => ({ value: locale, label: names.of(locale) ?? locale }));
}

const downloadNames: Record<DossierFormat, (serial: string) => string> = {
  pdf: (serial) => `${serial}-dossier.pdf`,
  json: (serial) => `${serial}-dossier.json`,
};

export class PiecePapersFlow {
  readonly transferForm: FormController<PieceTransferRequest>;
  readonly #feed: WidgetState<CalendarFeedState>;
  readonly #transfer: WidgetState<Received<PieceTransfer> | null | undefined>;
  readonly #transferFormOpen: WidgetState<boolean>;
  readonly #outcome: WidgetState<PapersOutcome | undefined>;
  readonly #downloading: WidgetState<DossierFormat | undefined>;
  readonly #host: Host;
  readonly #options: PiecePapersOptions;
  #serial: string | undefined;
  #summaryShown = false;

  constructor(host: Host, options: PiecePapersOptions) {
    this.#host = host;
    this.#options = options;
    this.#feed = new WidgetState<CalendarFeedState>(host, { kind: 'unknown' });
    this.#transfer = new WidgetState<Received<PieceTransfer> | null | undefined>(host, undefined);
    this.#transferFormOpen = new WidgetState(host, false);
    this.#outcome = new WidgetState<PapersOutcome | undefined>(host, undefined);
    this.#downloading = new WidgetState<DossierFormat | undefined>(host, undefined);
    this.transferForm = new FormController(host, {
      schema: PieceTransferRequest,
      toRequest: (values) =>
        ({
          kind: optionalText(values, 'kind'),
          newOwner: { name: optionalText(values, 'newOwner.name'), email: optionalText(values, 'newOwner.email'), language: optionalText(values, 'newOwner.language') },
        }) as PieceTransferRequest,
      initialValues: { kind: 'sale' },
    });
  }

  get feed(): CalendarFeedState {
    return this.#feed.value;
  }

  get transfer(): Received<PieceTransfer> | null | undefined {
    return this.#transfer.value;
  }

  get transferFormOpen(): boolean {
    return this.#transferFormOpen.value;
  }

  get outcome(): PapersOutcome | undefined {
    return this.#outcome.value;
  }

  get downloading(): DossierFormat | undefined {
    return this.#downloading.value;
  }

  get summaryShown(): boolean {
    return this.#summaryShown;
  }

  /** Which sections the client can serve. */
  get serves(): { dossier: boolean; calendar: boolean; transfer: boolean } {
    const api = this.#options.api();
    return { dossier: Boolean(api.documents), calendar: Boolean(api.calendarFeed), transfer: Boolean(api.transfers) };
  }

  /** Another piece is shown: what is known of the calendar stays (it is the owner's), the rest is read again. */
  async open(serial: string): Promise<void> {
    this.#serial = serial;
    this.#transfer.value = undefined;
    this.#transferFormOpen.value = false;
    this.#outcome.value = undefined;
    this.#summaryShown = false;
    const api = this.#options.api();
    const signal = this.#options.signal();
    // What the sections show first; a failure here leaves them at their start (buttons still work), the piece itself is shown.
    await Promise.all([
      api.transfers
        ?.get(serial, { signal })
        .then((answer) => {
          if (this.#serial === serial) this.#transfer.value = answer.transfer;
        })
        .catch(() => undefined),
      this.#feed.value.kind === 'unknown'
        ? api.calendarFeed
            ?.get({ signal })
            .then((answer) => {
              if (this.#feed.value.kind === 'unknown') this.#feed.value = answer.feed ? { kind: 'live', createdAt: answer.feed.createdAt } : { kind: 'none' };
            })
            .catch(() => undefined)
        : undefined,
    ]);
  }

  /** The portal signed out: nothing of this owner is kept. */
  forget(): void {
    this.#serial = undefined;
    this.#feed.value = { kind: 'unknown' };
    this.#transfer.value = undefined;
    this.#transferFormOpen.value = false;
    this.#outcome.value = undefined;
  }

  #failed(serial: string, retry: () => void): (error: unknown) => void {
    return (error) => {
      const problem = problemOf(error);
      if (problem.kind === 'session-ended') this.#options.sessionEnded(serial);
      else this.#options.showProblem(problem, retry);
    };
  }

  /** Fetches the dossier as `format` and hands it to the browser as a download. */
  async download(format: DossierFormat): Promise<void> {
    const serial = this.#serial;
    const documents = this.#options.api().documents;
    if (!serial || !documents || this.#downloading.value) return;
    this.#outcome.value = undefined;
    this.#downloading.value = format;
    let file: Blob;
    try {
      file = await documents.dossierFile(serial, format, { signal: this.#options.signal() });
    } catch (error) {
      if (!this.#options.signal().aborted) this.#failed(serial, () => void this.download(format))(error);
      return;
    } finally {
      this.#downloading.value = undefined;
    }
    const name = downloadNames[format](serial);
    const url = URL.createObjectURL(file);
    const link = Object.assign(document.createElement('a'), { href: url, download: name });
    link.click();
    // The browser has taken the file once the click is handled.
    setTimeout(() => URL.revokeObjectURL(url), 0);
    this.#outcome.value = { kind: 'downloaded', file: name };
  }

  /** Makes a new calendar address (stopping the earlier one) and shows it. */
  async createFeed(): Promise<void> {
    const serial = this.#serial;
    if (!serial || this.#options.pending()) return;
    this.#outcome.value = undefined;
    const created = await this.#options.send(
      { calendarFeed: this.#feed.value.kind },
      (api, options) => api.calendarFeed!.create(options),
      undefined,
      this.#failed(serial, () => void this.createFeed()),
    );
    if (!created) return;
    this.#feed.value = { kind: 'shown', url: created.url };
    this.#outcome.value = { kind: 'feed-created' };
    await focusAfterUpdate(this.#host, '#calendar-feed-url');
  }

  /** Copies the shown address; where the page may not write the clipboard, selects it for the owner to copy. */
  async copyFeed(): Promise<void> {
    const feed = this.#feed.value;
    if (feed.kind !== 'shown') return;
    try {
      await navigator.clipboard.writeText(feed.url);
      this.#outcome.value = { kind: 'feed-copied' };
    } catch {
      const input = this.#host.renderRoot.querySelector<HTMLInputElement>('#calendar-feed-url');
      input?.focus();
      input?.select();
      this.#outcome.value = { kind: 'copy-by-hand' };
    }
  }

  async openTransferForm(open: boolean): Promise<void> {
    this.#outcome.value = undefined;
    if (open && this.transferForm.string('newOwner.language') === '') {
      const tag = this.#options.languageTag();
      this.transferForm.set('newOwner.language', (supportedLocales as readonly string[]).includes(tag) ? tag : 'en');
    }
    this.#transferFormOpen.value = open;
    this.#summaryShown = false;
    await focusAfterUpdate(this.#host, open ? '#field-kind' : '#transfer-title');
  }

  /** Sends the transfer: the new owner is e-mailed; the piece shows it pending. */
  async startTransfer(): Promise<void> {
    const serial = this.#serial;
    if (!serial || this.#options.pending()) return;
    const attempt = this.transferForm.attemptSubmit();
    // From the first submit on, the summary lists what is wrong: the contract's errors now, the server's if it names a field.
    this.#summaryShown = true;
    if (!attempt.ok) {
      this.#host.requestUpdate();
      await focusAfterUpdate(this.#host, '.summary');
      return;
    }
    const request = attempt.request;
    const started = await this.#options.send(
      { serial, transfer: request },
      (api, options) => api.transfers!.start(serial, request, options),
      this.transferForm,
      this.#failed(serial, () => void this.startTransfer()),
    );
    if (!started) return;
    this.#transfer.value = started;
    this.#transferFormOpen.value = false;
    this.#outcome.value = { kind: 'transfer-sent', email: started.newOwner.email };
    await focusAfterUpdate(this.#host, '.papers-outcome');
  }

  /** Cancels the pending transfer: the new owner's link stops working. */
  async cancelTransfer(): Promise<void> {
    const serial = this.#serial;
    if (!serial || this.#options.pending()) return;
    const answer = await this.#options.send(
      { serial, cancelTransfer: true },
      (api, options) => api.transfers!.cancel(serial, options),
      undefined,
      this.#failed(serial, () => void this.cancelTransfer()),
    );
    if (!answer) return;
    this.#transfer.value = null;
    this.#outcome.value = { kind: 'transfer-cancelled' };
    await focusAfterUpdate(this.#host, '.papers-outcome');
  }
}
