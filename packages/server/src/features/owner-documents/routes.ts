/**
 * A piece's papers in the owner space: the signed resale dossier (JSON and PDF) and the owner's
 * private calendar feed.
 */
import {
  createMyCalendarFeed as createMyCalendarFeedOperation,
  getMyCalendarFeed as getMyCalendarFeedOperation,
  getMyPieceDossier as getMyPieceDossierOperation,
  getMyPieceDossierPdf as getMyPieceDossierPdfOperation,
  stopMyCalendarFeed as stopMyCalendarFeedOperation,
} from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { signedInOwnerOf as ownerOf } from '../owner-space/signed-in-owner.ts';
import { calendarFeedStatus, createCalendarFeed, stopCalendarFeed } from './calendar-feed.ts';
import { dossierJson, issueResaleDossier } from './resale-dossier.ts';
import { mailLocale } from '../../mail/templates/warranty-confirmation.ts';
import { renderDossierPdf } from './resale-dossier-pdf.ts';

/** The brand's page of a piece's public history, from its template (as the Digital Link resolver fills it); null without one. */
function provenancePageOf(template: string | null, serial: string, gtin: string | null): string | null {
  if (template === null || (template.includes('{gtin}') && gtin === null)) return null;
  return template.replaceAll('{serial}', encodeURIComponent(serial)).replaceAll('{gtin}', gtin ?? '');
}

export function ownerDocumentRoutes(deps: ServerDeps): OperationRoute[] {
  const { db, clock } = deps;
  const piecesDeps = { db, clock, publicUrl: deps.publicUrl };
  return [
    route(getMyPieceDossierOperation, async ({ caller, params }) => (await issueResaleDossier(piecesDeps, ownerOf(caller), params.serial)).dossier),
    route(getMyPieceDossierPdfOperation, async ({ caller, params }) => {
      const owner = ownerOf(caller);
      const { dossier, signingKey } = await issueResaleDossier(piecesDeps, owner, params.serial);
      const [brand, person] = await Promise.all([
        db.selectFrom('brands').select(['name', 'provenance_page_url_template']).where('id', '=', owner.brandId).executeTakeFirstOrThrow(),
        db.selectFrom('owners').select('language').where('id', '=', owner.ownerId).executeTakeFirstOrThrow(),
      ]);
      return renderDossierPdf({
        dossier,
        json: dossierJson(dossier),
        signingKey,
        brandName: brand.name,
        apiOrigin: deps.publicOrigin,
        provenancePageUrl: provenancePageOf(brand.provenance_page_url_template, dossier.serial, dossier.gtin),
        language: mailLocale(person.language),
      });
    }),
    route(getMyCalendarFeedOperation, ({ caller }) => calendarFeedStatus(db, ownerOf(caller))),
    route(createMyCalendarFeedOperation, ({ caller }) => createCalendarFeed(db, ownerOf(caller), clock.now(), deps.publicOrigin)),
    route(stopMyCalendarFeedOperation, async ({ caller }) => ({ stopped: await stopCalendarFeed(db, ownerOf(caller), clock.now()) })),
  ];
}
