// Runs an example's launcher script (the demo, the Shopify storefront) as a real process tree in a
// process group of its own, keeps what it prints for failure messages, and takes the whole tree
// down when stopped, when the test process exits, or when it is interrupted.
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';

const stopTimeoutMs = 15_000;
const outputKeptChars = 20_000;

export interface LauncherProcess {
  /** Everything the launcher and its children printed (the last part of it), for failure messages. */
  output(): string;
  hasExited(): boolean;
  stop(): Promise<void>;
}

/** True when `url` answers with a 2xx status; false while nothing listens there yet. */
export async function answersOk(url: string): Promise<boolean> {
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
    // The launcher leads its own process group, so this reaches every server it started too.
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

export function startLauncher(launcher: string, environment: NodeJS.ProcessEnv): LauncherProcess {
  const child = spawn(process.execPath, [launcher], { env: environment, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
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

  return {
    output: () => output,
    hasExited: () => hasExited(child),
    async stop() {
      if (!hasExited(child)) {
        signalGroup(child, 'SIGTERM');
        const stoppedInTime = await Promise.race([exited.then(() => true), delay(stopTimeoutMs).then(() => false)]);
        if (!stoppedInTime) signalGroup(child, 'SIGKILL');
      }
      // Children that outlived the launcher (it should never happen; this is the safety net).
      signalGroup(child, 'SIGKILL');
      process.off('exit', killOnExit);
      process.off('SIGINT', stopOnSignal);
      process.off('SIGTERM', stopOnSignal);
    },
  };
}
