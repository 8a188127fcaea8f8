/**
 * The owner's data export (contract my-data.ts): every row `personal-data.ts` says is about them,
 * table by table, as stored, its omitted columns left out. Read in one transaction, so the tables
 * agree with each other.
 */
import { myDataExportFormat, type MyDataExport } from '@atelier/client/contract';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { dataSubjectOf, personalDataTables } from './personal-data.ts';

export interface MyDataDeps {
  db: Db;
  clock: Clock;
}

export async function exportMyData(deps: MyDataDeps, owner: { ownerId: string; brandId: string }): Promise<MyDataExport> {
  return deps.db.transaction().execute(async (tx) => {
    const subject = await dataSubjectOf(tx, owner.ownerId, owner.brandId);
    const brand = await tx.selectFrom('brands').select(['id', 'name']).where('id', '=', owner.brandId).executeTakeFirstOrThrow();
    const tables: Record<string, Record<string, unknown>[]> = {};
    for (const entry of personalDataTables) {
      if (entry.notExported !== undefined) continue;
      const rows = (await tx
        .selectFrom(entry.table)
        .selectAll()
        .where((eb) => entry.where(eb, subject))
        .execute()) as Record<string, unknown>[];
      const omitted = new Set(entry.omittedColumns ?? []);
      tables[entry.table] = rows.map((row) => Object.fromEntries(Object.entries(row).filter(([column]) => !omitted.has(column))));
    }
    return { format: myDataExportFormat, exportedAt: deps.clock.now().toISOString(), brand, tables };
  });
}
