/**
 * A page's loads (`@lit/task`): a spinner while pending, the data once complete, and a failure
 * in words with "Try again" (a 401 also tells the shell the session is gone). The task's
 * AbortSignal goes with each call, so leaving a page cancels what it was loading.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import '@awesome.me/webawesome/dist/components/spinner/spinner.js';
import type { Task } from '@lit/task';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { ConsoleMessages } from '../locales/en.ts';
import { describeError } from './error-words.ts';
import { signedOut } from './events.ts';

export function renderLoad<T>(
  host: HTMLElement,
  task: Task<readonly unknown[], T>,
  messages: ConsoleMessages,
  complete: (value: T) => TemplateResult,
): TemplateResult | undefined {
  return task.render({
    pending: () => html`<p role="status"><wa-spinner></wa-spinner> ${messages.common.loading}</p>`,
    complete,
    error: (error) => {
      const words = describeError(error, messages);
      if (words.signedOut) queueMicrotask(() => host.dispatchEvent(signedOut()));
      return html`<wa-callout variant="danger" role="alert">${words.message}</wa-callout>
        <wa-button @click=${() => void task.run()}>${messages.common.retry}</wa-button>`;
    },
  });
}
