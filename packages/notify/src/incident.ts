/**
 * The incident issue of a rollback: who, why, from → to, status, each phase's duration (table and
 * gantt), links to the run and the backup. Reason and details are data: escaped in Markdown.
 */
import { escapeMarkdown, escapeTableCell, type GitHubClient } from '@shipgate/core';
import { phaseGantt, phaseRows, seconds, type RollbackNews } from './rollback-timeline.ts';

/** Pure: title and body of the incident issue. */
export function renderIncident(
  r: RollbackNews,
  environment: string | undefined,
): { title: string; body: string } {
  const where = environment ? ` in ${environment}` : '';
  const title =
    `Rollback ${r.status}: ${r.app} ${r.fromVersion ?? '?'} → ${r.toVersion ?? '?'}${where}`.slice(0, 250);
  const rows = [
    ['status', r.status],
    ['app', `${r.namespace}/${r.app}${where}`],
    ['from → to', `${r.fromVersion ?? '?'} → ${r.toVersion ?? '?'}`],
    ['strategy', r.strategy ?? '?'],
    ['who', r.actor ?? 'unknown'],
    ['why', r.reason],
    ['duration', seconds(r.durationMs)],
    ['run', r.runUrl ?? '(not on GitHub Actions)'],
    ['backup', r.backupPath ?? '(none)'],
  ];
  const gantt = phaseGantt(r);
  const body = [
    `## ${escapeMarkdown(r.message)}`,
    '',
    '| | |',
    '| --- | --- |',
    ...rows.map(([k, v]) => `| ${k} | ${escapeTableCell(v ?? '')} |`),
    '',
    '### Timeline',
    '',
    '| phase | status | duration | detail |',
    '| --- | --- | --- | --- |',
    ...phaseRows(r.phases).map((c) => `| ${c.join(' | ')} |`),
    ...(gantt ? ['', '```mermaid', gantt, '```'] : []),
    ...(r.verification?.length
      ? [
          '',
          '### Verification',
          '',
          ...r.verification.map((v) => `- ${v.ok ? '✅' : '❌'} ${escapeMarkdown(`${v.what}: ${v.detail}`)}`),
        ]
      : []),
    ...(r.config?.drift.length
      ? ['', '### Config drift', '', ...r.config.drift.map((d) => `- ${escapeMarkdown(d)}`)]
      : []),
    '',
    '_Opened by shipgate rollback._',
  ].join('\n');
  return { title, body };
}

export async function openIncident(
  api: GitHubClient,
  repo: { owner: string; repo: string },
  r: RollbackNews,
  environment: string | undefined,
): Promise<string> {
  const { title, body } = renderIncident(r, environment);
  const created = await api.rest.issues.create({ ...repo, title, body, labels: ['incident', 'rollback'] });
  return created.data.html_url;
}
