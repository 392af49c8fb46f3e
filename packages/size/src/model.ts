/**
 * The data model of build-verify-size, shared by measuring, budgets, audit, report and rendering.
 * Everything here is plain JSON: the report (report.ts) is these shapes serialised.
 */
import type { Compression } from './spec.ts';
import type { Delta } from './units.ts';

/** One measured file (or image layer). */
export interface MeasuredFile {
  /** Path relative to the working directory, forward slashes (for a layer: `<tarball>#layer 3`). */
  path: string;
  /** The path with hashed names normalised (`app.*.js`): what baselines are matched on. */
  key: string;
  sha256: string;
  raw: number;
  gzip?: number;
  brotli?: number;
  /** For an image layer: the instruction that made it. */
  command?: string;
}

/** A budget entry after measuring: its files, or why it could not be measured. */
export interface MeasuredBudget {
  name: string;
  paths: string[];
  type: 'files' | 'image';
  compression: Compression[];
  max?: { bytes: number; text: string };
  maxIncrease?: Delta;
  when: 'any' | 'all';
  files: MeasuredFile[];
  /** Patterns that matched nothing, or an image that could not be read: the budget fails with this. */
  error?: string;
}

/** One limit checked for one compression of a budget. */
export interface BudgetCheck {
  compression: Compression;
  size: number;
  base?: number;
  delta?: number;
  max?: number;
  maxText?: string;
  /** The largest size max-increase allows (baseline + increase). */
  allowed?: number;
  increaseText?: string;
  absolute: 'ok' | 'over' | 'n/a';
  relative: 'ok' | 'over' | 'n/a' | 'no-baseline';
  breached: boolean;
}

export type BudgetStatus = 'pass' | 'fail' | 'error';

/** The outcome of one budget. */
export interface BudgetResult {
  name: string;
  target?: string;
  paths: string[];
  type: 'files' | 'image';
  compression: Compression[];
  when: 'any' | 'all';
  status: BudgetStatus;
  /** Why it failed or errored, in one line that names the entry. */
  message?: string;
  sizes: Partial<Record<Compression, number>>;
  baseSizes?: Partial<Record<Compression, number>>;
  checks: BudgetCheck[];
  /** Paths of the measured files (look sizes up in the report's files). */
  files: string[];
  newFiles: string[];
  removedFiles: string[];
}

/** A file whose size moved most against the baseline. */
export interface Mover {
  target?: string;
  key: string;
  compression: Compression;
  before: number;
  after: number;
  delta: number;
}

export const SEVERITIES = ['low', 'moderate', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** One vulnerability in one package, from any report format. */
export interface Finding {
  /** The preferred id: GHSA, else CVE, else the format's own (RUSTSEC, PYSEC, npm advisory number). */
  id: string;
  /** Every id the advisory is known by (including `id`). */
  aliases: string[];
  package: string;
  version?: string;
  ecosystem: 'npm' | 'cargo' | 'pypi' | 'other';
  severity: Severity | 'unscored';
  /** How severity was obtained: given by the report, from a CVSS v3 vector, or none. */
  severitySource: 'report' | 'cvss' | 'none';
  cvssScore?: number;
  title?: string;
  url?: string;
  /** Versions that fix it, when the report says. */
  fixedIn?: string[];
  /** Which report files it came from. */
  sources: string[];
  /**
   * osv-scanner's call analysis (`experimental_analysis`): the vulnerable code is not called, or the
   * advisory is marked unimportant. osv-scanner leaves such groups out of its totals and exit status.
   */
  reachability?: 'uncalled' | 'unimportant';
  /** A CVSS vector the specification refuses (duplicated or malformed metric), and why; not scored. */
  cvssRefused?: string;
}

/** `unreachable`: uncalled or unimportant per osv-scanner, listed apart and not gated (unless strict). */
export type FindingStatus = 'fail' | 'below-level' | 'allowlisted' | 'unreachable';

/** A finding with the policy's verdict. */
export interface JudgedFinding extends Finding {
  status: FindingStatus;
  /** Effective severity used for the level check (unscored mapped by audit-unscored). */
  effectiveSeverity: Severity;
  allowlist?: { id: string; reason: string; expires?: string };
}

/** An allowlist entry's state after judging. */
export interface AllowlistUse {
  id: string;
  package?: string;
  reason: string;
  expires?: string;
  state: 'used' | 'unused' | 'expired' | 'expiring';
  /** Days left, for expiring entries. */
  daysLeft?: number;
  matched: number;
}

export interface AuditResult {
  level: Severity;
  unscoredAs: Severity;
  reports: { path: string; format: string; findings: number }[];
  findings: JudgedFinding[];
  allowlist: AllowlistUse[];
  /** Whether uncalled/unimportant advisories are gated (`audit-uncalled: gate`) or listed apart. */
  gateUnreachable?: boolean;
  counts: {
    fail: number;
    belowLevel: number;
    allowlisted: number;
    duplicatesMerged: number;
    /** Uncalled or unimportant advisories listed apart (0 when they are gated). */
    unreachable?: number;
  };
  /** What the reports hold that is not gated (e.g. cargo-audit warnings), counted by reason. */
  notes: string[];
  passed: boolean;
}

/** A measured file as stored in the report, with the target that measured it. */
export interface ReportFile extends MeasuredFile {
  target?: string;
}

export const REPORT_SCHEMA = 'shipgate.size-report/v1';

/** The report: written every run, read back as the next run's baseline, merged across a matrix. */
export interface SizeReport {
  schema: typeof REPORT_SCHEMA;
  createdAt: string;
  commit?: string;
  /** Target labels this report covers ([] when the run had none). */
  targets: string[];
  settings: { gzipLevel: 9; brotliQuality: 11; units: string };
  passed: boolean;
  /** Raw bytes of every distinct file measured, and how many. */
  totals: { bytes: number; files: number };
  budgets: BudgetResult[];
  files: ReportFile[];
  movers: Mover[];
  skipped: { target?: string; name: string; reason: string }[];
  stats: { files: number; reused: number; compressed: number; ms: number };
  audit?: AuditResult;
  baseline?: { commit?: string; createdAt: string };
}
