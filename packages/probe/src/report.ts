/**
 * The JSON report of a validation: the model the summary renders and `report-path` holds. It never
 * contains request headers, tokens or credentials: URLs are reported without user info or query.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ConditionResult } from './conditions/index.ts';
import type { ResponseSummary } from './checks/types.ts';
import type { LoadReport } from './load/runner.ts';
import type { FailedAttempt } from './retry-until-ready.ts';

export interface CheckReport {
  name: string;
  kind: string;
  method: string;
  url: string;
  passed: boolean;
  attempts: number;
  /** When the check first passed: which attempt, ms after the first. */
  firstSuccess?: { attempt: number; atMs: number };
  elapsedMs: number;
  /** Every condition of the last attempt, with the actual values. */
  conditions: ConditionResult[];
  /** Why the last attempt got no response. */
  error?: string;
  response?: ResponseSummary;
  details?: Record<string, unknown>;
  /** Failed attempts (the first and the most recent ones), each with what failed. */
  failedAttempts: FailedAttempt[];
  droppedFailedAttempts: number;
}

export interface ValidationReport {
  version: 1;
  passed: boolean;
  baseUrl: string;
  startedAt: string;
  durationMs: number;
  settings: {
    timeoutMs: number;
    intervalMs: number;
    securityHeaders: 'off' | 'recommended' | 'strict';
    maxResponseMs?: number;
    auth: 'none' | 'bearer' | 'header' | 'basic';
  };
  checks: CheckReport[];
  load?: LoadReport;
  /** Why the load did not run, when it was asked for. */
  loadSkipped?: string;
  /** One line per failure: the check and the exact condition that failed, with actual values. */
  failures: string[];
}

/** The failure lines of a report, e.g. `health: [STATUS] (503) == 200`. */
export function failureLines(checks: readonly CheckReport[], load: LoadReport | undefined): string[] {
  const lines: string[] = [];
  for (const check of checks) {
    if (check.passed) continue;
    if (check.error) lines.push(`${check.name}: ${check.error}`);
    for (const c of check.conditions)
      if (!c.passed) lines.push(`${check.name}: ${c.resolved}${c.reason ? ` — ${c.reason}` : ''}`);
    if (!check.error && check.conditions.every((c) => c.passed))
      lines.push(`${check.name}: failed after ${check.attempts} attempt(s)`);
  }
  for (const t of load?.thresholds ?? []) if (!t.passed) lines.push(`load: ${t.resolved}`);
  return lines;
}

/** Writes the report as pretty JSON, creating the folder. */
export async function writeReport(path: string, report: ValidationReport): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
}

/** A URL as it may appear in a report or log: no user info, no query, no fragment. */
export function publicUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}
