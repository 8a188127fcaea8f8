/**
 * A load whose latest request wins, built on `@lit/task`: starting one aborts the one before and
 * only the latest one's answer or failure is handed over; the element leaving the page, or
 * `abort()`, aborts it and hands over nothing. A widget keeps what it shows in its own state and
 * sets it from `onLoaded` / `onFailed`.
 */
import { Task } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface LatestLoadOptions<Args extends readonly unknown[], Value> {
  load: (args: Args, signal: AbortSignal) => Promise<Value>;
  onLoaded: (value: Value, args: Args) => void;
  onFailed: (error: unknown, args: Args) => void;
}

export class LatestLoad<Args extends readonly unknown[], Value> implements ReactiveController {
  readonly #task: Task<Args, Value>;
  /** The signal of the latest run: once aborted, that run's outcome is nobody's business. */
  #signal: AbortSignal | undefined;
  #args: Args | undefined;

  constructor(host: ReactiveControllerHost, options: LatestLoadOptions<Args, Value>) {
    this.#task = new Task<Args, Value>(host, {
      autoRun: false,
      task: (args, { signal }) => {
        this.#signal = signal;
        this.#args = args;
        return options.load(args, signal);
      },
      onComplete: (value) => {
        if (!this.#signal?.aborted && this.#args) options.onLoaded(value, this.#args);
      },
      onError: (error) => {
        if (!this.#signal?.aborted && this.#args) options.onFailed(error, this.#args);
      },
    });
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort();
  }

  /** Starts a load; resolves once it (or a later one that replaced it) has been handed over. */
  run(...args: Args): Promise<void> {
    return this.#task.run(args);
  }

  /** Drops the load under way, if any: its answer is not handed over. */
  abort(): void {
    this.#task.abort();
  }
}
