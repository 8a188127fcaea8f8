// The Chromium this package's browser tests and benchmarks drive: the machine's own (Debian's
// `chromium`), never one a tool downloads. CHROMIUM_PATH or CHROME_PATH point elsewhere.
import puppeteer from 'puppeteer-core';

export const chromiumPath = process.env.CHROMIUM_PATH || process.env.CHROME_PATH || '/usr/bin/chromium';

/** No sandbox (CI runs as root), no GPU, and nothing Chromium would fetch by itself during a test. */
const testChromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** A headless Chromium for one test file; close it in the file's `after`. */
export function launchChromium() {
  return puppeteer.launch({ executablePath: chromiumPath, headless: true, args: testChromiumArgs });
}
