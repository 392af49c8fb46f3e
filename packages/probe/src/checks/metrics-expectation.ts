/**
 * Value conditions on a Prometheus exposition: `name{label="value",…} <op> <number>`, judged on the
 * sum of the samples that match (all labels given must be equal; others are free).
 */
import type { Operator } from '../conditions/index.ts';

export interface MetricExpectation {
  source: string;
  name: string;
  labels: Record<string, string>;
  op: Operator;
  value: number;
}

const EXPECTATION = /^\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(\{[^}]*\})?\s*(==|!=|<=|>=|<|>)\s*(\S+)\s*$/;
const LABEL = /^\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*"((?:[^"\\]|\\.)*)"\s*$/;

/** Parses one expectation; returns an error message (what is allowed) when it is malformed. */
export function parseMetricExpectation(source: string): MetricExpectation | string {
  const allowed = 'a metric condition such as \'http_requests_total{code="200"} > 0\'';
  const match = EXPECTATION.exec(source);
  if (!match) return `expected ${allowed}`;
  const labels: Record<string, string> = {};
  const inner = match[2]?.slice(1, -1).trim();
  if (inner) {
    for (const part of inner.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)) {
      if (part.trim() === '') continue;
      const label = LABEL.exec(part);
      if (!label) return `bad label matcher "${part.trim()}" in ${allowed}`;
      labels[label[1]!] = label[2]!.replace(/\\(.)/g, '$1');
    }
  }
  const value = Number(match[4]);
  if (!Number.isFinite(value)) return `"${match[4]}" is not a number in ${allowed}`;
  return { source, name: match[1]!, labels, op: match[3] as Operator, value };
}
