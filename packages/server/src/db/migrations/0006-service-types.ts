import { sql, type Kysely } from 'kysely';

/**
 * Issue 4, service network: the brand's service types, each with its category (watch or
 * jewellery), and the services a centre offers as rows that reference them, in place of the
 * centre's JSON `{ [serviceType]: standardTurnaroundDays }`.
 *
 * Existing centres keep what they offer: each code they list becomes a service type of their
 * brand. Codes were free text until now, so the category is read from the jewellery services
 * the issue names; any other code is a watch service, the trade every brand had so far. The
 * list is frozen here, as this migration saw the data, rather than imported from code that
 * will change.
 */
const jewelleryServiceCodes: ReadonlySet<string> = new Set(['cleaning', 'resizing', 'restringing', 're_stringing', 'stone_setting']);

interface CentreWithJsonServices {
  id: string;
  brand_id: string;
  services: string;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('service_types')
    .addColumn('brand_id', 'text', (c) => c.notNull().references('brands.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('service_types_pk', ['brand_id', 'code'])
    .addCheckConstraint('service_types_category', sql`category in ('watch', 'jewellery')`)
    .execute();

  await db.schema
    .createTable('centre_services')
    .addColumn('service_centre_id', 'text', (c) => c.notNull().references('service_centres.id'))
    .addColumn('brand_id', 'text', (c) => c.notNull())
    .addColumn('service_type', 'text', (c) => c.notNull())
    .addColumn('standard_turnaround_days', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('centre_services_pk', ['service_centre_id', 'service_type'])
    // A centre offers only a service its brand has declared.
    .addForeignKeyConstraint('centre_services_service_type_fk', ['brand_id', 'service_type'], 'service_types', ['brand_id', 'code'])
    .addCheckConstraint('centre_services_turnaround', sql`standard_turnaround_days >= 0`)
    .execute();
  // "Which centres offer this service", the directory's filter.
  await db.schema.createIndex('centre_services_service_type_idx').on('centre_services').columns(['brand_id', 'service_type']).execute();

  const centres = await sql<CentreWithJsonServices>`select id, brand_id, services from service_centres`.execute(db);
  const serviceTypes = new Map<string, { brand_id: string; code: string; category: string }>();
  const centreServices: { service_centre_id: string; brand_id: string; service_type: string; standard_turnaround_days: number }[] = [];
  for (const centre of centres.rows) {
    const turnaroundDaysByService = JSON.parse(centre.services) as Record<string, number>;
    for (const [code, days] of Object.entries(turnaroundDaysByService)) {
      serviceTypes.set(`${centre.brand_id}\n${code}`, { brand_id: centre.brand_id, code, category: jewelleryServiceCodes.has(code) ? 'jewellery' : 'watch' });
      centreServices.push({ service_centre_id: centre.id, brand_id: centre.brand_id, service_type: code, standard_turnaround_days: days });
    }
  }
  const untyped = db as Kysely<Record<string, Record<string, unknown>>>;
  if (serviceTypes.size > 0) await untyped.insertInto('service_types').values([...serviceTypes.values()]).execute();
  if (centreServices.length > 0) await untyped.insertInto('centre_services').values(centreServices).execute();

  await db.schema.alterTable('service_centres').dropColumn('services').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('service_centres').addColumn('services', 'text', (c) => c.notNull().defaultTo('{}')).execute();
  const offered = await sql<{ service_centre_id: string; service_type: string; standard_turnaround_days: number }>`
    select service_centre_id, service_type, standard_turnaround_days from centre_services`.execute(db);
  const byCentre = new Map<string, Record<string, number>>();
  for (const row of offered.rows) {
    const services = byCentre.get(row.service_centre_id) ?? {};
    services[row.service_type] = Number(row.standard_turnaround_days);
    byCentre.set(row.service_centre_id, services);
  }
  for (const [centreId, services] of byCentre) {
    await sql`update service_centres set services = ${JSON.stringify(services)} where id = ${centreId}`.execute(db);
  }
  await db.schema.dropTable('centre_services').execute();
  await db.schema.dropTable('service_types').execute();
}
