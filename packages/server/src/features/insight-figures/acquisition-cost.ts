/**
 * CAC per acquisition channel (the definition: `cacWindowMonths` in the contract's
 * insight-figures.ts): the spend the brand entered (acquisition_spend, per month and channel),
 * converted by the one conversion at each month's rate, over the clients it won in those months —
 * counted by the database from the clients' summaries (their first purchase's day), each with
 * whether a registration of that day was a sale a retailer recorded.
 */
import { acquisitionChannels, cacWindowMonths, type AcquisitionChannel, type AcquisitionCost, type AcquisitionCostCount } from '@atelier/client/contract';
import { sql } from 'kysely';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { currencyBasis, loadReportingConverter, totalInReportingCurrency, type DatedAmount } from '../exchange-rates/conversion.ts';
import { addMonthsToDate, todayUtc } from '../shared/calendar.ts';
import { countFrom } from './shares.ts';

type Count = number | string | bigint | null;

function counted(spendMinorUnits: number, newClients: number): AcquisitionCostCount {
  return { spendMinorUnits, newClients, cacMinorUnits: newClients === 0 ? null : Math.round(spendMinorUnits / newClients) };
}

export async function acquisitionCost(deps: { db: Db; clock: Clock }, brandId: string): Promise<AcquisitionCost> {
  const { db } = deps;
  // Whole months: the window ends with the month before this one.
  const thisMonthStarts = `${todayUtc(deps.clock).slice(0, 7)}-01`;
  const windowStarts = addMonthsToDate(thisMonthStarts, -cacWindowMonths);
  const fromMonth = windowStarts.slice(0, 7);
  const toMonth = addMonthsToDate(thisMonthStarts, -1).slice(0, 7);
  const [converter, spend, won] = await Promise.all([
    loadReportingConverter(db, brandId),
    db
      .selectFrom('acquisition_spend')
      .select(['month', 'channel', 'currency', 'amount_minor_units'])
      .where('brand_id', '=', brandId)
      .where('month', '>=', fromMonth)
      .where('month', '<=', toMonth)
      .execute(),
    db
      .selectFrom('client_summaries as s')
      .select([
        sql<Count>`count(*)`.as('clients'),
        sql<Count>`sum(case when exists (
          select 1 from warranties w
          where w.brand_id = s.brand_id and (w.owner_id = s.owner_id or w.buyer_id = s.owner_id)
            and w.source = 'retailer' and w.confirmed_at is not null and w.voided_at is null
            and w.purchase_date = s.first_purchase_on
        ) then 1 else 0 end)`.as('retailer_assisted'),
      ])
      .where('s.brand_id', '=', brandId)
      .where('s.first_purchase_on', '>=', windowStarts)
      .where('s.first_purchase_on', '<', thisMonthStarts)
      .executeTakeFirstOrThrow(),
  ]);
  const retailerAssisted = countFrom(won.retailer_assisted);
  const newClients: Record<AcquisitionChannel, number> = { brand_led: countFrom(won.clients) - retailerAssisted, retailer_assisted: retailerAssisted };
  const amountsOf = (channel: AcquisitionChannel): DatedAmount[] =>
    spend.filter((row) => row.channel === channel).map((row) => ({ currency: row.currency, amountMinorUnits: Number(row.amount_minor_units), on: `${row.month}-01` }));
  const channels = acquisitionChannels.map((channel) => ({ channel, ...counted(totalInReportingCurrency(converter, amountsOf(channel)).amountMinorUnits, newClients[channel]) }));
  const everySpend = totalInReportingCurrency(
    converter,
    acquisitionChannels.flatMap((channel) => amountsOf(channel)),
  );
  return {
    fromMonth,
    toMonth,
    windowMonths: cacWindowMonths,
    basis: currencyBasis(everySpend),
    channels,
    total: counted(everySpend.amountMinorUnits, newClients.brand_led + newClients.retailer_assisted),
  };
}
