/** Reads a server child process's JSON log lines (one object a line on stdout, as both servers log). */
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/** Resolves with the first JSON log line of `child` whose event is `event`; rejects if it exits first. */
export function logLine(child: ChildProcess, event: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        if (entry['event'] === event) resolve(entry);
      } catch {
        // not a log line
      }
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before logging ${event}`)));
  });
}
