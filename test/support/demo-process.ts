// Starts `pnpm demo`'s launcher (examples/brand-site/scripts/demo.ts) as a real process tree:
// migrations, demo seed, the API server from its CLI and the Vite-served brand site.
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const demoLauncher = fileURLToPath(new URL('../../examples/brand-site/scripts/demo.ts', import.meta.url));
// Cold start includes migrating and seeding 500 pieces, then Vite's first start.
const demoReadyTimeoutMs = 120_000;
const readinessPollIntervalMs = 250;
const demoStopTimeoutMs = 15_000;
const outputKeptChars = 20_000;

export interface DemoProcess {
  siteUrl: string;
  apiBase: string;
  /** Everything the launcher and its children printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

async function answersOk(url: string): Promise<boolean> {
  try {
    const response = await fetch(url);
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    // The launcher leads its own process group, so this reaches the API server and Vite too.
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

export async function startDemo(options: { dataDir: string; apiPort: number; sitePort: number }): Promise<DemoProcess> {
  const siteUrl = `http://localhost:${options.sitePort}/`;
  const apiBase = `http://127.0.0.1:${options.apiPort}`;
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: options.dataDir,
    PORT: String(options.apiPort),
    SITE_PORT: String(options.sitePort),
  };
  // The test reads the e-mails the server writes, so mail must not go out through SMTP.
  delete environment.SMTP_URL;
  delete environment.DATABASE_URL;
  const child = spawn(process.execPath, [demoLauncher], { env: environment, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-outputKeptChars);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  // The launcher's own process group does not get the terminal's Ctrl-C, and a test process that
  // is interrupted or crashes never reaches its `after` hooks: take the servers down with it.
  const killOnExit = () => signalGroup(child, 'SIGKILL');
  const stopOnSignal = (signal: NodeJS.Signals) => {
    signalGroup(child, 'SIGTERM');
    process.kill(process.pid, signal);
  };
  process.once('exit', killOnExit);
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);

  const stop = async (): Promise<void> => {
    if (!hasExited(child)) {
      signalGroup(child, 'SIGTERM');
      const stoppedInTime = await Promise.race([exited.then(() => true), delay(demoStopTimeoutMs).then(() => false)]);
      if (!stoppedInTime) signalGroup(child, 'SIGKILL');
    }
    // Children that outlived the launcher (it should never happen; this is the safety net).
    signalGroup(child, 'SIGKILL');
    process.off('exit', killOnExit);
    process.off('SIGINT', stopOnSignal);
    process.off('SIGTERM', stopOnSignal);
  };

  const deadline = Date.now() + demoReadyTimeoutMs;
  while (Date.now() < deadline) {
    if (hasExited(child)) {
      await stop();
      throw new Error(`the demo stopped before it was ready:\n${output}`);
    }
    if ((await answersOk(`${apiBase}/readyz`)) && (await answersOk(siteUrl))) {
      return { siteUrl, apiBase, output: () => output, stop };
    }
    await delay(readinessPollIntervalMs);
  }
  await stop();
  throw new Error(`the demo was not ready within ${demoReadyTimeoutMs / 1000} s:\n${output}`);
}
