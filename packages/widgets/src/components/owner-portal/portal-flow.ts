/**
 * What the owner portal lends the flows it runs (signing in, reporting a piece): one way to send a
 * request and one place to say what went wrong. The portal keeps a single submission controller and
 * a single alert, so two flows never send at once and never show two alerts.
 */
import type { SendOptions } from '../../forms/submission.ts';
import type { FormController } from '../../forms/form-controller.ts';
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
