/**
 * The CDN loader (src/loader.ts) evaluates a widget's chunks one per task, so no task of the page
 * runs for long; that includes what the widget loads after its first render (the activation form's
 * validation and transport: zod, ky, the contract). A widget that needs that code at once would
 * import it in one go and evaluate it all in one task (157 ms of main thread at 4× CPU slowdown on
 * a busy machine, `bench:first-render --tasks`), so it first waits for the loader to have evaluated
 * it, chunk by chunk. Without the loader (the npm build in an app's bundle) there is nothing to wait for.
 */
const loaderStagesKey = Symbol.for('atelier.loader-stages');

/** Resolves once the CDN loader has evaluated the code `tagName` loads after its first render (at once without the loader). */
export function loaderStagesDone(tagName: string): Promise<void> {
  const stages = (globalThis as { [key: symbol]: Record<string, Promise<void>> | undefined })[loaderStagesKey];
  return stages?.[tagName] ?? Promise.resolve();
}
