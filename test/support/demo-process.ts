// Starts `pnpm demo`'s launcher (examples/brand-site/scripts/demo.ts) as a real process tree:
// migrations, demo seed, the API server from its CLI and the Vite-served brand site.
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { answersOk, startLauncher } from './launcher-process.ts';

const demoLauncher = fileURLToPath(new URL('../../examples/brand-site/scripts/demo.ts', import.meta.url));
// Cold start includes migrating and seeding 500 pieces, then Vite's first start.
// The seed writes months of history first: 109 s on a busy 2-core machine (2026-12-07).
const demoReadyTimeoutMs = 180_000;
const readinessPollIntervalMs = 250;

export interface DemoProcess {
  siteUrl: string;
  apiBase: string;
  /** Everything the launcher and its children printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
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
  const launcher = startLauncher(demoLauncher, environment);

  const deadline = Date.now() + demoReadyTimeoutMs;
  while (Date.now() < deadline) {
    if (launcher.hasExited()) {
      await launcher.stop();
      throw new Error(`the demo stopped before it was ready:\n${launcher.output()}`);
    }
    if ((await answersOk(`${apiBase}/readyz`)) && (await answersOk(siteUrl))) {
      return { siteUrl, apiBase, output: launcher.output, stop: launcher.stop };
    }
    await delay(readinessPollIntervalMs);
  }
  await launcher.stop();
  throw new Error(`the demo was not ready within ${demoReadyTimeoutMs / 1000} s:\n${launcher.output()}`);
}
