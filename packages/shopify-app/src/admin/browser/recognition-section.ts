/**
 * Recognise a client's piece ("recognise, don't reveal"): a serial typed, or a warranty card's QR
 * code scanned into the field, and the brand's answer — registered or not, warranty until, client
 * since, tier, next care due, the retailer of record (this shop or another) — the owner's contact
 * only when they shared it with this shop. A stolen or lost piece is said first, in a critical
 * banner, and nothing on its card is green. The brand records every lookup; the section says so.
 */
import type { RecognitionResponse } from '../api-types.ts';
import { AdminApiError, adminApi } from './admin-api.ts';
import { byId, h, type Child } from './dom.ts';
import { clearFieldErrors, formValues, showFieldErrors, whileSubmitting } from './forms.ts';
import { careAfter, clientTier, formatDay, recognisedWarranty } from './wording.ts';

type Recognition = RecognitionResponse['recognition'];

/** Codes whose remedy is the merchant's, under Brand connection. */
const connectionCodes = new Set(['shop_not_connected', 'retailer_key_required', 'retailer_key_refused']);

function fact(label: string, ...value: Child[]): HTMLElement {
  return h('s-list-item', {}, h('s-text', { type: 'strong' }, `${label}: `), ...value);
}

function standing(card: Recognition): HTMLElement {
  if (card.reportedMissing) return h('s-badge', { tone: 'critical' }, card.status === 'lost' ? 'Lost' : 'Stolen');
  return card.registered ? h('s-badge', { tone: 'success' }, 'Registered') : h('s-badge', { tone: 'neutral' }, 'Not registered');
}

function retailerOfRecord({ recognition: card, retailerOfRecordIsThisShop }: RecognitionResponse): string {
  const retailer = card.retailerOfRecord;
  if (!retailer) return 'None known';
  const where = `${retailer.name}, ${retailer.city} (${retailer.country})`;
  return retailerOfRecordIsThisShop ? `Your shop (${where})` : `${where}, another of the brand’s retailers`;
}

function contact(card: Recognition): Child[] {
  const shared = card.client?.contact;
  if (!shared) return ['Not shared with your shop.'];
  return [[shared.name, shared.email, shared.postalAddress].filter(Boolean).join(', '), ` (shared with your shop on ${formatDay(shared.sharedAt)})`];
}

function nextCare(card: Recognition): string {
  const care = card.nextCareDue;
  if (!care) return 'None: the piece was never sold.';
  const due = formatDay(care.date);
  const after = careAfter(care.after);
  return `${care.overdue ? `Overdue since ${due}` : due}${after ? `, ${after}` : ''}`;
}

function describe(answer: RecognitionResponse): HTMLElement[] {
  const card = answer.recognition;
  const parts: HTMLElement[] = [];
  if (card.reportedMissing) {
    parts.push(
      h(
        's-banner',
        { tone: 'critical', heading: card.status === 'lost' ? 'Reported lost' : 'Reported stolen' },
        h('s-paragraph', {}, 'Keep the piece if you safely can, say nothing to the person, and call the brand.'),
      ),
    );
  }
  parts.push(h('s-paragraph', {}, h('s-text', { type: 'strong' }, `${card.model.name} · ${card.serial}`), ' ', standing(card)));
  if (!card.registered && !card.reportedMissing) {
    parts.push(h('s-paragraph', {}, card.warranty?.status === 'pending_confirmation' ? 'Sold: the registration awaits the buyer’s confirmation by e-mail.' : 'This piece is not registered to an owner.'));
  }
  const facts = [
    fact('Model', `${card.model.name}, reference ${card.model.reference}, ${card.model.collection} collection`),
    fact('Warranty', card.warranty ? recognisedWarranty(card.warranty.status, card.warranty.validUntil) : 'None: the piece was never sold.'),
  ];
  if (card.client) facts.push(fact('Client since', String(card.client.clientSince)), fact('Tier', clientTier(card.client.tier)));
  facts.push(fact('Next care due', nextCare(card)), fact('Retailer of record', retailerOfRecord(answer)));
  if (card.client) facts.push(fact('Client’s contact', ...contact(card)));
  parts.push(h('s-unordered-list', {}, ...facts), h('s-paragraph', { color: 'subdued' }, 'The brand recorded this lookup.'));
  return parts;
}

export function mountRecognitionSection(): void {
  const form = byId<HTMLFormElement>('recognition-form');
  const result = byId('recognition-result');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void whileSubmitting(form, async () => {
      const { serial = '' } = formValues(form);
      if (!serial) {
        showFieldErrors(form, new AdminApiError(422, { errors: [{ path: 'serial', code: 'required', message: 'Enter the serial number engraved on the piece or printed on its warranty card.' }] }), result);
        return;
      }
      result.textContent = 'Asking the brand…';
      try {
        const answer = await adminApi.get<RecognitionResponse>(`/recognition?serial=${encodeURIComponent(serial)}`);
        clearFieldErrors(form);
        result.replaceChildren(...describe(answer));
        result.focus();
      } catch (error) {
        if (!(error instanceof AdminApiError)) throw error;
        if (error.fieldErrors.length > 0) {
          showFieldErrors(form, error, result);
          return;
        }
        clearFieldErrors(form);
        // Focus stays in the field, to correct the serial or try again; the result's status role announces why.
        result.replaceChildren(
          connectionCodes.has(error.code)
            ? h('s-banner', { tone: 'warning', heading: error.code === 'shop_not_connected' ? 'Not connected to the brand' : 'Your retailer key is needed' }, h('s-paragraph', {}, error.message))
            : h('s-paragraph', {}, error.message),
        );
      }
    });
  });
}
