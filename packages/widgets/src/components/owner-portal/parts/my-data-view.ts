/** My data: download everything held about me, or erase my account after a confirmation that names what is lost. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { defineElement } from '../../../base/define.ts';
import { WidgetPart } from '../../../base/widget-part.ts';
import type { OwnerPortalMessages } from '../locales/en.ts';
import type { MyDataStep } from '../my-data-flow.ts';

/**
 * @fires download-data - The owner asks for their data.
 * @fires my-data-step - The owner opens or leaves the erasure's confirmation; `detail` is the step.
 * @fires erase-account - The owner confirmed the erasure.
 * @fires back-to-pieces - The owner goes back to their pieces.
 */
export class OwnerMyDataView extends WidgetPart<OwnerPortalMessages> {
  static override properties = { ...WidgetPart.properties, step: { attribute: false }, pending: { attribute: false } };

  declare step: MyDataStep;
  declare pending: boolean;

  #renderErasure(): TemplateResult {
    const m = this.messages;
    const losses = html`<p>${m.eraseIntro}</p>
      <ul class="losses">
        ${m.eraseLoses.map((loss) => html`<li>${loss}</li>`)}
      </ul>
      <p>${m.eraseKeeps}</p>`;
    if (this.step !== 'confirm-erase') {
      return html`<h3 part="subheading" id="erase-title" tabindex="-1">${m.eraseTitle}</h3>
        ${losses}
        <button part="button secondary-button" type="button" class="secondary erase" @click=${() => this.tell('my-data-step', 'confirm-erase')}>${m.eraseButton}</button>`;
    }
    return html`<div class="confirm" part="confirm" role="group" aria-labelledby="erase-title">
      <h3 part="subheading" id="erase-title" tabindex="-1">${m.eraseConfirmTitle}</h3>
      ${losses}
      <div class="row">
        <button part="button primary-button" type="button" ?disabled=${this.pending} @click=${() => this.tell('erase-account')}>${this.pending ? m.sending : m.eraseConfirmButton}</button>
        <button part="button secondary-button" type="button" class="secondary" ?disabled=${this.pending} @click=${() => this.tell('my-data-step', 'none')}>${m.back}</button>
      </div>
    </div>`;
  }

  protected override render(): TemplateResult {
    const m = this.messages;
    return html`<section class="account-view" aria-labelledby="my-data-title">
      <button part="button secondary-button" type="button" class="secondary back" @click=${() => this.tell('back-to-pieces')}>${m.backToPieces}</button>
      <h2 part="heading" id="my-data-title" tabindex="-1">${m.myDataTitle}</h2>
      <p>${m.myDataIntro}</p>
      <button part="button primary-button" type="button" ?disabled=${this.pending} @click=${() => this.tell('download-data')}>${m.downloadData}</button>
      ${this.#renderErasure()}
    </section>`;
  }
}

defineElement('atelier-owner-portal-my-data', OwnerMyDataView);
