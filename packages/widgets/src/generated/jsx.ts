// Generated from custom-elements.json by scripts/frameworks.mjs (JSX props of each tag). Do not edit: change the
// component (its JSDoc, properties or events), then `pnpm --filter @atelier/widgets manifest` and `build`.
/**
 * The widgets' tags for JSX, React 19 / Preact style (attributes as in HTML, properties without an
 * attribute by name, events as `on` + the event's name) and Solid style (`prop:`, `on:`).
 * `@atelier/widgets/react` already adds them to React's JSX. For Preact:
 *
 *     import type { AtelierJsxElements } from '@atelier/widgets/jsx';
 *     declare module 'preact' {
 *       namespace JSX { interface IntrinsicElements extends AtelierJsxElements {} }
 *     }
 *
 * and for Solid, the same with `AtelierSolidJsxElements` in `declare module 'solid-js'`.
 */
import type { AtelierEventDetails } from '../base/events.ts';
import type { AtelierOwnerPortal } from '../components/owner-portal/owner-portal.component.ts';
import type { AtelierProvenance } from '../components/provenance/provenance.component.ts';
import type { AtelierRepairBooking } from '../components/repair-booking/repair-booking.component.ts';
import type { AtelierServiceTracker } from '../components/service-tracker/service-tracker.component.ts';
import type { AtelierWarrantyActivation } from '../components/warranty-activation/warranty-activation.component.ts';

/** JSX attributes every HTML element takes, which the tags accept too. */
interface CommonJsxAttributes {
  id?: string;
  class?: string;
  slot?: string;
  hidden?: boolean;
  lang?: string;
  dir?: string;
  style?: string | Record<string, string | number>;
}

/** `<atelier-owner-portal>`: Owner space: sign in by e-mailed code or passkey, my pieces, a piece's history, report stolen, lost or found. Attributes, properties and events, React 19 / Preact style. */
export interface AtelierOwnerPortalJsxProps {
  /** The brand's publishable key (`pk_…`), used to sign in; the owner's session is a cookie after that. */
  'publishable-key'?: AtelierOwnerPortal['publishableKey'];
  /** Base URL of the Atelier API; defaults to the page's origin. */
  'api-base'?: AtelierOwnerPortal['apiBase'];
  /** BCP 47 language tag; defaults to the closest `lang` attribute, then the browser's language. */
  'locale'?: AtelierOwnerPortal['locale'];
  /** `light`, `dark` or `auto` (default: follows the system). */
  'theme'?: AtelierOwnerPortal['theme'];
  /** The brand's words for some of the widget's strings, per locale (`{ en: { activationTitle: 'Register your timepiece' } }`; as an attribute, the same in JSON). Laid over the shipped strings and `setAtelierMessages`' (message-overrides.ts). */
  'messages'?: AtelierOwnerPortal['messages'];
  /** An API client to use instead of one built from the attributes: a `createOwnerClient()` result, or anything with its `signIn`, `session` and `pieces` methods. */
  client?: AtelierOwnerPortal['client'];
  /** How passkeys are made and used: the browser's prompts through `@simplewebauthn/browser` (loaded when first asked), or a page's own. */
  passkeyCeremony?: AtelierOwnerPortal['passkeyCeremony'];
  /** The owner signed in. `detail`: `{ owner: { name, email, language }, brand: { id, name } }`. */
  'onatelier-owner-signed-in'?: (event: CustomEvent<AtelierEventDetails['atelier-owner-signed-in']>) => void;
  /** The owner signed out. `detail`: `{ everywhere: boolean }`. */
  'onatelier-owner-signed-out'?: (event: CustomEvent<AtelierEventDetails['atelier-owner-signed-out']>) => void;
  /** The owner reported a piece stolen, lost or found. `detail`: `{ serial: string, report: 'stolen' | 'lost' | 'found' }`. */
  'onatelier-owner-piece-reported'?: (event: CustomEvent<AtelierEventDetails['atelier-owner-piece-reported']>) => void;
  /** The owner booked a service for a piece from its page (the booking widget's own event, passed on as it is). */
  'onatelier-repair-booked'?: (event: CustomEvent<AtelierEventDetails['atelier-repair-booked']>) => void;
  /** The owner erased their account (they are signed out). `detail`: `{ erasedAt: string }`. */
  'onatelier-owner-account-erased'?: (event: CustomEvent<AtelierEventDetails['atelier-owner-account-erased']>) => void;
}

/** `<atelier-owner-portal>` for Solid: properties through `prop:`, events through `on:`. */
export interface AtelierOwnerPortalSolidJsxProps {
  /** The brand's publishable key (`pk_…`), used to sign in; the owner's session is a cookie after that. */
  'publishable-key'?: AtelierOwnerPortal['publishableKey'];
  /** Base URL of the Atelier API; defaults to the page's origin. */
  'api-base'?: AtelierOwnerPortal['apiBase'];
  /** BCP 47 language tag; defaults to the closest `lang` attribute, then the browser's language. */
  'locale'?: AtelierOwnerPortal['locale'];
  /** `light`, `dark` or `auto` (default: follows the system). */
  'theme'?: AtelierOwnerPortal['theme'];
  /** The brand's words for some of the widget's strings, per locale (`{ en: { activationTitle: 'Register your timepiece' } }`; as an attribute, the same in JSON). Laid over the shipped strings and `setAtelierMessages`' (message-overrides.ts). */
  'messages'?: AtelierOwnerPortal['messages'];
  /** An API client to use instead of one built from the attributes: a `createOwnerClient()` result, or anything with its `signIn`, `session` and `pieces` methods. */
  'prop:client'?: AtelierOwnerPortal['client'];
  /** How passkeys are made and used: the browser's prompts through `@simplewebauthn/browser` (loaded when first asked), or a page's own. */
  'prop:passkeyCeremony'?: AtelierOwnerPortal['passkeyCeremony'];
  /** The owner signed in. `detail`: `{ owner: { name, email, language }, brand: { id, name } }`. */
  'on:atelier-owner-signed-in'?: (event: CustomEvent<AtelierEventDetails['atelier-owner-signed-in']>) => void;
  /** The owner signed out. `detail`: `{ everywhere: boolean }`. */
  'on:atelier-owner-signed-out'?: (event: CustomEvent<AtelierEventDetails['atelier-owner-signed-out']>) => void;
  /** The owner reported a piece stolen, lost or found. `detail`: `{ serial: string, report: 'stolen' | 'lost' | 'found' }`. */
  'on:atelier-owner-piece-reported'?: (event: CustomEvent<AtelierEventDetails['atelier-owner-piece-reported']>) => void;
  /** The owner booked a service for a piece from its page (the booking widget's own event, passed on as it is). */
  'on:atelier-repair-booked'?: (event: CustomEvent<AtelierEventDetails['atelier-repair-booked']>) => void;
  /** The owner erased their account (they are signed out). `detail`: `{ erasedAt: string }`. */
  'on:atelier-owner-account-erased'?: (event: CustomEvent<AtelierEventDetails['atelier-owner-account-erased']>) => void;
}

/** `<atelier-provenance>`: Provenance lookup: verified history, owners, services, modifications and stolen state of a piece. Attributes, properties and events, React 19 / Preact style. */
export interface AtelierProvenanceJsxProps {
  /** The brand's publishable key (`pk_…`). */
  'publishable-key'?: AtelierProvenance['publishableKey'];
  /** Base URL of the Atelier API; defaults to the page's origin. Also the base of the piece's Digital Link in the QR code. */
  'api-base'?: AtelierProvenance['apiBase'];
  /** BCP 47 language tag; defaults to the closest `lang` attribute, then the browser's language. */
  'locale'?: AtelierProvenance['locale'];
  /** `light`, `dark` or `auto` (default: follows the system). */
  'theme'?: AtelierProvenance['theme'];
  /** Shows this piece, without the lookup form. */
  'serial'?: AtelierProvenance['serial'];
  /** The brand's words for some of the widget's strings, per locale (`{ en: { activationTitle: 'Register your timepiece' } }`; as an attribute, the same in JSON). Laid over the shipped strings and `setAtelierMessages`' (message-overrides.ts). */
  'messages'?: AtelierProvenance['messages'];
  /** An API client to use instead of one built from the attributes: any `createClient()` result, or anything with `brand.get` and `provenance.get`. */
  client?: AtelierProvenance['client'];
  /** A record was looked up and checked. `detail`: `{ record: ProvenanceRecord, verification: ProvenanceVerification }`. */
  'onatelier-provenance-loaded'?: (event: CustomEvent<AtelierEventDetails['atelier-provenance-loaded']>) => void;
}

/** `<atelier-provenance>` for Solid: properties through `prop:`, events through `on:`. */
export interface AtelierProvenanceSolidJsxProps {
  /** The brand's publishable key (`pk_…`). */
  'publishable-key'?: AtelierProvenance['publishableKey'];
  /** Base URL of the Atelier API; defaults to the page's origin. Also the base of the piece's Digital Link in the QR code. */
  'api-base'?: AtelierProvenance['apiBase'];
  /** BCP 47 language tag; defaults to the closest `lang` attribute, then the browser's language. */
  'locale'?: AtelierProvenance['locale'];
  /** `light`, `dark` or `auto` (default: follows the system). */
  'theme'?: AtelierProvenance['theme'];
  /** Shows this piece, without the lookup form. */
  'serial'?: AtelierProvenance['serial'];
  /** The brand's words for some of the widget's strings, per locale (`{ en: { activationTitle: 'Register your timepiece' } }`; as an attribute, the same in JSON). Laid over the shipped strings and `setAtelierMessages`' (message-overrides.ts). */
  'messages'?: AtelierProvenance['messages'];
  /** An API client to use instead of one built from the attributes: any `createClient()` result, or anything with `brand.get` and `provenance.get`. */
  'prop:client'?: AtelierProvenance['client'];
  /** A record was looked up and checked. `detail`: `{ record: ProvenanceRecord, verification: ProvenanceVerification }`. */
  'on:atelier-provenance-loaded'?: (event: CustomEvent<AtelierEventDetails['atelier-provenance-loaded']>) => void;
}

/** `<atelier-repair-booking>`: Repair booking: piece, service, centre and drop-off time, contact, review; then the tracking code. Attributes, properties and events, React 19 / Preact style. */
export interface AtelierRepairBookingJsxProps {
  /** The brand's publishable key (`pk_…`). */
  'publishable-key'?: AtelierRepairBooking['publishableKey'];
  /** Base URL of the Atelier API; defaults to the page's origin. */
  'api-base'?: AtelierRepairBooking['apiBase'];
  /** BCP 47 language tag; defaults to the closest `lang` attribute, then the browser's language. */
  'locale'?: AtelierRepairBooking['locale'];
  /** `light`, `dark` or `auto` (default: follows the system). */
  'theme'?: AtelierRepairBooking['theme'];
  /** Prefills the serial number. */
  'serial'?: AtelierRepairBooking['serial'];
  /** Prefills the contact's name. */
  'contact-name'?: AtelierRepairBooking['contactName'];
  /** Prefills the contact's e-mail address. */
  'contact-email'?: AtelierRepairBooking['contactEmail'];
  /** The brand's words for some of the widget's strings, per locale (`{ en: { activationTitle: 'Register your timepiece' } }`; as an attribute, the same in JSON). Laid over the shipped strings and `setAtelierMessages`' (message-overrides.ts). */
  'messages'?: AtelierRepairBooking['messages'];
  /** An API client to use instead of one built from the attributes: any `createClient()` result, or anything with `serviceCentres.list/slots` and `repairs.book`. */
  client?: AtelierRepairBooking['client'];
  /** The repair is booked. `detail`: `{ trackingCode, serial, serviceCentreId, slot }` (`slot` null for mail-in). */
  'onatelier-repair-booked'?: (event: CustomEvent<AtelierEventDetails['atelier-repair-booked']>) => void;
}

/** `<atelier-repair-booking>` for Solid: properties through `prop:`, events through `on:`. */
export interface AtelierRepairBookingSolidJsxProps {
  /** The brand's publishable key (`pk_…`). */
  'publishable-key'?: AtelierRepairBooking['publishableKey'];
  /** Base URL of the Atelier API; defaults to the page's origin. */
  'api-base'?: AtelierRepairBooking['apiBase'];
  /** BCP 47 language tag; defaults to the closest `lang` attribute, then the browser's language. */
  'locale'?: AtelierRepairBooking['locale'];
  /** `light`, `dark` or `auto` (default: follows the system). */
  'theme'?: AtelierRepairBooking['theme'];
  /** Prefills the serial number. */
  'serial'?: AtelierRepairBooking['serial'];
  /** Prefills the contact's name. */
  'contact-name'?: AtelierRepairBooking['contactName'];
  /** Prefills the contact's e-mail address. */
  'contact-email'?: AtelierRepairBooking['contactEmail'];
  /** The brand's words for some of the widget's strings, per locale (`{ en: { activationTitle: 'Register your timepiece' } }`; as an attribute, the same in JSON). Laid over the shipped strings and `setAtelierMessages`' (message-overrides.ts). */
  'messages'?: AtelierRepairBooking['messages'];
  /** An API client to use instead of one built from the attributes: any `createClient()` result, or anything with `serviceCentres.list/slots` and `repairs.book`. */
  'prop:client'?: AtelierRepairBooking['client'];
  /** The repair is booked. `detail`: `{ trackingCode, serial, serviceCentreId, slot }` (`slot` null for mail-in). */
  'on:atelier-repair-booked'?: (event: CustomEvent<AtelierEventDetails['atelier-repair-booked']>) => void;
}

/** `<atelier-service-tracker>`: Repair tracker: stages, promised date, estimate approval and rating of a repair. Attributes, properties and events, React 19 / Preact style. */
export interface AtelierServiceTrackerJsxProps {
  /** The brand's publishable key (`pk_…`). */
  'publishable-key'?: AtelierServiceTracker['publishableKey'];
  /** Base URL of the Atelier API; defaults to the page's origin. */
  'api-base'?: AtelierServiceTracker['apiBase'];
  /** BCP 47 language tag; defaults to the closest `lang` attribute, then the browser's language. */
  'locale'?: AtelierServiceTracker['locale'];
  /** `light`, `dark` or `auto` (default: follows the system). */
  'theme'?: AtelierServiceTracker['theme'];
  /** Prefills the tracking code of the lookup form. */
  'tracking-code'?: AtelierServiceTracker['trackingCode'];
  /** The brand's words for some of the widget's strings, per locale (`{ en: { activationTitle: 'Register your timepiece' } }`; as an attribute, the same in JSON). Laid over the shipped strings and `setAtelierMessages`' (message-overrides.ts). */
  'messages'?: AtelierServiceTracker['messages'];
  /** An API client to use instead of one built from the attributes: any `createClient()` result, or anything with `repairs.lookup`, `repairs.decideEstimate` and `repairs.rate`. */
  client?: AtelierServiceTracker['client'];
  /** The owner approved or declined the estimate. `detail`: `{ trackingCode: string, decision: 'approve' | 'decline' }`. */
  'onatelier-estimate-decided'?: (event: CustomEvent<AtelierEventDetails['atelier-estimate-decided']>) => void;
}

/** `<atelier-service-tracker>` for Solid: properties through `prop:`, events through `on:`. */
export interface AtelierServiceTrackerSolidJsxProps {
  /** The brand's publishable key (`pk_…`). */
  'publishable-key'?: AtelierServiceTracker['publishableKey'];
  /** Base URL of the Atelier API; defaults to the page's origin. */
  'api-base'?: AtelierServiceTracker['apiBase'];
  /** BCP 47 language tag; defaults to the closest `lang` attribute, then the browser's language. */
  'locale'?: AtelierServiceTracker['locale'];
  /** `light`, `dark` or `auto` (default: follows the system). */
  'theme'?: AtelierServiceTracker['theme'];
  /** Prefills the tracking code of the lookup form. */
  'tracking-code'?: AtelierServiceTracker['trackingCode'];
  /** The brand's words for some of the widget's strings, per locale (`{ en: { activationTitle: 'Register your timepiece' } }`; as an attribute, the same in JSON). Laid over the shipped strings and `setAtelierMessages`' (message-overrides.ts). */
  'messages'?: AtelierServiceTracker['messages'];
  /** An API client to use instead of one built from the attributes: any `createClient()` result, or anything with `repairs.lookup`, `repairs.decideEstimate` and `repairs.rate`. */
  'prop:client'?: AtelierServiceTracker['client'];
  /** The owner approved or declined the estimate. `detail`: `{ trackingCode: string, decision: 'approve' | 'decline' }`. */
  'on:atelier-estimate-decided'?: (event: CustomEvent<AtelierEventDetails['atelier-estimate-decided']>) => void;
}

/** `<atelier-warranty-activation>`: Warranty activation form: register a piece, confirm by e-mail, see the active warranty. Attributes, properties and events, React 19 / Preact style. */
export interface AtelierWarrantyActivationJsxProps {
  /** The brand's publishable key (`pk_…`). */
  'publishable-key'?: AtelierWarrantyActivation['publishableKey'];
  /** Base URL of the Atelier API; defaults to the page's origin. */
  'api-base'?: AtelierWarrantyActivation['apiBase'];
  /** BCP 47 language tag; defaults to the closest `lang` attribute, then the browser's language. */
  'locale'?: AtelierWarrantyActivation['locale'];
  /** `light`, `dark` or `auto` (default: follows the system). */
  'theme'?: AtelierWarrantyActivation['theme'];
  /** Prefills the serial number. */
  'serial'?: AtelierWarrantyActivation['serial'];
  /** Prefills the owner's name. */
  'owner-name'?: AtelierWarrantyActivation['ownerName'];
  /** Prefills the owner's e-mail address. */
  'owner-email'?: AtelierWarrantyActivation['ownerEmail'];
  /** Prefills the owner's country code. */
  'owner-country'?: AtelierWarrantyActivation['ownerCountry'];
  /** The brand's words for some of the widget's strings, per locale (`{ en: { activationTitle: 'Register your timepiece' } }`; as an attribute, the same in JSON). Laid over the shipped strings and `setAtelierMessages`' (message-overrides.ts). */
  'messages'?: AtelierWarrantyActivation['messages'];
  /** An API client to use instead of one built from the attributes: any `createClient()` result, or anything with `brand.get` and `warranties.activate/confirm`. */
  client?: AtelierWarrantyActivation['client'];
  /** The warranty was registered and waits for confirmation by e-mail. `detail`: `ActivationResponse`. */
  'onatelier-warranty-activated'?: (event: CustomEvent<AtelierEventDetails['atelier-warranty-activated']>) => void;
  /** The buyer confirmed through the e-mailed link; the warranty is active. `detail`: `Warranty`. */
  'onatelier-warranty-confirmed'?: (event: CustomEvent<AtelierEventDetails['atelier-warranty-confirmed']>) => void;
}

/** `<atelier-warranty-activation>` for Solid: properties through `prop:`, events through `on:`. */
export interface AtelierWarrantyActivationSolidJsxProps {
  /** The brand's publishable key (`pk_…`). */
  'publishable-key'?: AtelierWarrantyActivation['publishableKey'];
  /** Base URL of the Atelier API; defaults to the page's origin. */
  'api-base'?: AtelierWarrantyActivation['apiBase'];
  /** BCP 47 language tag; defaults to the closest `lang` attribute, then the browser's language. */
  'locale'?: AtelierWarrantyActivation['locale'];
  /** `light`, `dark` or `auto` (default: follows the system). */
  'theme'?: AtelierWarrantyActivation['theme'];
  /** Prefills the serial number. */
  'serial'?: AtelierWarrantyActivation['serial'];
  /** Prefills the owner's name. */
  'owner-name'?: AtelierWarrantyActivation['ownerName'];
  /** Prefills the owner's e-mail address. */
  'owner-email'?: AtelierWarrantyActivation['ownerEmail'];
  /** Prefills the owner's country code. */
  'owner-country'?: AtelierWarrantyActivation['ownerCountry'];
  /** The brand's words for some of the widget's strings, per locale (`{ en: { activationTitle: 'Register your timepiece' } }`; as an attribute, the same in JSON). Laid over the shipped strings and `setAtelierMessages`' (message-overrides.ts). */
  'messages'?: AtelierWarrantyActivation['messages'];
  /** An API client to use instead of one built from the attributes: any `createClient()` result, or anything with `brand.get` and `warranties.activate/confirm`. */
  'prop:client'?: AtelierWarrantyActivation['client'];
  /** The warranty was registered and waits for confirmation by e-mail. `detail`: `ActivationResponse`. */
  'on:atelier-warranty-activated'?: (event: CustomEvent<AtelierEventDetails['atelier-warranty-activated']>) => void;
  /** The buyer confirmed through the e-mailed link; the warranty is active. `detail`: `Warranty`. */
  'on:atelier-warranty-confirmed'?: (event: CustomEvent<AtelierEventDetails['atelier-warranty-confirmed']>) => void;
}

/** Every tag with its props (React 19 / Preact style), for `JSX.IntrinsicElements`. */
export interface AtelierJsxElements {
  'atelier-owner-portal': AtelierOwnerPortalJsxProps & CommonJsxAttributes;
  'atelier-provenance': AtelierProvenanceJsxProps & CommonJsxAttributes;
  'atelier-repair-booking': AtelierRepairBookingJsxProps & CommonJsxAttributes;
  'atelier-service-tracker': AtelierServiceTrackerJsxProps & CommonJsxAttributes;
  'atelier-warranty-activation': AtelierWarrantyActivationJsxProps & CommonJsxAttributes;
}

/** Every tag with its props (Solid style), for `JSX.IntrinsicElements`. */
export interface AtelierSolidJsxElements {
  'atelier-owner-portal': AtelierOwnerPortalSolidJsxProps & CommonJsxAttributes;
  'atelier-provenance': AtelierProvenanceSolidJsxProps & CommonJsxAttributes;
  'atelier-repair-booking': AtelierRepairBookingSolidJsxProps & CommonJsxAttributes;
  'atelier-service-tracker': AtelierServiceTrackerSolidJsxProps & CommonJsxAttributes;
  'atelier-warranty-activation': AtelierWarrantyActivationSolidJsxProps & CommonJsxAttributes;
}

/** Every tag the package defines. */
export const atelierTagNames = ['atelier-owner-portal', 'atelier-provenance', 'atelier-repair-booking', 'atelier-service-tracker', 'atelier-warranty-activation'] as const;
