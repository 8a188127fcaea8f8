/**
 * Requests Node's HTTP parser refuses before the app sees them — a URL or headers over Node's
 * limit (431), bytes that are not HTTP (400), a client too slow to send its headers (408) —
 * answered as problem+json like every other error, instead of Node's bare status line.
 */
import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';

export type ClientErrorCode = 'headers_too_large' | 'malformed_request' | 'request_timeout' | 'payload_too_large';

export interface ClientErrorRefusal {
  status: 400 | 408 | 413 | 431;
  code: ClientErrorCode;
  detail: string;
}

/** The problem document each server answers, in its own shape (`type`, `title`…), as JSON. */
export type ProblemBody = (refusal: ClientErrorRefusal) => string;

/** Node's error codes (llhttp's `HPE_*`, `ERR_HTTP_REQUEST_TIMEOUT`) → what the client is told. */
function refusalFor(error: NodeJS.ErrnoException): ClientErrorRefusal {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return { status: 431, code: 'headers_too_large', detail: 'The request line and headers together are over the server\'s limit: shorten the URL or the headers.' };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, code: 'request_timeout', detail: 'The request was not received in time.' };
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return { status: 413, code: 'payload_too_large', detail: 'The chunk extensions of the body are over the server\'s limit.' };
    default:
      return { status: 400, code: 'malformed_request', detail: 'The request is not valid HTTP/1.1.' };
  }
}

export function answerClientErrorsAsProblems(server: Server, problemBody: ProblemBody): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // Nothing to answer: the client is gone, or an answer to an earlier (pipelined) request is
    // being written on this connection (`_httpMessage`, which Node's own handler checks too).
    if (error.code === 'ECONNRESET' || !socket.writable || (socket as { _httpMessage?: unknown })._httpMessage) {
      socket.destroy();
      return;
    }
    const refusal = refusalFor(error);
    const body = problemBody(refusal);
    // Closed once the answer is written: the parser stopped mid-request, nothing after it can be read.
    socket.once('finish', () => socket.destroy());
    socket.end(
      [
        `HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status] ?? ''}`,
        'Content-Type: application/problem+json',
        `Content-Length: ${Buffer.byteLength(body)}`,
        'Cache-Control: no-store',
        'X-Content-Type-Options: nosniff',
        "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'",
        'Connection: close',
        '',
        body,
      ].join('\r\n'),
    );
  });
}
