/**
 * The one place that says how a repair may move. Every change of a repair's status, by staff or
 * by the owner, is checked here first; the database update then only succeeds from the status it
 * was checked against, so two concurrent moves cannot both apply.
 */
import type { RepairStatus } from '@atelier/client/contract';
import { AtelierError } from '../../errors.ts';

/** Who performs a move: the owner decides the estimate, the service desk does everything else. */
export type RepairActor = 'staff' | 'owner';

/**
 * Allowed moves and who makes them. A declined estimate sends the piece back without work
 * (`declined → returned`); cancelling is possible until the owner has approved work, since after
 * that the piece is opened and must go through the workshop to come back.
 */
export const repairTransitions: Readonly<Record<RepairStatus, Readonly<Partial<Record<RepairStatus, RepairActor>>>>> = {
  requested: { received: 'staff', cancelled: 'staff' },
  received: { diagnosed: 'staff', cancelled: 'staff' },
  diagnosed: { awaiting_approval: 'staff', cancelled: 'staff' },
  awaiting_approval: { approved: 'owner', declined: 'owner', cancelled: 'staff' },
  approved: { in_repair: 'staff' },
  declined: { returned: 'staff' },
  in_repair: { quality_control: 'staff' },
  quality_control: { ready: 'staff', in_repair: 'staff' },
  ready: { returned: 'staff' },
  returned: {},
  cancelled: {},
};

function label(status: RepairStatus): string {
  return status.replaceAll('_', ' ');
}

/**
 * Checks one move: answers normally when `actor` may move a repair from `from` to `to`, and
 * throws `invalid_transition` naming both states otherwise.
 */
export function transition(from: RepairStatus, to: RepairStatus, actor: RepairActor = 'staff'): void {
  const allowedActor = repairTransitions[from][to];
  if (allowedActor === actor) return;
  const allowed = Object.keys(repairTransitions[from]) as RepairStatus[];
  const detail =
    allowedActor === undefined
      ? `A repair cannot go from "${label(from)}" to "${label(to)}". ${
          allowed.length === 0 ? `"${label(from)}" is final.` : `From "${label(from)}" it can go to: ${allowed.map(label).join(', ')}.`
        }`
      : `A repair goes from "${label(from)}" to "${label(to)}" by the ${allowedActor === 'owner' ? 'owner’s decision on the estimate' : 'service desk'}.`;
  throw new AtelierError('invalid_transition', detail, { fieldErrors: [{ path: 'to', code: 'invalid_transition', message: detail }] });
}

/**
 * Whether the repair is over: a status with no move out of it (`returned`, `cancelled`), read from
 * the table above so a new final status is counted as closed without another list to keep.
 */
export function isClosedStatus(status: RepairStatus): boolean {
  return Object.keys(repairTransitions[status]).length === 0;
}

/** Statuses from which the piece has been through the workshop, so its return counts as a service. */
export function isServicedReturn(from: RepairStatus): boolean {
  return from === 'ready';
}
