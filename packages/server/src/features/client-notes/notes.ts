/**
 * The brand's notes about its clients (contract: client-notes.ts in @atelier/client, where who
 * reads what is written once). Every read goes through `readableNotes`, which applies the
 * caller's visibility — so a listing, a search and the timeline cannot differ on it — and leaves
 * out notes past their retention day, which the maintenance sweep (`deleteNotesPastRetention`)
 * then deletes.
 */
import { clientNoteRetentionMaxYears, clientNotesPageSize, type ClientNote, type ClientNoteCreation, type ClientNotesPage, type ClientNotesQuery } from '@atelier/client/contract';
import { sql } from 'kysely';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { decodeCursor, encodeCursor } from '../../db/keyset-cursor.ts';
import { AtelierError } from '../../errors.ts';
import { newTimeOrderedId } from '../../ids.ts';
import { currentWarranty, retailerOfRecordId } from '../recognition/current-warranty.ts';
import { normalizeTrackingCode } from '../repairs/tracking-code.ts';
import { addMonthsToDate, isBefore, todayUtc } from '../shared/calendar.ts';
import { foldForSearch, searchPatterns } from './search-text.ts';

export interface ClientNotesDeps {
  db: Db;
  clock: Clock;
}

/** Who reads: the brand (every note), or one retailer of it (the notes visible to it). */
export type NoteReader = { kind: 'brand' } | { kind: 'retailer'; retailerId: string };

function unknownSubject(code: 'unknown_client' | 'unknown_serial' | 'unknown_repair', path: string, message: string): AtelierError {
  return new AtelierError(code, message, { fieldErrors: [{ path, code: 'invalid_value', message }] });
}

/** What a new note is attached to, checked to be the brand's. */
async function subjectOf(db: Db, brandId: string, note: ClientNoteCreation) {
  if (note.clientId !== undefined) {
    const person = await db.selectFrom('owners').select('id').where('id', '=', note.clientId).where('brand_id', '=', brandId).executeTakeFirst();
    if (!person) throw unknownSubject('unknown_client', 'clientId', 'The brand has no client with this id.');
    return { subject: 'client' as const, ownerId: person.id, itemId: null, repairId: null };
  }
  if (note.serial !== undefined) {
    const item = await db.selectFrom('items').select('id').where('serial', '=', note.serial.toUpperCase()).where('brand_id', '=', brandId).executeTakeFirst();
    if (!item) throw unknownSubject('unknown_serial', 'serial', 'The brand has no piece with this serial.');
    return { subject: 'piece' as const, ownerId: null, itemId: item.id, repairId: null };
  }
  const trackingCode = normalizeTrackingCode(note.trackingCode ?? '');
  const repair =
    trackingCode === null ? undefined : await db.selectFrom('repair_orders').select(['id', 'item_id']).where('tracking_code', '=', trackingCode).where('brand_id', '=', brandId).executeTakeFirst();
  if (!repair) throw unknownSubject('unknown_repair', 'trackingCode', 'The brand has no repair with this tracking code.');
  return { subject: 'repair' as const, ownerId: null, itemId: repair.item_id, repairId: repair.id };
}

/** The pieces the person holds now: their confirmed registration is the piece's current one. */
async function piecesHeldBy(db: Db, brandId: string, ownerId: string): Promise<string[]> {
  const registrations = await db
    .selectFrom('warranties')
    .select('item_id')
    .distinct()
    .where('brand_id', '=', brandId)
    .where('owner_id', '=', ownerId)
    .where('confirmed_at', 'is not', null)
    .where('voided_at', 'is', null)
    .execute();
  const held: string[] = [];
  for (const { item_id: itemId } of registrations) {
    if ((await currentWarranty(db, itemId))?.owner_id === ownerId) held.push(itemId);
  }
  return held;
}

/** The retailers of record a `retailer_of_record` note is for: the piece's, or those of each piece the person holds. */
async function retailersOfRecord(db: Db, brandId: string, subject: Awaited<ReturnType<typeof subjectOf>>): Promise<string[]> {
  const itemIds = subject.ownerId !== null ? await piecesHeldBy(db, brandId, subject.ownerId) : [subject.itemId!];
  const retailers = new Set<string>();
  for (const itemId of itemIds) {
    const retailerId = await retailerOfRecordId(db, itemId);
    if (retailerId !== undefined) retailers.add(retailerId);
  }
  return [...retailers].sort();
}

function checkRetention(retainUntil: string, today: string): void {
  const latest = addMonthsToDate(today, 12 * clientNoteRetentionMaxYears);
  if (isBefore(retainUntil, today) || isBefore(latest, retainUntil)) {
    const message = `A day from today (${today}) to ${latest}.`;
    throw new AtelierError('validation_failed', `retainUntil: ${message}`, { fieldErrors: [{ path: 'retainUntil', code: 'invalid_value', message }] });
  }
}

export async function createClientNote(deps: ClientNotesDeps, brandId: string, note: ClientNoteCreation): Promise<ClientNote> {
  const { db } = deps;
  const now = deps.clock.now();
  checkRetention(note.retainUntil, todayUtc(deps.clock));
  const subject = await subjectOf(db, brandId, note);
  const id = newTimeOrderedId('cnt', now);
  await db
    .insertInto('client_notes')
    .values({
      id,
      brand_id: brandId,
      subject: subject.subject,
      owner_id: subject.ownerId,
      item_id: subject.itemId,
      repair_id: subject.repairId,
      visibility: note.visibility,
      text: note.text,
      search_text: foldForSearch(note.text),
      retain_until: note.retainUntil,
      created_at: now.toISOString(),
    })
    .execute();
  if (note.visibility === 'retailer_of_record') {
    const retailerIds = await retailersOfRecord(db, brandId, subject);
    if (retailerIds.length > 0) await db.insertInto('client_note_retailers').values(retailerIds.map((retailerId) => ({ note_id: id, retailer_id: retailerId }))).execute();
  }
  const [created] = await readableNotes(deps, brandId, { kind: 'brand' }).where('note.id', '=', id).execute();
  return noteView(created!);
}

/**
 * The brand's notes `reader` may read, still within their retention: the one place visibility is
 * applied. A retailer reads `all_retailers` notes, and `retailer_of_record` notes written for it.
 */
export function readableNotes(deps: ClientNotesDeps, brandId: string, reader: NoteReader) {
  let notes = deps.db
    .selectFrom('client_notes as note')
    .leftJoin('items as item', 'item.id', 'note.item_id')
    .leftJoin('repair_orders as repair', 'repair.id', 'note.repair_id')
    .select(['note.id', 'note.subject', 'note.owner_id', 'note.item_id', 'item.serial', 'repair.tracking_code', 'note.visibility', 'note.text', 'note.retain_until', 'note.created_at'])
    .where('note.brand_id', '=', brandId)
    .where('note.retain_until', '>=', todayUtc(deps.clock));
  if (reader.kind === 'retailer') {
    const { retailerId } = reader;
    notes = notes.where((eb) =>
      eb.or([
        eb('note.visibility', '=', 'all_retailers'),
        eb.and([
          eb('note.visibility', '=', 'retailer_of_record'),
          eb.exists(eb.selectFrom('client_note_retailers as reader').select('reader.note_id').whereRef('reader.note_id', '=', 'note.id').where('reader.retailer_id', '=', retailerId)),
        ]),
      ]),
    );
  }
  return notes;
}

type NoteRow = Awaited<ReturnType<ReturnType<typeof readableNotes>['execute']>>[number];

export function noteView(row: NoteRow): ClientNote {
  return {
    id: row.id,
    subject: row.subject,
    clientId: row.owner_id,
    serial: row.serial,
    trackingCode: row.tracking_code,
    visibility: row.visibility,
    text: row.text,
    retainUntil: row.retain_until,
    createdAt: row.created_at,
  };
}

const isInstant = (parts: string[]) => !Number.isNaN(Date.parse(parts[0]!));

/** A page of the notes `reader` may read, newest first, filtered and searched as `query` says. */
export async function listClientNotes(deps: ClientNotesDeps, brandId: string, reader: NoteReader, query: ClientNotesQuery): Promise<ClientNotesPage> {
  let selection = readableNotes(deps, brandId, reader);
  if (query.clientId !== undefined) selection = selection.where('note.owner_id', '=', query.clientId);
  if (query.serial !== undefined) selection = selection.where('item.serial', '=', query.serial.toUpperCase());
  if (query.trackingCode !== undefined) {
    // A code that cannot be one names no repair: no note.
    selection = selection.where('repair.tracking_code', '=', normalizeTrackingCode(query.trackingCode) ?? '');
  }
  for (const pattern of query.q === undefined ? [] : searchPatterns(query.q)) {
    selection = selection.where(sql<boolean>`${sql.ref('note.search_text')} like ${pattern} escape '\\'`);
  }
  if (query.cursor !== undefined) {
    const [createdAt, id] = decodeCursor(query.cursor, 2, isInstant) as [string, string];
    selection = selection.where((eb) => eb.or([eb('note.created_at', '<', createdAt), eb.and([eb('note.created_at', '=', createdAt), eb('note.id', '<', id)])]));
  }
  const rows = await selection.orderBy('note.created_at', 'desc').orderBy('note.id', 'desc').limit(clientNotesPageSize + 1).execute();
  const notes = rows.slice(0, clientNotesPageSize).map(noteView);
  const last = notes.at(-1);
  return { notes, nextCursor: rows.length > clientNotesPageSize && last ? encodeCursor([last.createdAt, last.id]) : null };
}

/** Deletes one of the brand's notes now; another brand's, or none, is 404. */
export async function deleteClientNote(deps: ClientNotesDeps, brandId: string, noteId: string): Promise<ClientNote> {
  const row = await readableNotes(deps, brandId, { kind: 'brand' }).where('note.id', '=', noteId).executeTakeFirst();
  if (!row) throw new AtelierError('unknown_client_note', 'The brand has no note with this id.');
  await deleteNotes(deps.db, [noteId]);
  return noteView(row);
}

async function deleteNotes(db: Db, noteIds: readonly string[]): Promise<void> {
  if (noteIds.length === 0) return;
  await db.deleteFrom('client_note_retailers').where('note_id', 'in', noteIds).execute();
  await db.deleteFrom('client_notes').where('id', 'in', noteIds).execute();
}

/** The notes sweep deletes per statement, so a large backlog never makes one long transaction. */
const retentionSweepBatchSize = 500;

/** Deletes every note whose retention day is over (before `today`, UTC); returns how many. */
export async function deleteNotesPastRetention(db: Db, now: Date): Promise<number> {
  const today = now.toISOString().slice(0, 10);
  let deleted = 0;
  for (;;) {
    const due = (await db.selectFrom('client_notes').select('id').where('retain_until', '<', today).orderBy('id').limit(retentionSweepBatchSize).execute()).map((row) => row.id);
    await deleteNotes(db, due);
    deleted += due.length;
    if (due.length < retentionSweepBatchSize) return deleted;
  }
}
