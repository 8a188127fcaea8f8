/**
 * Table types, shared by every query. Both databases store the same shapes:
 * - timestamps as ISO 8601 UTC text (`2026-11-25T10:00:00.000Z`) and dates as `YYYY-MM-DD`,
 *   so ordering and comparison work the same on SQLite and PostgreSQL;
 * - booleans as integers 0/1, since SQLite has no boolean type;
 * - lists and small documents as JSON text.
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { CareKind, CareReminderDropReason as ContractCareReminderDropReason, CareRuleScope, PersonRole, PersonStatus, ServiceCategory } from '@atelier/client/contract';

export type Flag = 0 | 1;

export interface BrandsTable {
  id: string;
  name: string;
  /** JSON array of locales; the first is the default. */
  locales: string;
  warranty_base_months: number;
  warranty_months_added_per_service: number;
  service_interval_months: number;
  created_at: string;
  /**
   * Pages of the brand site the GS1 Digital Link resolver sends browsers to, with `{serial}` and
   * `{gtin}` placeholders; null: the resolver answers 404 for that link type.
   */
  provenance_page_url_template: string | null;
  activation_page_url_template: string | null;
  repair_page_url_template: string | null;
  /**
   * The brand-site page with the service tracker that repair e-mails link to (migration 0005);
   * null: `PUBLIC_URL` + `/repair.html`, the example site's page (features/repairs/link-token.ts).
   */
  service_tracker_url: string | null;
  /** Days in a retailer's stock from which a piece is listed as aged (migration 0017). */
  aged_stock_days: Generated<number>;
  /** Hours after its registration during which a retailer's sale may be voided (migration 0019). */
  sale_void_window_hours: Generated<number>;
  /** Days after which a care reminder's draft customer care left untouched is sent by the sweep (migration 0027). */
  care_reminder_send_after_days: Generated<number>;
  /** Days after an owner last heard from the brand during which the sweep sends them no care reminder; 0: none (migration 0030). */
  care_reminder_blackout_days: Generated<number>;
  /** The currency money figures are given in, ISO 4217 (migration 0036, `EUR` by default). */
  reporting_currency: Generated<string>;
}

/**
 * The brand's Ed25519 keys that sign provenance chain heads. The private key is a secret at rest:
 * it never leaves the server, in no response and no log.
 */
export interface BrandSigningKeysTable {
  /** The JWK `kid`. */
  kid: string;
  brand_id: string;
  /** The public JWK (`kty`, `crv`, `x`, `kid`) as JSON. */
  public_jwk: string;
  /** PKCS #8 DER of the private key, base64. */
  private_key_pkcs8: string;
  created_at: string;
  /** Set when a newer key replaces it; only the newest unretired key signs. */
  retired_at: string | null;
}

export interface ApiKeysTable {
  id: string;
  brand_id: string;
  kind: 'publishable' | 'secret' | 'retailer';
  /** The retailer a `retailer` key acts for (migration 0012); null for the brand's keys. */
  retailer_id: string | null;
  /** SHA-256 of the whole key; the key itself is shown once, at creation. */
  key_hash: string;
  /** The first characters, to tell keys apart in listings (`pk_live_ab12…`). */
  key_prefix: string;
  /** JSON array of origins a publishable key may be used from; `[]` for secret keys. */
  allowed_origins: string;
  label: string;
  created_at: string;
  revoked_at: string | null;
}

export interface ModelsTable {
  id: string;
  brand_id: string;
  reference: string;
  name: string;
  collection: string;
  calibre: string;
  image_url: string | null;
  /** The brand's own category (`diver`, `dress`…), which care rules may be keyed by (migration 0024); null until given. */
  category: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface RetailersTable {
  id: string;
  brand_id: string;
  name: string;
  country: string;
  city: string;
  shopify_shop: string | null;
  /** The boutique's public contact, shown to owners in their space (migration 0021); null until given. */
  contact_email: Generated<string | null>;
  contact_phone: Generated<string | null>;
}

export interface ServiceCentresTable {
  id: string;
  brand_id: string;
  name: string;
  country: string;
  city: string;
  address: string;
  /** IANA time zone; slots and opening hours are in it. */
  time_zone: Generated<string>;
  /** JSON array of `{ day, opens, closes }` (contract `OpeningPeriod`). */
  opening_hours: Generated<string>;
  mail_in_instructions: Generated<string>;
  /** WGS 84 degrees; null until the centre is placed on the map (migration 0004). */
  latitude: number | null;
  longitude: number | null;
}

/** A service the brand performs (migration 0006): its code is what centres and repairs name. */
export interface ServiceTypesTable {
  brand_id: string;
  code: string;
  category: ServiceCategory;
}

/** A service a centre offers, with the turnaround it promises for it. */
export interface CentreServicesTable {
  service_centre_id: string;
  brand_id: string;
  /** A `service_types.code` of the same brand. */
  service_type: string;
  standard_turnaround_days: number;
}

export interface ItemsTable {
  id: string;
  brand_id: string;
  /** Upper-case, unique per brand. */
  serial: string;
  gtin: string | null;
  model_id: string;
  manufactured_on: string;
  status: 'in_stock' | 'sold' | 'stolen' | 'lost' | 'destroyed';
  /** scrypt hash of the normalized warranty-card code (see features/warranties/card-code.ts). */
  card_code_hash: string;
  created_at: string;
}

export interface OwnersTable {
  id: string;
  brand_id: string;
  name: string;
  email: string;
  /** Lower-cased e-mail, unique per brand: one owner record per person. */
  email_normalized: string;
  country: string;
  language: string;
  customer_type: 'retail' | 'trade' | 'collector';
  created_at: string;
  /** Postal address, free text, when the brand knows it: personal data, never public. */
  postal_address: string | null;
  /** When the owner erased their account (migration 0029): the row then names no one (features/my-data). */
  erased_at: Generated<string | null>;
}

export interface ConsentsTable {
  id: string;
  owner_id: string;
  /** A `consentChannels` entry of the contract: e-mail today; post and phone will follow. */
  channel: 'email';
  purpose: 'service' | 'marketing';
  granted: Flag;
  /** When the person gave or withdrew it. */
  recorded_at: string;
  source: string;
  /** The words the person read when they gave or withdrew it (migration 0029); null when none were kept. */
  wording: Generated<string | null>;
}

/**
 * A change of an owner's language or quiet period (migration 0029), kept as consents are: the
 * latest entry of a kind counts. `value` is JSON: the locale, the period `{ from, until }`, or null.
 */
export interface OwnerPreferenceChangesTable {
  id: string;
  owner_id: string;
  kind: 'language' | 'quiet_period';
  value: string;
  recorded_at: string;
  source: string;
  wording: string | null;
}

export interface WarrantiesTable {
  id: string;
  brand_id: string;
  item_id: string;
  /** Who owns the piece once confirmed: the recipient of a gift, otherwise the buyer. */
  owner_id: string;
  /** Who bought it (the giver, for a gift). */
  buyer_id: string;
  retailer_id: string | null;
  purchase_date: string;
  coverage_end: string;
  status: 'pending_confirmation' | 'active' | 'expired' | 'void';
  is_gift: Flag;
  /** `buyer` (activation form), `retailer` (sale registration) or `transfer` (to a new owner, by staff). */
  source: 'buyer' | 'retailer' | 'transfer';
  activated_at: string;
  confirmed_at: string | null;
  /**
   * Set to the item id while the warranty is pending or active, null once expired or void;
   * its unique index is what lets exactly one of many concurrent activations win.
   */
  covering_item_id: string | null;
  /**
   * The e-mail consents given with this registration, as JSON `{ service, marketing, source }`,
   * waiting for the owner to confirm the address; null once recorded at confirmation, or when none
   * wait (features/warranties/pending-consents.ts).
   */
  pending_consents: string | null;
  /** A retailer's sale voided as a mistake (migration 0019): when, by whom (a person or key id), why. */
  voided_at: Generated<string | null>;
  voided_by: Generated<string | null>;
  void_reason: Generated<string | null>;
  /** What the buyer paid, given with a retailer's sale (migration 0036); null when not given. Read `price_minor_units` with `Number()` (bigint). */
  price_currency: Generated<string | null>;
  price_minor_units: Generated<number | string | null>;
}

export interface WarrantyExtensionsTable {
  id: string;
  warranty_id: string;
  reason: string;
  months: number;
  created_at: string;
}

export interface ConfirmationTokensTable {
  id: string;
  warranty_id: string;
  /** SHA-256 of the token; the token itself only travels in the e-mailed link. */
  token_hash: string;
  expires_at: string;
  consumed_at: string | null;
  created_at: string;
}

export interface ProvenanceEventsTable {
  id: string;
  brand_id: string;
  item_id: string;
  type:
    | 'manufactured'
    | 'sold'
    | 'warranty_activated'
    | 'ownership_transferred'
    | 'serviced'
    | 'modified'
    | 'reported_stolen'
    | 'recovered'
    | 'sale_voided';
  occurred_at: string;
  country: string | null;
  city: string | null;
  retailer_id: string | null;
  /** JSON object with event-specific, non-personal details. */
  details: string;
  recorded_at: string;
  /** 1, 2, 3… per item, unique with `item_id`: a gap or a duplicate is a broken chain. */
  sequence: number;
  /** SHA-256 (hex) of the event's canonical public form (see `@atelier/client` provenance-chain). */
  hash: string;
  /** The previous event's `hash`; null for the first event of a piece. */
  previous_hash: string | null;
  /**
   * The brand's Ed25519 signature of `hash`, made when this event was appended and was therefore
   * the chain head; null when the brand had no signing key yet (signed when read instead).
   */
  head_signature: string | null;
  head_key_id: string | null;
}

/**
 * A piece's public record as a lookup answers it (features/provenance/stored-record.ts): a copy
 * built from the events, deleted by triggers (migration 0007) whenever what it was built from
 * changes, and built again on the next lookup.
 */
export interface ProvenancePublicRecordsTable {
  item_id: string;
  brand_id: string;
  /** The piece's serial, upper-case: the lookup's key with `brand_id`. */
  serial: string;
  item_status: ItemsTable['status'];
  /** The response body, checked against the contract when stored. */
  record_json: string;
  /** The brand key that signed the record's chain head: a record signed by a retired key is built again. */
  signing_key_id: string;
  /** The record format of the code that stored it: a record of another format is built again. */
  format: string;
  stored_at: string;
}

/** Every public lookup of a serial: what staff read when a stolen piece is being probed. */
export interface ProvenanceLookupsTable {
  id: string;
  brand_id: string;
  /** As asked (upper-cased), known or not. */
  serial: string;
  item_id: string | null;
  looked_up_at: string;
  channel: 'api' | 'digital_link';
  outcome: 'answered' | 'unknown_serial' | 'rate_limited';
  api_key_id: string | null;
  /** HMAC-SHA-256 of the client address with the audit salt; the address itself is never stored. */
  client_address_hash: string;
  piece_was_stolen: Flag;
}

/** Server-wide settings generated once and shared by every instance (the audit salt). */
export interface ServerSettingsTable {
  name: string;
  value: string;
  created_at: string;
}

/** Fixed-window counters of traffic budgets, shared by every instance in batches (shared-counters.ts). */
export interface RateLimitCountersTable {
  key: string;
  window_start: number;
  count: number;
}

/** Attempts at a secret per subject (attempt-counters.ts): one row per subject, its window's end with it. */
export interface AttemptCountersTable {
  /** `attempt:<limit name>:<subject>`. */
  key: string;
  count: number;
  /** Epoch milliseconds at which the window opened by the subject's first attempt ends. */
  window_ends_at: number;
}

export interface IdempotencyKeysTable {
  /** The API key's id: keys of different callers never collide. */
  scope: string;
  key: string;
  /** SHA-256 of method, path and body: the same key with another request is refused. */
  fingerprint: string;
  /** `in_progress` only in rows written before issue 11 (a claim committed apart from the answer); taken over like an absent row. */
  state: 'in_progress' | 'completed';
  response_status: number | null;
  response_headers: string | null;
  response_body: string | null;
  created_at: string;
  expires_at: string;
}

/** An e-mail queued with the change it announces, until it is handed to the transport (mail/outbox.ts). */
export interface MailOutboxTable {
  /** Time-ordered; also the message's identity for the transport (file name, Message-ID). */
  id: string;
  /** The MailMessage as JSON. Holds the message's link (a secret): the row is deleted once sent. */
  message: string;
  created_at: string;
  /** Failed deliveries so far. */
  attempts: number;
  /** When a delivery may next take the row: a claim pushes it forward, so one instance sends at a time. */
  available_at: string;
}

/** A person who signs in to the console (migration 0014): brand staff, or staff of one retailer. */
export interface PeopleTable {
  id: string;
  brand_id: string;
  /** The retailer a retailer role works for; null for brand staff. */
  retailer_id: string | null;
  /** As typed when invited; the address e-mails go to. */
  email: string;
  /** Trimmed, lower-cased, NFC: what sign-in and uniqueness compare (features/people/email.ts). */
  email_normalized: string;
  display_name: string | null;
  role: PersonRole;
  status: PersonStatus;
  invited_by: string | null;
  created_at: string;
  deactivated_at: string | null;
}

/** A console session (features/sessions): the cookie's token is stored as its SHA-256 only. */
export interface ConsoleSessionsTable {
  id: string;
  token_hash: string;
  person_id: string;
  created_at: string;
  last_seen_at: string;
  /** Pushed forward as the session is used, never past `absolute_expires_at`. */
  idle_expires_at: string;
  absolute_expires_at: string;
  /** Set by sign-out, rotation at sign-in, a revocation or the person's deactivation. */
  revoked_at: string | null;
  ip: string | null;
  user_agent: string | null;
}

/** An e-mailed single-use sign-in link; the token travels only in the link's fragment. */
export interface SignInLinksTable {
  token_hash: string;
  person_id: string;
  purpose: 'invitation' | 'sign_in';
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/**
 * An owner's request for a sign-in code and link (migration 0021): both secrets stored hashed, the
 * token's by SHA-256, the code's salted (owner-space/sign-in-codes.ts). `owner_id` null: the address
 * was no owner's, and the row signs nobody in.
 */
export interface OwnerSignInsTable {
  id: string;
  brand_id: string;
  owner_id: string | null;
  token_hash: string;
  code_hash: string;
  created_at: string;
  expires_at: string;
  /** Set when the code or the link is used: either one uses up both. */
  used_at: string | null;
}

/** An owner's session (migration 0021), held by the `__Host-atelier_owner` cookie; only the token's SHA-256 is stored. */
export interface OwnerSessionsTable {
  id: string;
  token_hash: string;
  owner_id: string;
  brand_id: string;
  created_at: string;
  last_seen_at: string;
  /** Pushed forward as the session is used, never past `absolute_expires_at`. */
  idle_expires_at: string;
  absolute_expires_at: string;
  /** Set by sign-out (here or everywhere) and by a new sign-in in the same browser. */
  revoked_at: string | null;
}

/**
 * One client's history with the brand in figures (features/clients/client-summary.ts says what
 * counts), one row per client (an owner with at least one purchase), kept up to date by the
 * writes that change it, so segments read it instead of every client's whole history. Days are
 * `YYYY-MM-DD`.
 */
export interface ClientSummariesTable {
  owner_id: string;
  brand_id: string;
  purchases: number;
  first_purchase_on: string;
  last_purchase_on: string;
  services: number;
  last_service_on: string | null;
  last_purchase_or_service_on: string;
  pieces_owned: number;
  /** Of the pieces owned, the earliest day a next care due counts from (features/care/next-care-due.ts); null when none is owned. */
  care_due_counted_from: string | null;
  /**
   * The client's value in minor units of the brand's reporting currency (migration 0036): what they
   * paid for the pieces they bought, and for repairs of pieces while they held them. Only amounts
   * with a rate are in it; `amounts_unconverted` counts the others. Bigint: read with `Number()`.
   */
  purchase_value_minor_units: ColumnType<number | string, number | undefined, number>;
  after_sales_value_minor_units: ColumnType<number | string, number | undefined, number>;
  amounts_unconverted: ColumnType<number, number | undefined, number>;
}

/** A brand's exchange rate for one currency and month (migration 0036): units of `quote_currency` for one unit of `currency`, decimal text. */
export interface ExchangeRatesTable {
  brand_id: string;
  currency: string;
  /** The brand's reporting currency when the rate was entered: only rates quoted in the current one are used. */
  quote_currency: string;
  /** `YYYY-MM`. */
  month: string;
  rate: string;
  updated_at: string;
}

/** What the brand spent to win clients in a month, per channel (migration 0036). */
export interface AcquisitionSpendTable {
  brand_id: string;
  month: string;
  channel: 'brand_led' | 'retailer_assisted';
  currency: string;
  amount_minor_units: ColumnType<number | string, number, number>;
  updated_at: string;
}

/**
 * A brand's care rule for the pieces of a model (`scope_key`: its reference), a collection or a
 * category (its name), migration 0024: each interval, or null where the rule does not state it
 * (features/care/care-due.ts resolves a piece's rules per kind of care).
 */
export interface CareRulesTable {
  brand_id: string;
  scope: CareRuleScope;
  scope_key: string;
  service_interval_months: number | null;
  water_resistance_check_interval_months: number | null;
  cleaning_interval_months: number | null;
  reminder_lead_time_days: number | null;
  /** The kind of care the warranty condition is about, with its words; both null without one. */
  warranty_condition_care_kind: CareKind | null;
  warranty_condition_text: string | null;
  updated_at: string;
}

/** A reminder the concierge's sweep drafted (migration 0025): one per piece, kind of care and due date. */
export interface CareRemindersTable {
  id: string;
  brand_id: string;
  item_id: string;
  /** The piece's owner when it was drafted. */
  owner_id: string;
  care_kind: CareKind;
  due_on: string;
  /** `draft` until sent or dropped (migration 0026), once: features/care/care-reminder-sending.ts. */
  status: CareReminderStatus;
  drafted_at: string;
  sent_at: string | null;
  dropped_at: string | null;
  dropped_reason: CareReminderDropReason | null;
  /** Customer care's subject line and personal note (migration 0030); null: the generated subject, no note. Personal data: written to the owner. */
  personal_subject: string | null;
  personal_note: string | null;
  personalised_at: string | null;
  /** Set while customer care holds the draft: the sweep does not send it. */
  held_at: string | null;
  /** The latest of its drafting, last personalisation and release: the sweep's wait counts from it. */
  untouched_since: string;
  /** Customer care's words when it dropped the draft by hand (`by_customer_care`). */
  drop_note: string | null;
}

export type CareReminderStatus = 'draft' | 'sent' | 'dropped';
/** Why a draft was not sent: the contract's `careReminderDropReasons`, where each is said. */
export type CareReminderDropReason = ContractCareReminderDropReason;

/**
 * A one-click unsubscribe token (RFC 8058) of an e-mail, migration 0026: its SHA-256 only; the
 * token is in the e-mail and nowhere else. `purpose` is the consent it withdraws.
 */
export interface UnsubscribeTokensTable {
  token_hash: string;
  owner_id: string;
  /** The consent the link withdraws: `service` from a care reminder, `marketing` from an invitation. */
  purpose: 'service' | 'marketing';
  created_at: string;
}

/** A change of reporting currency whose clients' values are still being recomputed (migration 0039). */
export interface ClientValueRecomputationsTable {
  brand_id: string;
  /** The currency the values are being recomputed in (the brand's, when it was asked). */
  reporting_currency: string;
  requested_at: string;
  /** The last client (by id) recomputed; '' before the first batch. */
  after_owner_id: Generated<string>;
  clients_done: Generated<number>;
}

export interface Database {
  brands: BrandsTable;
  api_keys: ApiKeysTable;
  models: ModelsTable;
  retailers: RetailersTable;
  service_centres: ServiceCentresTable;
  service_types: ServiceTypesTable;
  centre_services: CentreServicesTable;
  items: ItemsTable;
  owners: OwnersTable;
  consents: ConsentsTable;
  owner_preference_changes: OwnerPreferenceChangesTable;
  unsubscribe_tokens: UnsubscribeTokensTable;
  warranties: WarrantiesTable;
  warranty_extensions: WarrantyExtensionsTable;
  confirmation_tokens: ConfirmationTokensTable;
  provenance_events: ProvenanceEventsTable;
  provenance_lookups: ProvenanceLookupsTable;
  provenance_public_records: ProvenancePublicRecordsTable;
  brand_signing_keys: BrandSigningKeysTable;
  server_settings: ServerSettingsTable;
  rate_limit_counters: RateLimitCountersTable;
  attempt_counters: AttemptCountersTable;
  idempotency_keys: IdempotencyKeysTable;
  mail_outbox: MailOutboxTable;
  people: PeopleTable;
  console_sessions: ConsoleSessionsTable;
  sign_in_links: SignInLinksTable;
  owner_sign_ins: OwnerSignInsTable;
  owner_sessions: OwnerSessionsTable;
  drop_off_slots: DropOffSlotsTable;
  repair_orders: RepairOrdersTable;
  repair_status_changes: RepairStatusChangesTable;
  repair_estimates: RepairEstimatesTable;
  repair_link_tokens: RepairLinkTokensTable;
  passkeys: PasskeysTable;
  webauthn_challenges: WebauthnChallengesTable;
  audit_log: AuditLogTable;
  stock_movements: StockMovementsTable;
  profile_shares: ProfileSharesTable;
  retailer_notes: RetailerNotesTable;
  client_summaries: ClientSummariesTable;
  client_value_recomputations: ClientValueRecomputationsTable;
  care_rules: CareRulesTable;
  care_reminders: CareRemindersTable;
  client_notes: ClientNotesTable;
  client_note_retailers: ClientNoteRetailersTable;
  invitations: InvitationsTable;
  invitation_guests: InvitationGuestsTable;
  brand_news: BrandNewsTable;
  owner_calendar_feeds: OwnerCalendarFeedsTable;
  owner_passkeys: OwnerPasskeysTable;
  piece_transfers: PieceTransfersTable;
  exchange_rates: ExchangeRatesTable;
  acquisition_spend: AcquisitionSpendTable;
}

export type Item = Selectable<ItemsTable>;
export type Warranty = Selectable<WarrantiesTable>;
export type Owner = Selectable<OwnersTable>;
export type NewProvenanceEvent = Insertable<ProvenanceEventsTable>;
export type ProvenanceEventRow = Selectable<ProvenanceEventsTable>;
export type WarrantyUpdate = Updateable<WarrantiesTable>;
export type { Generated };

/** A boutique drop-off window of a service centre. */
export interface DropOffSlotsTable {
  id: string;
  brand_id: string;
  service_centre_id: string;
  starts_at: string;
  ends_at: string;
  capacity: number;
  /** Bookings taken: only ever raised by a conditional update (`booked < capacity`), and checked by the table. */
  booked: Generated<number>;
}

export type RepairStatusColumn =
  | 'requested'
  | 'received'
  | 'diagnosed'
  | 'awaiting_approval'
  | 'approved'
  | 'declined'
  | 'in_repair'
  | 'quality_control'
  | 'ready'
  | 'returned'
  | 'cancelled';

export interface RepairOrdersTable {
  id: string;
  brand_id: string;
  /** Canonical form, dashes included (`7XK2-M9QD-R4TB`); unique across brands. */
  tracking_code: string;
  item_id: string;
  service_type: string;
  description: string;
  service_centre_id: string;
  /** `retailer`: left at the counter of the retailer in `retailer_id` (migration 0020). */
  drop_off_method: 'slot' | 'mail_in' | 'retailer';
  drop_off_slot_id: string | null;
  /** The retailer the piece was left with, when a retailer booked it (migration 0012): its repairs are the ones it sees. */
  retailer_id: string | null;
  /** When the contact of a counter drop-off opened the confirmation link; null before, and for other drop-offs (migration 0020). */
  contact_confirmed_at: string | null;
  contact_name: string;
  contact_email: string;
  /** Lower-cased e-mail, compared on lookup. */
  contact_email_normalized: string;
  contact_language: string;
  /** The piece's status when booked, if stolen or lost: shown to staff, never to the person booking. */
  flagged_item_status: 'stolen' | 'lost' | null;
  /** 1: the piece had a registered owner whose e-mail is not the contact's when booked; shown to staff, never to the person booking. */
  booked_by_non_owner: Generated<Flag>;
  status: RepairStatusColumn;
  promised_date: string | null;
  /** When the piece became ready for return: what "on time" is measured on. */
  ready_at: string | null;
  rating_score: number | null;
  rating_comment: string | null;
  rated_at: string | null;
  created_at: string;
  /** What the owner paid, recorded at the return (migration 0036; `charged_on` the UTC day); null before, and when nothing was charged. Bigint: read with `Number()`. */
  charged_currency: Generated<string | null>;
  charged_minor_units: Generated<number | string | null>;
  charged_on: Generated<string | null>;
}

/** Every status a repair entered, with the staff note: its history, append-only. */
export interface RepairStatusChangesTable {
  id: string;
  repair_id: string;
  /** 1, 2, 3… per repair, unique with `repair_id`: the order of the history, even within one millisecond. */
  sequence: number;
  from_status: RepairStatusColumn | null;
  to_status: RepairStatusColumn;
  note: string | null;
  changed_at: string;
}

/** The estimate of a repair (one per repair: there is one way into `awaiting_approval`) and the owner's decision. */
export interface RepairEstimatesTable {
  repair_id: string;
  currency: string;
  /** JSON array of `{ description, amountMinorUnits, coveredByWarranty }`. */
  line_items: string;
  total_minor_units: number;
  valid_until: string;
  created_at: string;
  decision: 'approve' | 'decline' | null;
  decided_at: string | null;
  /** The name the owner typed as their signature. */
  decided_by_name: string | null;
  /** The client address the decision came from: personal data, shown to staff only. */
  decided_from_address: string | null;
}

/**
 * The tokens of the tracker links e-mailed to a repair's owner: one per e-mail, each kept only as
 * its SHA-256 (the token itself travels only in the link's fragment). Any of them opens the tracker.
 */
export interface RepairLinkTokensTable {
  id: string;
  repair_id: string;
  token_hash: string;
  created_at: string;
}

/** A person's passkey: a WebAuthn credential they registered, which signs them in to the console (migration 0015). */
export interface PasskeysTable {
  id: string;
  person_id: string;
  /** The credential id the authenticator chose, base64url; unique across everyone. */
  credential_id: string;
  /** The credential's COSE public key, base64url. */
  public_key: string;
  /** The signature counter the authenticator last reported (0 for the many that keep none). */
  counter: number;
  /** JSON array of the transports the browser reported (`internal`, `hybrid`, …). */
  transports: string;
  device_label: string;
  created_at: string;
  last_used_at: string | null;
}

/** A challenge handed out with passkey options, deleted when used (migration 0015). */
export interface WebauthnChallengesTable {
  id: string;
  /** The person (or, for `owner_registration`, the owner) adding a passkey; null for a sign-in, where nobody is known yet. */
  person_id: string | null;
  /** base64url, as in the options and in the browser's clientDataJSON. */
  challenge: string;
  purpose: 'sign_in' | 'registration' | 'owner_sign_in' | 'owner_registration';
  expires_at: string;
}

/** One audited act (migration 0016): append-only, the database refuses updates and deletes. */
export interface AuditLogTable {
  id: string;
  brand_id: string;
  /** ISO 8601 instant. */
  at: string;
  actor_kind: 'key' | 'person';
  /** The API key's id or the person's id. */
  actor_id: string;
  /** The retailer a retailer principal acted for; null for the brand's. */
  retailer_id: string | null;
  /** The contract's operation id. */
  operation: string;
  target_kind: string | null;
  target_id: string | null;
  ip: string;
  /** `ok`, or the error code answered. */
  outcome: string;
}

/** One piece delivered to a retailer or returned from it (migration 0017); append-only. */
export interface StockMovementsTable {
  id: string;
  brand_id: string;
  item_id: string;
  retailer_id: string;
  kind: 'delivery' | 'return';
  /** Shared by the pieces of one request. */
  batch_id: string;
  /** ISO date the pieces arrived (a delivery) or left (a return). */
  occurred_on: string;
  reference: string | null;
  recorded_at: string;
}

/**
 * An owner's profile shared with one retailer (migration 0018): while not revoked, that retailer's
 * lookups of the owner's pieces show their contact. Written by the owner space; revoking keeps the row.
 */
export interface ProfileSharesTable {
  id: string;
  brand_id: string;
  owner_id: string;
  retailer_id: string;
  shared_at: string;
  revoked_at: string | null;
}

/** A note to a retailer of record: another retailer served its client's piece (migration 0018). No personal data. */
export interface RetailerNotesTable {
  id: string;
  brand_id: string;
  /** The retailer of record, who reads the note. */
  retailer_id: string;
  item_id: string;
  kind: 'modification' | 'repair_intake';
  serving_retailer_id: string;
  /** The modification's public words, or the repair's service type. */
  detail: string;
  occurred_at: string;
  created_at: string;
  read_at: string | null;
}

/** A note of the brand about a client, a piece or a repair (features/client-notes; contract client-notes.ts). */
export interface ClientNotesTable {
  id: string;
  brand_id: string;
  subject: 'client' | 'piece' | 'repair';
  owner_id: string | null;
  /** The piece: of a piece's note, or of a repair's note (the repair's piece). */
  item_id: string | null;
  repair_id: string | null;
  visibility: 'brand' | 'retailer_of_record' | 'all_retailers';
  text: string;
  /** `text` folded for search (client-notes/search-text.ts). */
  search_text: string;
  /** The last day kept, YYYY-MM-DD; the maintenance sweep deletes the note after it. */
  retain_until: string;
  created_at: string;
}

/** The retailers of record when a `retailer_of_record` note was written: who may read it. */
export interface ClientNoteRetailersTable {
  note_id: string;
  retailer_id: string;
}

/** An invitation of the brand to an event (migration 0031; features/invitations, contract invitations.ts). */
export interface InvitationsTable {
  id: string;
  brand_id: string;
  status: 'draft' | 'sent';
  /** The locale the texts were required in: the brand's default when it was written. */
  default_language: string;
  /** JSON: `{ [locale]: { title, description } }`. */
  texts: string;
  place_name: string;
  place_address: string | null;
  place_city: string;
  place_country: string;
  /** The start as given: a day and `HH:MM` in `time_zone`'s clocks. */
  starts_on: string;
  starts_time: string;
  time_zone: string;
  /** The same instant in UTC: answers close then. */
  starts_at: string;
  capacity: number;
  /** Seats the yeses took: only ever moved by a conditional update, and checked by the table. */
  seats_taken: Generated<number>;
  /** JSON: `{ segment, filter }` (brand-audience.ts). */
  audience: string;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
}

/** An owner invited, once per invitation (migration 0031). Personal data: who was invited and their answer. */
export interface InvitationGuestsTable {
  invitation_id: string;
  brand_id: string;
  owner_id: string;
  invited_at: string;
  /** When the invitation was e-mailed to them; null when it was not (`not_emailed_reason` says why). */
  emailed_at: string | null;
  not_emailed_reason: string | null;
  answer: 'yes' | 'no' | null;
  answered_at: string | null;
}

/** A news item of the brand (migration 0031; features/brand-news, contract brand-news.ts). */
export interface BrandNewsTable {
  id: string;
  brand_id: string;
  status: 'draft' | 'published';
  default_language: string;
  /** JSON: `{ [locale]: { title, body } }`. */
  texts: string;
  link: string | null;
  /** JSON: `{ segment, filter }` (brand-audience.ts). */
  audience: string;
  created_at: string;
  updated_at: string;
  published_at: string | null;
}

/** An owner's passkey for one of the brand's sites (features/owner-passkeys, migration 0037); columns as `PasskeysTable`'s. */
export interface OwnerPasskeysTable {
  id: string;
  brand_id: string;
  owner_id: string;
  /** The host of the brand's page it was made on: it signs in there only. */
  rp_id: string;
  credential_id: string;
  public_key: string;
  counter: number;
  transports: string;
  device_label: string;
  created_at: string;
  last_used_at: string | null;
}

/** An owner's private calendar feed (features/owner-documents/calendar-feed.ts): its address's token, hashed. */
export interface OwnerCalendarFeedsTable {
  id: string;
  brand_id: string;
  owner_id: string;
  /** SHA-256 (hex) of the token in the feed's address; the token itself is never stored. */
  token_hash: string;
  created_at: string;
  /** When a new feed replaced it, or the owner stopped it; null while it is the owner's live feed. */
  revoked_at: string | null;
}

/** An owner's transfer of a piece (features/owner-transfers): their act, and how it ended. */
export interface PieceTransfersTable {
  id: string;
  brand_id: string;
  item_id: string;
  /** Who transfers, and their warranty then (the piece's covering one). */
  from_owner_id: string;
  from_warranty_id: string;
  /** Whom to: the pending warranty (`source = 'transfer'`) and its owner. */
  to_owner_id: string;
  to_warranty_id: string;
  kind: 'sale' | 'gift';
  /** `pending` until it is confirmed, cancelled, or superseded by another transfer of the piece; a lapsed link leaves it `pending` past `expires_at`. */
  status: 'pending' | 'confirmed' | 'cancelled' | 'superseded';
  requested_at: string;
  /** When the confirmation link lapses. */
  expires_at: string;
  ended_at: string | null;
  /** Why a `cancelled` transfer was (migration 0034, features/warranties/pending-transfers.ts); null for the other ends. */
  ended_reason: PieceTransferCancelReason | null;
}

/** Why a pending transfer was cancelled: by its owner, the piece reported stolen or lost, or one of its two owners erased their account. */
export type PieceTransferCancelReason = 'by_owner' | 'piece_reported_stolen' | 'piece_reported_lost' | 'owner_erased' | 'recipient_erased';
