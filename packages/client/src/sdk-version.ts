/** The SDK's version in `Atelier-Client` and `User-Agent`: written from package.json by `pnpm version-packages` (scripts/sync-versions.ts); a test checks the two agree. */
export const sdkVersion = '0.1.0';
