/** The owner's sign-in: their e-mail, then the code from the e-mail (or the e-mailed link, which the widget exchanges itself). */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { defineElement } from '../../../base/define.ts';
import { WidgetPart } from '../../../base/widget-part.ts';
import { errorSummary } from '../../../forms/error-summary.ts';
import { textField } from '../../../forms/fields.ts';
import type { FieldContext } from '../../../forms/fields.ts';
import type { OwnerPortalMessages } from '../locales/en.ts';

/** Where the sign-in stands: the e-mail to type, or the code sent to it (valid `minutes`). */
export type SignInStep = { step: 'email' } | { step: 'code'; email: string; minutes: number };

/**
 * @fires send-code - The owner submitted their e-mail (or asks for a new code).
 * @fires verify-code - The owner submitted the code.
 * @fires other-address - The owner goes back to type another e-mail.
 * @fires passkey-sign-in - The owner signs in with a passkey instead.
 */
export class OwnerSignInForm extends WidgetPart<OwnerPortalMessages> {
  static override properties = {
    ...WidgetPart.properties,
    step: { attribute: false },
    emailContext: { attribute: false },
    codeContext: { attribute: false },
    busy: { attribute: false },
    summaryShown: { attribute: false },
    passkeyOffered: { attribute: false },
  };

  declare step: SignInStep;
  declare emailContext: FieldContext;
  declare codeContext: FieldContext;
  /** A request is under way. */
  declare busy: boolean;
  /** The error summary shows after a submit the contract refused. */
  declare summaryShown: boolean;
  /** The browser and the client can sign in with a passkey: the way is offered beside the e-mail. */
  declare passkeyOffered: boolean;

  #submit(event: Event, name: 'send-code' | 'verify-code'): void {
    event.preventDefault();
    this.tell(name);
  }

  #renderSummary(context: FieldContext, path: 'email' | 'code', label: string): TemplateResult | typeof nothing {
    if (!this.summaryShown) return nothing;
    const errors = context.form.visibleErrors([path]);
    const m = this.messages;
    return errorSummary(this, errors, {
      title: m.errorSummaryTitle(errors.length),
      labelSeparator: m.labelSeparator,
      labelOf: (errorPath) => (errorPath === path ? label : undefined),
      errorText: (error) => context.errorText(error),
    });
  }

  #renderEmailStep(): TemplateResult {
    const m = this.messages;
    return html`<h2 part="heading" id="sign-in-title" tabindex="-1"><slot name="heading">${m.signInTitle}</slot></h2>
      <slot name="intro"><p>${m.signInIntro}</p></slot>
      ${this.#renderSummary(this.emailContext, 'email', m.emailLabel)}
      <form part="form" novalidate aria-labelledby="sign-in-title" aria-busy=${this.busy ? 'true' : 'false'} @submit=${(event: Event) => this.#submit(event, 'send-code')}>
        ${textField(this.emailContext, 'email', m.emailLabel, { type: 'email', required: true, autocomplete: 'email' })}
        <button part="button primary-button" type="submit" ?disabled=${this.busy}>${this.busy ? m.sending : m.sendCode}</button>
      </form>
      ${this.passkeyOffered
        ? html`<p class="hint" part="hint" id="passkey-sign-in-hint">${m.passkeys.signInHint}</p>
            <button part="button secondary-button" type="button" class="secondary" aria-describedby="passkey-sign-in-hint" ?disabled=${this.busy} @click=${() => this.tell('passkey-sign-in')}>
              ${m.passkeys.signIn}
            </button>`
        : nothing}`;
  }

  #renderCodeStep(email: string, minutes: number): TemplateResult {
    const m = this.messages;
    return html`<h2 part="heading" id="code-title" tabindex="-1">${m.codeTitle}</h2>
      <p>${m.codeIntro(email, minutes)}</p>
      ${this.#renderSummary(this.codeContext, 'code', m.codeLabel)}
      <form part="form" novalidate aria-labelledby="code-title" aria-busy=${this.busy ? 'true' : 'false'} @submit=${(event: Event) => this.#submit(event, 'verify-code')}>
        ${textField(this.codeContext, 'code', m.codeLabel, { required: true, hint: m.codeHint, autocomplete: 'one-time-code', spellcheck: false })}
        <button part="button primary-button" type="submit" ?disabled=${this.busy}>${this.busy ? m.sending : m.signIn}</button>
      </form>
      <div class="row">
        <button part="button secondary-button" type="button" class="secondary" ?disabled=${this.busy} @click=${() => this.tell('send-code')}>${m.newCode}</button>
        <button part="button secondary-button" type="button" class="secondary" ?disabled=${this.busy} @click=${() => this.tell('other-address')}>${m.otherAddress}</button>
      </div>`;
  }

  protected override render(): TemplateResult {
    return this.step.step === 'code' ? this.#renderCodeStep(this.step.email, this.step.minutes) : this.#renderEmailStep();
  }
}

defineElement('atelier-owner-portal-sign-in', OwnerSignInForm);
