/**
 * One run of the gate, usable without GitHub Actions: baseline (a report file, or the same build on
 * a worktree of a ref), build, measure, judge budgets, audit, and write the report. Pure parts are
 * called from here; this file is the I/O shell around them.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Clock, Logger } from '@shipgate/core';
import {
  AuditReportError,
  runAudit,
  readAuditFiles,
  parseAuditReport,
  type AuditInput,
} from './audit/index.ts';
import type { ParsedReport } from './audit/finding.ts';
import { evaluateBudgets } from './budgets.ts';
import { runArgv, withWorktree, type RunResult } from './build.ts';
import { measureBudgets } from './measure/index.ts';
import type { AuditResult, Severity, SizeReport } from './model.ts';
import { buildReport, cacheFromReport, readReport } from './report.ts';
import type { AllowlistEntry, BudgetEntry } from './spec.ts';

export interface GateOptions {
  cwd: string;
  budgets?: BudgetEntry[];
  /** argv of the build (already split; see parseCommandLine). */
  build?: string[];
  baselinePath?: string;
  baselineRef?: string;
  target?: string;
  audit?: {
    reports: string[];
    command?: string[];
    level: Severity;
    unscoredAs: Severity;
    allowlist: AllowlistEntry[];
    /** Gate advisories osv-scanner finds uncalled or unimportant (default: list them apart). */
    gateUnreachable?: boolean;
  };
  reportPath: string;
  commit?: string;
  threads?: number;
}

export interface GateDeps {
  clock: Clock;
  log: Logger;
  signal?: AbortSignal;
}

/** Runs the gate and writes the report to `reportPath`. Per-budget and per-finding outcomes are in the report; setup failures throw. */
export async function runGate(o: GateOptions, deps: GateDeps): Promise<SizeReport> {
  const baseline = await loadBaseline(o, deps);
  if (o.build) await runBuild(o.build, o.cwd, deps);
  const budgets = o.budgets ?? [];
  const m = await measureBudgets(budgets, {
    cwd: o.cwd,
    target: o.target,
    cache: cacheFromReport(baseline),
    threads: o.threads,
    signal: deps.signal,
  });
  const evaluation = evaluateBudgets(m.budgets, baseline, o.target);
  const audit = o.audit ? await auditStep(o.audit, o.cwd, deps) : undefined;
  const report = buildReport({
    measured: m.budgets,
    evaluation,
    skipped: m.skipped,
    stats: m.stats,
    target: o.target,
    commit: o.commit,
    createdAt: new Date(deps.clock.now()).toISOString(),
    baseline,
    audit,
  });
  const out = resolve(o.cwd, o.reportPath);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(report, null, 1)}\n`);
  return report;
}

async function runBuild(argv: string[], cwd: string, deps: GateDeps): Promise<void> {
  deps.log.info(`Running build: ${argv.join(' ')}`);
  const r = await runArgv(argv, { cwd, signal: deps.signal, log: deps.log });
  if (r.code !== 0)
    throw new Error(
      `build-command ${argv.join(' ')} exited with ${r.code} in ${cwd}: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`,
    );
}

async function loadBaseline(o: GateOptions, deps: GateDeps): Promise<SizeReport | undefined> {
  if (o.baselinePath) {
    const path = resolve(o.cwd, o.baselinePath);
    if (!existsSync(path)) {
      deps.log.warn(
        `No baseline report at ${o.baselinePath}: sizes are not compared and max-increase limits are not checked in this run.`,
      );
      return undefined;
    }
    return readReport(path);
  }
  if (!o.baselineRef) return undefined;
  return withWorktree(o.cwd, o.baselineRef, async (dir, sha) => {
    deps.log.info(`Measuring the baseline ${o.baselineRef} (${sha.slice(0, 12)}) in a worktree`);
    if (o.build) await runBuild(o.build, dir, deps);
    const m = await measureBudgets(o.budgets ?? [], {
      cwd: dir,
      target: o.target,
      threads: o.threads,
      signal: deps.signal,
    });
    const evaluation = evaluateBudgets(m.budgets, undefined, o.target);
    return buildReport({
      measured: m.budgets,
      evaluation,
      skipped: m.skipped,
      stats: m.stats,
      target: o.target,
      commit: sha,
      createdAt: new Date(deps.clock.now()).toISOString(),
    });
  });
}

/** Exit statuses audit tools use for "found vulnerabilities": 1, or yarn classic's severity bit mask (up to 31). */
const MAX_FINDINGS_STATUS = 31;

/**
 * The report an audit command printed, judged together with how it ended. Tools exit non-zero when
 * they find something, so a non-zero status is believed only beside a report with findings; a kill
 * by a signal, or a status no tool uses for findings (osv-scanner's 127 and 128), fails the gate
 * whatever was printed: a clean-looking report from a tool that did not finish is not a clean audit.
 */
function commandReport(command: string[], r: RunResult): AuditInput | (ParsedReport & { source: string }) {
  const source = `output of ${command.join(' ')}`;
  const stderr = r.stderr.trim().split('\n').slice(-3).join(' | ');
  const fail = (why: string) =>
    new AuditReportError(`audit-command ${command.join(' ')} ${why}${stderr ? `: ${stderr}` : ''}`);
  if (r.signal) throw fail(`was killed by ${r.signal}: an audit cut short is not a clean one`);
  if (r.stdout.trim() === '') {
    if (r.code !== 0) throw fail(`exited with ${r.code} and printed no report`);
    return { source, format: 'no output, exit status 0', findings: [], declared: 0, notes: [] };
  }
  const parsed = parseAuditReport(r.stdout, source);
  const n = parsed.findings.length;
  if (r.code !== 0 && (n === 0 || r.code > MAX_FINDINGS_STATUS))
    throw fail(
      `exited with ${r.code} although its ${parsed.format} report lists ${n} vulnerabilit${n === 1 ? 'y' : 'ies'}: the tool failed, so the report cannot be trusted`,
    );
  return { source, ...parsed };
}

async function auditStep(
  a: NonNullable<GateOptions['audit']>,
  cwd: string,
  deps: GateDeps,
): Promise<AuditResult> {
  const inputs: (AuditInput | (ParsedReport & { source: string }))[] = await readAuditFiles(
    a.reports.map((p) => resolve(cwd, p)),
  );
  if (a.command) {
    deps.log.info(`Running audit: ${a.command.join(' ')}`);
    inputs.push(
      commandReport(a.command, await runArgv(a.command, { cwd, signal: deps.signal, capture: true })),
    );
  }
  return runAudit(inputs, {
    level: a.level,
    unscoredAs: a.unscoredAs,
    allowlist: a.allowlist,
    now: deps.clock.now(),
    gateUnreachable: a.gateUnreachable,
  });
}
