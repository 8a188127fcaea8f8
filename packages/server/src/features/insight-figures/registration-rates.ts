/**
 * Registration rate per retailer (the definition: `registrationConfirmedWithinDays` and
 * `registrationWindowDays` in the contract's insight-figures.ts). The window's sales are read once
 * — a year of one brand's sales, a narrow row each — and whether each buyer confirmed in time is
 * worked out here with the registry's day arithmetic, so neither database does any.
 */
import { registrationConfirmedWithinDays, registrationWindowDays, type RegistrationCount, type RegistrationRateRow, type RegistrationRates } from '@atelier/client/contract';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { addDaysToDate, daysBetweenDates, todayUtc } from '../shared/calendar.ts';
import { shareOf } from './shares.ts';

function counted(sales: number, registered: number): RegistrationCount {
  return { sales, registered, registrationShare: shareOf(registered, sales) };
}

export async function registrationRates(deps: { db: Db; clock: Clock }, brandId: string): Promise<RegistrationRates> {
  const salesTo = addDaysToDate(todayUtc(deps.clock), -registrationConfirmedWithinDays);
  const salesFrom = addDaysToDate(salesTo, 1 - registrationWindowDays);
  const sales = await deps.db
    .selectFrom('warranties as w')
    .innerJoin('retailers as t', 't.id', 'w.retailer_id')
    .select(['t.id as retailer_id', 't.name', 'w.purchase_date', 'w.confirmed_at'])
    .where('w.brand_id', '=', brandId)
    // Recorded by the retailer (a buyer's own activation is no sale of its), and not voided as a mistake.
    .where('w.source', '=', 'retailer')
    .where('w.voided_at', 'is', null)
    .where('w.purchase_date', '>=', salesFrom)
    .where('w.purchase_date', '<=', salesTo)
    .execute();
  const perRetailer = new Map<string, { name: string; sales: number; registered: number }>();
  for (const sale of sales) {
    const confirmedOn = sale.confirmed_at === null ? null : new Date(sale.confirmed_at).toISOString().slice(0, 10);
    const inTime = confirmedOn !== null && daysBetweenDates(sale.purchase_date, confirmedOn) <= registrationConfirmedWithinDays;
    const row = perRetailer.get(sale.retailer_id) ?? { name: sale.name, sales: 0, registered: 0 };
    row.sales += 1;
    if (inTime) row.registered += 1;
    perRetailer.set(sale.retailer_id, row);
  }
  const retailers: RegistrationRateRow[] = [...perRetailer]
    .map(([retailerId, row]) => ({ retailerId, name: row.name, ...counted(row.sales, row.registered) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.retailerId.localeCompare(b.retailerId));
  const total = counted(
    retailers.reduce((sum, row) => sum + row.sales, 0),
    retailers.reduce((sum, row) => sum + row.registered, 0),
  );
  return { salesFrom, salesTo, confirmedWithinDays: registrationConfirmedWithinDays, retailers, total };
}
