/** A fetch for tests: answers each request with the next scripted answer and keeps what was sent. */
import type { FetchFunction } from '../transport.ts';

export interface ScriptedFetch {
  fetch: FetchFunction;
  /** Every request sent, in order (retries included). */
  requests: Request[];
}

/** `answers[i]` answers the i-th request; the last one repeats. */
export function scriptedFetch(...answers: Array<(request: Request) => Response | Promise<Response>>): ScriptedFetch {
  const requests: Request[] = [];
  return {
    requests,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      requests.push(request);
      const answer = answers[Math.min(requests.length - 1, answers.length - 1)];
      if (!answer) throw new Error('scriptedFetch: no answer scripted');
      return answer(request);
    },
  };
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  return Response.json(body, init);
}
