import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect.ts';

/**
 * Issue 3, provenance lookups: each piece's public record stored as the exact JSON a lookup
 * answers (features/provenance/stored-record.ts), so the hottest read of the API is one row found
 * by its serial instead of a join over the piece, its model, its events and their retailers.
 *
 * A stored record is a copy, never the truth: the events stay the ledger. So that a copy can
 * never be stale, the database itself deletes it whenever anything it was built from changes —
 * an event of the piece appended (or, against the rules, changed or deleted), the piece's serial,
 * GTIN, model, manufacture date or status, its model's names, or a retailer of one of its events.
 * A missing record is built again from the events on the next lookup. Two things are checked when
 * reading instead, since a trigger would have to delete a whole brand's records at once: which key
 * signed the chain head (a rotated brand key) and the record format of the code reading it.
 *
 * Starts empty: records are stored as pieces are looked up.
 */

/** The piece's columns a record is built from. */
const itemColumns = ['serial', 'gtin', 'model_id', 'manufactured_on', 'status'] as const;
const modelColumns = ['reference', 'name', 'collection'] as const;
const retailerColumns = ['name', 'city', 'country'] as const;

function anyChanged(columns: readonly string[], distinct: string): string {
  return columns.map((column) => `OLD.${column} ${distinct} NEW.${column}`).join(' OR ');
}

const forgetOfEvent = (row: 'NEW' | 'OLD') => `DELETE FROM provenance_public_records WHERE item_id = ${row}.item_id`;
const forgetOfItem = 'DELETE FROM provenance_public_records WHERE item_id = NEW.id';
const forgetOfModel = 'DELETE FROM provenance_public_records WHERE item_id IN (SELECT id FROM items WHERE model_id = NEW.id)';
const forgetOfRetailer = 'DELETE FROM provenance_public_records WHERE item_id IN (SELECT item_id FROM provenance_events WHERE retailer_id = NEW.id)';

const sqliteTriggers = [
  `CREATE TRIGGER provenance_public_records_event_insert AFTER INSERT ON provenance_events BEGIN ${forgetOfEvent('NEW')}; END`,
  `CREATE TRIGGER provenance_public_records_event_update AFTER UPDATE ON provenance_events BEGIN ${forgetOfEvent('NEW')}; ${forgetOfEvent('OLD')}; END`,
  `CREATE TRIGGER provenance_public_records_event_delete AFTER DELETE ON provenance_events BEGIN ${forgetOfEvent('OLD')}; END`,
  `CREATE TRIGGER provenance_public_records_item AFTER UPDATE OF ${itemColumns.join(', ')} ON items
     WHEN ${anyChanged(itemColumns, 'IS NOT')} BEGIN ${forgetOfItem}; END`,
  `CREATE TRIGGER provenance_public_records_model AFTER UPDATE OF ${modelColumns.join(', ')} ON models
     WHEN ${anyChanged(modelColumns, 'IS NOT')} BEGIN ${forgetOfModel}; END`,
  `CREATE TRIGGER provenance_public_records_retailer AFTER UPDATE OF ${retailerColumns.join(', ')} ON retailers
     WHEN ${anyChanged(retailerColumns, 'IS NOT')} BEGIN ${forgetOfRetailer}; END`,
];

const postgresTriggers = [
  `CREATE FUNCTION provenance_public_records_forget_event() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP <> 'INSERT' THEN ${forgetOfEvent('OLD')}; END IF;
     IF TG_OP <> 'DELETE' THEN ${forgetOfEvent('NEW')}; END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER provenance_public_records_event AFTER INSERT OR UPDATE OR DELETE ON provenance_events
     FOR EACH ROW EXECUTE FUNCTION provenance_public_records_forget_event()`,
  `CREATE FUNCTION provenance_public_records_forget_item() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN ${forgetOfItem}; RETURN NULL; END $$`,
  `CREATE TRIGGER provenance_public_records_item AFTER UPDATE OF ${itemColumns.join(', ')} ON items
     FOR EACH ROW WHEN (${anyChanged(itemColumns, 'IS DISTINCT FROM')}) EXECUTE FUNCTION provenance_public_records_forget_item()`,
  `CREATE FUNCTION provenance_public_records_forget_model() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN ${forgetOfModel}; RETURN NULL; END $$`,
  `CREATE TRIGGER provenance_public_records_model AFTER UPDATE OF ${modelColumns.join(', ')} ON models
     FOR EACH ROW WHEN (${anyChanged(modelColumns, 'IS DISTINCT FROM')}) EXECUTE FUNCTION provenance_public_records_forget_model()`,
  `CREATE FUNCTION provenance_public_records_forget_retailer() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN ${forgetOfRetailer}; RETURN NULL; END $$`,
  `CREATE TRIGGER provenance_public_records_retailer AFTER UPDATE OF ${retailerColumns.join(', ')} ON retailers
     FOR EACH ROW WHEN (${anyChanged(retailerColumns, 'IS DISTINCT FROM')}) EXECUTE FUNCTION provenance_public_records_forget_retailer()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('provenance_public_records')
    .addColumn('item_id', 'text', (c) => c.primaryKey().references('items.id').onDelete('cascade'))
    .addColumn('brand_id', 'text', (c) => c.notNull())
    .addColumn('serial', 'text', (c) => c.notNull())
    .addColumn('item_status', 'text', (c) => c.notNull())
    .addColumn('record_json', 'text', (c) => c.notNull())
    .addColumn('signing_key_id', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('stored_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('provenance_public_records_serial_idx').unique().on('provenance_public_records').columns(['brand_id', 'serial']).execute();
  for (const statement of isPostgres(db) ? postgresTriggers : sqliteTriggers) await sql.raw(statement).execute(db);
}

/** The PostgreSQL triggers and the table each is on, for `down`. */
const postgresTriggerTables = {
  provenance_public_records_event: 'provenance_events',
  provenance_public_records_item: 'items',
  provenance_public_records_model: 'models',
  provenance_public_records_retailer: 'retailers',
};

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    for (const [trigger, table] of Object.entries(postgresTriggerTables)) await sql.raw(`DROP TRIGGER ${trigger} ON ${table}`).execute(db);
    for (const name of ['event', 'item', 'model', 'retailer']) await sql.raw(`DROP FUNCTION provenance_public_records_forget_${name}()`).execute(db);
  } else {
    for (const name of ['event_insert', 'event_update', 'event_delete', 'item', 'model', 'retailer']) await sql.raw(`DROP TRIGGER provenance_public_records_${name}`).execute(db);
  }
  await db.schema.dropTable('provenance_public_records').execute();
}
