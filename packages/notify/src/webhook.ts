/**
 * The rollback's webhook: one JSON POST, Slack-compatible (`text` for any incoming webhook,
 * `blocks` for Slack's layout) with the whole outcome under `shipgate` for other receivers.
 * A 5xx or a dropped connection is retried twice; any failure is the caller's warning.
 */
import { retry, type Clock } from '@shipgate/core';
import type { RollbackNews } from './rollback-timeline.ts';

/** Slack mrkdwn escaping: only &, < and > are control characters (they would make links or mentions). */
const slack = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Pure: the payload. */
export function webhookPayload(
  r: RollbackNews,
  environment: string | undefined,
  incidentUrl: string | undefined,
) {
  const icon = r.status === 'rolled-back' ? ':leftwards_arrow_with_hook:' : ':rotating_light:';
  const text = `${icon} ${slack(`rollback ${r.status}: ${r.app} ${r.fromVersion ?? '?'} → ${r.toVersion ?? '?'}${environment ? ` (${environment})` : ''}`)}`;
  const fields = [
    `*why*\n${slack(r.reason)}`,
    `*who*\n${slack(r.actor ?? 'unknown')}`,
    `*duration*\n${(r.durationMs / 1000).toFixed(1)} s`,
    `*strategy*\n${r.strategy ?? '?'}`,
  ];
  const links = [r.runUrl && `<${r.runUrl}|run>`, incidentUrl && `<${incidentUrl}|incident>`].filter(Boolean);
  return {
    text,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `${text}\n${slack(r.message)}` } },
      { type: 'section', fields: fields.map((f) => ({ type: 'mrkdwn', text: f })) },
      ...(links.length ? [{ type: 'context', elements: [{ type: 'mrkdwn', text: links.join(' · ') }] }] : []),
    ],
    shipgate: {
      app: r.app,
      namespace: r.namespace,
      environment,
      status: r.status,
      from: r.fromVersion,
      to: r.toVersion,
      strategy: r.strategy,
      reason: r.reason,
      actor: r.actor,
      durationSeconds: Math.round(r.durationMs / 100) / 10,
      runUrl: r.runUrl,
      incidentUrl,
      backupPath: r.backupPath,
      phases: r.phases.map((p) => ({ name: p.name, status: p.status, ms: p.endMs - p.startMs })),
    },
  };
}

export async function postWebhook(
  url: string,
  payload: unknown,
  o: { clock: Clock; signal: AbortSignal },
): Promise<void> {
  class Transient extends Error {}
  await retry(
    async () => {
      let res: Response;
      try {
        res = await fetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(payload),
          signal: AbortSignal.any([AbortSignal.timeout(10_000), o.signal]),
        });
      } catch (error) {
        throw new Transient(`webhook not reached: ${(error as Error).message}`);
      }
      await res.text().catch(() => '');
      if (res.status >= 500 || res.status === 429) throw new Transient(`webhook answered ${res.status}`);
      if (!res.ok) throw new Error(`webhook answered ${res.status}`);
    },
    {
      attempts: 3,
      baseMs: 200,
      maxMs: 2000,
      clock: o.clock,
      signal: o.signal,
      retryable: (e) => e instanceof Transient,
    },
  );
}
