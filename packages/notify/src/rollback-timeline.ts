/**
 * A rollback as the world is told about it (structurally @shipgate/kube's RollbackReport, which
 * this package does not import), and its six phases as Markdown: a table and a Mermaid gantt,
 * shared by the job summary and the incident issue. Pure.
 */
import { escapeTableCell } from '@shipgate/core';

export interface PhaseRecord {
  name: string;
  status: 'ok' | 'failed' | 'skipped' | 'dry-run';
  startMs: number;
  endMs: number;
  detail: string;
}

export interface RollbackNews {
  status: 'rolled-back' | 'rollback-failed' | 'verification-failed' | 'refused';
  message: string;
  app: string;
  namespace: string;
  strategy?: string;
  fromVersion?: string;
  toVersion?: string;
  reason: string;
  actor?: string;
  runUrl?: string;
  backupPath?: string;
  phases: PhaseRecord[];
  verification?: { what: string; ok: boolean; detail: string }[];
  config?: { drift: string[] };
  startedAtMs: number;
  durationMs: number;
}

const ICON: Record<PhaseRecord['status'], string> = {
  ok: '✅',
  failed: '❌',
  skipped: '⏭️',
  'dry-run': '🔍',
};

export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Rows of phase, status, duration and detail. */
export function phaseRows(phases: PhaseRecord[]): string[][] {
  return phases.map((p) => [
    p.name,
    `${ICON[p.status]} ${p.status}`,
    p.status === 'skipped' ? '—' : seconds(p.endMs - p.startMs),
    escapeTableCell(p.detail.slice(0, 300)),
  ]);
}

/** A Mermaid gantt of the phases that ran, in ms from the start (`dateFormat x`). */
export function phaseGantt(r: Pick<RollbackNews, 'phases' | 'startedAtMs'>): string | undefined {
  const ran = r.phases.filter((p) => p.status !== 'skipped');
  if (ran.length === 0) return undefined;
  const t0 = r.startedAtMs;
  const lines = ran.map((p) => {
    const start = Math.max(0, p.startMs - t0);
    const end = Math.max(start + 1, p.endMs - t0);
    const tag = p.status === 'failed' ? 'crit, ' : 'done, ';
    return `    ${p.name} ${seconds(p.endMs - p.startMs)} :${tag}${p.name}, ${start}, ${end}`;
  });
  return [
    'gantt',
    '    title rollback phases (ms from start)',
    '    dateFormat x',
    '    axisFormat %S.%L s',
    '    section rollback',
    ...lines,
  ].join('\n');
}
