/**
 * What the brand spends to win clients, per month and channel (GET /v1/acquisition-spend, PUT and
 * DELETE /v1/acquisition-spend/{month}/{channel}): the cost side of CAC. Each month's amount keeps
 * the currency it was spent in; a figure converts it with the brand's rate for that month
 * (conversion.ts). Lives beside the rates: both are the brand's money settings, entered by admins.
 */
import type {
  AcquisitionChannel,
  AcquisitionSpend,
  AcquisitionSpendInput,
  AcquisitionSpendList,
  ParsedQueryOf,
  listAcquisitionSpend as listAcquisitionSpendOperation,
} from '@atelier/client/contract';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { AcquisitionSpendTable } from '../../db/schema.ts';
import { AtelierError } from '../../errors.ts';

type SpendRow = Pick<AcquisitionSpendTable, 'month' | 'channel' | 'currency' | 'updated_at'> & { amount_minor_units: number | string };

const spendOf = (row: SpendRow): AcquisitionSpend => ({
  month: row.month,
  channel: row.channel,
  amount: { currency: row.currency, amountMinorUnits: Number(row.amount_minor_units) },
  updatedAt: row.updated_at,
});

const spendColumns = ['month', 'channel', 'currency', 'amount_minor_units', 'updated_at'] as const;

export async function listAcquisitionSpend(db: Db, brandId: string, query: ParsedQueryOf<typeof listAcquisitionSpendOperation>): Promise<AcquisitionSpendList> {
  const brand = await db.selectFrom('brands').select('reporting_currency').where('id', '=', brandId).executeTakeFirstOrThrow();
  let rows = db.selectFrom('acquisition_spend').select(spendColumns).where('brand_id', '=', brandId);
  if (query.fromMonth !== undefined) rows = rows.where('month', '>=', query.fromMonth);
  if (query.toMonth !== undefined) rows = rows.where('month', '<=', query.toMonth);
  const spend = await rows.orderBy('month').orderBy('channel').execute();
  return { reportingCurrency: brand.reporting_currency, spend: spend.map(spendOf) };
}

/** Sets a month's whole spend on a channel, replacing what was entered. */
export async function putAcquisitionSpend(
  deps: { db: Db; clock: Clock },
  brandId: string,
  params: { month: string; channel: AcquisitionChannel },
  input: AcquisitionSpendInput,
): Promise<AcquisitionSpend> {
  const row = {
    brand_id: brandId,
    month: params.month,
    channel: params.channel,
    currency: input.amount.currency,
    amount_minor_units: input.amount.amountMinorUnits,
    updated_at: deps.clock.now().toISOString(),
  };
  await deps.db
    .insertInto('acquisition_spend')
    .values(row)
    .onConflict((conflict) => conflict.columns(['brand_id', 'month', 'channel']).doUpdateSet({ currency: row.currency, amount_minor_units: row.amount_minor_units, updated_at: row.updated_at }))
    .execute();
  return spendOf(row);
}

export async function deleteAcquisitionSpend(db: Db, brandId: string, params: { month: string; channel: AcquisitionChannel }): Promise<AcquisitionSpend> {
  const row = await db
    .deleteFrom('acquisition_spend')
    .where('brand_id', '=', brandId)
    .where('month', '=', params.month)
    .where('channel', '=', params.channel)
    .returning(spendColumns)
    .executeTakeFirst();
  if (!row) throw new AtelierError('unknown_acquisition_spend', `No ${params.channel.replace('_', '-')} spend entered for ${params.month}.`);
  return spendOf(row);
}
