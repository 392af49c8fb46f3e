/**
 * Helpers the format parsers share: building a Finding with its preferred id and severity, reading
 * GHSA ids from advisory URLs, and deriving fixed versions from a vulnerable range.
 */
import type { Finding, Severity } from '../model.ts';
import { cvss3BaseScore, normalizeSeverity, parseCvss3, severityFromScore } from './cvss.ts';

/** What a parser returns: findings, and how many entries the report itself says it holds. */
export interface ParsedReport {
  format: string;
  findings: Finding[];
  /** Entries the report declares (its own counts, or entries seen before mapping): > 0 with no findings is an error. */
  declared: number;
  /** Things the report holds that are not gated, counted by reason (e.g. cargo-audit "unmaintained" warnings). */
  notes: string[];
}

const GHSA_RE = /GHSA(-[23456789cfghjmpqrvwx]{4}){3}/i;

/** The GHSA id inside a URL or text, if any. */
export function ghsaIn(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const m = GHSA_RE.exec(text);
  return m ? `GHSA${m[0].slice(4).toLowerCase()}` : undefined;
}

/** Preferred display id: GHSA, then CVE, then the rest in the order given. */
export function preferredId(aliases: string[]): string {
  return (
    aliases.find((a) => a.startsWith('GHSA-')) ?? aliases.find((a) => a.startsWith('CVE-')) ?? aliases[0]!
  );
}

/** Normalises an alias: GHSA lower-case body, CVE upper-case. */
export function normalizeAlias(id: string): string {
  const t = id.trim();
  if (/^ghsa-/i.test(t)) return `GHSA${t.slice(4).toLowerCase()}`;
  if (/^(cve|rustsec|pysec)-/i.test(t)) return t.toUpperCase();
  return t;
}

export interface FindingInput {
  ids: (string | undefined | null)[];
  package: string;
  version?: string;
  ecosystem: Finding['ecosystem'];
  severity?: unknown;
  cvssScore?: unknown;
  cvssVector?: unknown;
  title?: unknown;
  url?: unknown;
  fixedIn?: string[];
  source: string;
  reachability?: Finding['reachability'];
}

/**
 * Builds a Finding: severity from the report's word, else its numeric score, else its CVSS v3 vector.
 * A vector the specification refuses scores nothing (it is kept in `cvssRefused` for the report), so
 * severity falls back to the advisory's own word, else `unscored`.
 */
export function makeFinding(f: FindingInput): Finding {
  const aliases = [
    ...new Set(
      f.ids.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map(normalizeAlias),
    ),
  ];
  if (aliases.length === 0) throw new Error(`an advisory for ${f.package} has no id`);
  let severity: Severity | 'unscored' = 'unscored';
  let severitySource: Finding['severitySource'] = 'none';
  let cvssScore: number | undefined;
  const word = normalizeSeverity(f.severity);
  const score =
    typeof f.cvssScore === 'number' && f.cvssScore > 0
      ? f.cvssScore
      : typeof f.cvssVector === 'string'
        ? cvss3BaseScore(f.cvssVector)
        : undefined;
  if (score !== undefined) cvssScore = score;
  const vectorCheck = typeof f.cvssVector === 'string' && f.cvssVector ? parseCvss3(f.cvssVector) : undefined;
  if (word) {
    severity = word;
    severitySource = 'report';
  } else if (score !== undefined) {
    severity = severityFromScore(score);
    severitySource = 'cvss';
  }
  return {
    id: preferredId(aliases),
    aliases,
    package: f.package,
    version: f.version,
    ecosystem: f.ecosystem,
    severity,
    severitySource,
    cvssScore,
    title: typeof f.title === 'string' ? f.title : undefined,
    url: typeof f.url === 'string' && /^https?:\/\//.test(f.url) ? f.url : undefined,
    fixedIn: f.fixedIn && f.fixedIn.length ? [...new Set(f.fixedIn)] : undefined,
    sources: [f.source],
    ...(f.reachability ? { reachability: f.reachability } : {}),
    ...(vectorCheck && 'error' in vectorCheck
      ? { cvssRefused: `${f.cvssVector as string}: ${vectorCheck.error}` }
      : {}),
  };
}

/** Fixed versions from a vulnerable range such as `<4.17.21` or `>=1.0.0 <1.2.6 || >=2.0.0 <2.0.3`. */
export function fixedFromRange(range: unknown): string[] | undefined {
  if (typeof range !== 'string') return undefined;
  const out: string[] = [];
  for (const clause of range.split('||')) {
    const m = /<\s*([0-9][^\s]*)\s*$/.exec(clause.trim());
    if (m && !clause.includes('<=')) out.push(m[1]!);
  }
  return out.length ? out : undefined;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
