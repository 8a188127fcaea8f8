/**
 * Migration 0035 on both databases: the reminders there keep every column, and the key becomes the
 * piece, kind of care, due date and owner — a second owner of the piece may have the reminder for
 * the same care, one owner never twice. Run down and up again over a database at the latest
 * migration (SQLite rebuilds the table each way).
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import type { Kysely } from 'kysely';
import { newId } from '../../ids.ts';
import { findOrCreateOwner } from '../../features/owners/owners.ts';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { down, up } from './0035-care-reminders-per-owner.ts';

describeEachDatabase('migration 0035-care-reminders-per-owner', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database });
  });
  afterEach(() => server.close());

  async function ownerNamed(email: string): Promise<string> {
    return (await findOrCreateOwner(server.db, server.brand.id, { name: email, email, country: 'FR', language: 'fr' }, server.clock.now())).id;
  }

  function reminder(ownerId: string, overrides: { personal_note?: string | null; held_at?: string | null } = {}) {
    const at = server.clock.now().toISOString();
    return {
      id: newId('crem'),
      brand_id: server.brand.id,
      item_id: server.items[0]!.id,
      owner_id: ownerId,
      care_kind: 'service' as const,
      due_on: '2027-01-10',
      status: 'draft' as const,
      drafted_at: at,
      sent_at: null,
      dropped_at: null,
      dropped_reason: null,
      personal_subject: null,
      personal_note: overrides.personal_note ?? null,
      personalised_at: null,
      held_at: overrides.held_at ?? null,
      untouched_since: at,
      drop_note: null,
    };
  }

  it('keeps the reminders and keys them by owner too', async () => {
    const [first, second] = [await ownerNamed('first@example.com'), await ownerNamed('second@example.com')];
    const migrated = server.db as unknown as Kysely<unknown>;
    await down(migrated);
    const kept = reminder(first, { personal_note: 'À bientôt à Genève.', held_at: server.clock.now().toISOString() });
    await server.db.insertInto('care_reminders').values(kept).execute();
    await assert.rejects(server.db.insertInto('care_reminders').values(reminder(second)).execute(), 'before: one reminder per piece, kind and due date');

    await up(migrated);
    const after = await server.db.selectFrom('care_reminders').selectAll().execute();
    assert.deepEqual(after.map((row) => ({ ...row })), [kept], 'every column kept');
    await server.db.insertInto('care_reminders').values(reminder(second)).execute();
    await assert.rejects(server.db.insertInto('care_reminders').values(reminder(second)).execute(), 'one owner, once');
    const queued = await server.db.selectFrom('care_reminders').select('id').where('brand_id', '=', server.brand.id).where('status', '=', 'draft').orderBy('due_on').execute();
    assert.equal(queued.length, 2);
  });
});
