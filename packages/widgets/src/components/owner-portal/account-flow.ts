/**
 * The owner's account pages, opened from the account bar: their preferences with the profile
 * shares under them (preferences-flow.ts, profile-shares-flow.ts), their data (my-data-flow.ts)
 * and their passkeys (passkeys-flow.ts),
 * drawn by the parts of the same names.
 */
import { html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { Passkey, Received } from '@atelier/client/contract';
import type { FormController } from '../../forms/form-controller.ts';
import { MyDataFlow } from './my-data-flow.ts';
import type { MyDataStep } from './my-data-flow.ts';
import type { PasskeyCeremony } from './passkey-ceremony.ts';
import { PasskeysFlow } from './passkeys-flow.ts';
import type { PortalViewHost } from './portal-flow.ts';
import { PreferencesFlow } from './preferences-flow.ts';
import { ProfileSharesFlow } from './profile-shares-flow.ts';
import type { ShareChange } from './parts/profile-shares-view.ts';
import './parts/preferences-view.ts';
import './parts/my-data-view.ts';
import './parts/profile-shares-view.ts';
import './parts/passkeys-view.ts';

/** The owner's account pages, opened from the account bar. */
export type AccountSection = 'preferences' | 'my-data' | 'passkeys';

export interface AccountFlowOptions extends PortalViewHost {
  /** Checks a form against the contract: its request, or `undefined` with the error summary focused. */
  attempt: <Request>(form: FormController<Request>) => Request | undefined;
  /** Whether the error summary of the form shown is drawn. */
  summaryShown: () => boolean;
  /** The session ended: the portal asks the owner to sign in again. */
  sessionEnded: () => void;
  /** Says what was done, where the owner's screen reader and focus find it. */
  say: (message: string) => void;
  /** The account is erased (at `erasedAt`): the portal forgets the owner. */
  erased: (erasedAt: string) => void;
  backToPieces: () => void;
  /** The browser's passkey prompts. */
  ceremony: () => PasskeyCeremony;
}

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode; requestUpdate(): void };

export class AccountFlow {
  readonly #preferences: PreferencesFlow;
  readonly #shares: ProfileSharesFlow;
  readonly #myData: MyDataFlow;
  readonly #passkeys: PasskeysFlow;
  readonly #host: Host;
  readonly #options: AccountFlowOptions;

  constructor(host: Host, options: AccountFlowOptions) {
    this.#host = host;
    this.#options = options;
    this.#preferences = new PreferencesFlow(host, { ...options, saved: (message) => options.say(message) });
    this.#shares = new ProfileSharesFlow(host, {
      ...options,
      changed: (name, shared) => options.say(shared ? options.messages().profileShared(name) : options.messages().profileUnshared(name)),
    });
    this.#myData = new MyDataFlow(host, { ...options, downloaded: () => options.say(options.messages().dataDownloaded) });
    this.#passkeys = new PasskeysFlow(host, {
      ...options,
      changed: (passkey, added) => options.say(added ? options.messages().passkeys.addedNotice(passkey.deviceLabel) : options.messages().passkeys.removedNotice(passkey.deviceLabel)),
    });
  }

  /** Whether the client reaches the owner's passkeys (a `client` given without them does not). */
  passkeysAvailable(): boolean {
    return this.#options.api().passkeys !== undefined;
  }

  /** Reads the owner's preferences or passkeys afresh, or shows their data's first step. */
  async open(section: AccountSection): Promise<void> {
    if (section === 'passkeys') await this.#passkeys.load(this.#options.api(), this.#options.signal());
    else if (section === 'preferences') {
      const api = this.#options.api();
      const signal = this.#options.signal();
      await Promise.all([this.#preferences.load(api, signal), this.#shares.load(api, signal)]);
    } else await this.#myData.move('none');
  }

  render(section: AccountSection): TemplateResult {
    const m = this.#options.messages();
    const pending = this.#options.pending();
    if (section === 'passkeys') return this.#renderPasskeys();
    if (section === 'my-data') {
      const myData = this.#myData;
      return html`<atelier-owner-portal-my-data
        .messages=${m}
        .step=${myData.step}
        .pending=${pending}
        @download-data=${() => void myData.download()}
        @my-data-step=${(event: CustomEvent<MyDataStep>) => void myData.move(event.detail)}
        @erase-account=${() => void myData.erase()}
        @back-to-pieces=${() => this.#options.backToPieces()}
      ></atelier-owner-portal-my-data>`;
    }
    const preferences = this.#preferences;
    return html`<atelier-owner-portal-preferences
        .messages=${m}
        .preferences=${preferences.preferences}
        .context=${this.#options.fieldContext(preferences.form as FormController<unknown>)}
        .pending=${pending}
        .summaryShown=${this.#options.summaryShown()}
        @save-preferences=${() => void preferences.save()}
        @back-to-pieces=${() => this.#options.backToPieces()}
      ></atelier-owner-portal-preferences>
      ${this.#renderShares()}`;
  }

  #renderPasskeys(): TemplateResult {
    const passkeys = this.#passkeys;
    return html`<atelier-owner-portal-passkeys
      .messages=${this.#options.messages()}
      .list=${passkeys.list}
      .addable=${passkeys.addable}
      .supported=${this.#options.ceremony().supported()}
      .deviceLabel=${passkeys.deviceLabel}
      .pending=${this.#options.pending()}
      @device-label=${(event: CustomEvent<string>) => {
        passkeys.deviceLabel = event.detail;
        this.#host.requestUpdate();
      }}
      @add-passkey=${() => void passkeys.add()}
      @remove-passkey=${(event: CustomEvent<Received<Passkey>>) => void passkeys.remove(event.detail)}
      @back-to-pieces=${() => this.#options.backToPieces()}
    ></atelier-owner-portal-passkeys>`;
  }

  /** Under the preferences: sharing the profile with the brand's retailers, once read. */
  #renderShares(): TemplateResult | typeof nothing {
    const shares = this.#shares.shares;
    if (!shares || !this.#preferences.preferences) return nothing;
    const api = () => this.#options.api();
    return html`<atelier-owner-portal-shares
      .messages=${this.#options.messages()}
      .shares=${shares}
      .pending=${this.#options.pending()}
      @share-profile=${(event: CustomEvent<ShareChange>) => void this.#shares.share(api(), event.detail.retailerId!, event.detail.retailerName)}
      @revoke-share=${(event: CustomEvent<ShareChange>) => void this.#shares.revoke(api(), event.detail.shareId!, event.detail.retailerName)}
    ></atelier-owner-portal-shares>`;
  }
}
