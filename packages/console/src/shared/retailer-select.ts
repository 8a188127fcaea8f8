/**
 * The choice of one of the brand's retailers in a console form (the retailer a key acts for, the
 * retailer a manager is invited to): each shown with its city and country, the field's error in
 * place of its hint, the choice handed back on every change.
 */
import '@awesome.me/webawesome/dist/components/option/option.js';
import '@awesome.me/webawesome/dist/components/select/select.js';
import type WaSelect from '@awesome.me/webawesome/dist/components/select/select.js';
import { html, type TemplateResult } from 'lit';
import type { RetailerSummary } from '../people/people-client.ts';

export interface RetailerSelectOptions {
  label: string;
  placeholder: string;
  value: string;
  retailers: readonly RetailerSummary[];
  /** "Paris, FR": how a retailer's place reads in the console's language. */
  place: (city: string, country: string) => string;
  error?: string | undefined;
  onChange: (retailerId: string) => void;
}

export function renderRetailerSelect(options: RetailerSelectOptions): TemplateResult {
  return html`<wa-select
    name="retailerId"
    required
    label=${options.label}
    placeholder=${options.placeholder}
    class=${options.error ? 'field-error' : ''}
    hint=${options.error ?? ''}
    .value=${options.value}
    @change=${(event: Event) => options.onChange(String((event.target as WaSelect).value ?? ''))}
  >
    ${options.retailers.map((retailer) => html`<wa-option value=${retailer.id}>${retailer.name} — ${options.place(retailer.city, retailer.country)}</wa-option>`)}
  </wa-select>`;
}
