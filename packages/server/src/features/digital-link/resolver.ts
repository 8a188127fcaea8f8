/**
 * The GS1 Digital Link resolver: `GET /01/{gtin}/21/{serial}` (and the forms `parseDigitalLink`
 * reads: lot and variant qualifiers, `/gtin/…/ser/…`), as printed in the QR code of a warranty
 * card. It takes no key (a QR code carries none), so it has its own per-address budget.
 *
 * - `linkType` absent, `all` or `gs1:pip`: a browser (Accept: text/html) is sent (307) to the
 *   brand's provenance page; `Accept: application/json` gets the public record, audited like an
 *   API lookup.
 * - `gs1:registerProduct` → the activation page; `gs1:serviceInfo` → the repair page.
 * - Errors: problem+json for a client that asks for JSON only; anyone else is a person holding a
 *   phone, who gets a page. An unknown serial (under a GTIN that is fine) is sent to the brand's
 *   provenance page with that serial, whose widget says the piece is unknown; a malformed link, a
 *   GTIN that is not the piece's, or a miss with no brand to point to gets a small HTML page.
 *
 * GTIN rule: a piece that has a GTIN resolves only under that GTIN (same value once normalised to
 * 14 digits). A wrong one is answered as unknown, never as the piece: a card whose product number
 * does not match its serial is a copy, and must not borrow the genuine piece's record. A piece
 * without a GTIN (back catalogue registered before GTINs were assigned) resolves under any valid
 * GTIN: the registry has nothing to check it against, and refusing would make every QR code
 * printed for it dead. Its record shows `gtin: null`, so a client can see none was checked.
 *
 * Single-brand assumption: the piece is found by serial among all brands, preferring one whose
 * GTIN matches. With several brands sharing serials, brands would need their own GTIN company
 * prefixes, checked here.
 */
import { parseDigitalLink, type DigitalLinkType } from '@atelier/client';
import { errorStatuses } from '@atelier/client/contract';
import type { Context, Hono } from 'hono';
import { sql } from 'kysely';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { BrandsTable } from '../../db/schema.ts';
import type { AppEnv } from '../../http/context.ts';
import { problemResponse, type ProblemInit } from '../../http/problem.ts';
import type { RateLimitPolicy } from '../../limits.ts';
import type { SharedCounters } from '../../db/shared-counters.ts';
import type { LookupAuditLog } from '../provenance/lookup-audit.ts';
import { admitLookup } from '../provenance/lookup-limits.ts';
import { loadProvenanceRecord } from '../provenance/record.ts';
import { renderResolverPage, type ResolverPage } from './browser-page.ts';

export interface ResolverDeps {
  db: Db;
  clock: Clock;
  counters: SharedCounters;
  audit: LookupAuditLog;
  policy: RateLimitPolicy;
  hashAddress: (address: string) => Promise<string>;
}

type PageTemplateColumn = keyof Pick<BrandsTable, 'provenance_page_url_template' | 'activation_page_url_template' | 'repair_page_url_template'>;

/** Link types this resolver knows, and the brand page each goes to. */
const pageByLinkType: Record<string, PageTemplateColumn> = {
  'gs1:pip': 'provenance_page_url_template',
  'gs1:registerProduct': 'activation_page_url_template',
  'gs1:serviceInfo': 'repair_page_url_template',
};
const defaultLinkType = 'gs1:pip';

/** The paths GS1 Digital Link puts a GTIN under: numeric first, then the 1.0 short name. */
export const digitalLinkRoutePatterns = ['/01/*', '/gtin/*'];

function fillTemplate(template: string, serial: string, gtin: string): string {
  return template.replaceAll('{serial}', encodeURIComponent(serial)).replaceAll('{gtin}', gtin);
}

/** Whether the client asked for JSON rather than a page (a browser's Accept names text/html). */
function wantsJson(c: Context): boolean {
  const accept = (c.req.header('Accept') ?? '').toLowerCase();
  return accept.includes('application/json') && !accept.includes('text/html');
}

/** A brand's provenance page URL template, the one place a lost visitor can be sent. */
interface BrandPages {
  provenance_page_url_template: string | null;
}

/**
 * Where to send someone whose link found no piece. `serial` set: the brand that has this serial
 * under another GTIN (`gtinMismatch`), else the brand whose pieces carry this GTIN. Failing both,
 * or for a link too malformed to read, the brand when the registry serves exactly one.
 */
async function brandOfMiss(db: Db, link: { gtin: string; serial: string } | null): Promise<{ brand: BrandPages; gtinMismatch: boolean } | undefined> {
  const brands = db.selectFrom('brands').select('brands.provenance_page_url_template');
  if (link) {
    const serial = link.serial.toUpperCase();
    const owner = await brands.innerJoin('items', 'items.brand_id', 'brands.id').where('items.serial', '=', serial).orderBy('brands.id').executeTakeFirst();
    if (owner) return { brand: owner, gtinMismatch: true };
    const byGtin = await brands.innerJoin('items', 'items.brand_id', 'brands.id').where('items.gtin', '=', link.gtin).orderBy('brands.id').executeTakeFirst();
    if (byGtin) return { brand: byGtin, gtinMismatch: false };
  }
  const onlyBrands = await brands.limit(2).execute();
  return onlyBrands.length === 1 ? { brand: onlyBrands[0]!, gtinMismatch: false } : undefined;
}

async function findPiece(db: Db, gtin: string, serial: string) {
  return db
    .selectFrom('items')
    .innerJoin('brands', 'brands.id', 'items.brand_id')
    .select(['items.id', 'items.status', 'items.serial', 'items.brand_id', 'brands.provenance_page_url_template', 'brands.activation_page_url_template', 'brands.repair_page_url_template'])
    .where('items.serial', '=', serial.toUpperCase())
    .where((eb) => eb.or([eb('items.gtin', '=', gtin), eb('items.gtin', 'is', null)]))
    .orderBy(sql`case when items.gtin is null then 1 else 0 end`)
    .orderBy('items.brand_id')
    .limit(1)
    .executeTakeFirst();
}

/** The codes the resolver answers: their statuses are the ones its page can show. */
type ResolverProblemCode = 'validation_failed' | 'not_found' | 'unknown_serial' | 'rate_limited';

/** Answers every resolver error as Accept asks: problem+json for a JSON client, a page for a person. */
async function answerError(c: Context, problem: ProblemInit & { code: ResolverProblemCode }, page: Omit<ResolverPage, 'status'>): Promise<Response> {
  const headers = { ...problem.headers, Vary: 'Accept' };
  if (wantsJson(c)) return problemResponse({ ...problem, headers });
  const status = errorStatuses[problem.code];
  return new Response(await renderResolverPage({ ...page, status }), {
    status,
    headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' },
  });
}

/** The provenance page with no serial filled in: where someone looks a piece up themselves. */
function lookupPageOf(brand: BrandPages | undefined): string | null {
  const template = brand?.provenance_page_url_template;
  return template ? fillTemplate(template, '', '') : null;
}

export function registerDigitalLinkResolver(app: Hono<AppEnv>, deps: ResolverDeps): void {
  const resolve = async (c: Context<AppEnv>) => {
    const parsed = parseDigitalLink(c.req.url);
    if (!parsed.ok) {
      const miss = await brandOfMiss(deps.db, null);
      return answerError(
        c,
        { code: 'validation_failed', detail: parsed.message, errors: [{ path: parsed.field, code: parsed.code, message: parsed.message }] },
        { title: 'This link cannot be read', message: `The QR code or link is damaged or incomplete: ${parsed.message}`, provenancePageUrl: lookupPageOf(miss?.brand) },
      );
    }
    const { gtin, serial } = parsed.link;
    const linkType: DigitalLinkType = parsed.link.linkType === undefined || parsed.link.linkType === 'all' ? defaultLinkType : parsed.link.linkType;
    const page = pageByLinkType[linkType];
    if (!page) {
      return answerError(
        c,
        { code: 'not_found', detail: `This resolver has no ${linkType} link.` },
        { title: 'This link leads nowhere', message: `There is no page of the kind this link asks for (${linkType}).`, provenancePageUrl: lookupPageOf((await brandOfMiss(deps.db, parsed.link))?.brand) },
      );
    }

    const now = deps.clock.now();
    const clientAddressHash = await deps.hashAddress(c.get('clientIp'));
    const admission = await admitLookup(deps.counters, now, [{ policy: deps.policy, subject: `address:${clientAddressHash}` }]);
    const piece = await findPiece(deps.db, gtin, serial);
    const audit = (outcome: 'answered' | 'rate_limited') => {
      if (piece) deps.audit.record({ brandId: piece.brand_id, serial: piece.serial, item: piece, channel: 'digital_link', outcome, apiKeyId: null, clientAddressHash, at: now });
    };
    if (!admission.allowed) {
      audit('rate_limited');
      return answerError(
        c,
        {
          code: 'rate_limited',
          detail: `Too many lookups from this address; retry in ${admission.retryAfterSeconds} seconds.`,
          headers: { ...admission.headers, 'Retry-After': String(admission.retryAfterSeconds) },
        },
        { title: 'Too many lookups', message: `Too many pieces were looked up from this network. Please try again in ${admission.retryAfterSeconds} seconds.`, provenancePageUrl: null },
      );
    }
    const headers = { ...admission.headers, Vary: 'Accept' };
    if (!piece) {
      const unknown = { code: 'unknown_serial', detail: 'No piece has this GTIN and serial number.', headers } as const;
      const miss = wantsJson(c) ? undefined : await brandOfMiss(deps.db, parsed.link);
      const provenanceTemplate = miss?.brand.provenance_page_url_template;
      if (miss && !miss.gtinMismatch && provenanceTemplate) {
        // The brand's page looks the serial up itself and shows its "unknown piece" state, in the brand's look and language.
        for (const [name, value] of Object.entries(headers)) c.header(name, value);
        return c.redirect(fillTemplate(provenanceTemplate, serial, gtin), 307);
      }
      return answerError(c, unknown, {
        title: 'No piece matches this link',
        message: 'The registry has no piece with this product number and serial number. Check the serial number engraved on the piece itself.',
        provenancePageUrl: lookupPageOf(miss?.brand),
      });
    }
    if (page === 'provenance_page_url_template' && wantsJson(c)) {
      const record = await loadProvenanceRecord(deps.db, piece.brand_id, piece.serial);
      audit('answered');
      return c.json(record, 200, headers);
    }
    const template = piece[page];
    if (!template) {
      return answerError(
        c,
        { code: 'not_found', detail: `The brand publishes no page for ${linkType}.`, headers },
        { title: 'This page is not available', message: 'The brand publishes no page of the kind this link asks for.', provenancePageUrl: lookupPageOf(piece) },
      );
    }
    // 307 as GS1 resolvers answer: temporary, so a brand may move its pages without stale caches.
    for (const [name, value] of Object.entries(headers)) c.header(name, value);
    return c.redirect(fillTemplate(template, piece.serial, gtin), 307);
  };
  for (const pattern of digitalLinkRoutePatterns) app.get(pattern, resolve);
}
