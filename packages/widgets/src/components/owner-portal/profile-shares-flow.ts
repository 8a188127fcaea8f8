/**
 * Sharing the owner's profile with a retailer of the brand, in the portal: the retailers (theirs of
 * record first) and the owner's shares, loaded with the preferences; a share names the owner to that
 * retailer when it looks their pieces up, and stops at once when revoked.
 */
import type { ReactiveControllerHost } from 'lit';
import type { MyProfileShares, Received } from '@atelier/client/contract';
import { WidgetState } from '../../base/widget-state.ts';
import { clientPart } from './owner-portal-client.ts';
import type { OwnerPortalClient } from './owner-portal-client.ts';
import type { PortalFlowHost } from './portal-flow.ts';
import { problemOf } from './portal-problems.ts';
import type { SendOptions } from '../../forms/submission.ts';

type SendAction = (api: OwnerPortalClient, options: SendOptions) => Promise<unknown>;

export interface ProfileSharesFlowOptions extends PortalFlowHost {
  /** The session ended: the portal asks the owner to sign in again. */
  sessionEnded: () => void;
  /** A share was made or revoked: the portal says so, naming the retailer. */
  changed: (retailerName: string, shared: boolean) => void;
}

export class ProfileSharesFlow {
  readonly #shares: WidgetState<Received<MyProfileShares> | undefined>;
  readonly #options: ProfileSharesFlowOptions;

  constructor(host: ReactiveControllerHost, options: ProfileSharesFlowOptions) {
    this.#options = options;
    this.#shares = new WidgetState<Received<MyProfileShares> | undefined>(host, undefined);
  }

  /** The retailers and the shares as last read; undefined while loading (or when the client has no such methods). */
  get shares(): Received<MyProfileShares> | undefined {
    return this.#shares.value;
  }

  #failed(error: unknown, retry: () => void): void {
    const problem = problemOf(error);
    if (problem.kind === 'session-ended') this.#options.sessionEnded();
    else this.#options.showProblem(problem, retry);
  }

  /** Reads the shares; a client without them leaves the section out rather than failing the view. */
  async load(api: OwnerPortalClient, signal: AbortSignal): Promise<void> {
    this.#shares.value = undefined;
    if (!api.profileShares) return;
    try {
      this.#shares.value = await api.profileShares.list({ signal });
    } catch (error) {
      if (!signal.aborted) this.#failed(error, () => void this.load(api, signal));
    }
  }

  /** Sends one share or revocation, then reads the list again (the server's times, the retailer's state). */
  async #change(api: OwnerPortalClient, retailerName: string, shared: boolean, action: SendAction, retry: () => void): Promise<void> {
    if (this.#options.pending()) return;
    const done = await this.#options.send({ retailerName, shared }, action, undefined, (error) => this.#failed(error, retry));
    if (done === undefined) return;
    try {
      this.#shares.value = await clientPart(api.profileShares, 'profileShares').list();
    } catch {
      // The change is made; the list shown is a moment old until the view is opened again.
    }
    this.#options.changed(retailerName, shared);
  }

  async share(api: OwnerPortalClient, retailerId: string, retailerName: string): Promise<void> {
    await this.#change(api, retailerName, true, (client, options) => clientPart(client.profileShares, 'profileShares').share({ retailerId }, options), () => void this.share(api, retailerId, retailerName));
  }

  async revoke(api: OwnerPortalClient, shareId: string, retailerName: string): Promise<void> {
    await this.#change(api, retailerName, false, (client, options) => clientPart(client.profileShares, 'profileShares').revoke(shareId, options), () => void this.revoke(api, shareId, retailerName));
  }
}
