/**
 * Code a widget loads after its first render (validation schemas, the transport), kept once
 * loaded. A load that failed (the visitor went offline between the page and the click) is tried
 * again on the next use, and fails as a lost request does (`code: 'network_error'`), so the
 * widget says "check your connection" and offers to retry, keeping what was typed.
 */
export function lazily<Value>(load: () => Promise<Value>): () => Promise<Value> {
  let loading: Promise<Value> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw Object.assign(new Error('[atelier] part of the widget could not be loaded.', { cause: error }), { code: 'network_error' });
    }));
}
