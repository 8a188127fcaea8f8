/** Stand-ins for the console's clients in unit tests: each answer scripted, each call recorded. */
import { ApiError } from '@atelier/client';
import type { SignedInPerson } from '../shared/person.ts';
import type {} from '../shared/confirm-dialog.ts';

export function problem(status: number, code: string, errors?: { path: string; code: string; message: string }[]): ApiError {
  return new ApiError({ type: `https://atelier.dev/problems/${code}`, title: code, status, code, ...(errors ? { errors } : {}) });
}

export const admin: SignedInPerson = {
  id: 'per_admin',
  email: 'admin@maison-aubert.example',
  displayName: 'Adèle Aubert',
  role: 'admin',
  retailerId: null,
};

export const retailerManager: SignedInPerson = {
  id: 'per_manager',
  email: 'manager@boutique-rhone.example',
  displayName: 'Marc Rhône',
  role: 'manager',
  retailerId: 'ret_geneva',
};

export const retailerAssociate: SignedInPerson = {
  id: 'per_associate',
  email: 'associate@boutique-rhone.example',
  displayName: 'Anna Rhône',
  role: 'associate',
  retailerId: 'ret_geneva',
};

/** A promise settled later by the test: to see a page while its call is pending. */
export function deferred<T>(): { promise: Promise<T>; resolve(value: T): void; reject(error: unknown): void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Presses the confirm button of a `<console-confirm>`, as a person would (not by its event). */
export async function pressConfirm(confirm: HTMLElementTagNameMap['console-confirm'] | null | undefined): Promise<void> {
  await confirm?.updateComplete;
  const button = confirm?.shadowRoot?.querySelector<HTMLElement>('wa-button[variant="danger"]');
  if (!button) throw new Error('no open confirmation to press');
  button.click();
}
