import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { sdkVersion } from './sdk-version.ts';

it('sdkVersion is package.json’s version (pnpm version-packages writes it)', () => {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  assert.equal(sdkVersion, version);
});
