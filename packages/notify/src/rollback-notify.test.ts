import { renderIncident } from './incident.ts';
import type { RollbackNews } from './rollback-timeline.ts';
import { phaseGantt } from './rollback-timeline.ts';
import { webhookPayload } from './webhook.ts';

const news = (over: Partial<RollbackNews> = {}): RollbackNews => ({
  status: 'rolled-back',
  message: 'web rolled back from 1.1.0 to 1.0.0 (rolling)',
  app: 'web',
  namespace: 'shop',
  strategy: 'rolling',
  fromVersion: '1.1.0',
  toVersion: '1.0.0',
  reason: 'errors <!channel> @oncall [link](http://x) | ::error::boom',
  actor: 'alice',
  runUrl: 'https://github.com/acme/shop/actions/runs/7',
  backupPath: '/tmp/b.yaml',
  phases: [
    { name: 'validation', status: 'ok', startMs: 1000, endMs: 1120, detail: '1.1.0 → 1.0.0' },
    { name: 'backup', status: 'skipped', startMs: 1120, endMs: 1120, detail: 'no backup-dir' },
    { name: 'application', status: 'failed', startMs: 1120, endMs: 1500, detail: 'x' },
  ],
  startedAtMs: 1000,
  durationMs: 600,
  ...over,
});

test('the incident issue escapes the reason (no mention, link or table break) and carries the timeline', () => {
  const { title, body } = renderIncident(news(), 'production');
  expect(title).toBe('Rollback rolled-back: web 1.1.0 → 1.0.0 in production');
  expect(body).toContain(
    '| why | errors &lt;!channel&gt; @\u200boncall \\[link\\](http://x) \\| ::error::boom |',
  );
  expect(body).toContain('| validation | ✅ ok | 0.12 s | 1\\.1.0 → 1.0.0 |'); // core's escaper: a leading "1." is no list
  expect(body).toContain('| backup | ⏭️ skipped | — | no backup-dir |');
  expect(body).toContain('https://github.com/acme/shop/actions/runs/7');
});

test('the gantt shows the phases that ran, in ms from the start, a failed one as crit', () => {
  expect(phaseGantt(news())).toBe(
    [
      'gantt',
      '    title rollback phases (ms from start)',
      '    dateFormat x',
      '    axisFormat %S.%L s',
      '    section rollback',
      '    validation 0.12 s :done, validation, 0, 120',
      '    application 0.38 s :crit, application, 120, 500',
    ].join('\n'),
  );
});

test('the webhook is Slack-compatible and escapes Slack control characters', () => {
  const p = webhookPayload(news(), 'production', 'https://github.com/acme/shop/issues/3');
  expect(p.text).toBe(':leftwards_arrow_with_hook: rollback rolled-back: web 1.1.0 → 1.0.0 (production)');
  expect(JSON.stringify(p.blocks)).toContain('errors &lt;!channel&gt; @oncall');
  expect(JSON.stringify(p.blocks)).not.toContain('<!channel>');
  expect(p.blocks[2]).toEqual({
    type: 'context',
    elements: [
      {
        type: 'mrkdwn',
        text: '<https://github.com/acme/shop/actions/runs/7|run> · <https://github.com/acme/shop/issues/3|incident>',
      },
    ],
  });
  expect(p.shipgate).toMatchObject({
    status: 'rolled-back',
    from: '1.1.0',
    to: '1.0.0',
    durationSeconds: 0.6,
  });
});
