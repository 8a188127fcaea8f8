/**
 * A first screen drawn in parts, one more per frame: the widget's first render draws part 1 (what
 * fills the first screen), and each later part waits for the frame that lays out the one before
 * (`afterNextFrame`). Drawn at once, the activation form's ~100 bindings and its first layout held
 * the main thread for ~12 ms at full speed, 50 ms at Lighthouse's 4× CPU slowdown, on the retailer's
 * product page; parts drawn only a task apart were still laid out together in one frame (issue 18,
 * `bench:first-render --tasks`). The page reserves the space the whole screen takes, so nothing moves.
 *
 * The widget asks `drawn` in its render and awaits `allDrawn` in its `getUpdateComplete`, so what
 * awaits `updateComplete` (tests, focus moves) sees the whole screen.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterNextFrame } from './task-timing.ts';

export class DrawnInParts implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #parts: number;
  #drawn = 1;
  #started = false;
  #allAskedFor: () => void = () => {};

  /** Settles once the last part has been asked to draw: then `updateComplete` covers the whole screen. */
  readonly allAskedFor = new Promise<void>((resolve) => {
    this.#allAskedFor = resolve;
  });

  constructor(host: ReactiveControllerHost, parts: number) {
    this.#host = host;
    this.#parts = parts;
    host.addController(this);
    if (parts <= 1) this.#allAskedFor();
  }

  /** How many parts the render draws now: 1 at first, `parts` once all are asked for. */
  get drawn(): number {
    return this.#drawn;
  }

  /** Whether every part is drawn (or asked to be, in the update under way). */
  get complete(): boolean {
    return this.#drawn >= this.#parts;
  }

  hostUpdated(): void {
    if (this.#started || this.complete) return;
    this.#started = true;
    void this.#drawTheRest();
  }

  async #drawTheRest(): Promise<void> {
    while (!this.complete) {
      await afterNextFrame();
      this.#drawn += 1;
      this.#host.requestUpdate();
    }
    this.#allAskedFor();
  }
}
