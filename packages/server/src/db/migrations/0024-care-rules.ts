import { sql, type Kysely } from 'kysely';

/**
 * Issue 16, the concierge's care rules: per brand, the intervals of each kind of care (service,
 * water-resistance check, cleaning) and the reminders' lead time for the pieces of a model, a
 * collection or a category, with an optional warranty condition about one kind of care
 * (features/care/care-rules.ts). One rule per brand, scope and key: the key is the model's
 * reference or the collection's or category's name, not a row id, so a rule may be set before
 * the catalogue has such a model. A model gets a category (free text, the brand's own: `diver`,
 * `dress`, `high jewellery`), null until the brand gives one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('models').addColumn('category', 'text').execute();
  await db.schema
    .createTable('care_rules')
    .addColumn('brand_id', 'text', (col) => col.notNull().references('brands.id'))
    .addColumn('scope', 'text', (col) => col.notNull())
    .addColumn('scope_key', 'text', (col) => col.notNull())
    .addColumn('service_interval_months', 'integer')
    .addColumn('water_resistance_check_interval_months', 'integer')
    .addColumn('cleaning_interval_months', 'integer')
    .addColumn('reminder_lead_time_days', 'integer')
    .addColumn('warranty_condition_care_kind', 'text')
    .addColumn('warranty_condition_text', 'text')
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('care_rules_pk', ['brand_id', 'scope', 'scope_key'])
    .addCheckConstraint('care_rules_scope', sql`scope in ('model', 'collection', 'category')`)
    .addCheckConstraint('care_rules_condition_kind', sql`warranty_condition_care_kind is null or warranty_condition_care_kind in ('service', 'water_resistance_check', 'cleaning')`)
    // The condition's kind and its words come together, or neither.
    .addCheckConstraint('care_rules_condition_whole', sql`(warranty_condition_care_kind is null) = (warranty_condition_text is null)`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('care_rules').execute();
  await db.schema.alterTable('models').dropColumn('category').execute();
}
