/** Errors as RFC 9457 problem+json with a stable `code`, like the brand API's, so forms map them the same way. */
export interface FieldProblem {
  path: string;
  code: string;
  message: string;
}

/** The problem document as JSON: also what the server answers for requests Node refuses itself (main.ts). */
export function problemJson(status: number, code: string, detail: string, errors?: FieldProblem[]): string {
  return JSON.stringify({ type: 'about:blank', status, code, title: code.replaceAll('_', ' '), detail, ...(errors ? { errors } : {}) });
}

export function problem(status: number, code: string, detail: string, errors?: FieldProblem[]): Response {
  return new Response(problemJson(status, code, detail, errors), {
    status,
    headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' },
  });
}
