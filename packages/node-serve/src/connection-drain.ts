/**
 * Graceful shutdown of a Node HTTP server: stop accepting connections, let requests in flight
 * finish (their answers say `Connection: close`, see refusal-aware-response.ts), answer requests
 * that arrive on open connections the same way, close connections once they have been idle for
 * a grace, and cut whatever is left when the drain's time is up.
 *
 * Not `http.Server.close()`: since Node 19 it also destroys every idle connection at once, and
 * under load a connection is "idle" for the instant between an answer and the next request the
 * client is already sending on it; that request would be reset.
 */
import type { Server } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';
import { drainIdleConnectionGraceMs, drainIdleSweepIntervalMs } from './limits.ts';

interface ConnectionState {
  requestsInFlight: number;
  /** `performance.now()` when its last request was answered, or when it was opened. */
  idleSinceMs: number;
  closing: boolean;
}

export interface DrainResult {
  /** Connections still open when the drain's time was up, closed in the middle of whatever they did. */
  connectionsCut: number;
}

export class ConnectionDrain {
  #server: Server | undefined;
  readonly #connections = new Map<Socket, ConnectionState>();
  #draining = false;
  #drained: Promise<DrainResult> | undefined;

  /** Follows the server's connections and requests; call once, before it listens. */
  track(server: Server): void {
    this.#server = server;
    server.on('connection', (socket: Socket) => {
      this.#connections.set(socket, { requestsInFlight: 0, idleSinceMs: performance.now(), closing: false });
      socket.once('close', () => this.#connections.delete(socket));
    });
    // Prepended, so the count is up before the app's listener can answer.
    server.prependListener('request', (request, response) => {
      const state = this.#connections.get(request.socket);
      if (!state) return;
      state.requestsInFlight += 1;
      response.once('close', () => {
        state.requestsInFlight -= 1;
        state.idleSinceMs = performance.now();
      });
    });
  }

  get draining(): boolean {
    return this.#draining;
  }

  /** Open connections (for tests and logs). */
  get size(): number {
    return this.#connections.size;
  }

  /**
   * Stops accepting connections and resolves once every connection is closed, or once
   * `timeoutMs` has passed, when the connections left are cut. Calling it again returns the
   * same promise.
   */
  drain(options: { timeoutMs: number }): Promise<DrainResult> {
    const server = this.#server;
    if (!server) throw new Error('ConnectionDrain.drain() before track(server)');
    this.#drained ??= new Promise<DrainResult>((resolve) => {
      this.#draining = true;
      let connectionsCut = 0;
      const closeIdle = () => {
        const now = performance.now();
        for (const [socket, state] of this.#connections) {
          if (state.closing || state.requestsInFlight > 0 || now - state.idleSinceMs < drainIdleConnectionGraceMs) continue;
          state.closing = true;
          socket.destroySoon();
        }
      };
      const sweep = setInterval(closeIdle, drainIdleSweepIntervalMs);
      const cut = setTimeout(() => {
        connectionsCut = this.#connections.size;
        for (const socket of this.#connections.keys()) socket.destroy();
      }, options.timeoutMs);
      // net.Server's close: stop listening, call back once the last connection has closed.
      NetServer.prototype.close.call(server, () => {
        clearInterval(sweep);
        clearTimeout(cut);
        resolve({ connectionsCut });
      });
      closeIdle();
    });
    return this.#drained;
  }
}
