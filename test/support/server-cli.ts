// The server's own command (`atelier-server`, packages/server/bin) run against the demo's data
// directory, as an operator runs it next to the running server.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { DemoStack } from './demo-stack.ts';

const serverCli = fileURLToPath(new URL('../../packages/server/bin/atelier-server.js', import.meta.url));
// Each command starts Node and loads the server from TypeScript sources: seconds on a busy machine.
const serverCliTimeoutMs = 60_000;

/** Runs `atelier-server <args…>` on the demo's database; answers what it printed, or fails with what it said. */
export function serverCliSucceeds(stack: DemoStack, args: string[]): Promise<string> {
  const environment: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: stack.dataDir };
  delete environment.DATABASE_URL;
  delete environment.SMTP_URL;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [serverCli, ...args], { env: environment, timeout: serverCliTimeoutMs, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) reject(new Error(`atelier-server ${args.join(' ')} failed: ${error.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}
