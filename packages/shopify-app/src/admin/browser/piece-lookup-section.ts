/** Look a piece up by serial: the brand's record (the international warranty) and this shop's sale of it. */
import type { PieceResponse } from '../api-types.ts';
import { AdminApiError, adminApi } from './admin-api.ts';
import { byId, h } from './dom.ts';
import { clearFieldErrors, formValues, showFieldErrors, whileSubmitting } from './forms.ts';
import { itemStatus, warrantyStatus } from './wording.ts';

function describe({ piece, sale }: PieceResponse): string[] {
  const lines: string[] = [];
  if (piece) {
    lines.push(`${piece.model.name} (${piece.model.reference}), ${itemStatus(piece.status)}.`);
    const warranty = piece.warranty;
    lines.push(
      warranty
        ? `Warranty ${warrantyStatus(warranty.status)}, covered until ${warranty.coverageEnd}, owner in ${warranty.ownerCountry}${warranty.retailer ? `, sold by ${warranty.retailer.name}` : ''}.`
        : 'No warranty registered.',
    );
  } else {
    lines.push('The brand has no record of this piece.');
  }
  if (sale) {
    const buyer = `${sale.buyerName ?? 'a guest'}${sale.buyerEmail ? ` <${sale.buyerEmail}>` : ''}`;
    lines.push(`Sold in this shop: order ${sale.orderName} on ${sale.purchaseDate} to ${buyer}.`);
  }
  return lines;
}

export function mountPieceLookupSection(): void {
  const form = byId<HTMLFormElement>('lookup-form');
  const result = byId('lookup-result');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void whileSubmitting(form, async () => {
      const { serial = '' } = formValues(form);
      if (!serial) {
        showFieldErrors(form, new AdminApiError(422, { errors: [{ path: 'serial', code: 'required', message: 'Enter the serial engraved on the piece.' }] }), result);
        return;
      }
      result.textContent = `Looking ${serial} up…`;
      try {
        const found = await adminApi.get<PieceResponse>(`/pieces/${encodeURIComponent(serial)}`);
        clearFieldErrors(form);
        result.replaceChildren(...describe(found).map((line) => h('s-paragraph', {}, line)));
      } catch (error) {
        if (!(error instanceof AdminApiError)) throw error;
        if (error.code === 'unknown_serial' || error.code === 'shop_not_connected' || error.code === 'upstream_unavailable') {
          clearFieldErrors(form);
          result.textContent = error.message;
        } else {
          showFieldErrors(form, error, result);
        }
      }
    });
  });
}
