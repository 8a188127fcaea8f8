/**
 * Field-level building blocks shared by every schema of the contract.
 * Limits live here, once, with their unit in the name.
 */
import * as z from 'zod/mini';
import { supportedLocales } from './locales.ts';
import { singleLine } from './text-characters.ts';

/** Characters of a serial number, so a form can say what it expects. */
export const serialMinLength = 3;
export const serialMaxLength = 32;
export const cardCodeMaxLength = 32;
export const personNameMaxLength = 120;
export const emailMaxLength = 254;
export const identifierMaxLength = 64;
export const idempotencyKeyMaxLength = 255;

export const Locale = z.enum(supportedLocales);
export type Locale = z.infer<typeof Locale>;

/** A piece's serial as engraved: letters, digits and dashes, compared upper-case. */
export const Serial = z.string().check(
  z.trim(),
  z.toUpperCase(),
  z.minLength(serialMinLength),
  z.maxLength(serialMaxLength),
  z.regex(/^[A-Z0-9][A-Z0-9-]*$/),
);

/** The secret printed on the warranty card; dashes and spaces a person may type are ignored. */
export const CardCode = z.string().check(
  z.trim(),
  z.minLength(4),
  z.maxLength(cardCodeMaxLength),
  z.regex(/^[A-Za-z0-9 -]+$/),
);

export const PersonName = z.string().check(z.trim(), singleLine, z.minLength(1), z.maxLength(personNameMaxLength));

export const Email = z.string().check(z.trim(), z.maxLength(emailMaxLength), z.email());

/** ISO 3166-1 alpha-2, upper-case. */
export const CountryCode = z.string().check(z.trim(), z.toUpperCase(), z.regex(/^[A-Z]{2}$/));

/** Calendar date without time, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();

/** Instant in UTC, ISO 8601. */
export const IsoDateTime = z.iso.datetime({ offset: true });

/** Opaque identifier chosen by the server. */
export const Id = z.string().check(singleLine, z.minLength(1), z.maxLength(identifierMaxLength));

/** A client's id: an owner's `own_…` id, as a segment's members carry it (clients.ts, client-notes.ts). */
export const ClientId = z.string().check(z.regex(/^own_[A-Za-z0-9_-]{1,64}$/, 'A client id (own_ then letters, digits, _ or -).'));

/** ISO 4217 currency code. */
export const CurrencyCode = z.string().check(z.regex(/^[A-Z]{3}$/));

/** Money in the currency's minor unit (cents; yen have none), so no amount is ever a rounded float. */
export const AmountMinorUnits = z.number().check(z.int(), z.gte(0));

/** An amount with its currency: a sale's price, what a repair charged, the brand's spend. */
export const Money = z.strictObject({ currency: CurrencyCode, amountMinorUnits: AmountMinorUnits });
export type Money = z.infer<typeof Money>;

/** A calendar month, `YYYY-MM`: the period of an exchange rate or of the brand's spend. */
export const IsoMonth = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A month, YYYY-MM.'));
