/**
 * The resale dossier as a PDF for people: the same facts as the signed JSON, and how to check that
 * JSON, which rides inside the PDF as an attached file. Drawn with PDFKit (`pdfkit`): maintained
 * (releases through 2025–26, where pdf-lib's last is from 2021), it lays text out itself (wrapping,
 * pages), embeds files, and writes the standard PDF fonts without shipping a font file. Server only,
 * so its size is no widget's concern.
 *
 * In English for now: the standard fonts cover Western European text only (WinAnsi), and a
 * Japanese or Chinese dossier needs a CJK font embedded — a later step.
 */
import { createHash } from 'node:crypto';
import type { BrandSigningKey, ResaleDossier } from '@atelier/client/contract';
import serviceTypeNames from '@atelier/client/service-type-names/en';
import PDFDocument from 'pdfkit';

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
}

const pageMarginPt = 56;
const titleSizePt = 20;
const headingSizePt = 13;
const bodySizePt = 10;
const smallSizePt = 8;

const warrantyStatusWords: Record<string, string> = {
  active: 'covered',
  expired: 'ended',
  pending_confirmation: 'awaiting confirmation',
  void: 'void',
};

/** The file name of the attached JSON, and of the JSON download in the owner portal. */
export function dossierJsonFileName(serial: string): string {
  return `${serial}-dossier.json`;
}

/** The PDF's bytes. */
export async function renderDossierPdf(input: DossierPdfInput): Promise<Uint8Array<ArrayBuffer>> {
  const { dossier, signingKey } = input;
  const { facts } = dossier.dossier;
  const document = new PDFDocument({
    size: 'A4',
    margin: pageMarginPt,
    // Uncompressed: a dossier is a page or two, and its text stays greppable (the tests read the serial).
    compress: false,
    info: {
      Title: `Resale dossier ${dossier.serial}`,
      Author: input.brandName,
      Subject: `${dossier.model.name} ${dossier.model.reference}, serial ${dossier.serial}`,
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

  const heading = (text: string) => document.moveDown(0.8).font('Helvetica-Bold').fontSize(headingSizePt).text(text).moveDown(0.3).font('Helvetica').fontSize(bodySizePt);
  const line = (label: string, value: string) => document.font('Helvetica-Bold').text(`${label}: `, { continued: true }).font('Helvetica').text(value);
  // Hashes and keys in a fixed-width face, on a line of their own: read and compared character by character.
  const code = (label: string, value: string) => document.font('Helvetica-Bold').text(`${label}:`).font('Courier').text(value, { indent: 12 }).font('Helvetica');

  document.font('Helvetica-Bold').fontSize(titleSizePt).text(`${input.brandName} — resale dossier`);
  document.font('Helvetica').fontSize(bodySizePt).text(`Issued on ${facts.issuedOn}. The facts below are the brand's, as of that day, and name no person.`);

  heading('The piece');
  line('Model', `${dossier.model.name} (${dossier.model.collection}), reference ${dossier.model.reference}`);
  line('Serial number', dossier.serial);
  line('Made in', String(dossier.manufactureYear));
  line('Status', dossier.stolen ? `REPORTED STOLEN on ${dossier.stolen.reportedOn}: contact the police and the brand` : dossier.status);
  if (dossier.firstSale) line('First sold', `${dossier.firstSale.month}, ${dossier.firstSale.retailerName}, ${dossier.firstSale.city} (${dossier.firstSale.country})`);
  line('Owners registered', `${dossier.ownerCount}${dossier.currentOwnerRegisteredSince ? `, the current one since ${dossier.currentOwnerRegisteredSince}` : ''}`);

  heading('Warranty and care');
  line('Warranty', `${warrantyStatusWords[facts.warranty.status] ?? facts.warranty.status}, until ${facts.warranty.coverageEnd} (it stays with the piece when it changes hands)`);
  line('Next service due', facts.nextServiceDue);
  line('Services by the brand', facts.serviceHistory.servicesCount === 0 ? 'none recorded' : `${facts.serviceHistory.servicesCount}, the last on ${facts.serviceHistory.lastServicedOn}`);
  for (const service of dossier.services) document.text(`• ${service.date} — ${(serviceTypeNames as Record<string, string | undefined>)[service.serviceType] ?? service.serviceType}${service.centreCity ? `, ${service.centreCity}` : ''}`, { indent: 12 });
  if (dossier.modifications.length > 0) {
    line('Modifications by authorized retailers', String(dossier.modifications.length));
    for (const modification of dossier.modifications) document.text(`• ${modification.date} — ${modification.what}, ${modification.retailerName}`, { indent: 12 });
  }

  heading('How to check this dossier');
  const fileName = dossierJsonFileName(dossier.serial);
  const sha256 = createHash('sha256').update(input.json).digest('hex');
  document.text(
    `This PDF is for reading. What proves it is the signed JSON attached to it as the file ${fileName} ` +
      '(open the attachments of the PDF; the owner can also download it from their space, the same file on the same day). ' +
      "Its history of events is a hash chain whose last hash the brand signed, and the brand also signed the dossier's facts above; " +
      'changing any fact breaks a signature.',
  );
  document.moveDown(0.5);
  code('SHA-256 of the JSON file', sha256);
  code('Last event hash (chain head)', dossier.chainHead.hash);
  code("The brand's signing key (Ed25519): key id, then x", `${signingKey.kid}\n${signingKey.x}`);
  document.moveDown(0.5);
  document.text(
    `1. Get the brand's public key from the brand itself, not from this page: ${input.apiOrigin}/v1/brand (its signingKey), with the key id above. ` +
      "2. Check the JSON with the brand's open-source client: verifyProvenanceRecord(dossier, signingKey) from @atelier/client answers { verified: true } " +
      'only when every event, the chain and both signatures hold.' +
      (input.provenancePageUrl ? ` 3. Compare with the piece's public history today: ${input.provenancePageUrl}` : ''),
  );
  document.moveDown(1).fontSize(smallSizePt).fillColor('#555555').text('Dossier format: atelier-resale-dossier/1. Dates are in UTC.');

  document.file(Buffer.from(input.json, 'utf8'), { name: fileName, type: 'application/json', description: `Signed resale dossier of ${dossier.serial}` });
  document.end();
  await ended;
  const pdf = Buffer.concat(chunks);
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength) as Uint8Array<ArrayBuffer>;
}
