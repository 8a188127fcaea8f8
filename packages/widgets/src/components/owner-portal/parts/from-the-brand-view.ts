/**
 * From the brand: the owner's invitations — what, when in the place's time and zone, where, their
 * answer and the two buttons to give or change it while the event has not started — and the
 * brand's news, newest first.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { MyBrandNewsItem, MyInvitation, Received } from '@atelier/client/contract';
import { defineElement } from '../../../base/define.ts';
import { timeZoneLabel } from '../../../base/time-zone-label.ts';
import { WidgetPart } from '../../../base/widget-part.ts';
import type { FromTheBrandState } from '../from-the-brand-flow.ts';
import type { OwnerPortalMessages } from '../locales/en.ts';
import { countryName } from '../piece-facts.ts';

/**
 * @fires back-to-pieces - The owner goes back to all their pieces.
 * @fires answer-invitation - The owner answers; `detail` is `{ invitationId, answer: 'yes' | 'no' }`.
 */
export class OwnerFromTheBrandView extends WidgetPart<OwnerPortalMessages> {
  static override properties = { ...WidgetPart.properties, state: { attribute: false }, pending: { attribute: false } };

  declare state: FromTheBrandState;
  /** An answer is being sent. */
  declare pending: boolean;

  #when(invitation: Received<MyInvitation>): string {
    const { at, timeZone } = invitation.startsAt;
    const tag = this.messages.languageTag;
    const moment = new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(new Date(at));
    return this.messages.fromTheBrand.atTime(moment, timeZoneLabel(timeZone, tag));
  }

  #where(invitation: Received<MyInvitation>): string {
    const { place } = invitation;
    return [place.name, place.address?.replace(/\s*\n\s*/g, ', '), `${place.city}, ${countryName(this.messages, place.country)}`].filter(Boolean).join(', ');
  }

  #outcome(invitation: Received<MyInvitation>): string {
    const words = this.messages.fromTheBrand;
    const { refused, answered } = this.state;
    if (refused?.invitationId === invitation.id) return refused.why === 'full' ? words.refusedFull : words.refusedClosed;
    if (answered === invitation.id) return invitation.answer === 'yes' ? words.thanksYes : words.thanksNo;
    return '';
  }

  #renderInvitation(invitation: Received<MyInvitation>): TemplateResult {
    const words = this.messages.fromTheBrand;
    const id = `invitation-${invitation.id}`;
    const answer = invitation.answer === 'yes' ? words.answeredYes : invitation.answer === 'no' ? words.answeredNo : words.notAnswered;
    const yesClosed = invitation.full && invitation.answer !== 'yes';
    const answerButton = (value: 'yes' | 'no', label: string, unavailable: boolean) =>
      html`<button
        part=${value === 'yes' ? 'button primary-button' : 'button secondary-button'}
        type="button"
        class=${value === 'yes' ? '' : 'secondary'}
        aria-pressed=${invitation.answer === value ? 'true' : 'false'}
        aria-describedby=${`${id}-answer`}
        ?disabled=${this.pending || unavailable}
        @click=${() => this.tell('answer-invitation', { invitationId: invitation.id, answer: value })}
      >
        ${label}
      </button>`;
    return html`<li class="piece" part="invitation" aria-labelledby=${`${id}-title`} lang=${invitation.language}>
      <h4 id=${`${id}-title`}>${invitation.title}</h4>
      <dl>
        <dt>${words.when}</dt>
        <dd>${this.#when(invitation)}</dd>
        <dt>${words.where}</dt>
        <dd>${this.#where(invitation)}</dd>
      </dl>
      ${invitation.description ? invitation.description.split(/\n\s*\n/).map((paragraph) => html`<p class="message-text">${paragraph}</p>`) : nothing}
      <p id=${`${id}-answer`} lang=${this.messages.languageTag}>${answer}${invitation.open && yesClosed ? ` ${words.full}` : ''}${invitation.open ? '' : ` ${words.closed}`}</p>
      ${invitation.open
        ? html`<div class="row" lang=${this.messages.languageTag}>${answerButton('yes', words.yes, yesClosed)} ${answerButton('no', words.no, false)}</div>`
        : nothing}
      <p id=${`${id}-outcome`} class="outcome" role="status" tabindex="-1" lang=${this.messages.languageTag}>${this.#outcome(invitation)}</p>
    </li>`;
  }

  #renderNews(item: Received<MyBrandNewsItem>): TemplateResult {
    const words = this.messages.fromTheBrand;
    const published = new Intl.DateTimeFormat(this.messages.languageTag, { dateStyle: 'long' }).format(new Date(item.publishedAt));
    return html`<li class="piece" part="news" aria-labelledby=${`news-${item.id}-title`} lang=${item.language}>
      <h4 id=${`news-${item.id}-title`}>${item.title}</h4>
      <p class="reference" lang=${this.messages.languageTag}><time datetime=${item.publishedAt}>${words.published(published)}</time></p>
      ${item.body.split(/\n\s*\n/).map((paragraph) => html`<p class="message-text">${paragraph}</p>`)}
      ${item.link ? html`<a part="button" href=${item.link} lang=${this.messages.languageTag}>${words.readMore(item.title)}</a>` : nothing}
    </li>`;
  }

  protected override render(): TemplateResult {
    const m = this.messages;
    const words = m.fromTheBrand;
    const { loaded, invitations, news } = this.state;
    return html`<div class="piece-view">
      <button part="button secondary-button" type="button" class="secondary" @click=${() => this.tell('back-to-pieces')}>${m.allPieces}</button>
      <h2 part="heading" id="brand-title" tabindex="-1">${words.title}</h2>
      ${loaded
        ? html`<section aria-labelledby="invitations-title">
              <h3 part="subheading" id="invitations-title">${words.invitationsTitle}</h3>
              ${invitations.length === 0 ? html`<p class="empty">${words.noInvitations}</p>` : html`<ul class="pieces">${invitations.map((invitation) => this.#renderInvitation(invitation))}</ul>`}
            </section>
            <section aria-labelledby="news-title">
              <h3 part="subheading" id="news-title">${words.newsTitle}</h3>
              ${news.length === 0 ? html`<p class="empty">${words.noNews}</p>` : html`<ul class="pieces">${news.map((item) => this.#renderNews(item))}</ul>`}
            </section>`
        : html`<p aria-busy="true">${words.loading}</p>`}
    </div>`;
  }
}

defineElement('atelier-owner-portal-from-the-brand', OwnerFromTheBrandView);
