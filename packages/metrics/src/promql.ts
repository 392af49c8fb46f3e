/**
 * PromQL syntax check with the Prometheus project's own grammar (@prometheus-io/lezer-promql, the
 * parser of Prometheus's web UI), so a typo is refused when the inputs are read, with its position,
 * long before a weight changes. Semantic errors the grammar cannot see (an unknown function's
 * arity, type errors) are caught by sending every resolved query once before the first step.
 */
import { parser } from '@prometheus-io/lezer-promql';
import { placeholdersIn, PLACEHOLDERS, renderQuery, type QueryVars } from './templates.ts';

export interface SyntaxProblem {
  /** 1-based column in the query as written (placeholders included). */
  column: number;
  message: string;
}

/** Values that stand in for the placeholders while checking syntax. */
const SAMPLE: QueryVars = { app: 'app', namespace: 'ns', track: 'canary', interval: '1m', version: '1.0.0' };

/** The first syntax problem of a query template, or undefined when it parses. */
export function checkQuery(template: string): SyntaxProblem | undefined {
  for (const p of placeholdersIn(template)) {
    if (!(PLACEHOLDERS as readonly string[]).includes(p.name))
      return {
        column: p.at + 1,
        message: `unknown placeholder {{${p.name}}} (allowed: ${PLACEHOLDERS.map((n) => `{{${n}}}`).join(', ')})`,
      };
  }
  if (template.trim() === '') return { column: 1, message: 'an empty query' };
  // {{interval}} sits inside a range selector [..]; placeholders become same-kind tokens, and the
  // error offset is mapped back by walking the template and its rendering side by side.
  const rendered = renderQuery(template, SAMPLE);
  let errorAt: number | undefined;
  parser.parse(rendered).iterate({
    enter: (node) => {
      if (errorAt === undefined && node.type.isError) errorAt = node.from;
      return errorAt === undefined;
    },
  });
  if (errorAt === undefined) return undefined;
  const near = rendered.slice(Math.max(0, errorAt - 10), errorAt + 10);
  return {
    column: templateColumn(template, errorAt),
    message: `PromQL syntax error at column ${templateColumn(template, errorAt)}, near "${near}"`,
  };
}

/** Maps an offset in the rendered query back to a 1-based column of the template. */
function templateColumn(template: string, renderedOffset: number): number {
  let shift = 0;
  for (const p of placeholdersIn(template)) {
    const whole = /\{\{[^}]*\}\}/y;
    whole.lastIndex = p.at;
    const length = whole.exec(template)?.[0].length ?? 0;
    const value = SAMPLE[p.name as keyof QueryVars].length;
    if (p.at + shift + value > renderedOffset) break;
    shift += value - length;
  }
  return renderedOffset - shift + 1;
}
