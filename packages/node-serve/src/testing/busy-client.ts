/** A client that keeps sending on one keep-alive connection through a server's shutdown. */
import { RawConnection, type ConnectionEnd } from './raw-connection.ts';

export interface BusyClientOutcome {
  /** Requests answered 200. */
  answered: number;
  /** Whether its last answer said `Connection: close` (false when a request failed instead). */
  lastSaidClose: boolean;
  /** How the server ended the connection. */
  end: ConnectionEnd;
  /** Why it stopped early: a request reset, or an answer other than 200. */
  failure?: string;
}

/**
 * Sends `GET path` back to back on one connection to `port`, calling `afterAnswer` with the count
 * of answers so far after each (where a test starts the shutdown), until an answer says
 * `Connection: close` (then waits for the connection's end) or a request fails.
 */
export async function sendUntilClosed(port: number, options: { path: string; afterAnswer: (answered: number) => void }): Promise<BusyClientOutcome> {
  const connection = new RawConnection(port);
  await connection.connected;
  let answered = 0;
  for (;;) {
    try {
      await connection.request('GET', options.path);
      const answer = await connection.response();
      if (answer.status !== 200) return { answered, lastSaidClose: false, end: connection.end, failure: `status ${answer.status}` };
      answered += 1;
      options.afterAnswer(answered);
      if (answer.headers['connection'] === 'close') return { answered, lastSaidClose: true, end: await connection.ended() };
    } catch (error) {
      return { answered, lastSaidClose: false, end: connection.end, failure: (error as Error).message };
    }
  }
}
