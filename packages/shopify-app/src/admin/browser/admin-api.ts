/**
 * The admin page's calls to its own JSON API (`/api/*`). Each carries the session token App
 * Bridge issues (App Bridge also adds it to same-origin fetches; asking for it keeps the page
 * independent of that patch). Errors arrive as problem+json and become `AdminApiError`s.
 */
import type { AdminProblem } from '../api-types.ts';

export class AdminApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fieldErrors: NonNullable<AdminProblem['errors']>;
  constructor(status: number, problem: Partial<AdminProblem> | null) {
    super(problem?.detail ?? problem?.title ?? `The app answered ${status}.`);
    this.name = 'AdminApiError';
    this.status = status;
    this.code = problem?.code ?? (status === 0 ? 'network_error' : 'unexpected_response');
    this.fieldErrors = problem?.errors ?? [];
  }
}

async function sessionToken(): Promise<string | undefined> {
  // App Bridge is absent when its script could not load, or outside the Shopify admin.
  if (!('shopify' in window) || typeof window.shopify?.idToken !== 'function') return undefined;
  return window.shopify.idToken();
}

async function request(path: string, init: RequestInit = {}): Promise<Response> {
  const token = await sessionToken();
  const headers = new Headers(init.headers);
  if (init.body !== undefined) headers.set('Content-Type', 'application/json');
  if (token) headers.set('Authorization', `Bearer ${token}`);
  try {
    return await fetch(`/api${path}`, { ...init, headers });
  } catch {
    throw new AdminApiError(0, { detail: 'The app did not answer. Check your connection and try again.' });
  }
}

async function json<T>(response: Response): Promise<T> {
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new AdminApiError(response.status, body as Partial<AdminProblem> | null);
  return body as T;
}

export const adminApi = {
  get: async <T>(path: string): Promise<T> => json<T>(await request(path)),
  put: async <T>(path: string, body: unknown): Promise<T> => json<T>(await request(path, { method: 'PUT', body: JSON.stringify(body) })),
  post: async <T>(path: string): Promise<T> => json<T>(await request(path, { method: 'POST' })),
  /** A file the API sends as an attachment (a customer data export). */
  blob: async (path: string): Promise<Blob> => {
    const response = await request(path);
    if (!response.ok) await json(response);
    return response.blob();
  },
};

export function unitPath(unit: { orderId: string; lineItemId: string; unitIndex: number }, action: 'serial' | 'retry'): string {
  return `/orders/${encodeURIComponent(unit.orderId)}/lines/${encodeURIComponent(unit.lineItemId)}/units/${unit.unitIndex}/${action}`;
}
