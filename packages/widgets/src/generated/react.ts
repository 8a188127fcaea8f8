// Generated from custom-elements.json by scripts/frameworks.mjs (React components and JSX). Do not edit: change the
// component (its JSDoc, properties or events), then `pnpm --filter @atelier/widgets manifest` and `build`.
/**
 * React components for the widgets, made with @lit/react: props are the elements' properties (typed
 * from their classes), events are callbacks (`onWarrantyActivated`, …) whose `event.detail` is typed.
 * Importing this module registers the elements, and adds the tags to React's JSX so that
 * `<atelier-provenance serial="…" />` type-checks too (React 19 sets properties and listens to
 * `on` + the event's name on custom elements).
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';
import type { AtelierEventDetails } from '../base/events.ts';
import type { AtelierOwnerPortalJsxProps, AtelierProvenanceJsxProps, AtelierRepairBookingJsxProps, AtelierServiceTrackerJsxProps, AtelierWarrantyActivationJsxProps } from './jsx.ts';
import { AtelierOwnerPortal as AtelierOwnerPortalElement } from '../components/owner-portal/owner-portal.ts';
import { AtelierProvenance as AtelierProvenanceElement } from '../components/provenance/provenance.ts';
import { AtelierRepairBooking as AtelierRepairBookingElement } from '../components/repair-booking/repair-booking.ts';
import { AtelierServiceTracker as AtelierServiceTrackerElement } from '../components/service-tracker/service-tracker.ts';
import { AtelierWarrantyActivation as AtelierWarrantyActivationElement } from '../components/warranty-activation/warranty-activation.ts';

/** `<atelier-owner-portal>` as a React component: Owner space: sign in by e-mailed code or passkey, my pieces, a piece's history, report stolen, lost or found. */
export const AtelierOwnerPortal = createComponent({
  tagName: 'atelier-owner-portal',
  elementClass: AtelierOwnerPortalElement,
  react: React,
  events: {
    /** The owner signed in. `detail`: `{ owner: { name, email, language }, brand: { id, name } }`. */
    onOwnerSignedIn: 'atelier-owner-signed-in' as EventName<CustomEvent<AtelierEventDetails['atelier-owner-signed-in']>>,
    /** The owner signed out. `detail`: `{ everywhere: boolean }`. */
    onOwnerSignedOut: 'atelier-owner-signed-out' as EventName<CustomEvent<AtelierEventDetails['atelier-owner-signed-out']>>,
    /** The owner reported a piece stolen, lost or found. `detail`: `{ serial: string, report: 'stolen' | 'lost' | 'found' }`. */
    onOwnerPieceReported: 'atelier-owner-piece-reported' as EventName<CustomEvent<AtelierEventDetails['atelier-owner-piece-reported']>>,
    /** The owner booked a service for a piece from its page (the booking widget's own event, passed on as it is). */
    onRepairBooked: 'atelier-repair-booked' as EventName<CustomEvent<AtelierEventDetails['atelier-repair-booked']>>,
    /** The owner erased their account (they are signed out). `detail`: `{ erasedAt: string }`. */
    onOwnerAccountErased: 'atelier-owner-account-erased' as EventName<CustomEvent<AtelierEventDetails['atelier-owner-account-erased']>>,
  },
  displayName: 'AtelierOwnerPortal',
});

/** `<atelier-provenance>` as a React component: Provenance lookup: verified history, owners, services, modifications and stolen state of a piece. */
export const AtelierProvenance = createComponent({
  tagName: 'atelier-provenance',
  elementClass: AtelierProvenanceElement,
  react: React,
  events: {
    /** A record was looked up and checked. `detail`: `{ record: ProvenanceRecord, verification: ProvenanceVerification }`. */
    onProvenanceLoaded: 'atelier-provenance-loaded' as EventName<CustomEvent<AtelierEventDetails['atelier-provenance-loaded']>>,
  },
  displayName: 'AtelierProvenance',
});

/** `<atelier-repair-booking>` as a React component: Repair booking: piece, service, centre and drop-off time, contact, review; then the tracking code. */
export const AtelierRepairBooking = createComponent({
  tagName: 'atelier-repair-booking',
  elementClass: AtelierRepairBookingElement,
  react: React,
  events: {
    /** The repair is booked. `detail`: `{ trackingCode, serial, serviceCentreId, slot }` (`slot` null for mail-in). */
    onRepairBooked: 'atelier-repair-booked' as EventName<CustomEvent<AtelierEventDetails['atelier-repair-booked']>>,
  },
  displayName: 'AtelierRepairBooking',
});

/** `<atelier-service-tracker>` as a React component: Repair tracker: stages, promised date, estimate approval and rating of a repair. */
export const AtelierServiceTracker = createComponent({
  tagName: 'atelier-service-tracker',
  elementClass: AtelierServiceTrackerElement,
  react: React,
  events: {
    /** The owner approved or declined the estimate. `detail`: `{ trackingCode: string, decision: 'approve' | 'decline' }`. */
    onEstimateDecided: 'atelier-estimate-decided' as EventName<CustomEvent<AtelierEventDetails['atelier-estimate-decided']>>,
  },
  displayName: 'AtelierServiceTracker',
});

/** `<atelier-warranty-activation>` as a React component: Warranty activation form: register a piece, confirm by e-mail, see the active warranty. */
export const AtelierWarrantyActivation = createComponent({
  tagName: 'atelier-warranty-activation',
  elementClass: AtelierWarrantyActivationElement,
  react: React,
  events: {
    /** The warranty was registered and waits for confirmation by e-mail. `detail`: `ActivationResponse`. */
    onWarrantyActivated: 'atelier-warranty-activated' as EventName<CustomEvent<AtelierEventDetails['atelier-warranty-activated']>>,
    /** The buyer confirmed through the e-mailed link; the warranty is active. `detail`: `Warranty`. */
    onWarrantyConfirmed: 'atelier-warranty-confirmed' as EventName<CustomEvent<AtelierEventDetails['atelier-warranty-confirmed']>>,
  },
  displayName: 'AtelierWarrantyActivation',
});

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'atelier-owner-portal': React.DetailedHTMLProps<React.HTMLAttributes<AtelierOwnerPortalElement>, AtelierOwnerPortalElement> & AtelierOwnerPortalJsxProps;
      'atelier-provenance': React.DetailedHTMLProps<React.HTMLAttributes<AtelierProvenanceElement>, AtelierProvenanceElement> & AtelierProvenanceJsxProps;
      'atelier-repair-booking': React.DetailedHTMLProps<React.HTMLAttributes<AtelierRepairBookingElement>, AtelierRepairBookingElement> & AtelierRepairBookingJsxProps;
      'atelier-service-tracker': React.DetailedHTMLProps<React.HTMLAttributes<AtelierServiceTrackerElement>, AtelierServiceTrackerElement> & AtelierServiceTrackerJsxProps;
      'atelier-warranty-activation': React.DetailedHTMLProps<React.HTMLAttributes<AtelierWarrantyActivationElement>, AtelierWarrantyActivationElement> & AtelierWarrantyActivationJsxProps;
    }
  }
}
