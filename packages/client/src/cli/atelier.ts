/**
 * The `atelier` command: the service desk's tool until a staff console exists. Node only, never
 * imported by browser code. Configured by the environment, never by arguments: a secret key on
 * the command line would land in shell history and in `ps` for every user of the machine.
 *
 * Exit status: 0 done, 1 the API (or the network) refused or failed, 2 the command line or the
 * configuration is wrong, or the input fails the contract before anything is sent.
 */
import { createClient } from '../client.ts';
import type { AtelierClient } from '../client.ts';
import { AtelierClientError, ValidationError } from '../errors.ts';
import type { FetchFunction } from '../transport.ts';
import { advanceCommand, listCommand, repairsHelp, showCommand, type CommandContext } from './repairs-commands.ts';
import { UsageError } from './usage-error.ts';

export const apiUrlVariable = 'ATELIER_API_URL';
export const secretKeyVariable = 'ATELIER_SECRET_KEY';

export const exitOk = 0;
export const exitApiError = 1;
export const exitUsageError = 2;

const mainHelp = `Usage: atelier <area> <command> [options]

Areas:
  repairs    list | show <code> | advance <code> --to <status>

Configuration (environment only, so the key never shows in shell history or ps):
  ${apiUrlVariable}       where the API lives, e.g. https://api.example.com
  ${secretKeyVariable}    the brand's secret key (sk_…)

Run \`atelier repairs --help\` for the commands.`;

export interface CliIo {
  env: Readonly<Record<string, string | undefined>>;
  out: (text: string) => void;
  err: (text: string) => void;
  /** For tests: a fetch that reaches an in-process server. */
  fetch?: FetchFunction;
}

function clientFrom(io: CliIo): AtelierClient {
  const baseUrl = io.env[apiUrlVariable];
  const secretKey = io.env[secretKeyVariable];
  const missing = [...(baseUrl ? [] : [apiUrlVariable]), ...(secretKey ? [] : [secretKeyVariable])];
  if (missing.length > 0) throw new UsageError(`Set ${missing.join(' and ')} in the environment.\n\n${mainHelp}`);
  // Else the transport fails on its first request with a stack trace instead of a sentence.
  if (!/^https?:$/.test(URL.parse(baseUrl!)?.protocol ?? '')) {
    throw new UsageError(`${apiUrlVariable} must be the API's http(s) address, e.g. https://api.example.com (it is "${baseUrl!}").`);
  }
  try {
    return createClient({ baseUrl: baseUrl!, secretKey: secretKey!, ...(io.fetch ? { fetch: io.fetch } : {}) });
  } catch (error) {
    // createClient's own messages name the problem (a publishable key, a malformed URL), never the key.
    throw new UsageError(`${(error as Error).message.replace(/^createClient: /, '')} (check ${secretKeyVariable} and ${apiUrlVariable})`);
  }
}

const repairsCommands: Record<string, (args: string[], context: CommandContext) => Promise<void>> = {
  list: listCommand,
  show: showCommand,
  advance: advanceCommand,
};

function fieldLines(fieldErrors: readonly { path: string; message: string }[]): string[] {
  return fieldErrors.map((fieldError) => `  ${fieldError.path || '(request)'}: ${fieldError.message}`);
}

/** Runs one command line (without `node` and the script); answers the exit status. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [area, command, ...args] = argv;
  let client: AtelierClient | undefined;
  const context: CommandContext = { client: () => (client ??= clientFrom(io)), out: io.out };
  try {
    if (area === undefined) throw new UsageError(`Say what to do.\n\n${mainHelp}`);
    if (area === '--help' || area === '-h' || area === 'help') {
      io.out(mainHelp);
      return exitOk;
    }
    if (area !== 'repairs') throw new UsageError(`Unknown area "${area}".\n\n${mainHelp}`);
    if (command === undefined) throw new UsageError(`Say which command.\n\n${repairsHelp}`);
    if (command === '--help' || command === '-h') {
      io.out(repairsHelp);
      return exitOk;
    }
    const run = repairsCommands[command];
    if (!run) throw new UsageError(`Unknown command "repairs ${command}".\n\n${repairsHelp}`);
    await run(args, context);
    return exitOk;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`atelier: ${error.message}`);
      return exitUsageError;
    }
    if (error instanceof ValidationError) {
      io.err(['atelier: invalid input, nothing was sent:', ...fieldLines(error.fieldErrors)].join('\n'));
      return exitUsageError;
    }
    if (error instanceof AtelierClientError) {
      const fieldErrors = 'fieldErrors' in error ? (error.fieldErrors as { path: string; message: string }[]) : [];
      io.err([`atelier: ${error.message} (${error.code})`, ...fieldLines(fieldErrors)].join('\n'));
      return exitApiError;
    }
    throw error;
  }
}
