/** Written from @atelier/client's package.json by scripts/write-sdk-version.ts (run by the build); do not edit. */
export const sdkVersion = '0.1.0';
