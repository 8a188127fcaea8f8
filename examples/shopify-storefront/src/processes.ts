// Running the Atelier server's CLI and the Shopify app as child processes, waiting until they
// answer, and stopping them so they close their databases.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';

const readyPollIntervalMs = 200;
const stopTimeoutMs = 10_000;

/** Runs a Node script to completion; its output is shown only if it fails. */
export function runNodeScript(script: string, args: string[], environment: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.once('error', reject);
    child.once('close', (status, signal) => {
      if (status === 0) return resolve();
      process.stderr.write(Buffer.concat(output));
      reject(new Error(`${script} ${args.join(' ')} failed (${signal ?? `exit code ${status}`})`));
    });
  });
}

/** Starts a long-running Node script whose output goes to this terminal. */
export function startNodeScript(script: string, args: string[], environment: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [script, ...args], { env: environment, stdio: 'inherit' });
}

export function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Waits until `url` answers 2xx; fails early if `child` dies meanwhile. */
export async function waitUntilAnswering(name: string, url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited(child)) throw new Error(`${name} stopped while starting; see its output above`);
    try {
      const response = await fetch(url);
      await response.body?.cancel();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await delay(readyPollIntervalMs);
  }
  throw new Error(`${name} did not answer ${url} within ${timeoutMs / 1000} s`);
}

/** SIGTERM (the servers drain and close their databases), then SIGKILL if it takes too long. */
export function stopChild(child: ChildProcess): Promise<void> {
  if (hasExited(child)) return Promise.resolve();
  return new Promise((resolve) => {
    const forceKill = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
    child.once('exit', () => {
      clearTimeout(forceKill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Fails with the variable to change when a port is taken, before a server on it could be mistaken for ours. */
export async function ensurePortFree(host: string, port: number, variable: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () => reject(new Error(`port ${port} on ${host} is in use; choose another with ${variable}=<port>`)));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
