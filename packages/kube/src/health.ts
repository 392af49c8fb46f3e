/**
 * Blue-green's health gate: a plain HTTP GET of the preview URL until it answers 2xx or the gate's
 * deadline passes. (@shipgate/probe's richer checks can replace this once it exports a library
 * API; this gate only needs "is the new colour answering".)
 */
import type { Clock } from '@shipgate/core';

export async function checkHealth(
  url: string,
  o: { clock: Clock; signal?: AbortSignal; deadlineMs: number; intervalMs?: number },
): Promise<{ ok: boolean; message: string; attempts: number }> {
  let last: string;
  for (let attempts = 1; ; attempts++) {
    try {
      const res = await fetch(url, {
        signal: AbortSignal.any([AbortSignal.timeout(5000), ...(o.signal ? [o.signal] : [])]),
        redirect: 'manual',
      });
      await res.body?.cancel();
      if (res.status >= 200 && res.status < 300)
        return { ok: true, message: `GET ${url} → ${res.status}`, attempts };
      last = `GET ${url} → ${res.status}`;
    } catch (error) {
      if (o.signal?.aborted) throw o.signal.reason;
      last = `GET ${url} failed (${(error as Error).name})`;
    }
    if (o.clock.now() >= o.deadlineMs)
      return { ok: false, message: `${last} after ${attempts} attempt(s)`, attempts };
    await o.clock.sleep(o.intervalMs ?? 1000, o.signal);
  }
}
