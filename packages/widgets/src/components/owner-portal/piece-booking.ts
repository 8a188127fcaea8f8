/**
 * The booking opened under a piece: the brand's `<atelier-repair-booking>`, whose module is loaded
 * only when the owner asks to book (the owner's page does not download the booking otherwise).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BookingSetup } from './parts/piece-view.ts';

export class PieceBooking implements ReactiveController {
  #open = false;
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Loads the booking widget and opens it; answers false when its module could not be loaded (offline). */
  async open(): Promise<boolean> {
    try {
      await import('../repair-booking/repair-booking.ts');
    } catch (error) {
      console.error('[atelier] could not load <atelier-repair-booking>.', error);
      return false;
    }
    this.#set(true);
    return true;
  }

  close(): void {
    this.#set(false);
  }

  /** What the booking is drawn with while it is open; `undefined` while it is closed. */
  setup(setup: BookingSetup): BookingSetup | undefined {
    return this.#open ? setup : undefined;
  }

  #set(open: boolean): void {
    if (open === this.#open) return;
    this.#open = open;
    this.#host.requestUpdate();
  }
}
