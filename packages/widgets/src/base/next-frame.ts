/**
 * Resolves after the next frame has been laid out and painted, in a task of its own: what a first
 * screen drawn in parts waits for between two parts, so that each part's style and layout come in a
 * frame of their own (issue 18: a whole form's first layout was one task of 50 ms at Lighthouse's 4×
 * CPU slowdown). A hidden page runs no frames: there the wait is one task, as nobody is looking.
 */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const task = () => setTimeout(resolve, 0);
    if (document.visibilityState === 'hidden') task();
    else requestAnimationFrame(task);
  });
}
