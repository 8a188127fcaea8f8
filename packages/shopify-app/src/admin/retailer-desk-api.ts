/**
 * The retailer desk on the admin page (`/api/stock`, `/api/recognition`, session token required):
 * the shop's retailer's stock and the recognition of a client's piece, as the brand's console shows
 * them to a boutique's staff. Both go through the shop's retailer key, so the brand answers for
 * this retailer only and audits each recognition. A shop still connected with the brand's secret
 * key is refused both: through that key the brand would answer for every retailer.
 */
import { ApiError, parseDigitalLink, type AtelierClient } from '@atelier/client';
import { listStock, recognisePiece, Serial, serialMaxLength, serialMinLength, StockQuery, type PieceRecognition, type Received, type StockPiece } from '@atelier/client/contract';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { ConnectionStore, ShopConnection } from '../connections/connection-store.ts';
import { problem } from '../http-problem.ts';
import { scannedCardLinkMaxChars } from '../limits.ts';
import type { Logger } from '../logger.ts';
import type { RecognitionResponse, StockPieceView, StockResponse } from './api-types.ts';
import { brandProblem } from './brand-problems.ts';
import type { AdminEnv } from './session-token.ts';

export interface RetailerDeskDeps {
  connections: ConnectionStore;
  logger: Logger;
}

/** Anything with a scheme or a slash is a warranty card's link (a scanner types it whole): a serial has neither. */
const looksLikeLink = /^[a-z][a-z0-9+.-]*:|\//i;

function serialProblem(code: string, message: string): Response {
  return problem(422, 'validation_failed', 'Check the serial number.', [{ path: 'serial', code, message }]);
}

/** The serial typed, or read from the card's QR code (a GS1 Digital Link, `…/21/<serial>`); or the field error to show. */
function serialOf(input: string | undefined): { serial: string } | { refused: Response } {
  const typed = (input ?? '').trim();
  if (typed === '') return { refused: serialProblem('required', 'Enter the serial number engraved on the piece or printed on its warranty card.') };
  if (typed.length > scannedCardLinkMaxChars) return { refused: serialProblem('too_long', 'This is not a serial number: it is far too long.') };
  let candidate = typed;
  if (looksLikeLink.test(typed)) {
    const link = parseDigitalLink(typed);
    if (!link.ok) return { refused: serialProblem('invalid_format', `This link is not a warranty card's: ${link.message}`) };
    candidate = link.link.serial;
  }
  if (candidate.length > serialMaxLength) {
    return { refused: serialProblem('too_long', `A serial number has at most ${serialMaxLength} characters: check it against the case back or the warranty card.`) };
  }
  if (candidate.length < serialMinLength) return { refused: serialProblem('too_short', `A serial number has at least ${serialMinLength} characters.`) };
  const serial = z.safeParse(Serial, candidate);
  if (!serial.success) return { refused: serialProblem('invalid_format', 'A serial number has only letters, digits and dashes.') };
  return { serial: serial.data };
}

/** The shop's connection as its retailer, or the answer saying why these views are closed to it. */
async function openAsRetailer(connections: ConnectionStore, shop: string): Promise<{ connection: ShopConnection; client: AtelierClient } | { refused: Response }> {
  const opened = await connections.open(shop);
  if (!opened) return { refused: problem(409, 'shop_not_connected', 'Connect the shop to the brand first, under Brand connection, with the retailer key (rk_…) the brand gave you.') };
  if (opened.connection.keyKind !== 'retailer') {
    return {
      refused: problem(
        409,
        'retailer_key_required',
        "The shop is connected with the brand's secret key, which reads every retailer's data. Ask the brand for your retailer key (rk_…) and enter it under Brand connection: stock and recognition then show your shop's own.",
      ),
    };
  }
  return opened;
}

function stockPieceView(piece: Received<StockPiece>): StockPieceView {
  return { serial: piece.serial, model: { reference: piece.model.reference, name: piece.model.name }, deliveredOn: piece.deliveredOn, daysInStock: piece.daysInStock };
}

/**
 * The contract's fields of a recognition, copied one by one: the client passes on a field a newer
 * server adds, and nothing the contract does not name reaches the page (the contact is the owner's
 * only when the brand sends it, which it does only when shared with this retailer).
 */
function recognitionView(card: Received<PieceRecognition>): Received<PieceRecognition> {
  const contact = card.client?.contact;
  return {
    serial: card.serial,
    model: { reference: card.model.reference, name: card.model.name, collection: card.model.collection },
    status: card.status,
    reportedMissing: card.reportedMissing,
    registered: card.registered,
    warranty: card.warranty && { status: card.warranty.status, validUntil: card.warranty.validUntil },
    client: card.client && {
      clientSince: card.client.clientSince,
      tier: card.client.tier,
      contact: contact
        ? { name: contact.name, email: contact.email, country: contact.country, language: contact.language, postalAddress: contact.postalAddress, sharedAt: contact.sharedAt }
        : null,
    },
    nextCareDue: card.nextCareDue && { date: card.nextCareDue.date, after: card.nextCareDue.after, overdue: card.nextCareDue.overdue },
    retailerOfRecord: card.retailerOfRecord && { id: card.retailerOfRecord.id, name: card.retailerOfRecord.name, country: card.retailerOfRecord.country, city: card.retailerOfRecord.city },
  };
}

export function retailerDeskRoutes(deps: RetailerDeskDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  /** One page of the retailer's stock, oldest delivery first; `?cursor=` the next. */
  app.get('/stock', async (c) => {
    const shop = c.get('shop');
    const cursorInput = c.req.query('cursor');
    const cursor = z.safeParse(z.optional(StockQuery.shape.cursor), cursorInput === '' ? undefined : cursorInput);
    if (!cursor.success) {
      return problem(422, 'validation_failed', 'Reload the stock: this page of it is not one the brand gave.', [
        { path: 'cursor', code: cursor.error.issues[0]?.code ?? 'invalid_format', message: 'Not a page of the stock: reload it.' },
      ]);
    }
    const opened = await openAsRetailer(deps.connections, shop);
    if ('refused' in opened) return opened.refused;
    try {
      const page = await opened.client.call(listStock, { query: cursor.data === undefined ? {} : { cursor: cursor.data } });
      return c.json<StockResponse>({
        pieces: page.pieces.map(stockPieceView),
        total: page.counts.reduce((sum, count) => sum + count.pieces, 0),
        nextCursor: page.nextCursor,
      });
    } catch (error) {
      const answer = brandProblem(error, { shop, operation: listStock.id, logger: deps.logger });
      if (answer) return answer;
      throw error;
    }
  });

  /** "Recognise, don't reveal": what the brand tells this retailer about a piece a client brings in. The brand records each lookup. */
  app.get('/recognition', async (c) => {
    const shop = c.get('shop');
    const typed = serialOf(c.req.query('serial'));
    if ('refused' in typed) return typed.refused;
    const opened = await openAsRetailer(deps.connections, shop);
    if ('refused' in opened) return opened.refused;
    let card: Received<PieceRecognition>;
    try {
      card = await opened.client.call(recognisePiece, { params: { serial: typed.serial } });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'unknown_serial') {
        return problem(404, 'unknown_serial', `No piece of the brand has the serial number ${typed.serial}. Check it against the case back or the warranty card.`);
      }
      const answer = brandProblem(error, { shop, operation: recognisePiece.id, logger: deps.logger });
      if (answer) return answer;
      throw error;
    }
    return c.json<RecognitionResponse>({
      recognition: recognitionView(card),
      retailerOfRecordIsThisShop: card.retailerOfRecord?.id === opened.connection.retailerId,
    });
  });

  return app;
}
