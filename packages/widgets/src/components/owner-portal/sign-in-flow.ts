/**
 * The owner's sign-in as the portal runs it: their e-mail, then the code e-mailed to them, or the
 * e-mailed link, whose token is taken out of the address bar at once and exchanged here.
 */
import type { ReactiveControllerHost } from 'lit';
import { OwnerSignInRequest, OwnerSignInVerification, ownerSignInFragmentKey } from '@atelier/client/contract';
import { WidgetState } from '../../base/widget-state.ts';
import { takeFragmentParameter } from '../../base/url-fragment.ts';
import { focusAfterUpdate } from '../../forms/error-summary.ts';
import { fieldId } from '../../forms/field-id.ts';
import { FormController, optionalText } from '../../forms/form-controller.ts';
import type { OwnerPortalClient } from './owner-portal-client.ts';
import type { PortalFlowHost } from './portal-flow.ts';
import { problemOf } from './portal-problems.ts';
import { passkeyProblemOf } from './passkey-ceremony.ts';
import type { PasskeyCeremony } from './passkey-ceremony.ts';
import type { SignInStep } from './parts/sign-in-form.ts';

/** What a verified sign-in answers: the owner and the brand. */
export type SignedIn = Awaited<ReturnType<OwnerPortalClient['signIn']['verify']>>;

export interface SignInFlowOptions extends PortalFlowHost {
  /** Checks a form against the contract: its request, or `undefined` with the error summary focused. */
  attempt: <Request>(form: FormController<Request>) => Request | undefined;
  /** The e-mailed link is being exchanged: the portal says it is signing in. */
  linkOpened: () => void;
  /** The link could not sign the owner in (expired, used): the portal shows the sign-in form. */
  linkRefused: () => void;
  /** The owner is signed in: the portal loads their home. */
  signedIn: (session: SignedIn) => Promise<void>;
  /** The browser's passkey prompts. */
  ceremony: () => PasskeyCeremony;
}

/** The page the e-mailed link leads back to: this one, without its fragment. */
function thisPage(): string {
  return `${window.location.origin}${window.location.pathname}${window.location.search}`;
}

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };

export class OwnerSignInFlow {
  readonly emailForm: FormController<OwnerSignInRequest>;
  readonly codeForm: FormController<OwnerSignInVerification>;
  readonly #step: WidgetState<SignInStep>;
  readonly #host: Host;
  readonly #options: SignInFlowOptions;

  constructor(host: Host, options: SignInFlowOptions) {
    this.#host = host;
    this.#options = options;
    this.#step = new WidgetState<SignInStep>(host, { step: 'email' });
    this.emailForm = new FormController(host, {
      schema: OwnerSignInRequest,
      toRequest: (values) => ({ email: optionalText(values, 'email') as string }),
    });
    this.codeForm = new FormController(host, {
      schema: OwnerSignInVerification,
      toRequest: (values) => ({ email: this.emailForm.string('email').trim(), code: optionalText(values, 'code') }),
    });
  }

  get step(): SignInStep {
    return this.#step.value;
  }

  /** Takes the e-mailed link's token out of the address bar at once, then exchanges it. Answers whether there was one. */
  readonly fromLink = (): boolean => {
    const token = takeFragmentParameter(ownerSignInFragmentKey);
    if (token === undefined) return false;
    this.#options.linkOpened();
    void this.#verify({ token }, true);
    return true;
  };

  async sendCode(): Promise<void> {
    const attempt = this.#options.pending() ? undefined : this.#options.attempt(this.emailForm);
    if (!attempt) return;
    const request = { ...attempt, returnUrl: thisPage() };
    const accepted = await this.#options.send(request, (api, options) => api.signIn.request(request, options), this.emailForm, (error) =>
      this.#options.showProblem(problemOf(error), () => void this.sendCode()),
    );
    if (!accepted) return;
    this.#step.value = { step: 'code', email: attempt.email.trim(), minutes: accepted.codeLifetimeMinutes };
    this.codeForm.set('code', '');
    await focusAfterUpdate(this.#host, '#code-title');
  }

  async verifyCode(): Promise<void> {
    const attempt = this.#options.pending() ? undefined : this.#options.attempt(this.codeForm);
    if (attempt) await this.#verify(attempt, false);
  }

  /**
   * Signs in with one of the owner's passkeys for this site, nothing typed: the browser offers them.
   * Only where the client reaches passkeys (`passkeys`) and the browser has them.
   */
  async signInWithPasskey(): Promise<void> {
    if (this.#options.pending()) return;
    const ceremony = this.#options.ceremony();
    const session = await this.#options.send(
      { passkey: true },
      async (api, options) => {
        const passkeys = api.passkeys!;
        const response = await ceremony.authenticate(await passkeys.signInOptions(options));
        return passkeys.signIn({ response }, options);
      },
      undefined,
      (error) => this.#options.showProblem(passkeyProblemOf(error), () => void this.signInWithPasskey()),
    );
    if (session) await this.#options.signedIn(session);
  }

  /** Back to the e-mail, to type another address. */
  async otherAddress(): Promise<void> {
    this.#step.value = { step: 'email' };
    await focusAfterUpdate(this.#host, `#${fieldId('email')}`);
  }

  /** Back to the first step; `email` (the address of a session that ended) fills an empty field. */
  restart(email?: string): void {
    if (email && !this.emailForm.string('email')) this.emailForm.set('email', email);
    this.#step.value = { step: 'email' };
  }

  async #verify(request: OwnerSignInVerification, fromLink: boolean): Promise<void> {
    const session = await this.#options.send(request, (api, options) => api.signIn.verify(request, options), fromLink ? undefined : this.codeForm, (error) => {
      if (fromLink) this.#options.linkRefused();
      this.#options.showProblem(problemOf(error, fromLink), () => void this.#verify(request, fromLink));
    });
    if (!session) return;
    this.#step.value = { step: 'email' };
    this.codeForm.set('code', '');
    await this.#options.signedIn(session);
  }
}
