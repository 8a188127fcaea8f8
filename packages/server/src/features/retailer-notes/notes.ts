/**
 * Notes to a retailer of record: when another retailer serves the piece of one of its clients (a
 * modification at its counter, a repair it takes in), the retailer that sold the piece is told
 * what, which piece, by whom and when — never who the client is. Written in the serving act's own
 * transaction, so a note exists exactly when the act does. Only a retailer's own act leaves one:
 * the brand's principals recording on a retailer's behalf are not another retailer serving.
 */
import type { MarkedRetailerNotes, RetailerNote, RetailerNotesPage, RetailerNotesQuery } from '@atelier/client/contract';
import { retailerNotesPageSize } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';
import { decodeCursor, encodeCursor } from '../../db/keyset-cursor.ts';
import type { RetailerNotesTable } from '../../db/schema.ts';
import { AtelierError } from '../../errors.ts';
import { newTimeOrderedId } from '../../ids.ts';
import { retailerOfRecordId } from '../recognition/current-warranty.ts';

export interface ServedPiece {
  brandId: string;
  itemId: string;
  /** The retailer that served the piece (a retailer principal's own retailer). */
  servingRetailerId: string;
  kind: RetailerNotesTable['kind'];
  /** Public words only: the modification as the provenance shows it, or the service type. */
  detail: string;
  occurredAt: string;
}

/** Leaves a note for the piece's retailer of record, unless it has none or served the piece itself. */
export async function noteForRetailerOfRecord(db: Db, served: ServedPiece, now: Date): Promise<void> {
  const retailerOfRecord = await retailerOfRecordId(db, served.itemId);
  if (retailerOfRecord === undefined || retailerOfRecord === served.servingRetailerId) return;
  await db
    .insertInto('retailer_notes')
    .values({
      id: newTimeOrderedId('rnt', now),
      brand_id: served.brandId,
      retailer_id: retailerOfRecord,
      item_id: served.itemId,
      kind: served.kind,
      serving_retailer_id: served.servingRetailerId,
      detail: served.detail,
      occurred_at: served.occurredAt,
      created_at: now.toISOString(),
      read_at: null,
    })
    .execute();
}

function notesOf(db: Db, brandId: string, retailerId: string) {
  return db
    .selectFrom('retailer_notes as note')
    .innerJoin('items as item', 'item.id', 'note.item_id')
    .innerJoin('models as model', 'model.id', 'item.model_id')
    .innerJoin('retailers as serving', 'serving.id', 'note.serving_retailer_id')
    .where('note.brand_id', '=', brandId)
    .where('note.retailer_id', '=', retailerId)
    .select([
      'note.id',
      'note.kind',
      'item.serial',
      'model.reference as model_reference',
      'model.name as model_name',
      'serving.id as serving_id',
      'serving.name as serving_name',
      'serving.country as serving_country',
      'serving.city as serving_city',
      'note.detail',
      'note.occurred_at',
      'note.created_at',
      'note.read_at',
    ]);
}

type NoteRow = Awaited<ReturnType<ReturnType<typeof notesOf>['execute']>>[number];

function noteView(row: NoteRow): RetailerNote {
  return {
    id: row.id,
    kind: row.kind,
    serial: row.serial,
    model: { reference: row.model_reference, name: row.model_name },
    servedBy: { id: row.serving_id, name: row.serving_name, country: row.serving_country, city: row.serving_city },
    detail: row.detail,
    occurredAt: row.occurred_at,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}

async function unreadCount(db: Db, brandId: string, retailerId: string): Promise<number> {
  const { unread } = await db
    .selectFrom('retailer_notes')
    .select((eb) => eb.fn.countAll<number | string>().as('unread'))
    .where('brand_id', '=', brandId)
    .where('retailer_id', '=', retailerId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(unread);
}

const isInstant = (parts: string[]) => !Number.isNaN(Date.parse(parts[0]!));

/** A page of the retailer's own notes, newest first, in keyset pages of `retailerNotesPageSize`. */
export async function listRetailerNotes(db: Db, brandId: string, retailerId: string, query: RetailerNotesQuery): Promise<RetailerNotesPage> {
  let selection = notesOf(db, brandId, retailerId);
  if (query.unread === 'true') selection = selection.where('note.read_at', 'is', null);
  if (query.unread === 'false') selection = selection.where('note.read_at', 'is not', null);
  if (query.cursor !== undefined) {
    const [createdAt, id] = decodeCursor(query.cursor, 2, isInstant) as [string, string];
    selection = selection.where((eb) => eb.or([eb('note.created_at', '<', createdAt), eb.and([eb('note.created_at', '=', createdAt), eb('note.id', '<', id)])]));
  }
  const rows = await selection.orderBy('note.created_at', 'desc').orderBy('note.id', 'desc').limit(retailerNotesPageSize + 1).execute();
  const notes = rows.slice(0, retailerNotesPageSize).map(noteView);
  const last = notes.at(-1);
  return {
    notes,
    unreadCount: await unreadCount(db, brandId, retailerId),
    nextCursor: rows.length > retailerNotesPageSize && last ? encodeCursor([last.createdAt, last.id]) : null,
  };
}

/** Marks the retailer's own notes read (a note read before keeps its time); another's id refuses the whole request. */
export async function markRetailerNotesRead(db: Db, brandId: string, retailerId: string, noteIds: string[], now: Date): Promise<MarkedRetailerNotes> {
  const own = new Set(
    (await db.selectFrom('retailer_notes').select('id').where('brand_id', '=', brandId).where('retailer_id', '=', retailerId).where('id', 'in', noteIds).execute()).map((row) => row.id),
  );
  const fieldErrors = noteIds.flatMap((id, index) => (own.has(id) ? [] : [{ path: `noteIds.${index}`, code: 'invalid_value', message: 'No note of this retailer has this id.' }]));
  if (fieldErrors.length > 0) throw new AtelierError('validation_failed', `Nothing was marked: ${fieldErrors.map((error) => error.path).join(', ')} name no note of this retailer.`, { fieldErrors });
  await db.updateTable('retailer_notes').set({ read_at: now.toISOString() }).where('id', 'in', noteIds).where('retailer_id', '=', retailerId).where('read_at', 'is', null).execute();
  const rows = await notesOf(db, brandId, retailerId).where('note.id', 'in', noteIds).orderBy('note.created_at', 'desc').orderBy('note.id', 'desc').execute();
  return { notes: rows.map(noteView), unreadCount: await unreadCount(db, brandId, retailerId) };
}
