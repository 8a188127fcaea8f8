/**
 * The owner's preferences (contract owner-preferences.ts): a channel's choice is the consent
 * history every reader of consents already reads (`consents`, the latest entry per channel and
 * purpose counts: care-reminder-sending.ts, segments' exports, the client profile), so a choice
 * made here is honoured everywhere without a second store; the language is the owner record's,
 * and its changes and the quiet period's are kept in `owner_preference_changes`, the same way.
 * Each change is one entry with its time, source and the words the owner read; a request that
 * changes nothing adds none.
 */
import {
  consentChannels,
  consentPurposes,
  type ChannelChoice,
  type ChannelPreference,
  type MyPreferences,
  type ParsedRequestOf,
  type PreferenceChange,
  type PreferenceSource,
  type QuietPeriod,
  type updateMyPreferences as updateMyPreferencesOperation,
} from '@atelier/client/contract';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { OwnerPreferenceChangesTable } from '../../db/schema.ts';
import { AtelierError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import { isBefore, todayUtc, type IsoDate } from '../shared/calendar.ts';

export interface OwnerPreferencesDeps {
  db: Db;
  clock: Clock;
}

/** The source recorded for a change the owner made in their space. */
export const ownerSpaceSource = 'owner_space';

/** Recorded sources as the owner reads them (see `PreferenceSource`); anything else is `other`. */
const sourceKinds: Readonly<Record<string, PreferenceSource>> = {
  [ownerSpaceSource]: 'owner_space',
  warranty_activation: 'registration',
  retailer_sale: 'registration',
  ownership_transfer: 'registration',
  registration_confirmed: 'registration',
  one_click_unsubscribe: 'unsubscribe_link',
  console: 'console',
  concierge_call: 'console',
};

export function preferenceSourceOf(recorded: string): PreferenceSource {
  return sourceKinds[recorded] ?? 'other';
}

/** The two consents a choice stands for: `marketing` includes the care of the pieces. */
const consentsOfChoice: Readonly<Record<ChannelChoice, { service: boolean; marketing: boolean }>> = {
  marketing: { service: true, marketing: true },
  service_only: { service: true, marketing: false },
  none: { service: false, marketing: false },
};

/**
 * The choice two consents read as. Marketing granted reads `marketing` even without service (an
 * unsubscribe link withdraws service alone, and older forms asked for each apart): the owner sees
 * the widest thing the brand may still send, and `service`/`marketing` say exactly.
 */
export function choiceOf(consents: { service: boolean; marketing: boolean }): ChannelChoice {
  return consents.marketing ? 'marketing' : consents.service ? 'service_only' : 'none';
}

type ConsentRow = { channel: string; purpose: string; granted: number; recorded_at: string; id: string };

/** The latest entry per channel and purpose: what counts now. */
function latestConsents(rows: readonly ConsentRow[]): Map<string, ConsentRow> {
  const latest = new Map<string, ConsentRow>();
  for (const row of rows) {
    const key = `${row.channel}:${row.purpose}`;
    const current = latest.get(key);
    if (!current || current.recorded_at < row.recorded_at || (current.recorded_at === row.recorded_at && current.id < row.id)) latest.set(key, row);
  }
  return latest;
}

function channelPreferences(rows: readonly ConsentRow[]): ChannelPreference[] {
  const latest = latestConsents(rows);
  return consentChannels.map((channel) => {
    const service = latest.get(`${channel}:service`);
    const marketing = latest.get(`${channel}:marketing`);
    const granted = { service: Number(service?.granted) === 1, marketing: Number(marketing?.granted) === 1 };
    const times = [service?.recorded_at, marketing?.recorded_at].filter((at): at is string => at !== undefined).sort();
    return { channel, choice: choiceOf(granted), ...granted, since: times.at(-1) ?? null };
  });
}

function parseQuietPeriod(value: string): QuietPeriod | null {
  return JSON.parse(value) as QuietPeriod | null;
}

/** The latest quiet period recorded (null: none, or lifted), whether or not it is over. */
async function latestQuietPeriod(db: Db, ownerId: string): Promise<QuietPeriod | null> {
  const row = await db
    .selectFrom('owner_preference_changes')
    .select('value')
    .where('owner_id', '=', ownerId)
    .where('kind', '=', 'quiet_period')
    .orderBy('recorded_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row ? parseQuietPeriod(row.value) : null;
}

/** The owner's quiet period if it is not over on `today` (it may not have begun). */
async function currentQuietPeriod(db: Db, ownerId: string, today: IsoDate): Promise<QuietPeriod | null> {
  const period = await latestQuietPeriod(db, ownerId);
  return period && !isBefore(period.until, today) ? period : null;
}

/** Whether the quiet period covers `day` (both ends included): the one test the sender and the queue's send time make. */
export function quietPeriodCoversDay(period: QuietPeriod, day: IsoDate): boolean {
  return !isBefore(day, period.from) && !isBefore(period.until, day);
}

/**
 * The owner's quiet period when `today` falls in it (the brand writes nothing to them then), else
 * null: what the concierge asks before a reminder goes out.
 */
export async function quietPeriodCovering(db: Db, ownerId: string, today: IsoDate): Promise<QuietPeriod | null> {
  const period = await latestQuietPeriod(db, ownerId);
  return period && quietPeriodCoversDay(period, today) ? period : null;
}

/** Each of `ownerIds`' latest quiet period, where they set one and did not lift it (a lifted one is null, left out). */
export async function latestQuietPeriods(db: Db, ownerIds: readonly string[]): Promise<Map<string, QuietPeriod>> {
  const periods = new Map<string, QuietPeriod>();
  if (ownerIds.length === 0) return periods;
  const rows = await db
    .selectFrom('owner_preference_changes')
    .select(['owner_id', 'value'])
    .where('owner_id', 'in', ownerIds)
    .where('kind', '=', 'quiet_period')
    .orderBy('owner_id')
    .orderBy('recorded_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.owner_id)) continue;
    seen.add(row.owner_id);
    const period = parseQuietPeriod(row.value);
    if (period) periods.set(row.owner_id, period);
  }
  return periods;
}

/** The owner's preferences now, with every change, newest first. */
export async function getMyPreferences(deps: OwnerPreferencesDeps, ownerId: string): Promise<MyPreferences> {
  const { db } = deps;
  const [owner, consents, changes] = await Promise.all([
    db.selectFrom('owners').select('language').where('id', '=', ownerId).executeTakeFirstOrThrow(),
    db.selectFrom('consents').select(['id', 'channel', 'purpose', 'granted', 'recorded_at', 'source', 'wording']).where('owner_id', '=', ownerId).execute(),
    db.selectFrom('owner_preference_changes').select(['id', 'kind', 'value', 'recorded_at', 'source', 'wording']).where('owner_id', '=', ownerId).execute(),
  ]);
  const history: (PreferenceChange & { id: string })[] = [
    ...consents
      .filter((row) => (consentChannels as readonly string[]).includes(row.channel) && (consentPurposes as readonly string[]).includes(row.purpose))
      .map((row) => ({
        id: row.id,
        kind: 'consent' as const,
        at: row.recorded_at,
        source: preferenceSourceOf(row.source),
        wording: row.wording,
        consent: { channel: row.channel, purpose: row.purpose, granted: Number(row.granted) === 1 },
      })),
    ...changes.map((row) =>
      row.kind === 'language'
        ? { id: row.id, kind: 'language' as const, at: row.recorded_at, source: preferenceSourceOf(row.source), wording: row.wording, language: JSON.parse(row.value) as string }
        : { id: row.id, kind: 'quiet_period' as const, at: row.recorded_at, source: preferenceSourceOf(row.source), wording: row.wording, quietPeriod: parseQuietPeriod(row.value) },
    ),
  ];
  history.sort((a, b) => (a.at !== b.at ? (a.at < b.at ? 1 : -1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  return {
    channels: channelPreferences(consents),
    language: owner.language,
    quietPeriod: await currentQuietPeriod(db, ownerId, todayUtc(deps.clock)),
    history: history.map(({ id: _id, ...change }) => change),
  };
}

function quietPeriodInPast(): AtelierError {
  const message = 'The quiet period must end today or later.';
  return new AtelierError('validation_failed', 'Invalid request body: quietPeriod.until.', { fieldErrors: [{ path: 'quietPeriod.until', code: 'invalid_value', message }] });
}

function sameQuietPeriod(a: QuietPeriod | null, b: QuietPeriod | null): boolean {
  return a === null || b === null ? a === b : a.from === b.from && a.until === b.until;
}

/**
 * Applies what `request` names, recording each actual change with `source` and the request's
 * words; call it in the request's unit of work. Answers the preferences after.
 */
export async function updateMyPreferences(
  deps: OwnerPreferencesDeps,
  ownerId: string,
  request: ParsedRequestOf<typeof updateMyPreferencesOperation>,
  source: string = ownerSpaceSource,
): Promise<MyPreferences> {
  const { db } = deps;
  const recordedAt = deps.clock.now().toISOString();
  const today = todayUtc(deps.clock);
  if (request.quietPeriod && isBefore(request.quietPeriod.until, today)) throw quietPeriodInPast();
  const wording = request.wording;

  if (request.channels && request.channels.length > 0) {
    const latest = latestConsents(await db.selectFrom('consents').select(['id', 'channel', 'purpose', 'granted', 'recorded_at']).where('owner_id', '=', ownerId).execute());
    const entries = request.channels.flatMap(({ channel, choice }) =>
      consentPurposes
        .filter((purpose) => (Number(latest.get(`${channel}:${purpose}`)?.granted) === 1) !== consentsOfChoice[choice][purpose] || !latest.has(`${channel}:${purpose}`))
        .map((purpose) => ({ id: newId('cns'), owner_id: ownerId, channel, purpose, granted: consentsOfChoice[choice][purpose] ? (1 as const) : (0 as const), recorded_at: recordedAt, source, wording })),
    );
    if (entries.length > 0) await db.insertInto('consents').values(entries).execute();
  }

  const changes: OwnerPreferenceChangesTable[] = [];
  if (request.language !== undefined) {
    const updated = await db.updateTable('owners').set({ language: request.language }).where('id', '=', ownerId).where('language', '!=', request.language).executeTakeFirst();
    if (updated.numUpdatedRows > 0n) changes.push({ id: newId('opc'), owner_id: ownerId, kind: 'language', value: JSON.stringify(request.language), recorded_at: recordedAt, source, wording });
  }
  if (request.quietPeriod !== undefined) {
    const wanted = request.quietPeriod === null ? null : { from: request.quietPeriod.from, until: request.quietPeriod.until };
    if (!sameQuietPeriod(await currentQuietPeriod(db, ownerId, today), wanted)) {
      changes.push({ id: newId('opc'), owner_id: ownerId, kind: 'quiet_period', value: JSON.stringify(wanted), recorded_at: recordedAt, source, wording });
    }
  }
  if (changes.length > 0) await db.insertInto('owner_preference_changes').values(changes).execute();
  return getMyPreferences(deps, ownerId);
}
