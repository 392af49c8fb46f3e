/**
 * The audit gate: read reports (files, or a command's output), merge, judge. I/O here; the parsing,
 * merging and policy underneath are pure.
 */
import { readFile } from 'node:fs/promises';
import { InputError } from '@shipgate/core';
import type { AuditResult } from '../model.ts';
import { parseAuditReport } from './detect.ts';
import { mergeFindings } from './merge.ts';
import { judgeFindings, type PolicyOptions } from './policy.ts';
import type { ParsedReport } from './finding.ts';

export { parseAuditReport, AuditReportError, AUDIT_FORMATS } from './detect.ts';
export { mergeFindings } from './merge.ts';
export { judgeFindings, EXPIRY_WARNING_DAYS, type PolicyOptions } from './policy.ts';
export { cvss3BaseScore, parseCvss3, severityFromScore, roundUp } from './cvss.ts';
export type { ParsedReport } from './finding.ts';

/** A report's text with the name it is shown under. */
export interface AuditInput {
  source: string;
  text: string;
}

/** Reads report files. A missing file is an error naming it. */
export async function readAuditFiles(paths: string[]): Promise<AuditInput[]> {
  return Promise.all(
    paths.map(async (p) => {
      try {
        return { source: p, text: await readFile(p, 'utf8') };
      } catch (e) {
        const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
        throw new InputError('audit-report', p, `paths of audit report files that can be read (${why})`, {
          hint: 'the file must exist when the audit runs (after build-command); check the path or the step that writes it',
        });
      }
    }),
  );
}

/** Parses every report, merges and judges. Throws (fail closed) when any report cannot be read. */
export function runAudit(
  inputs: (AuditInput | (ParsedReport & { source: string }))[],
  policy: PolicyOptions,
): AuditResult {
  const parsed = inputs.map((i) =>
    'text' in i ? { source: i.source, ...parseAuditReport(i.text, i.source) } : i,
  );
  const { findings, duplicates } = mergeFindings(parsed.flatMap((p) => p.findings));
  const reports = parsed.map((p) => ({ path: p.source, format: p.format, findings: p.findings.length }));
  const refused = findings
    .filter((f) => f.cvssRefused)
    .map(
      (f) =>
        `${f.id}: CVSS vector refused (${f.cvssRefused}); severity ${f.severity === 'unscored' ? 'unscored (audit-unscored decides)' : `${f.severity} as the advisory states`}`,
    );
  const notes = [...parsed.flatMap((p) => p.notes), ...refused];
  return judgeFindings(findings, policy, { reports, duplicates, notes });
}
