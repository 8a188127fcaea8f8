/**
 * The GS1 Digital Link resolver: `GET /01/{gtin}/21/{serial}` (and the forms `parseDigitalLink`
 * reads: lot and variant qualifiers, `/gtin/…/ser/…`), as printed in the QR code of a warranty
 * card. It takes no key (a QR code carries none), so it has its own per-address budget.
 *
 * - `linkType` absent, `all` or `gs1:pip`: a browser (Accept: text/html) is sent (307) to the
 *   brand's provenance page; `Accept: application/json` gets the public record, audited like an
 *   API lookup.
 * - `gs1:registerProduct` → the activation page; `gs1:serviceInfo` → the repair page.
 * - Unknown piece: 404 problem+json. Without a known piece there is no brand, so no page to send
 *   a browser to.
 *
 * Single-brand assumption: the piece is found by serial among all brands, preferring one whose
 * GTIN matches; pieces without a GTIN match any valid GTIN. With several brands sharing serials,
 * brands would need their own GTIN company prefixes, checked here.
 */
import { parseDigitalLink, type DigitalLinkType } from '@atelier/client';
import type { Context, Hono } from 'hono';
import { sql } from 'kysely';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { BrandsTable } from '../../db/schema.ts';
import type { AppEnv } from '../../http/context.ts';
import { problemResponse } from '../../http/problem.ts';
import type { RateLimitPolicy } from '../../limits.ts';
import type { SharedCounters } from '../../db/shared-counters.ts';
import type { LookupAuditLog } from '../provenance/lookup-audit.ts';
import { admitLookup } from '../provenance/lookup-limits.ts';
import { loadProvenanceRecord } from '../provenance/record.ts';

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

export function registerDigitalLinkResolver(app: Hono<AppEnv>, deps: ResolverDeps): void {
  const resolve = async (c: Context<AppEnv>) => {
    const parsed = parseDigitalLink(c.req.url);
    if (!parsed.ok) {
      return problemResponse({
        status: 422,
        code: 'validation_failed',
        detail: parsed.message,
        errors: [{ path: parsed.field, code: parsed.code, message: parsed.message }],
      });
    }
    const { gtin, serial } = parsed.link;
    const linkType: DigitalLinkType = parsed.link.linkType === undefined || parsed.link.linkType === 'all' ? defaultLinkType : parsed.link.linkType;
    const page = pageByLinkType[linkType];
    if (!page) return problemResponse({ status: 404, code: 'not_found', detail: `This resolver has no ${linkType} link.` });

    const now = deps.clock.now();
    const clientAddressHash = await deps.hashAddress(c.get('clientIp'));
    const admission = await admitLookup(deps.counters, now, [{ policy: deps.policy, subject: `address:${clientAddressHash}` }]);
    const piece = await findPiece(deps.db, gtin, serial);
    const audit = (outcome: 'answered' | 'rate_limited') => {
      if (piece) deps.audit.record({ brandId: piece.brand_id, serial: piece.serial, item: piece, channel: 'digital_link', outcome, apiKeyId: null, clientAddressHash, at: now });
    };
    if (!admission.allowed) {
      audit('rate_limited');
      return problemResponse({
        status: 429,
        code: 'rate_limited',
        detail: `Too many lookups from this address; retry in ${admission.retryAfterSeconds} seconds.`,
        headers: { ...admission.headers, 'Retry-After': String(admission.retryAfterSeconds) },
      });
    }
    const headers = { ...admission.headers, Vary: 'Accept' };
    if (!piece) {
      return problemResponse({ status: 404, code: 'unknown_serial', detail: 'No piece has this GTIN and serial number.', headers });
    }
    if (page === 'provenance_page_url_template' && wantsJson(c)) {
      const record = await loadProvenanceRecord(deps.db, piece.brand_id, piece.serial);
      audit('answered');
      return c.json(record, 200, headers);
    }
    const template = piece[page];
    if (!template) return problemResponse({ status: 404, code: 'not_found', detail: `The brand publishes no page for ${linkType}.`, headers });
    // 307 as GS1 resolvers answer: temporary, so a brand may move its pages without stale caches.
    for (const [name, value] of Object.entries(headers)) c.header(name, value);
    return c.redirect(fillTemplate(template, piece.serial, gtin), 307);
  };
  for (const pattern of digitalLinkRoutePatterns) app.get(pattern, resolve);
}
