/**
 * A centre's boutique drop-off slots over a range of its own dates (publishable key): `from` and
 * `to` are days in the centre's time zone, so "1 December" means the same to the owner booking
 * from New York as to the boutique in Paris. Only slots still ahead are listed; full ones are
 * listed with nothing remaining, so a picker can show them taken.
 */
import { TZDate } from '@date-fns/tz';
import { slotRangeMaxDays, type ServiceCentreSlots } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { AtelierError } from '../../errors.ts';
import { unknownServiceCentre } from './centres.ts';

const millisecondsPerDay = 86_400_000;

export interface SlotRange {
  from: string;
  to: string;
}

function rangeError(message: string): AtelierError {
  return new AtelierError('validation_failed', message, { fieldErrors: [{ path: 'to', code: 'invalid_range', message }] });
}

/** The instant `date` (`YYYY-MM-DD`) begins in `timeZone`. */
function startOfLocalDay(date: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, day, timeZone).getTime());
}

export async function listCentreSlots(deps: Pick<ServerDeps, 'db' | 'clock'>, brandId: string, centreId: string, range: SlotRange): Promise<ServiceCentreSlots> {
  const days = (Date.parse(range.to) - Date.parse(range.from)) / millisecondsPerDay + 1;
  if (days < 1) throw rangeError('The range ends before it starts: "to" must be on or after "from".');
  if (days > slotRangeMaxDays) throw rangeError(`A range covers at most ${slotRangeMaxDays} days.`);

  const centre = await deps.db.selectFrom('service_centres').select(['id', 'time_zone']).where('brand_id', '=', brandId).where('id', '=', centreId).executeTakeFirst();
  if (!centre) throw unknownServiceCentre();

  const rangeStart = startOfLocalDay(range.from, centre.time_zone);
  // The day after `to`, at midnight: the range includes the whole of `to`, whatever its length in hours.
  const [year, month, day] = range.to.split('-').map(Number) as [number, number, number];
  const dayAfterTo = new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
  const rangeEnd = startOfLocalDay(dayAfterTo, centre.time_zone);

  const rows = await deps.db
    .selectFrom('drop_off_slots')
    .select(['id', 'starts_at', 'ends_at', 'capacity', 'booked'])
    .where('service_centre_id', '=', centre.id)
    .where('starts_at', '>=', rangeStart.toISOString())
    .where('starts_at', '>', deps.clock.now().toISOString())
    .where('starts_at', '<', rangeEnd.toISOString())
    .orderBy('starts_at')
    .execute();
  return {
    serviceCentreId: centre.id,
    timeZone: centre.time_zone,
    slots: rows.map((row) => ({
      id: row.id,
      serviceCentreId: centre.id,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      capacity: row.capacity,
      remaining: Math.max(0, row.capacity - row.booked),
    })),
  };
}
