/**
 * A piece of a widget's internal state under a `#private` name: setting a different value draws
 * the widget again, as a Lit property declared `state: true` does. Lit's reactive properties need
 * public names (it defines their accessors on the prototype), so the widgets keep what is theirs
 * alone in these, and every member that is not API is `#private`.
 */
import type { ReactiveControllerHost } from 'lit';

export class WidgetState<Value> {
  #value: Value;
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost, initial: Value) {
    this.#host = host;
    this.#value = initial;
  }

  get value(): Value {
    return this.#value;
  }

  set value(value: Value) {
    if (value === this.#value) return;
    this.#value = value;
    this.#host.requestUpdate();
  }
}
