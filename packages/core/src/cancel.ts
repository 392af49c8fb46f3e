import { CancelledError } from './errors.ts';
import { formatDuration } from './duration.ts';
import { abortReason } from './clock.ts';

let processSignal: AbortController | undefined;

/**
 * An AbortSignal that aborts on the first SIGINT/SIGTERM (a cancelled workflow sends SIGINT, then
 * SIGTERM, then kills). The process is not exited: the action unwinds through its `finally` blocks
 * (lease released, half-placed canary removed). A second signal exits at once with 130/143.
 */
export function cancellationSignal(): AbortSignal {
  if (processSignal) return processSignal.signal;
  const controller = new AbortController();
  processSignal = controller;
  let received = 0;
  const onSignal = (name: NodeJS.Signals) => {
    received += 1;
    if (received > 1) process.exit(name === 'SIGINT' ? 130 : 143);
    controller.abort(new CancelledError(`Cancelled by ${name}`, { hint: 'The workflow run was cancelled.' }));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return controller.signal;
}

/** A signal that aborts with the parent, or with a CancelledError naming `what` once `ms` have passed. */
export function withDeadline(parent: AbortSignal | undefined, ms: number, what: string): AbortSignal {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new CancelledError(`${what} did not finish within ${formatDuration(ms)}`)),
    ms,
  );
  timer.unref?.();
  const onParent = () => {
    clearTimeout(timer);
    controller.abort(parent!.reason);
  };
  if (parent?.aborted) onParent();
  else parent?.addEventListener('abort', onParent, { once: true });
  controller.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return controller.signal;
}

/** Races a promise against a signal: rejects with the signal's reason when it aborts first. */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
