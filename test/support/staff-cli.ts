// The service desk's `atelier` command (packages/client/bin/atelier.js), run as a real process the
// way staff run it: configured by the environment only, the secret key never on the command line.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { DemoStack } from './demo-stack.ts';

const staffCli = fileURLToPath(new URL('../../packages/client/bin/atelier.js', import.meta.url));
// Each command starts Node and loads the client from TypeScript sources: seconds on a busy machine.
const staffCliTimeoutMs = 30_000;

export interface StaffCliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs `atelier <args…>` against the demo's API with its secret key; never throws for a non-zero exit. */
export function runStaffCli(stack: DemoStack, args: string[]): Promise<StaffCliResult> {
  const environment: NodeJS.ProcessEnv = { ...process.env, ATELIER_API_URL: stack.demo.apiBase, ATELIER_SECRET_KEY: stack.credentials.secretKey };
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [staffCli, ...args], { env: environment, timeout: staffCliTimeoutMs, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') return reject(new Error(`atelier ${args.join(' ')} did not run: ${error.message}\n${stderr}`));
      resolve({ exitCode: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

/** Runs a command that must succeed; answers what it printed, or fails with what it said. */
export async function staffCliSucceeds(stack: DemoStack, args: string[]): Promise<string> {
  const result = await runStaffCli(stack, args);
  if (result.exitCode !== 0) throw new Error(`atelier ${args.join(' ')} exited with ${result.exitCode}:\n${result.stderr}${result.stdout}`);
  return result.stdout;
}
