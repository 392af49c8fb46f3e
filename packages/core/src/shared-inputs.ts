/** Inputs that more than one action declares, defined once so their rules and words stay the same. */
import { input } from './inputs.ts';

/** deploy's and rollback's `lease-duration`: the per-app Lease both take. */
export const leaseDurationInput = () =>
  input.duration({
    description:
      'How long the per-app Lease lasts without a renewal (renewed every third of it): how long a run whose runner died blocks the next one',
    default: '60s',
    min: '2s',
    max: '1h',
  });
