/**
 * The owner's passkeys as the portal runs them (an account page, parts/passkeys-view.ts): the list
 * with whether this page may add one, adding one through the browser's prompt with the device's
 * name, and removing one. A refused prompt is said in the portal's alert.
 */
import type { ReactiveControllerHost } from 'lit';
import type { OwnerPasskeyList, Passkey, Received } from '@atelier/client/contract';
import { WidgetState } from '../../base/widget-state.ts';
import { focusAfterUpdate } from '../../forms/error-summary.ts';
import type { OwnerPortalClient } from './owner-portal-client.ts';
import type { PasskeyCeremony } from './passkey-ceremony.ts';
import { passkeyProblemOf } from './passkey-ceremony.ts';
import type { PortalFlowHost } from './portal-flow.ts';
import { problemOf } from './portal-problems.ts';

export interface PasskeysFlowOptions extends PortalFlowHost {
  ceremony: () => PasskeyCeremony;
  /** The session ended: the portal asks the owner to sign in again. */
  sessionEnded: () => void;
  /** A passkey was added (`true`) or removed: the portal says so. */
  changed: (passkey: Received<Passkey>, added: boolean) => void;
}

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };

export class PasskeysFlow {
  readonly #list: WidgetState<Received<OwnerPasskeyList> | undefined>;
  readonly #host: Host;
  readonly #options: PasskeysFlowOptions;
  /** What the owner calls the device they add a passkey on (optional). */
  deviceLabel = '';

  constructor(host: Host, options: PasskeysFlowOptions) {
    this.#host = host;
    this.#options = options;
    this.#list = new WidgetState<Received<OwnerPasskeyList> | undefined>(host, undefined);
  }

  /** The owner's passkeys as last read; undefined while loading. */
  get list(): Received<OwnerPasskeyList> | undefined {
    return this.#list.value;
  }

  /** Whether the owner can add a passkey here: the brand's site allows it and the browser has passkeys. */
  get addable(): boolean {
    return this.#list.value?.addableHere === true && this.#options.ceremony().supported();
  }

  #failed(error: unknown, retry: () => void): void {
    const problem = passkeyProblemOf(error);
    if (problem.kind === 'session-ended') this.#options.sessionEnded();
    else this.#options.showProblem(problem, retry);
  }

  async load(api: OwnerPortalClient, signal: AbortSignal): Promise<void> {
    this.#list.value = undefined;
    try {
      if (!api.passkeys) throw new TypeError("The owner portal's client has no `passkeys` methods.");
      this.#list.value = await api.passkeys.list({ signal });
      await focusAfterUpdate(this.#host, '#passkeys-title');
    } catch (error) {
      if (signal.aborted) return;
      const problem = problemOf(error);
      if (problem.kind === 'session-ended') this.#options.sessionEnded();
      else this.#options.showProblem(problem, () => void this.load(api, signal));
    }
  }

  async add(): Promise<void> {
    if (this.#options.pending() || !this.addable) return;
    const ceremony = this.#options.ceremony();
    const deviceLabel = this.deviceLabel.trim();
    const added = await this.#options.send(
      { deviceLabel },
      async (api, options) => {
        const passkeys = api.passkeys!;
        const response = await ceremony.register(await passkeys.registrationOptions(options));
        return passkeys.register(deviceLabel ? { response, deviceLabel } : { response }, options);
      },
      undefined,
      (error) => this.#failed(error, () => void this.add()),
    );
    if (!added) return;
    this.deviceLabel = '';
    const list = this.#list.value;
    if (list) this.#list.value = { ...list, passkeys: [...list.passkeys, added] };
    this.#options.changed(added, true);
  }

  async remove(passkey: Received<Passkey>): Promise<void> {
    if (this.#options.pending()) return;
    const removed = await this.#options.send(
      { remove: passkey.id },
      (api, options) => api.passkeys!.remove(passkey.id, options),
      undefined,
      (error) => this.#failed(error, () => void this.remove(passkey)),
    );
    if (!removed) return;
    const list = this.#list.value;
    if (list) this.#list.value = { ...list, passkeys: list.passkeys.filter((kept) => kept.id !== passkey.id) };
    this.#options.changed(removed, false);
  }
}
