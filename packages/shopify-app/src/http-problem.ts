/** Errors as RFC 9457 problem+json with a stable `code`, like the brand API's, so forms map them the same way. */
export interface FieldProblem {
  path: string;
  code: string;
  message: string;
}

export function problem(status: number, code: string, detail: string, errors?: FieldProblem[]): Response {
  return new Response(JSON.stringify({ type: 'about:blank', status, code, title: code.replaceAll('_', ' '), detail, ...(errors ? { errors } : {}) }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' },
  });
}
