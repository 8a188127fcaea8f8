/** The brand's retailers with, for each, whether the owner shares their profile with it, and the way to share or stop; then the shares that ended. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { MyProfileShares, Received } from '@atelier/client/contract';
import { defineElement } from '../../../base/define.ts';
import { WidgetPart } from '../../../base/widget-part.ts';
import type { OwnerPortalMessages } from '../locales/en.ts';
import { countryName } from '../piece-facts.ts';

/** What a share or a revocation names: the share (to revoke) or the retailer (to share with), and its name for the notice. */
export interface ShareChange {
  retailerId?: string;
  shareId?: string;
  retailerName: string;
}

/**
 * @fires share-profile - The owner shares their profile with a retailer; `detail` is a `ShareChange` with `retailerId`.
 * @fires revoke-share - The owner stops sharing; `detail` is a `ShareChange` with `shareId`.
 */
export class OwnerProfileSharesView extends WidgetPart<OwnerPortalMessages> {
  static override properties = { ...WidgetPart.properties, shares: { attribute: false }, pending: { attribute: false } };

  declare shares: Received<MyProfileShares>;
  declare pending: boolean;

  #date(at: string): string {
    return new Intl.DateTimeFormat(this.messages.languageTag, { dateStyle: 'long' }).format(new Date(at));
  }

  protected override render(): TemplateResult {
    const m = this.messages;
    const { retailers, shares } = this.shares;
    const ended = shares.filter((share) => share.revokedAt !== null);
    return html`<section class="shares" aria-labelledby="shares-title">
      <h3 part="subheading" id="shares-title">${m.sharesTitle}</h3>
      <p>${m.sharesIntro}</p>
      <ul class="pieces">
        ${retailers.map((retailer) => {
          const open = shares.find((share) => share.retailer.id === retailer.id && share.revokedAt === null);
          const place = m.retailerPlace(retailer.name, retailer.city, countryName(m, retailer.country));
          return html`<li class="piece" part="piece">
            <p>${place}${retailer.retailerOfRecord ? html` <span class="reference">(${m.retailerOfRecordTag})</span>` : nothing}</p>
            ${open
              ? html`<p class="hint" part="hint">${m.sharedSince(this.#date(open.sharedAt))}</p>
                  <button part="button secondary-button" type="button" class="secondary" ?disabled=${this.pending} @click=${() => this.tell<ShareChange>('revoke-share', { shareId: open.id, retailerName: retailer.name })}>
                    ${m.stopSharing(retailer.name)}
                  </button>`
              : html`<button part="button secondary-button" type="button" class="secondary" ?disabled=${this.pending} @click=${() => this.tell<ShareChange>('share-profile', { retailerId: retailer.id, retailerName: retailer.name })}>
                  ${m.shareWith(retailer.name)}
                </button>`}
          </li>`;
        })}
      </ul>
      ${ended.length === 0
        ? nothing
        : html`<h4 id="past-shares-title">${m.pastShares}</h4>
            <ul aria-labelledby="past-shares-title">
              ${ended.map((share) => html`<li>${m.sharedFromTo(share.retailer.name, this.#date(share.sharedAt), this.#date(share.revokedAt!))}</li>`)}
            </ul>`}
    </section>`;
  }
}

defineElement('atelier-owner-portal-shares', OwnerProfileSharesView);
