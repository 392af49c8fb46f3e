/**
 * What makes a report trustworthy before its findings are read: the tool's own markers, no error,
 * and counts that agree with the entries listed. A SAST report (semgrep, bandit), an SBOM, a tool's
 * error document or a report that contradicts itself is an error naming the file, never a pass.
 */
import { isObject } from './finding.ts';

/** Keys of other tools' JSON (semgrep, bandit, SARIF, CycloneDX), which no audit format has. */
const FOREIGN_KEYS = [
  'errors',
  'paths',
  'version',
  'generated_at',
  'metrics',
  'runs',
  'bomFormat',
  'specVersion',
];
const NPM_SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'];

/** The error a tool reported in place of (or beside) its results: an `error` field of any shape. */
export function reportedError(doc: Record<string, unknown>): string | undefined {
  const e = doc.error;
  if (e === undefined || e === null || e === false || e === '') return undefined;
  if (typeof e === 'string') return e;
  const parts = [doc.message, ...(isObject(e) ? [e.summary, e.message, e.code, e.detail] : [])];
  return parts.filter((x) => typeof x === 'string' && x).join('; ') || JSON.stringify(e);
}

function noForeignKeys(doc: Record<string, unknown>, tool: string): void {
  const foreign = FOREIGN_KEYS.filter((k) => k in doc);
  if (foreign.length > 0)
    throw new Error(
      `it has ${foreign.map((k) => `"${k}"`).join(', ')}, keys of another tool's output (semgrep, bandit, SARIF, an SBOM), not of ${tool}`,
    );
}

/** osv-scanner: `{results: [{source: {path, type}, packages: […]}]}` and nothing of another tool. */
export function checkOsvScanner(doc: Record<string, unknown>): void {
  noForeignKeys(doc, 'osv-scanner');
  (doc.results as unknown[]).forEach((r, i) => {
    if (
      !isObject(r) ||
      !isObject(r.source) ||
      typeof r.source.path !== 'string' ||
      !Array.isArray(r.packages)
    )
      throw new Error(`results[${i}] is not an osv-scanner result ({source: {path, type}, packages: […]})`);
  });
}

/** pip-audit: `{dependencies: [{name, version, vulns} | {name, skip_reason}], fixes: […]}` (or the older non-empty list). */
export function checkPipAudit(doc: unknown): void {
  let deps: unknown[];
  if (Array.isArray(doc)) {
    if (doc.length === 0)
      throw new Error(
        'an empty JSON list is no audit tool\'s report (pip-audit writes {"dependencies": [], "fixes": []})',
      );
    deps = doc;
  } else {
    const d = doc as Record<string, unknown>;
    noForeignKeys(d, 'pip-audit');
    deps = d.dependencies as unknown[];
    // pip-audit writes "fixes" beside "dependencies"; without it, only well-formed entries say it is pip-audit.
    if (!Array.isArray(d.fixes) && deps.length === 0)
      throw new Error(
        'a pip-audit report has "fixes" beside "dependencies" (an empty list alone is no tool\'s report)',
      );
  }
  deps.forEach((d, i) => {
    const ok =
      isObject(d) &&
      typeof d.name === 'string' &&
      (typeof d.skip_reason === 'string' || (typeof d.version === 'string' && Array.isArray(d.vulns)));
    if (!ok)
      throw new Error(
        `dependencies[${i}] is not a pip-audit entry ({name, version, vulns} or {name, skip_reason})`,
      );
  });
}

/** cargo-audit: `vulnerabilities.found` and `.count` must agree with `.list`. */
export function checkCargoAudit(doc: Record<string, unknown>): void {
  const v = doc.vulnerabilities as Record<string, unknown>;
  const listed = (v.list as unknown[]).length;
  if (typeof v.count !== 'number' || typeof v.found !== 'boolean')
    throw new Error('a cargo-audit report has vulnerabilities.found and vulnerabilities.count');
  if (v.count !== listed || v.found !== listed > 0)
    throw new Error(
      `it says found: ${v.found}, count: ${v.count} but lists ${listed} vulnerabilit${listed === 1 ? 'y' : 'ies'}`,
    );
}

/** npm ≥ 7: metadata.vulnerabilities counts the entries of `vulnerabilities` by their severity. */
export function checkNpmV2(doc: Record<string, unknown>): void {
  const meta = isObject(doc.metadata) ? doc.metadata.vulnerabilities : undefined;
  if (!isObject(meta)) throw new Error('an npm audit v2 report has metadata.vulnerabilities counts');
  const counted: Record<string, number> = Object.fromEntries(NPM_SEVERITIES.map((s) => [s, 0]));
  const entries = Object.entries(doc.vulnerabilities as Record<string, unknown>);
  for (const [name, entry] of entries) {
    const severity = isObject(entry) ? entry.severity : undefined;
    if (typeof severity !== 'string' || !(severity in counted))
      throw new Error(`entry "${name}" has no severity (one of ${NPM_SEVERITIES.join(', ')})`);
    counted[severity]!++;
  }
  const differ = [...NPM_SEVERITIES, 'total'].filter(
    (s) => Number(meta[s] ?? 0) !== (s === 'total' ? entries.length : counted[s]),
  );
  if (differ.length > 0)
    throw new Error(
      `its metadata counts (${describe(meta)}) disagree with the ${entries.length} entries it lists (${describe({ ...counted, total: entries.length })})`,
    );
}

/**
 * npm 6, pnpm and yarn classic count dependency paths, which can outnumber advisories; but a
 * severity is counted exactly when some advisory has it.
 */
export function checkSeverityCounts(counts: unknown, severities: unknown[], where: string): void {
  if (!isObject(counts) || !NPM_SEVERITIES.some((s) => typeof counts[s] === 'number'))
    throw new Error(`${where} has no vulnerability counts by severity`);
  const present = new Set(severities.map(String));
  const differ = NPM_SEVERITIES.filter((s) => Number(counts[s] ?? 0) > 0 !== present.has(s));
  if (differ.length > 0)
    throw new Error(
      `${where} (${describe(counts)}) disagrees with the advisories listed (${severities.length}: ${[...present].join(', ') || 'none'})`,
    );
}

function describe(counts: Record<string, unknown>): string {
  return Object.entries(counts)
    .filter(([, n]) => typeof n === 'number')
    .map(([k, n]) => `${k} ${String(n)}`)
    .join(', ');
}

/** npm 6 / pnpm / Yarn 2-3: metadata.vulnerabilities against the advisories' severities. */
export function checkAdvisoriesObject(doc: Record<string, unknown>): void {
  const advisories = Object.values(doc.advisories as Record<string, unknown>);
  const severities = advisories.map((a) => (isObject(a) ? a.severity : undefined));
  checkSeverityCounts(
    isObject(doc.metadata) ? doc.metadata.vulnerabilities : undefined,
    severities,
    'its metadata',
  );
}

/** Yarn classic NDJSON: one auditSummary whose counts agree with the auditAdvisory lines. */
export function checkYarnClassic(lines: Record<string, unknown>[]): void {
  const summaries = lines.filter((l) => l.type === 'auditSummary');
  if (summaries.length !== 1)
    throw new Error(`a yarn audit report has one auditSummary line (found ${summaries.length})`);
  const data = summaries[0]!.data;
  const severities = lines
    .filter((l) => l.type === 'auditAdvisory')
    .map((l) => (isObject(l.data) && isObject(l.data.advisory) ? l.data.advisory.severity : undefined));
  checkSeverityCounts(isObject(data) ? data.vulnerabilities : undefined, severities, 'its auditSummary');
}
