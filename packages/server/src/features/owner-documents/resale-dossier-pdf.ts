/**
 * The resale dossier as a PDF for people: the same facts as the signed JSON, and how to check that
 * JSON, which rides inside the PDF as an attached file. Drawn with PDFKit (`pdfkit`): maintained
 * (releases through 2025–26, where pdf-lib's last is from 2021), it lays text out itself (wrapping,
 * pages, line breaks between ideographs), embeds files and subsets the fonts it embeds. Server
 * only, so its size is no widget's concern.
 *
 * In the owner's language (seven locales, resale-dossier-pdf-texts.ts), written with Noto Sans
 * (dossier-fonts.ts): Japanese and Chinese text and any name in Japanese, Chinese or Korean print;
 * hashes and keys stay in Courier, a standard PDF font, being ASCII.
 */
import { createHash } from 'node:crypto';
import type { BrandSigningKey, ResaleDossier } from '@atelier/client/contract';
import type { Locale } from '@atelier/client/contract';
import { serviceTypeName, type ServiceTypeNames } from '@atelier/client/service-type-names';
import de from '@atelier/client/service-type-names/de';
import en from '@atelier/client/service-type-names/en';
import fr from '@atelier/client/service-type-names/fr';
import it from '@atelier/client/service-type-names/it';
import ja from '@atelier/client/service-type-names/ja';
import zhHans from '@atelier/client/service-type-names/zh-Hans';
import zhHant from '@atelier/client/service-type-names/zh-Hant';
import PDFDocument from 'pdfkit';
import { fontRuns, parsedSlice } from './dossier-fonts.ts';
import { dossierPdfTexts } from './resale-dossier-pdf-texts.ts';

export interface DossierPdfInput {
  dossier: ResaleDossier;
  /** The dossier's JSON as `GET …/dossier` answers it (resale-dossier.ts `dossierJson`). */
  json: string;
  signingKey: BrandSigningKey;
  brandName: string;
  /** The API's origin, where the brand publishes its key (`GET /v1/brand`). */
  apiOrigin: string;
  /** The brand's page showing this piece's public history, when it has one. */
  provenancePageUrl: string | null;
  /** The owner's language: the PDF's words, and which forms of the ideographs it prints first. */
  language: Locale;
}

const serviceTypeNamesOf: Record<Locale, ServiceTypeNames> = { en, fr, de, it, ja, 'zh-Hans': zhHans, 'zh-Hant': zhHant };
/** Labels and notes, set apart from the values by colour (the dossier has one weight of its fonts). */
const mutedColour = '#555555';
const textColour = '#000000';

const pageMarginPt = 56;
const titleSizePt = 20;
const headingSizePt = 13;
const bodySizePt = 10;
const smallSizePt = 8;

/** The file name of the attached JSON, and of the JSON download in the owner portal. */
export function dossierJsonFileName(serial: string): string {
  return `${serial}-dossier.json`;
}

/** The PDF's bytes. */
export async function renderDossierPdf(input: DossierPdfInput): Promise<Uint8Array<ArrayBuffer>> {
  const { dossier, signingKey, language } = input;
  const { facts } = dossier.dossier;
  const t = dossierPdfTexts(language);
  const document = new PDFDocument({
    size: 'A4',
    margin: pageMarginPt,
    // Compressed: the fonts' glyphs are most of its bytes (src/testing/pdf-text.ts reads it back for the tests).
    compress: true,
    lang: language,
    info: {
      Title: t.documentTitle(dossier.serial),
      Author: input.brandName,
      Subject: t.subject(dossier.model.name, dossier.model.reference, dossier.serial),
      // The day of issue, not the second: the same dossier on the same day is the same document.
      CreationDate: new Date(`${facts.issuedOn}T00:00:00Z`),
    },
  });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    document.on('end', resolve);
    document.on('error', reject);
  });

  const registered = new Set<string>();
  /** Writes `text` in the fonts that have its characters, one run per font, as one paragraph. */
  const write = (text: string, options: PDFKit.Mixins.TextOptions = {}) => {
    const runs = fontRuns(text, language);
    runs.forEach((run, index) => {
      const font = run.slice ? parsedSlice(run.slice) : null;
      if (run.slice && font && !registered.has(run.slice.name)) {
        // The font parsed once per process; PDFKit's font factory takes a fontkit font as it is (its
        // types list only files and bytes) and makes this document's own subset of it.
        document.registerFont(run.slice.name, font as unknown as PDFKit.Mixins.PDFFontSource);
        registered.add(run.slice.name);
      }
      // A character no font has is drawn in Helvetica, as the PDF's standard fonts draw it (or not at all).
      document.font(run.slice && font ? run.slice.name : 'Helvetica');
      const last = index === runs.length - 1;
      document.text(run.text, { ...(index === 0 ? options : {}), continued: !last || options.continued === true });
    });
    return document;
  };
  const heading = (text: string) => {
    document.moveDown(0.8).fontSize(headingSizePt);
    write(text).moveDown(0.3).fontSize(bodySizePt);
  };
  const line = (label: string, value: string) => {
    document.fillColor(mutedColour);
    write(`${label}${t.separator}`, { continued: true });
    document.fillColor(textColour);
    write(value);
  };
  // Hashes and keys in a fixed-width face, on a line of their own: read and compared character by character.
  const code = (label: string, value: string) => {
    document.fillColor(mutedColour);
    write(`${label}${t.separator}`);
    document.fillColor(textColour).font('Courier').text(value, { indent: 12 });
  };
  const names = serviceTypeNamesOf[language];

  document.fontSize(titleSizePt);
  write(t.title(input.brandName));
  document.fontSize(bodySizePt);
  write(t.issued(facts.issuedOn));

  heading(t.pieceHeading);
  line(t.model, t.modelValue(dossier.model.name, dossier.model.collection, dossier.model.reference));
  line(t.serial, dossier.serial);
  line(t.madeIn, String(dossier.manufactureYear));
  line(t.status, dossier.stolen ? t.stolen(dossier.stolen.reportedOn) : (t.itemStatus[dossier.status as keyof typeof t.itemStatus] ?? dossier.status));
  if (dossier.firstSale) line(t.firstSold, `${dossier.firstSale.month}, ${dossier.firstSale.retailerName}, ${dossier.firstSale.city} (${dossier.firstSale.country})`);
  line(t.owners, t.ownersValue(dossier.ownerCount, dossier.currentOwnerRegisteredSince ?? null));

  heading(t.careHeading);
  line(t.warranty, t.warrantyValue(t.warrantyStatus[facts.warranty.status as keyof typeof t.warrantyStatus] ?? facts.warranty.status, facts.warranty.coverageEnd));
  line(t.nextServiceDue, facts.nextServiceDue);
  line(t.services, t.servicesValue(facts.serviceHistory.servicesCount, facts.serviceHistory.lastServicedOn ?? null));
  for (const service of dossier.services) write(`• ${service.date} — ${serviceTypeName(names, service.serviceType)}${service.centreCity ? `, ${service.centreCity}` : ''}`, { indent: 12 });
  if (dossier.modifications.length > 0) {
    line(t.modifications, String(dossier.modifications.length));
    for (const modification of dossier.modifications) write(`• ${modification.date} — ${modification.what}, ${modification.retailerName}`, { indent: 12 });
  }

  heading(t.checkHeading);
  const fileName = dossierJsonFileName(dossier.serial);
  const sha256 = createHash('sha256').update(input.json).digest('hex');
  write(t.checkIntro(fileName));
  document.moveDown(0.5);
  code(t.sha256, sha256);
  code(t.chainHead, dossier.chainHead.hash);
  code(t.signingKey, `${signingKey.kid}\n${signingKey.x}`);
  document.moveDown(0.5);
  write(t.steps(`${input.apiOrigin}/v1/brand`, input.provenancePageUrl));
  document.moveDown(1).fontSize(smallSizePt).fillColor(mutedColour);
  write(t.footer);

  document.file(Buffer.from(input.json, 'utf8'), { name: fileName, type: 'application/json', description: t.attachment(dossier.serial) });
  document.end();
  await ended;
  const pdf = Buffer.concat(chunks);
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength) as Uint8Array<ArrayBuffer>;
}
