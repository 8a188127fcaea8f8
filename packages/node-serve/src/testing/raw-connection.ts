/**
 * One client TCP connection speaking HTTP/1.1 by hand, for tests that must control what is sent
 * on which connection and see how the server ends it (a clean close or a reset), which fetch and
 * http.Agent hide.
 */
import { connect, type Socket } from 'node:net';

export interface RawResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
}

/** How the server ended the connection: `closed` (FIN), `reset` (ECONNRESET / EPIPE) or still `open`. */
export type ConnectionEnd = 'open' | 'closed' | 'reset';

export class RawConnection {
  readonly #socket: Socket;
  #buffer = Buffer.alloc(0);
  #end: ConnectionEnd = 'open';
  #error: Error | undefined;
  #waiters: Array<() => void> = [];
  readonly connected: Promise<void>;

  constructor(port: number, host = '127.0.0.1') {
    this.#socket = connect(port, host);
    this.connected = new Promise((resolve, reject) => {
      this.#socket.once('connect', resolve);
      this.#socket.once('error', reject);
    });
    this.#socket.on('data', (chunk: Buffer) => {
      this.#buffer = Buffer.concat([this.#buffer, chunk]);
      this.#wake();
    });
    this.#socket.on('end', () => {
      if (this.#end === 'open') this.#end = 'closed';
      this.#wake();
    });
    this.#socket.on('error', (error: NodeJS.ErrnoException) => {
      this.#error = error;
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') this.#end = 'reset';
      this.#wake();
    });
    this.#socket.on('close', () => this.#wake());
  }

  get end(): ConnectionEnd {
    return this.#end;
  }

  #wake(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const wake of waiters) wake();
  }

  #changed(): Promise<void> {
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  /** Writes bytes as they are; resolves once handed to the kernel (or rejects if the connection is gone). */
  write(data: string | Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => this.#socket.write(data, (error) => (error ? reject(error) : resolve())));
  }

  /** Sends a whole request; a body gets its `Content-Length`. */
  request(method: string, path: string, options: { headers?: Record<string, string>; body?: string } = {}): Promise<void> {
    const headers = { Host: 'localhost', ...options.headers, ...(options.body === undefined ? {} : { 'Content-Length': String(Buffer.byteLength(options.body)) }) };
    const head = `${method} ${path} HTTP/1.1\r\n${Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('')}\r\n`;
    return this.write(head + (options.body ?? ''));
  }

  /** Reads the next response (its body by `Content-Length`); rejects if the connection ends first. */
  async response(): Promise<RawResponse> {
    for (;;) {
      const parsed = this.#takeResponse();
      if (parsed) return parsed;
      if (this.#socket.destroyed || this.#end !== 'open') {
        throw new Error(`the connection ended (${this.#end}${this.#error ? `: ${this.#error.message}` : ''}) before a whole response arrived`);
      }
      await this.#changed();
    }
  }

  #takeResponse(): RawResponse | undefined {
    const headEnd = this.#buffer.indexOf('\r\n\r\n');
    if (headEnd < 0) return undefined;
    const [statusLine = '', ...headerLines] = this.#buffer.subarray(0, headEnd).toString('latin1').split('\r\n');
    const headers: Record<string, string> = {};
    for (const line of headerLines) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const length = Number(headers['content-length'] ?? 0);
    if (this.#buffer.length < headEnd + 4 + length) return undefined;
    const body = this.#buffer.subarray(headEnd + 4, headEnd + 4 + length).toString('utf8');
    this.#buffer = this.#buffer.subarray(headEnd + 4 + length);
    return { status: Number(statusLine.split(' ')[1]), headers, body };
  }

  /** Resolves with how the connection ended, once the server has closed or reset it. */
  async ended(): Promise<ConnectionEnd> {
    while (this.#end === 'open' && !this.#socket.destroyed) await this.#changed();
    return this.#end;
  }

  close(): void {
    this.#socket.destroy();
  }
}
