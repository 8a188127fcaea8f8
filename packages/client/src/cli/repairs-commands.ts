/** `atelier repairs list|show|advance`: the service desk's commands, each a thin use of the client. */
import { parseArgs } from 'node:util';
import type { AtelierClient } from '../client.ts';
import type { Received } from '../contract/received.ts';
import type { RepairOrder, RepairStatus } from '../contract/repairs.ts';
import { repairListDefaultLimit, repairListMaxLimit, type RepairList } from '../contract/repair-listing.ts';
import { estimateFromOptions } from './estimate-input.ts';
import { formatFields, formatLocalTime, formatMinorUnits, formatTable } from './table.ts';
import { UsageError } from './usage-error.ts';

export interface CommandContext {
  client: () => AtelierClient;
  out: (text: string) => void;
}

export const repairsHelp = `Usage: atelier repairs <command> [options]

Commands:
  list                 The repairs, newest first
  show <code>          One repair: contact, flags, estimate, history
  advance <code>       Move a repair to its next status

Run \`atelier repairs <command> --help\` for a command's options.`;

const listHelp = `Usage: atelier repairs list [options]

Options:
  --status <status>    Only repairs in this status; repeat it or give a comma list
                       (requested, received, diagnosed, awaiting_approval, approved,
                       declined, in_repair, quality_control, ready, returned, cancelled)
  --centre <id>        Only repairs at this service centre
  --flagged            Only flagged repairs: pieces reported stolen or lost when booked, or booked by
                       someone other than the piece's registered owner
  --limit <n>          Repairs per page (default ${repairListDefaultLimit}, at most ${repairListMaxLimit})
  --cursor <cursor>    The next page, as the previous page printed it
  --json               The API's answer as JSON, for scripts
  -h, --help           This help`;

const showHelp = `Usage: atelier repairs show <tracking-code> [--json]`;

const advanceHelp = `Usage: atelier repairs advance <tracking-code> --to <status> [options]

Options:
  --to <status>             The status to move to (required)
  --note <text>             For the service desk's record; never shown to the owner
  --promised-date <date>    YYYY-MM-DD; overrides the date set from the centre's turnaround
  Estimate (required with --to awaiting_approval), either:
  --estimate-file <file>    JSON: {"currency", "lineItems": [{"description",
                            "amountMinorUnits", "coveredByWarranty"}], "validUntil"}
  or:
  --line <line>             "Description:amount" or "Description:amount:covered", amount in
                            the currency's units (120.50); repeat for each line
  --currency <code>         ISO 4217 code, e.g. EUR
  --valid-until <date>      YYYY-MM-DD
  --json                    The updated repair as JSON, for scripts
  -h, --help                This help`;

/** node:util's parseArgs, with its errors turned into usage errors that say which command. */
function parse<Options extends NonNullable<Parameters<typeof parseArgs>[0]>['options']>(args: string[], options: Options, help: string) {
  try {
    return parseArgs({ args, options: { ...options, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${help}`);
  }
}

function onlyCode(positionals: string[], help: string): string {
  if (positionals.length !== 1) throw new UsageError(`Give one tracking code.\n\n${help}`);
  return positionals[0]!;
}

function printJson(context: CommandContext, value: unknown): void {
  context.out(JSON.stringify(value, null, 2));
}

function formatRepairList(list: Received<RepairList>): string {
  if (list.repairs.length === 0) return 'No repairs match.';
  const table = formatTable(
    ['CODE', 'STATUS', 'SINCE', 'SERIAL', 'SERVICE', 'CENTRE', 'PROMISED', 'FLAG'],
    list.repairs.map((repair) => [
      repair.trackingCode,
      repair.status,
      repair.statusSince.slice(0, 10),
      repair.serial,
      repair.serviceType,
      repair.serviceCentreName,
      repair.promisedDate ?? '-',
      [repair.flaggedItemStatus?.toUpperCase(), repair.bookedByNonOwner ? 'NOT OWNER' : undefined].filter(Boolean).join(', '),
    ]),
  );
  return list.nextCursor ? `${table}\n\nMore: atelier repairs list … --cursor ${list.nextCursor}` : table;
}

function formatRepair(repair: Received<RepairOrder>): string {
  const sections = [
    formatFields([
      ['Tracking code', repair.trackingCode],
      ['Status', repair.status],
      ...(repair.flaggedItemStatus ? ([['FLAGGED', `piece reported ${repair.flaggedItemStatus} when booked — do not return it to the sender`]] as [string, string][]) : []),
      ...(repair.bookedByNonOwner
        ? ([['FLAGGED', 'booked by someone other than the registered owner — check who brings the piece in before taking or returning it']] as [string, string][])
        : []),
      ['Serial', repair.serial],
      ['Service', repair.serviceType],
      ['Description', repair.description],
      ['Centre', `${repair.centre.name} (${repair.centre.id}), ${repair.centre.city}`],
      ['Drop-off', repair.dropOff.slot ? `boutique, ${formatLocalTime(repair.dropOff.slot.startsAt, repair.centre.timeZone)}` : repair.dropOff.method],
      ['Contact', `${repair.contact.name} <${repair.contact.email}>, ${repair.contact.language}`],
      ['Promised', repair.promisedDate ? `${repair.promisedDate}${repair.onTime === false ? ' (late)' : ''}` : '-'],
      ['Warranty', repair.warranty ? `${repair.warranty.status} until ${repair.warranty.coverageEnd}` : 'none'],
      ['Booked', repair.createdAt],
    ]),
  ];
  if (repair.estimate) {
    const { estimate } = repair;
    const decision = estimate.decision ? `${estimate.decision.decision}d by ${estimate.decision.name} on ${estimate.decision.decidedAt}` : 'awaiting the owner';
    sections.push(
      `Estimate (valid until ${estimate.validUntil}, ${decision}):\n` +
        formatTable(
          ['LINE', 'AMOUNT', 'WARRANTY'],
          estimate.lineItems.map((item) => [item.description, formatMinorUnits(item.amountMinorUnits, estimate.currency), item.coveredByWarranty ? 'covered' : '']),
        ) +
        `\nTotal to pay: ${formatMinorUnits(estimate.totalMinorUnits, estimate.currency)}`,
    );
  }
  sections.push(
    'History:\n' +
      formatTable(
        ['AT', 'FROM', 'TO', 'NOTE'],
        repair.history.map((change) => [change.at, change.from ?? '-', change.to, change.note ?? '']),
      ),
  );
  return sections.join('\n\n');
}

export async function listCommand(args: string[], context: CommandContext): Promise<void> {
  const { values, positionals } = parse(
    args,
    { status: { type: 'string', multiple: true }, centre: { type: 'string' }, flagged: { type: 'boolean' }, limit: { type: 'string' }, cursor: { type: 'string' } },
    listHelp,
  );
  if (values.help) return context.out(listHelp);
  if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".\n\n${listHelp}`);
  const list = await context.client().repairs.list({
    status: values.status as RepairStatus[] | undefined,
    serviceCentreId: values.centre,
    flagged: values.flagged,
    limit: values.limit,
    cursor: values.cursor,
  });
  if (values.json) return printJson(context, list);
  context.out(formatRepairList(list));
}

export async function showCommand(args: string[], context: CommandContext): Promise<void> {
  const { values, positionals } = parse(args, {}, showHelp);
  if (values.help) return context.out(showHelp);
  const repair = await context.client().repairs.get(onlyCode(positionals, showHelp));
  if (values.json) return printJson(context, repair);
  context.out(formatRepair(repair));
}

export async function advanceCommand(args: string[], context: CommandContext): Promise<void> {
  const { values, positionals } = parse(
    args,
    {
      to: { type: 'string' },
      note: { type: 'string' },
      'promised-date': { type: 'string' },
      'estimate-file': { type: 'string' },
      line: { type: 'string', multiple: true },
      currency: { type: 'string' },
      'valid-until': { type: 'string' },
    },
    advanceHelp,
  );
  if (values.help) return context.out(advanceHelp);
  const code = onlyCode(positionals, advanceHelp);
  if (values.to === undefined) throw new UsageError(`--to is required.\n\n${advanceHelp}`);
  const estimate = await estimateFromOptions({
    estimateFile: values['estimate-file'],
    lines: values.line ?? [],
    currency: values.currency,
    validUntil: values['valid-until'],
  });
  const repair = await context.client().repairs.transition(code, {
    to: values.to as RepairStatus,
    ...(values.note !== undefined ? { note: values.note } : {}),
    ...(values['promised-date'] !== undefined ? { promisedDate: values['promised-date'] } : {}),
    ...(estimate ? { estimate } : {}),
  });
  if (values.json) return printJson(context, repair);
  context.out(`${repair.trackingCode} is now ${repair.status}.\n\n${formatRepair(repair)}`);
}
