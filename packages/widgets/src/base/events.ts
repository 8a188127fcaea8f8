/**
 * Every event the widgets emit, with its detail type. Events are prefixed `atelier-`, bubble and
 * are composed, so a brand page can listen on the element, a wrapper or `document`. What the API
 * answered is passed on `Received`: a newer server's status may be one this version does not know.
 */
import type { ProvenanceVerification } from '@atelier/client';
import type { ActivationResponse, EstimateDecision, OwnerSession, ProvenanceRecord, Received, Warranty } from '@atelier/client/contract';

export interface AtelierEventDetails {
  /** A buyer activated a warranty; it waits for confirmation by e-mail. */
  'atelier-warranty-activated': Received<ActivationResponse>;
  /** A buyer opened the e-mailed link and the warranty is now active. */
  'atelier-warranty-confirmed': Received<Warranty>;
  /** A piece's public record was looked up and checked against the brand's signing key. */
  'atelier-provenance-loaded': { record: Received<ProvenanceRecord>; verification: ProvenanceVerification };
  /** A repair was booked; `slot` is the boutique drop-off window, null for a piece sent by post. */
  'atelier-repair-booked': {
    trackingCode: string;
    serial: string;
    serviceCentreId: string;
    slot: { id: string; startsAt: string; endsAt: string } | null;
  };
  /** The owner approved or declined a repair's estimate in the tracker. */
  'atelier-estimate-decided': { trackingCode: string; decision: EstimateDecision };
  /** An owner signed in to their space (by the e-mailed code or link). */
  'atelier-owner-signed-in': Pick<Received<OwnerSession>, 'owner' | 'brand'>;
  /** The owner signed out, of this browser or (`everywhere`) of every one. */
  'atelier-owner-signed-out': { everywhere: boolean };
  /** The owner reported one of their pieces stolen, or found. */
  'atelier-owner-piece-reported': { serial: string; report: 'stolen' | 'lost' | 'found' };
  /** The owner erased their account from their space (they are signed out, their personal data gone). */
  'atelier-owner-account-erased': { erasedAt: string };
}

export type AtelierEventName = keyof AtelierEventDetails;

export type AtelierEventMap = { [Name in AtelierEventName]: CustomEvent<AtelierEventDetails[Name]> };

declare global {
  interface HTMLElementEventMap extends AtelierEventMap {}
}
