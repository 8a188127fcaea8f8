/**
 * "My data" in the portal: the owner downloads everything held about them (a JSON file made in the
 * page from the API's answer, so the session cookie never has to travel in a link), or erases their
 * account after a confirmation that names what is lost.
 */
import type { ReactiveControllerHost } from 'lit';
import { WidgetState } from '../../base/widget-state.ts';
import { focusAfterUpdate } from '../../forms/error-summary.ts';
import type { PortalFlowHost } from './portal-flow.ts';
import { clientPart } from './owner-portal-client.ts';
import { problemOf } from './portal-problems.ts';

/** Where the view stands: the two actions, or the erasure's confirmation. */
export type MyDataStep = 'none' | 'confirm-erase';

/** The file the export is saved as. */
export const myDataFileName = 'my-data.json';

export interface MyDataFlowOptions extends PortalFlowHost {
  /** The session ended: the portal asks the owner to sign in again. */
  sessionEnded: () => void;
  /** The file is saved: the portal says so. */
  downloaded: () => void;
  /** The account is erased (at `erasedAt`, the server's time): the portal forgets the owner and says so. */
  erased: (erasedAt: string) => void;
}

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };

/** Hands `data` to the browser as a file download, made in the page. */
function saveAsFile(data: unknown, fileName: string): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has started the download; the address is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export class MyDataFlow {
  readonly #step: WidgetState<MyDataStep>;
  readonly #host: Host;
  readonly #options: MyDataFlowOptions;

  constructor(host: Host, options: MyDataFlowOptions) {
    this.#host = host;
    this.#options = options;
    this.#step = new WidgetState<MyDataStep>(host, 'none');
  }

  get step(): MyDataStep {
    return this.#step.value;
  }

  #failed(error: unknown, retry: () => void): void {
    const problem = problemOf(error);
    if (problem.kind === 'session-ended') this.#options.sessionEnded();
    else this.#options.showProblem(problem, retry);
  }

  async move(step: MyDataStep): Promise<void> {
    this.#step.value = step;
    await focusAfterUpdate(this.#host, step === 'confirm-erase' ? '#erase-title' : '#my-data-title');
  }

  async download(): Promise<void> {
    if (this.#options.pending()) return;
    const data = await this.#options.send({ export: true }, (api, options) => clientPart(api.myData, 'myData').export(options), undefined, (error) => this.#failed(error, () => void this.download()));
    if (!data) return;
    saveAsFile(data, myDataFileName);
    this.#options.downloaded();
  }

  async erase(): Promise<void> {
    if (this.#options.pending() || this.#step.value !== 'confirm-erase') return;
    const erased = await this.#options.send({ confirm: true }, (api, options) => clientPart(api.myData, 'myData').erase({ confirm: true }, options), undefined, (error) => this.#failed(error, () => void this.erase()));
    if (!erased) return;
    this.#step.value = 'none';
    this.#options.erased(erased.erasedAt);
  }
}
