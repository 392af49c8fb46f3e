/**
 * The report JSON: written every run (the `report-path` output), read back as the next run's
 * baseline (`baseline` input), and merged across a build matrix. Documented in the action's README
 * ("Report format"); its `schema` field versions it. Readers refuse a document of another schema.
 */
import { readFile } from 'node:fs/promises';
import type { AuditResult, MeasuredBudget, Mover, ReportFile, SizeReport } from './model.ts';
import { REPORT_SCHEMA } from './model.ts';
import type { SizeCache } from './measure/pool.ts';
import type { Evaluation } from './budgets.ts';

export interface BuildReportInput {
  measured: MeasuredBudget[];
  evaluation: Evaluation;
  skipped: { name: string; reason: string }[];
  stats: SizeReport['stats'];
  target?: string;
  commit?: string;
  /** ISO time (from the injected clock). */
  createdAt: string;
  baseline?: SizeReport;
  audit?: AuditResult;
}

/** Assembles a report from one run's results. */
export function buildReport(i: BuildReportInput): SizeReport {
  const files = new Map<string, ReportFile>();
  for (const b of i.measured)
    for (const f of b.files) if (!files.has(f.path)) files.set(f.path, { ...f, target: i.target });
  const list = [...files.values()].sort((a, b) => a.path.localeCompare(b.path));
  return {
    schema: REPORT_SCHEMA,
    createdAt: i.createdAt,
    commit: i.commit,
    targets: i.target ? [i.target] : [],
    settings: { gzipLevel: 9, brotliQuality: 11, units: 'bytes; kB/MB/GB = 1000^n, KiB/MiB/GiB = 1024^n' },
    passed: i.evaluation.passed && (i.audit?.passed ?? true),
    totals: { bytes: list.reduce((s, f) => s + f.raw, 0), files: list.length },
    budgets: i.evaluation.budgets,
    files: list,
    movers: i.evaluation.movers,
    skipped: i.skipped.map((s) => ({ ...s, target: i.target })),
    stats: i.stats,
    audit: i.audit,
    baseline: i.baseline ? { commit: i.baseline.commit, createdAt: i.baseline.createdAt } : undefined,
  };
}

/** Parses and checks a report document; `source` names it in errors. */
export function parseReport(text: string, source: string): SizeReport {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new Error(`${source} is not JSON: ${(e as Error).message}`, { cause: e });
  }
  const r = doc as Partial<SizeReport>;
  if (typeof doc !== 'object' || doc === null || r.schema !== REPORT_SCHEMA) {
    throw new Error(
      `${source} is not a shipgate size report (expected "schema": "${REPORT_SCHEMA}", got ${JSON.stringify(r?.schema ?? null)})`,
    );
  }
  if (!Array.isArray(r.budgets) || !Array.isArray(r.files))
    throw new Error(`${source}: a size report needs "budgets" and "files" lists`);
  return doc as SizeReport;
}

/** Reads a report file. */
export async function readReport(path: string): Promise<SizeReport> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new Error(
      `cannot read report ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      { cause: e },
    );
  }
  return parseReport(text, path);
}

/** Known compressed sizes by content hash, so unchanged files are not recompressed. */
export function cacheFromReport(report: SizeReport | undefined): SizeCache {
  const cache: SizeCache = new Map();
  for (const f of report?.files ?? []) {
    if (!f.sha256 || (f.gzip === undefined && f.brotli === undefined)) continue;
    const prev = cache.get(f.sha256) ?? {};
    cache.set(f.sha256, { gzip: f.gzip ?? prev.gzip, brotli: f.brotli ?? prev.brotli });
  }
  return cache;
}

/**
 * Merges reports of a build matrix (one per target) into one: budgets, files and movers of every
 * target, passed only when all passed. Two reports for the same target are an error (a matrix
 * leg uploaded twice would otherwise hide one result).
 */
export function mergeReports(reports: SizeReport[]): SizeReport {
  if (reports.length === 0) throw new Error('no reports to merge');
  const seen = new Set<string>();
  for (const r of reports) {
    for (const t of r.targets.length ? r.targets : ['(no target)']) {
      if (seen.has(t))
        throw new Error(`two reports cover target ${t}; give each matrix leg its own target label`);
      seen.add(t);
    }
  }
  const files = reports.flatMap((r) => r.files);
  const movers: Mover[] = reports
    .flatMap((r) => r.movers)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
    .slice(0, 10);
  const audits = reports.map((r) => r.audit).filter((a): a is AuditResult => a !== undefined);
  return {
    ...reports[0]!,
    createdAt: reports
      .map((r) => r.createdAt)
      .sort()
      .at(-1)!,
    targets: reports.flatMap((r) => r.targets),
    passed: reports.every((r) => r.passed),
    totals: { bytes: files.reduce((s, f) => s + f.raw, 0), files: files.length },
    budgets: reports.flatMap((r) => r.budgets),
    files,
    movers,
    skipped: reports.flatMap((r) => r.skipped),
    stats: reports.reduce(
      (s, r) => ({
        files: s.files + r.stats.files,
        reused: s.reused + r.stats.reused,
        compressed: s.compressed + r.stats.compressed,
        ms: Math.max(s.ms, r.stats.ms),
      }),
      { files: 0, reused: 0, compressed: 0, ms: 0 },
    ),
    // The audit is the same lockfile in every leg; keep the first (failing one if any).
    audit: audits.find((a) => !a.passed) ?? audits[0],
  };
}
