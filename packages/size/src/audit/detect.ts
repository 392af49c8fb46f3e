/**
 * Reads one audit report of any supported format. Fails closed: an empty or unparsable report, an
 * unknown format, a tool's error document, or a report that declares entries of which none could be
 * read is an error naming the file, never a pass.
 */
import { ShipgateError } from '@shipgate/core';
import {
  checkAdvisoriesObject,
  checkCargoAudit,
  checkNpmV2,
  checkOsvScanner,
  checkPipAudit,
  checkYarnClassic,
  reportedError,
} from './consistency.ts';
import { isObject, type ParsedReport } from './finding.ts';
import { parseAdvisoriesObject, parseNpmV2, parseYarnBerry, parseYarnClassic } from './npm-formats.ts';
import { parseCargoAudit, parseOsvScanner, parsePipAudit } from './other-formats.ts';

/** The formats read, for error messages and docs. */
export const AUDIT_FORMATS =
  'npm audit --json (v2), pnpm audit --json, yarn audit --json (classic NDJSON), yarn npm audit --json (Berry), cargo audit --json, pip-audit -f json, osv-scanner --format json';

/** A report that cannot be trusted: the step fails with this message (a verdict, not a crash). */
export class AuditReportError extends ShipgateError {}

/** Runs a format's trust check (markers, counts) before its parser; a failed check names the file. */
function checked<D>(
  doc: D,
  check: (doc: D) => void,
  parse: (doc: D, source: string) => ParsedReport,
  source: string,
): ParsedReport {
  try {
    check(doc);
  } catch (e) {
    throw new AuditReportError(`${source}: not a report to trust: ${(e as Error).message}`);
  }
  return parse(doc, source);
}

/** Parses a report's text; `source` names it in findings and errors. */
export function parseAuditReport(text: string, source: string): ParsedReport {
  if (text.trim() === '')
    throw new AuditReportError(
      `${source}: the audit report is empty (a tool that prints nothing when clean should be run through audit-command, whose exit status is checked)`,
    );
  const parsed = parseReportText(text, source);
  if (parsed.declared > 0 && parsed.findings.length === 0) {
    throw new AuditReportError(
      `${source}: the ${parsed.format} report declares ${parsed.declared} vulnerabilit${parsed.declared === 1 ? 'y' : 'ies'} but none could be read`,
    );
  }
  return parsed;
}

function parseReportText(text: string, source: string): ParsedReport {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return parseNdjson(text, source);
  }
  try {
    return parseDocument(doc, source);
  } catch (e) {
    if (e instanceof AuditReportError) throw e;
    throw new AuditReportError(`${source}: cannot read the report: ${(e as Error).message}`);
  }
}

function parseDocument(doc: unknown, source: string): ParsedReport {
  if (Array.isArray(doc)) {
    if (doc.length === 0)
      throw new AuditReportError(
        `${source}: an empty JSON list is no audit tool's report (pip-audit writes {"dependencies": [], "fixes": []}); expected one of: ${AUDIT_FORMATS}`,
      );
    if (doc.every((d) => isObject(d) && typeof d.name === 'string' && 'vulns' in d))
      return checked(doc, checkPipAudit, parsePipAudit, source);
    throw new AuditReportError(
      `${source}: unknown audit report format (a JSON list); expected one of: ${AUDIT_FORMATS}`,
    );
  }
  if (!isObject(doc))
    throw new AuditReportError(`${source}: unknown audit report format; expected one of: ${AUDIT_FORMATS}`);
  // An error beside results (osv-scanner's {"results": [], "error": "no lockfiles found"}) is an error.
  const error = reportedError(doc);
  if (error !== undefined)
    throw new AuditReportError(
      `${source}: the audit tool reported an error instead of results: ${error.slice(0, 300)}`,
    );
  if (doc.type === 'auditAdvisory' || doc.type === 'auditSummary')
    return checked([doc], checkYarnClassic, parseYarnClassic, source);
  if (typeof doc.value === 'string' && isObject(doc.children)) return parseYarnBerry([doc], source);
  if (doc.auditReportVersion === 2) return checked(doc, checkNpmV2, parseNpmV2, source);
  if (isObject(doc.advisories) && ('actions' in doc || 'metadata' in doc || 'muted' in doc))
    return checked(doc, checkAdvisoriesObject, parseAdvisoriesObject, source);
  if (isObject(doc.vulnerabilities) && Array.isArray(doc.vulnerabilities.list) && 'database' in doc)
    return checked(doc, checkCargoAudit, parseCargoAudit, source);
  if (Array.isArray(doc.dependencies)) return checked(doc, checkPipAudit, parsePipAudit, source);
  if (Array.isArray(doc.results)) return checked(doc, checkOsvScanner, parseOsvScanner, source);
  const err = isObject(doc.error) ? doc.error : doc;
  if (typeof doc.message === 'string' || typeof err.summary === 'string' || typeof err.code === 'string') {
    const msg = [doc.message, err.summary, err.code].filter((x) => typeof x === 'string' && x).join('; ');
    throw new AuditReportError(
      `${source}: the audit tool reported an error instead of results: ${msg.slice(0, 300)}`,
    );
  }
  throw new AuditReportError(
    `${source}: unknown audit report format (keys: ${Object.keys(doc).slice(0, 8).join(', ')}); expected one of: ${AUDIT_FORMATS}`,
  );
}

function parseNdjson(text: string, source: string): ParsedReport {
  const lines: Record<string, unknown>[] = [];
  for (const [i, raw] of text.split('\n').entries()) {
    if (raw.trim() === '') continue;
    let v: unknown;
    try {
      v = JSON.parse(raw);
    } catch {
      throw new AuditReportError(
        `${source}: not JSON (line ${i + 1} does not parse); expected one of: ${AUDIT_FORMATS}`,
      );
    }
    if (!isObject(v)) throw new AuditReportError(`${source}: line ${i + 1} is not a JSON object`);
    lines.push(v);
  }
  try {
    if (lines.some((l) => l.type === 'auditAdvisory' || l.type === 'auditSummary'))
      return checked(lines, checkYarnClassic, parseYarnClassic, source);
    if (lines.length > 0 && lines.every((l) => 'value' in l && 'children' in l))
      return parseYarnBerry(lines, source);
  } catch (e) {
    throw new AuditReportError(`${source}: cannot read the report: ${(e as Error).message}`);
  }
  throw new AuditReportError(`${source}: unknown NDJSON audit report; expected one of: ${AUDIT_FORMATS}`);
}
