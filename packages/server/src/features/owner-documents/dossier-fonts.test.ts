/**
 * The dossier's fonts are parsed once per process and shared by every PDF: each PDF still embeds
 * only the glyphs it draws (the same dossier twice is the same document, a French one after a
 * Japanese one carries no Japanese font), and every slice reads, Traditional Chinese punctuation
 * included (fontkit could not open that slice's WOFF; unwrapped to TrueType it reads).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Locale } from '@atelier/client/contract';
import { fontRuns, parsedSlice, sliceFor } from './dossier-fonts.ts';
import { renderDossierPdf } from './resale-dossier-pdf.ts';

const dossier = {
  serial: 'MA-240496',
  manufactureYear: 2025,
  status: 'sold',
  stolen: null,
  ownerCount: 2,
  currentOwnerRegisteredSince: '2025-09',
  model: { name: 'Navigatrice 38', collection: 'Navigatrice', reference: 'NV-38' },
  firstSale: { month: '2025-09', retailerName: '銀座時計店 / 서울시계', city: 'Tokyo', country: 'JP' },
  services: [{ date: '2026-03-01', serviceType: 'full_service', centreCity: '東京' }],
  modifications: [],
  chainHead: { hash: 'a'.repeat(64) },
  dossier: { facts: { issuedOn: '2026-12-07', warranty: { status: 'active', coverageEnd: '2027-09-25' }, nextServiceDue: '2028-09-25', serviceHistory: { servicesCount: 1, lastServicedOn: '2026-03-01' } } },
};

/** The dossier in `language`; `latinOnly`: a Swiss boutique and centre, names without ideographs or Hangul. */
async function pdfIn(language: Locale, latinOnly = false): Promise<Buffer> {
  const shown = latinOnly
    ? { ...dossier, firstSale: { ...dossier.firstSale, retailerName: 'Boutique Rhône', city: 'Genève', country: 'CH' }, services: [{ ...dossier.services[0]!, centreCity: 'Genève' }] }
    : dossier;
  const input = { dossier: shown, json: JSON.stringify(shown), signingKey: { kid: 'k1', x: 'x'.repeat(43) }, brandName: 'Maison Aubert', apiOrigin: 'https://api.example', provenancePageUrl: null, language };
  return Buffer.from(await renderDossierPdf(input as unknown as Parameters<typeof renderDossierPdf>[0]));
}

function fontsOf(pdf: Buffer): Set<string> {
  return new Set([...pdf.toString('latin1').matchAll(/\/BaseFont \/[A-Z]{6}\+([A-Za-z-]+)/g)].map((match) => match[1]!));
}

describe("the dossier's fonts", () => {
  it('embed in each PDF only the glyphs it draws, the fonts being shared', async () => {
    const first = await pdfIn('ja');
    const again = await pdfIn('ja');
    assert.deepEqual(again, first, 'the same dossier is the same document');
    assert.ok([...fontsOf(first)].some((font) => font.startsWith('NotoSansJP')));
    const french = await pdfIn('fr', true);
    assert.deepEqual([...fontsOf(french)].filter((font) => !font.startsWith('NotoSans-')), [], 'a French dossier with Latin names carries Noto Sans only');
    assert.ok(french.length < first.length / 2, `${french.length} bytes after a Japanese one of ${first.length}`);
  });

  it('prints Traditional Chinese punctuation in the Traditional Chinese font', () => {
    const slice = sliceFor('、'.codePointAt(0)!, 'zh-Hant');
    assert.match(slice?.name ?? '', /^noto-sans-tc-/);
    assert.ok(parsedSlice(slice!), 'its slice reads');
    assert.ok(fontRuns('保養、維修。', 'zh-Hant').every((run) => run.slice?.name.startsWith('noto-sans-tc-')));
  });
});
