/**
 * `setAtelierMessages`: a brand's words for every widget on the page, per locale, typed from the
 * widgets' English catalogs, so a misspelt key or a missing value of a function is a type error.
 *
 * ```ts
 * setAtelierMessages({ fr: { 'warranty-activation': { activationTitle: 'Enregistrez votre montre' } } });
 * ```
 * The CDN loader exports the same function (loader.ts) without loading any widget.
 */
import type { Locale } from '@atelier/client/contract';
import { storePageMessages } from './base/message-overrides.ts';
import type { MessageOverride } from './base/message-overrides.ts';
import type { OwnerPortalMessages } from './components/owner-portal/locales/en.ts';
import type { ProvenanceMessages } from './components/provenance/locales/en.ts';
import type { RepairBookingMessages } from './components/repair-booking/locales/en.ts';
import type { ServiceTrackerMessages } from './components/service-tracker/locales/en.ts';
import type { WarrantyActivationMessages } from './components/warranty-activation/locales/en.ts';

export type { LocalizedMessageOverrides, MessageOverride } from './base/message-overrides.ts';

/** Each widget's strings, by its tag without `atelier-`. */
export interface AtelierWidgetMessages {
  'warranty-activation': WarrantyActivationMessages;
  provenance: ProvenanceMessages;
  'repair-booking': RepairBookingMessages;
  'service-tracker': ServiceTrackerMessages;
  'owner-portal': OwnerPortalMessages;
}

/** The brand's words per locale, per widget. */
export type AtelierMessages = Partial<Record<Locale, { [Widget in keyof AtelierWidgetMessages]?: MessageOverride<AtelierWidgetMessages[Widget]> }>>;

/**
 * Lays the brand's words over the shipped ones in every widget on the page, now and later; a later
 * call adds to (and where they overlap, replaces) an earlier one's. A widget's own `messages`
 * property wins over these.
 */
export function setAtelierMessages(messages: AtelierMessages): void {
  storePageMessages(messages);
}
