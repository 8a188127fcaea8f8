/**
 * What the owner portal lends the flows it runs (signing in, reporting a piece): one way to send a
 * request and one place to say what went wrong. The portal keeps a single submission controller and
 * a single alert, so two flows never send at once and never show two alerts.
 */
import type { SendOptions } from '../../forms/submission.ts';
import type { FormController } from '../../forms/form-controller.ts';
import type { FieldContext } from '../../forms/fields.ts';
import type { OwnerPortalMessages } from './locales/en.ts';
import type { OwnerPortalClient } from './owner-portal-client.ts';
import type { PortalProblem } from './portal-problems.ts';

/**
 * Sends `request` with `action`; answers the answer, or puts the server's field errors on `form`
 * (its error summary takes the focus), or hands any other failure to `onFailure`.
 */
export type PortalSend = <Answer>(
  request: unknown,
  action: (api: OwnerPortalClient, options: SendOptions) => Promise<Answer>,
  form: FormController<unknown> | undefined,
  onFailure: (error: unknown) => void,
) => Promise<Answer | undefined>;

export interface PortalFlowHost {
  send: PortalSend;
  /** Shows `problem` in the portal's alert, with `retry` as its one action. */
  showProblem: (problem: PortalProblem, retry?: () => void) => void;
  /** Whether a request is under way (a flow starts nothing then). */
  readonly pending: () => boolean;
}

/** What the portal lends the views it hands over whole (a piece's page, the account's pages). */
export interface PortalViewHost extends PortalFlowHost {
  api: () => OwnerPortalClient;
  /** The portal's words in the owner's language. */
  messages: () => OwnerPortalMessages;
  /** What the kit's field renderers need for one of the view's forms. */
  fieldContext: (form: FormController<unknown>) => FieldContext;
  /** Takes the portal's alert away: the owner moved on. */
  clearProblem: () => void;
  /** Ends loads and sends when the portal leaves the page. */
  signal: () => AbortSignal;
}
