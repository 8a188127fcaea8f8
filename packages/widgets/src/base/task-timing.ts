/**
 * When a widget's work runs, so that no task of the page holds the main thread for long (issue 18:
 * no task of a first render over 50 ms at Lighthouse's 4× CPU slowdown, `bench:first-render`).
 */

/** Resolves in a task of its own, once the page has had a chance to run what was queued before (input, a frame). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves after the next frame has been laid out and painted, in a task of its own: what a first
 * screen drawn in parts waits for between two parts, so that each part's style and layout come in a
 * frame of their own (a whole form's first layout was one task of 50 ms at 4×). A hidden page runs
 * no frames: there the wait is one task, as nobody is looking.
 */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState === 'hidden') void nextTask().then(resolve);
    else requestAnimationFrame(() => void nextTask().then(resolve));
  });
}
