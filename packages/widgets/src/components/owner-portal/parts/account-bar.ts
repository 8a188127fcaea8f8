/** Who is signed in, with the two ways out: this browser, or every one. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { defineElement } from '../../../base/define.ts';
import { WidgetPart } from '../../../base/widget-part.ts';
import type { OwnerPortalMessages } from '../locales/en.ts';

/**
 * @fires sign-out - The owner signs out; `detail` is `true` to end every session of theirs.
 * @fires open-section - The owner opens their preferences, their data or their passkeys; `detail` is `preferences`, `my-data` or `passkeys`.
 */
export class OwnerAccountBar extends WidgetPart<OwnerPortalMessages> {
  static override properties = { ...WidgetPart.properties, name: { attribute: false }, pending: { attribute: false }, passkeys: { attribute: false } };

  declare name: string;
  /** A request is under way: signing out waits for it. */
  declare pending: boolean;
  /** The owner's passkeys are reachable: their page is offered. */
  declare passkeys: boolean;

  protected override render(): TemplateResult {
    const m = this.messages;
    return html`<div class="account" part="account">
      <p>${m.signedInAs(this.name)}</p>
      <div class="row">
        <button part="button secondary-button" type="button" class="secondary" ?disabled=${this.pending} @click=${() => this.tell('sign-out', false)}>${m.signOut}</button>
        <button part="button secondary-button" type="button" class="secondary" ?disabled=${this.pending} aria-describedby="everywhere-hint" @click=${() => this.tell('sign-out', true)}>
          ${m.signOutEverywhere}
        </button>
      </div>
      <p class="hint" part="hint" id="everywhere-hint">${m.signOutEverywhereHint}</p>
      <nav class="row" aria-label=${m.accountNavLabel}>
        <button part="button secondary-button" type="button" class="secondary" @click=${() => this.tell('open-section', 'preferences')}>${m.preferencesNav}</button>
        <button part="button secondary-button" type="button" class="secondary" @click=${() => this.tell('open-section', 'my-data')}>${m.myDataNav}</button>
        ${this.passkeys
          ? html`<button part="button secondary-button" type="button" class="secondary" @click=${() => this.tell('open-section', 'passkeys')}>${m.passkeys.nav}</button>`
          : nothing}
      </nav>
    </div>`;
  }
}

defineElement('atelier-owner-portal-account', OwnerAccountBar);
