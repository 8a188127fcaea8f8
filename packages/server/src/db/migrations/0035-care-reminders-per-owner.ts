import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect.ts';

/**
 * Issue 16, "service reminders stay with the piece": a reminder exists once per piece, kind of
 * care, due date **and owner** (features/care/care-sweep.ts). Keyed by the piece, kind and due date
 * alone, the reminder drafted for an owner who then sold or gave the piece (dropped as
 * `piece_transferred`) held the key, and its new owner was never reminded of that care. With the
 * owner in the key each owner hears of a piece's care due on a date at most once, and a new owner
 * gets their own.
 *
 * PostgreSQL swaps the constraint. SQLite cannot drop a table's UNIQUE constraint, so the table is
 * rebuilt with every column of migrations 0025, 0026 and 0030, its rows copied, and its indexes
 * made again (nothing refers to `care_reminders`, so nothing else moves).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql`alter table care_reminders drop constraint care_reminders_piece_kind_due`.execute(db);
    await sql`alter table care_reminders add constraint care_reminders_piece_kind_due_owner unique (item_id, care_kind, due_on, owner_id)`.execute(db);
    return;
  }
  await rebuildOnSqlite(db, ['item_id', 'care_kind', 'due_on', 'owner_id'], 'care_reminders_piece_kind_due_owner');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // Back to one reminder per piece, kind and due date: the newest owner's of a key drafted twice goes.
  await sql`delete from care_reminders where exists (select 1 from care_reminders other where other.item_id = care_reminders.item_id and other.care_kind = care_reminders.care_kind and other.due_on = care_reminders.due_on and other.drafted_at < care_reminders.drafted_at)`.execute(db);
  if (isPostgres(db)) {
    await sql`alter table care_reminders drop constraint care_reminders_piece_kind_due_owner`.execute(db);
    await sql`alter table care_reminders add constraint care_reminders_piece_kind_due unique (item_id, care_kind, due_on)`.execute(db);
    return;
  }
  await rebuildOnSqlite(db, ['item_id', 'care_kind', 'due_on'], 'care_reminders_piece_kind_due');
}

const columns = [
  'id',
  'brand_id',
  'item_id',
  'owner_id',
  'care_kind',
  'due_on',
  'status',
  'drafted_at',
  'sent_at',
  'dropped_at',
  'dropped_reason',
  'personal_subject',
  'personal_note',
  'personalised_at',
  'held_at',
  'untouched_since',
  'drop_note',
];

async function rebuildOnSqlite(db: Kysely<unknown>, uniqueKey: Array<'item_id' | 'care_kind' | 'due_on' | 'owner_id'>, uniqueName: string): Promise<void> {
  await db.schema
    .createTable('care_reminders_rebuilt')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('brand_id', 'text', (col) => col.notNull().references('brands.id'))
    .addColumn('item_id', 'text', (col) => col.notNull().references('items.id'))
    .addColumn('owner_id', 'text', (col) => col.notNull().references('owners.id'))
    .addColumn('care_kind', 'text', (col) => col.notNull())
    .addColumn('due_on', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('drafted_at', 'text', (col) => col.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('dropped_at', 'text')
    .addColumn('dropped_reason', 'text')
    .addColumn('personal_subject', 'text')
    .addColumn('personal_note', 'text')
    .addColumn('personalised_at', 'text')
    .addColumn('held_at', 'text')
    .addColumn('untouched_since', 'text')
    .addColumn('drop_note', 'text')
    .addUniqueConstraint(uniqueName, uniqueKey)
    .execute();
  const list = sql.join(columns.map((column) => sql.ref(column)));
  await sql`insert into care_reminders_rebuilt (${list}) select ${list} from care_reminders`.execute(db);
  await db.schema.dropTable('care_reminders').execute();
  await db.schema.alterTable('care_reminders_rebuilt').renameTo('care_reminders').execute();
  await db.schema.createIndex('care_reminders_queue_idx').on('care_reminders').columns(['brand_id', 'status', 'due_on']).execute();
  await db.schema.createIndex('care_reminders_owner_sent_idx').on('care_reminders').columns(['owner_id', 'sent_at']).execute();
}
