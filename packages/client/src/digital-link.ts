/**
 * GS1 Digital Link URIs for a serialized piece: `https://<host>[/<prefix>]/01/<GTIN>/21/<serial>`,
 * as printed in the QR code of a warranty card. Follows the uncompressed Web URI syntax of GS1
 * Digital Link 1.x for AI 01 (GTIN) and its qualifier AI 21 (serial number). Browser-safe: no
 * Node APIs.
 */

export const digitalLinkErrorCodes = [
  'not_a_digital_link',
  'invalid_gtin',
  'invalid_check_digit',
  'invalid_serial',
  'invalid_link_type',
  'invalid_base_url',
] as const;
export type DigitalLinkErrorCode = (typeof digitalLinkErrorCodes)[number];

/** Which input an error is about, so a form can put the message on the right field. */
export type DigitalLinkField = 'url' | 'gtin' | 'serial' | 'linkType' | 'baseUrl';

/** A link type of the GS1 Web Vocabulary as a compact URI (`gs1:registerProduct`), or `all`. */
export type DigitalLinkType = `gs1:${string}` | 'all';

export interface DigitalLink {
  /** Always 14 digits, left-padded with zeros, check digit verified. */
  gtin: string;
  /** The serial as decoded from the URI (AI 21), case preserved. */
  serial: string;
  /** Scheme, host and any path prefix before `/01`, without a trailing slash. */
  baseUrl: string;
  linkType?: DigitalLinkType;
}

export type DigitalLinkParseResult =
  | { ok: true; link: DigitalLink }
  | { ok: false; code: DigitalLinkErrorCode; field: DigitalLinkField; message: string };

export class DigitalLinkError extends Error {
  readonly code: DigitalLinkErrorCode;
  readonly field: DigitalLinkField;
  constructor(code: DigitalLinkErrorCode, field: DigitalLinkField, message: string) {
    super(message);
    this.name = 'DigitalLinkError';
    this.code = code;
    this.field = field;
  }
}

/** GS1's own resolver: the canonical host when a brand has no resolver of its own. */
export const defaultDigitalLinkBaseUrl = 'https://id.gs1.org';

/** AI 21 is `X..20`: at most 20 characters of CSet 82. */
export const gs1SerialMaxLength = 20;
const normalizedGtinDigits = 14;
/** GTIN-8, GTIN-12 (UPC-A), GTIN-13 (EAN-13) and GTIN-14. */
const acceptedGtinLengths = new Set([8, 12, 13, 14]);

/** The query parameter GS1 resolvers read; some printed links use the lower-case spelling. */
export const linkTypeQueryParameter = 'linkType';
const linkTypeQueryParameterSpellings = [linkTypeQueryParameter, 'linktype'];
/** The full URI form of a link type, which resolvers accept as well as the `gs1:` compact form. */
const gs1VocabularyUri = 'https://gs1.org/voc/';
const compactLinkTypePattern = /^gs1:[A-Za-z][A-Za-z0-9]*$/;

/**
 * Path names of the AIs, numeric first. The short names (`gtin`, `ser`, …) come from Digital Link
 * 1.0; later versions no longer produce them, so they are only read, never written.
 */
const gtinSegmentNames = new Set(['01', 'gtin']);
const serialSegmentNames = new Set(['21', 'ser']);
/** Qualifiers that may sit between the GTIN and the serial, in this order: variant (22), lot (10). */
const qualifierSegmentNamesInOrder = [new Set(['22', 'cpv']), new Set(['10', 'lot'])];

/** GS1 AI encodable character set 82 (GS1 General Specifications, figure 7.11-1). */
const cset82Pattern = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]*$/;
/**
 * CSet 82 characters that Digital Link requires percent-encoded in a path segment; everything else
 * in CSet 82 is an RFC 3986 unreserved character and stays as is.
 */
const percentEncodedCharacters = /[!"%&'()*+,/:;<=>?]/g;

const notAPieceLinkMessage = 'This address is not a GS1 Digital Link to a piece (…/01/<GTIN>/21/<serial>).';

function fail(code: DigitalLinkErrorCode, field: DigitalLinkField, message: string): never {
  throw new DigitalLinkError(code, field, message);
}

/** GS1 mod-10: weights 3 and 1 alternate from the digit next to the check digit leftwards. */
export function gs1CheckDigit(digitsWithoutCheckDigit: string): number {
  let sum = 0;
  for (let index = 0; index < digitsWithoutCheckDigit.length; index += 1) {
    const fromRight = digitsWithoutCheckDigit.length - 1 - index;
    sum += Number(digitsWithoutCheckDigit[index]) * (fromRight % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** A GTIN-8/12/13/14 as 14 digits with its check digit verified; throws `DigitalLinkError`. */
export function normalizeGtin(gtin: string): string {
  if (!/^\d+$/.test(gtin) || !acceptedGtinLengths.has(gtin.length)) {
    fail('invalid_gtin', 'gtin', 'A GTIN has 8, 12, 13 or 14 digits and nothing else.');
  }
  const padded = gtin.padStart(normalizedGtinDigits, '0');
  const expected = gs1CheckDigit(padded.slice(0, -1));
  if (Number(padded.slice(-1)) !== expected) {
    fail('invalid_check_digit', 'gtin', `The GTIN's check digit should be ${String(expected)}: the number is mistyped.`);
  }
  return padded;
}

function checkSerial(serial: string): void {
  if (serial.length === 0) fail('invalid_serial', 'serial', 'The serial number is missing.');
  if (serial.length > gs1SerialMaxLength) {
    fail('invalid_serial', 'serial', `A GS1 serial number has at most ${String(gs1SerialMaxLength)} characters.`);
  }
  if (!cset82Pattern.test(serial)) {
    fail('invalid_serial', 'serial', 'A GS1 serial number may only contain letters, digits and !"%&\'()*+,-./:;<=>?_ (no spaces).');
  }
}

function encodeSerial(serial: string): string {
  return serial.replace(percentEncodedCharacters, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function decodeSegment(segment: string, field: DigitalLinkField): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return fail(field === 'gtin' ? 'invalid_gtin' : 'invalid_serial', field, 'The link contains a broken percent-encoding.');
  }
}

function normalizeLinkType(linkType: string): DigitalLinkType {
  const compact = linkType.startsWith(gs1VocabularyUri) ? `gs1:${linkType.slice(gs1VocabularyUri.length)}` : linkType;
  if (compact === 'all') return compact;
  if (!compactLinkTypePattern.test(compact)) {
    fail('invalid_link_type', 'linkType', 'A link type is a GS1 Web Vocabulary term such as gs1:registerProduct, or all.');
  }
  return compact as DigitalLinkType;
}

function webUrl(input: string, code: DigitalLinkErrorCode, field: DigitalLinkField): URL {
  const url = URL.canParse(input) ? new URL(input) : undefined;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    fail(code, field, 'A Digital Link is a web address starting with https://.');
  }
  return url;
}

/** Reads a Digital Link; throws `DigitalLinkError`. See `parseDigitalLink` for a result instead. */
export function readDigitalLink(input: string): DigitalLink {
  const url = webUrl(input.trim(), 'not_a_digital_link', 'url');
  const segments = url.pathname.split('/').slice(1);
  if (segments.at(-1) === '') segments.pop();

  // Read from the end: serial, then optional qualifiers, then the GTIN; what is left is the prefix.
  let end = segments.length;
  const serialName = segments[end - 2];
  if (serialName === undefined || !serialSegmentNames.has(serialName)) {
    if (segments.some((segment) => gtinSegmentNames.has(segment))) {
      fail('invalid_serial', 'serial', 'The link names a product but not a piece: it has no serial number (/21/…).');
    }
    fail('not_a_digital_link', 'url', notAPieceLinkMessage);
  }
  const serial = decodeSegment(segments[end - 1] ?? '', 'serial');
  end -= 2;
  for (const names of [...qualifierSegmentNamesInOrder].reverse()) {
    const name = segments[end - 2];
    if (name !== undefined && names.has(name)) end -= 2;
  }
  const gtinName = segments[end - 2];
  if (gtinName === undefined || !gtinSegmentNames.has(gtinName)) fail('not_a_digital_link', 'url', notAPieceLinkMessage);
  const gtin = normalizeGtin(decodeSegment(segments[end - 1] ?? '', 'gtin'));
  checkSerial(serial);

  const prefix = segments.slice(0, end - 2).join('/');
  const link: DigitalLink = { gtin, serial, baseUrl: prefix ? `${url.origin}/${prefix}` : url.origin };
  for (const name of linkTypeQueryParameterSpellings) {
    const value = url.searchParams.get(name);
    if (value !== null) {
      link.linkType = normalizeLinkType(value);
      break;
    }
  }
  return link;
}

/**
 * Reads a Digital Link typed, pasted or scanned by a person: a result rather than an exception,
 * since a wrong input is expected there. `not_a_digital_link` means the text may be a bare serial.
 */
export function parseDigitalLink(input: string): DigitalLinkParseResult {
  try {
    return { ok: true, link: readDigitalLink(input) };
  } catch (error) {
    if (!(error instanceof DigitalLinkError)) throw error;
    return { ok: false, code: error.code, field: error.field, message: error.message };
  }
}

export interface DigitalLinkInput {
  /** GTIN-8, -12, -13 or -14; written as 14 digits. */
  gtin: string;
  serial: string;
  /** Scheme, host and optional path prefix; defaults to GS1's resolver. */
  baseUrl?: string;
  linkType?: DigitalLinkType;
}

/** Writes the canonical Digital Link of a piece; throws `DigitalLinkError` on invalid input. */
export function buildDigitalLink(input: DigitalLinkInput): string {
  const gtin = normalizeGtin(input.gtin);
  checkSerial(input.serial);
  const base = webUrl(input.baseUrl ?? defaultDigitalLinkBaseUrl, 'invalid_base_url', 'baseUrl');
  if (base.search || base.hash) {
    fail('invalid_base_url', 'baseUrl', 'The base URL must not have a query or a fragment.');
  }
  const prefix = base.pathname.replace(/\/+$/, '');
  let link = `${base.origin}${prefix}/01/${gtin}/21/${encodeSerial(input.serial)}`;
  if (input.linkType !== undefined) {
    // A link type is letters, digits and one colon, all legal in a query as they are.
    link += `?${linkTypeQueryParameter}=${normalizeLinkType(input.linkType)}`;
  }
  return link;
}
