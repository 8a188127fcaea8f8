/** My pieces: every piece the owner holds, each with its facts and the way into its history. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { OwnedPiece, Received } from '@atelier/client/contract';
import { defineElement } from '../../../base/define.ts';
import { WidgetPart } from '../../../base/widget-part.ts';
import type { OwnerPortalMessages } from '../locales/en.ts';
import { pieceFacts } from '../piece-facts.ts';

/** @fires open-piece - The owner opens a piece's history; `detail` is its serial. */
export class OwnerPieceList extends WidgetPart<OwnerPortalMessages> {
  static override properties = { ...WidgetPart.properties, pieces: { attribute: false } };

  declare pieces: ReadonlyArray<Received<OwnedPiece>>;

  protected override render(): TemplateResult {
    const m = this.messages;
    return html`<h2 part="heading" id="pieces-title" tabindex="-1">${m.piecesTitle}</h2>
      ${this.pieces.length === 0
        ? html`<p class="empty">${m.noPieces}</p>`
        : html`<ul class="pieces" aria-labelledby="pieces-title">
            ${this.pieces.map(
              (piece) => html`<li class="piece" part="piece">
                <h3 part="subheading">${piece.model.name} <span class="reference">${piece.model.reference}</span></h3>
                ${pieceFacts(m, piece)}
                <button part="button primary-button" type="button" @click=${() => this.tell('open-piece', piece.serial)}>${m.openPiece(piece.model.name, piece.serial)}</button>
              </li>`,
            )}
          </ul>`}`;
  }
}

defineElement('atelier-owner-portal-pieces', OwnerPieceList);
