/**
 * Issue 16, Documents: the owner downloads a piece's resale dossier; a buyer checks the JSON with
 * the client's `verifyProvenanceRecord` and the brand's published key, and any change to it — a
 * fact of the dossier, an event of the history, the dossier moved onto another piece — fails the
 * check. The PDF is a PDF in the owner's language (Japanese too, and names in any of the CJK
 * scripts), names the piece and carries that same JSON. Nobody else's piece.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, it } from 'node:test';
import { inflateSync } from 'node:zlib';
import { verifyProvenanceRecord } from '@atelier/client';
import type { BrandConfig, ResaleDossier } from '@atelier/client/contract';
import { fixtureCentreId } from '../repairs/testing.ts';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { pdfText } from '../../testing/pdf-text.ts';
import { asOwner, giveOwnerPiece, signInOwner } from '../owner-space/testing.ts';

const ownerEmail = 'ada@example.com';

/** The text of each stream of a PDF, inflated where it is compressed (an embedded file is). */
function streamsOf(pdf: Buffer): string[] {
  const streams: string[] = [];
  for (const match of pdf.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    const bytes = Buffer.from(match[1]!, 'latin1');
    try {
      streams.push(inflateSync(bytes).toString('utf8'));
    } catch {
      streams.push(bytes.toString('utf8'));
    }
  }
  return streams;
}

describeEachDatabase('the resale dossier', (database) => {
  let server: TestServer;
  let cookie: string;
  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 3 });
  });
  afterEach(() => server.close());

  async function brandKey(): Promise<NonNullable<BrandConfig['signingKey']>> {
    const brand = (await (await server.fromWidget('/v1/brand')).json()) as BrandConfig;
    assert.ok(brand.signingKey, 'the brand publishes its key');
    return brand.signingKey;
  }

  async function dossierOf(serial: string): Promise<{ response: Response; text: string; dossier: ResaleDossier }> {
    const response = await asOwner(server, cookie, `/v1/owner/pieces/${serial}/dossier`);
    const text = await response.text();
    assert.equal(response.status, 200, text);
    return { response, text, dossier: JSON.parse(text) as ResaleDossier };
  }

  async function ownPieceServicedOnce(): Promise<string> {
    const piece = server.items[0]!;
    await giveOwnerPiece(server, { email: ownerEmail, item: piece, purchaseDate: '2023-02-10', coverageEnd: '2025-02-10' });
    const serviced = await server.request(`/v1/items/${piece.serial}/services`, { key: 'secret', body: { serviceType: 'full_service', serviceCentreId: fixtureCentreId } });
    assert.equal(serviced.status, 201, await serviced.clone().text());
    cookie = await signInOwner(server, ownerEmail);
    return piece.serial;
  }

  it("verifies with the client against the brand's key, stating the warranty end, the services and the next service, and naming nobody", async () => {
    const serial = await ownPieceServicedOnce();
    const { dossier, text } = await dossierOf(serial);

    assert.deepEqual(await verifyProvenanceRecord(dossier, await brandKey()), { verified: true });
    const today = server.clock.now().toISOString().slice(0, 10);
    const piece = (await (await asOwner(server, cookie, `/v1/owner/pieces/${serial}`)).json()) as { warranty: unknown; nextCareDue: { date: string } };
    assert.deepEqual(dossier.dossier.facts, {
      format: 'atelier-resale-dossier/1',
      serial,
      model: dossier.model,
      issuedOn: today,
      warranty: piece.warranty,
      serviceHistory: { servicesCount: 1, lastServicedOn: today },
      nextServiceDue: piece.nextCareDue.date,
      chainHeadHash: dossier.chainHead.hash,
    });
    assert.deepEqual(dossier.services.map((service) => service.date), [today], 'the history lists the service');
    // The public record (owners counted, not named) and the block: no name, no address, no e-mail.
    assert.ok(!text.includes(ownerEmail) && !text.includes('Ada Owner'), 'no personal data');
    const publicRecord = (await (await server.fromWidget(`/v1/provenance/${serial}`)).json()) as Record<string, unknown>;
    const { dossier: _block, ...record } = dossier;
    assert.deepEqual(record, publicRecord, 'the JSON is the public record plus the dossier block');
  });

  it('fails the check when a fact, an event or the piece is changed', async () => {
    const serial = await ownPieceServicedOnce();
    await giveOwnerPiece(server, { email: ownerEmail, item: server.items[1]! });
    const key = await brandKey();
    const { dossier } = await dossierOf(serial);
    const { dossier: other } = await dossierOf(server.items[1]!.serial);
    const altered = (change: (copy: ResaleDossier) => void): ResaleDossier => {
      const copy = structuredClone(dossier);
      change(copy);
      return copy;
    };

    const laterWarranty = altered((copy) => (copy.dossier.facts.warranty.coverageEnd = '2031-02-10'));
    assert.deepEqual(await verifyProvenanceRecord(laterWarranty, key), { verified: false, reason: 'dossier_mismatch' });
    const moreServices = altered((copy) => (copy.dossier.facts.serviceHistory.servicesCount = 3));
    assert.deepEqual(await verifyProvenanceRecord(moreServices, key), { verified: false, reason: 'dossier_mismatch' });
    const eventMoved = altered((copy) => (copy.events[0]!.occurredOn = '1999-01-01'));
    assert.deepEqual(await verifyProvenanceRecord(eventMoved, key), { verified: false, reason: 'hash_mismatch', atSequence: 1 });
    // The block of one piece on the other's record: each half is genuine, the whole is not.
    assert.deepEqual(await verifyProvenanceRecord({ ...other, dossier: dossier.dossier }, key), { verified: false, reason: 'dossier_mismatch' });
    const forged = altered((copy) => (copy.dossier.signature = other.dossier.signature));
    assert.deepEqual(await verifyProvenanceRecord(forged, key), { verified: false, reason: 'dossier_mismatch' });
  });

  it("answers another owner's piece, or one that does not exist, as not found", async () => {
    await giveOwnerPiece(server, { email: ownerEmail, item: server.items[0]! });
    await giveOwnerPiece(server, { email: 'someone@example.com', item: server.items[1]! });
    cookie = await signInOwner(server, ownerEmail);
    for (const serial of [server.items[1]!.serial, server.items[2]!.serial, 'NO-SUCH-PIECE']) {
      for (const path of [`/v1/owner/pieces/${serial}/dossier`, `/v1/owner/pieces/${serial}/dossier.pdf`]) {
        const response = await asOwner(server, cookie, path);
        assert.equal(response.status, 404, path);
        assert.equal(((await response.json()) as { code: string }).code, 'unknown_serial');
      }
    }
  });

  /** The owner's PDF of `serial`: its bytes and the text it shows. */
  async function pdfOf(serial: string): Promise<{ pdf: Buffer; text: string }> {
    const response = await asOwner(server, cookie, `/v1/owner/pieces/${serial}/dossier.pdf`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Content-Type'), 'application/pdf');
    assert.match(response.headers.get('Content-Disposition') ?? '', /^attachment; filename="dossier\.pdf"$/);
    const pdf = Buffer.from(await response.arrayBuffer());
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    return { pdf, text: pdfText(pdf) };
  }

  it("gives a PDF in the owner's language naming the piece, with the same JSON attached and its SHA-256 printed", async () => {
    const serial = await ownPieceServicedOnce();
    const { pdf, text } = await pdfOf(serial);
    // The owner registered in French.
    assert.ok(text.includes('dossier de revente'), text.slice(0, 200));
    assert.ok(text.includes(`Numéro de série\u00a0: ${serial}`), 'the page shows the serial (a no-break space before the colon, as French sets it)');
    assert.ok(pdf.toString('latin1').includes(`${serial}-dossier.json`), 'the JSON is attached');
    assert.ok(!text.includes('\u0000') && !text.includes('\ufffd'), 'every character is drawn by a font that has it (.notdef reads back as U+0000)');

    const { text: json } = await dossierOf(serial);
    const sha256 = createHash('sha256').update(json).digest('hex');
    assert.ok(text.includes(sha256), 'the page shows the SHA-256 of the JSON downloaded the same day');
    assert.ok(streamsOf(pdf).includes(json), 'the attached file is that JSON');
  });

  it('prints a Japanese owner\'s dossier in Japanese, a Korean and Japanese retailer name included, and it still verifies', async () => {
    const retailerName = '銀座 서울 부티크';
    await server.db.updateTable('retailers').set({ name: retailerName }).where('id', '=', server.retailers[0]!.id).execute();
    const piece = server.items[0]!;
    await giveOwnerPiece(server, { email: ownerEmail, item: piece, language: 'ja' });
    cookie = await signInOwner(server, ownerEmail);
    const { pdf, text } = await pdfOf(piece.serial);

    assert.ok(text.includes('転売用証明書'), 'the title is in Japanese');
    assert.ok(text.includes(`シリアル番号：${piece.serial}`), 'the serial, under its Japanese label');
    assert.ok(text.includes('保証とメンテナンス') && text.includes('この証明書の確認方法'), 'the headings are in Japanese');
    assert.ok(text.includes(retailerName), 'the retailer of the first sale, in Hangul and kanji');
    assert.ok(!text.includes('\u0000') && !text.includes('\ufffd'), 'every character is drawn by a font that has it (.notdef reads back as U+0000)');
    const fonts = new Set([...pdf.toString('latin1').matchAll(/\/BaseFont \/[A-Z]{6}\+([A-Za-z-]+)/g)].map((match) => match[1]));
    assert.ok([...fonts].some((font) => font!.startsWith('NotoSansJP')) && [...fonts].some((font) => font!.startsWith('NotoSansKR')), [...fonts].join(', '));

    const { text: json, dossier } = await dossierOf(piece.serial);
    assert.deepEqual(await verifyProvenanceRecord(dossier, await brandKey()), { verified: true });
    assert.ok(text.includes(createHash('sha256').update(json).digest('hex')), 'the SHA-256 of the JSON it carries');
    assert.ok(streamsOf(pdf).includes(json), 'the attached file is that JSON');
  });
});
