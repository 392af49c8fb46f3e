/**
 * The analysis spec (input `analysis`, schema/canary-analysis.schema.json): which metrics judge a
 * canary and how. Parsed once when the inputs are read; every query is syntax-checked there with
 * Prometheus's grammar, and templates are merged so the rest of the code sees complete metrics.
 */
import { parseDuration } from '@shipgate/core';
import { z } from 'zod';
import { checkQuery } from './promql.ts';
import { TEMPLATE_NAMES, TEMPLATES, type TemplateDefaults } from './templates.ts';

const percent = z.number().min(0).max(1000);
const duration = z.string().refine(
  (text) => {
    try {
      parseDuration(text);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'a duration such as 30s, 5m or 1h' },
);

const metricSchema = z
  .object({
    name: z
      .string()
      .regex(/^[a-z][a-z0-9-]{0,62}$/, 'a name such as error-rate (lower case, digits, dashes)')
      .optional()
      .describe('Name in the report (default: the template name)'),
    template: z.enum(TEMPLATE_NAMES).optional().describe('A ready-made metric; other fields override it'),
    query: z
      .string()
      .optional()
      .describe(
        'PromQL of a value metric; placeholders {{app}} {{namespace}} {{track}} {{interval}} {{version}}',
      ),
    errors: z
      .string()
      .optional()
      .describe('PromQL counting errors in {{interval}} (a ratio metric, with total)'),
    total: z.string().optional().describe('PromQL counting all requests in {{interval}} (a ratio metric)'),
    max: z.number().optional().describe('Absolute bound: the canary fails above it'),
    min: z.number().optional().describe('Absolute bound: the canary fails below it'),
    'max-increase': percent
      .optional()
      .describe('Relative bound: percent the canary may be above the baseline'),
    'max-decrease': percent
      .optional()
      .describe('Relative bound: percent the canary may be below the baseline'),
    judge: z
      .enum(['auto', 'none'])
      .optional()
      .describe('auto: statistical comparison with the baseline; none: bounds only'),
    direction: z
      .enum(['increase', 'decrease'])
      .optional()
      .describe('Which change is bad for the statistical judge'),
    'min-effect': percent
      .optional()
      .describe('Effect floor in percent of the baseline: smaller significant changes pass (default 10)'),
    'failure-limit': z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('Failed measurements tolerated before the canary fails (default 0)'),
    'consecutive-errors-limit': z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('Measurement errors in a row tolerated before the verdict is inconclusive (default 4)'),
    for: duration
      .optional()
      .describe('How long a breach must last before it counts (like an alert rule for:)'),
    'min-samples': z
      .number()
      .int()
      .min(1)
      .optional()
      .describe(
        'Below it a measurement is inconclusive (ratio: requests per arm, default 50; value: points per arm, default 3)',
      ),
  })
  .strict();

export const analysisSchema = z
  .object({
    metrics: z.array(metricSchema).min(1).describe('What judges the canary'),
    score: z
      .object({ pass: z.number().min(0).max(100), marginal: z.number().min(0).max(100) })
      .strict()
      .optional()
      .describe('Score thresholds (default pass 95, marginal 75)'),
    confidence: z
      .number()
      .gt(0.5)
      .lt(1)
      .optional()
      .describe('Confidence of the statistical judge (default 0.98, as Kayenta)'),
    window: duration
      .optional()
      .describe('What {{interval}} becomes in queries (default: the interval input)'),
  })
  .strict()
  .superRefine((spec, ctx) => {
    const names = new Set<string>();
    spec.metrics.forEach((m, i) => checkMetric(m, ['metrics', i], names, ctx));
    if (spec.score && spec.score.marginal > spec.score.pass)
      ctx.addIssue({
        code: 'custom',
        path: ['score', 'marginal'],
        message: 'marginal at most pass',
        input: spec.score.marginal,
      });
  });

export type AnalysisSpecInput = z.input<typeof analysisSchema>;
type MetricInput = z.output<typeof metricSchema>;

function checkMetric(
  m: MetricInput,
  path: (string | number)[],
  names: Set<string>,
  ctx: z.RefinementCtx,
): void {
  const base = m.template ? (TEMPLATES[m.template] as Partial<TemplateDefaults>) : {};
  const name = m.name ?? m.template;
  if (!name) ctx.addIssue({ code: 'custom', path: [...path, 'name'], message: 'a name (or a template)' });
  else if (names.has(name))
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'name'],
      message: `a unique name ("${name}" twice)`,
      input: name,
    });
  if (name) names.add(name);
  const query = m.query ?? (m.errors || m.total ? undefined : base.query);
  const errors = m.errors ?? (m.query ? undefined : base.errors);
  const total = m.total ?? (m.query ? undefined : base.total);
  if (!query && !(errors && total))
    ctx.addIssue({ code: 'custom', path, message: 'a query, or errors and total, or a template' });
  if (query && (m.errors || m.total))
    ctx.addIssue({ code: 'custom', path, message: 'either query or errors + total, not both' });
  for (const [field, text] of [
    ['query', query],
    ['errors', errors],
    ['total', total],
  ] as const) {
    const problem = text === undefined ? undefined : checkQuery(text);
    if (problem)
      ctx.addIssue({ code: 'custom', path: [...path, field], message: problem.message, input: text });
  }
  const hasBound =
    [m.max, m.min, m['max-increase'], m['max-decrease'], base.max, base.min].some((b) => b !== undefined) ||
    'max-increase' in base ||
    'max-decrease' in base;
  if (!hasBound && (m.judge ?? base.judge ?? 'auto') === 'none')
    ctx.addIssue({
      code: 'custom',
      path,
      message: 'a bound (max, min, max-increase, max-decrease) or judge: auto',
    });
}

/** A metric with its template merged and defaults applied: what the judge works with. */
export interface Metric {
  name: string;
  kind: 'value' | 'ratio';
  query?: string;
  errors?: string;
  total?: string;
  max?: number;
  min?: number;
  maxIncrease?: number;
  maxDecrease?: number;
  judge: 'auto' | 'none';
  direction: 'increase' | 'decrease';
  minEffect: number;
  failureLimit: number;
  consecutiveErrorsLimit: number;
  forMs: number;
  minSamples: number;
  unit: string;
}

export interface AnalysisSpec {
  metrics: Metric[];
  pass: number;
  marginal: number;
  confidence: number;
  /** What {{interval}} becomes; undefined: the interval input. */
  windowMs?: number;
}

export const DEFAULT_ANALYSIS: AnalysisSpecInput = {
  metrics: [{ template: 'http-error-rate' }, { template: 'latency-p95' }],
};

/** Merges templates and applies defaults (argo's consecutiveErrorLimit 4, Kayenta's 95/75 and 0.98). */
export function resolveSpec(input: z.output<typeof analysisSchema>): AnalysisSpec {
  return {
    metrics: input.metrics.map(resolveMetric),
    pass: input.score?.pass ?? 95,
    marginal: input.score?.marginal ?? 75,
    confidence: input.confidence ?? 0.98,
    windowMs: input.window === undefined ? undefined : parseDuration(input.window),
  };
}

function resolveMetric(m: MetricInput): Metric {
  const base: Partial<TemplateDefaults> = m.template ? TEMPLATES[m.template] : {};
  const own = m.query !== undefined || m.errors !== undefined;
  const query = m.query ?? (own ? undefined : base.query);
  const errors = m.errors ?? (own ? undefined : base.errors);
  const total = m.total ?? (own ? undefined : base.total);
  const kind = query ? 'value' : 'ratio';
  const keepBase = !own;
  return {
    name: (m.name ?? m.template)!,
    kind,
    query,
    errors,
    total,
    max: m.max ?? (keepBase ? base.max : undefined),
    min: m.min ?? (keepBase ? base.min : undefined),
    maxIncrease: m['max-increase'] ?? (keepBase ? base['max-increase'] : undefined),
    maxDecrease: m['max-decrease'] ?? (keepBase ? base['max-decrease'] : undefined),
    judge: m.judge ?? base.judge ?? 'auto',
    direction: m.direction ?? base.direction ?? 'increase',
    minEffect: m['min-effect'] ?? 10,
    failureLimit: m['failure-limit'] ?? 0,
    consecutiveErrorsLimit: m['consecutive-errors-limit'] ?? 4,
    forMs: m.for === undefined ? 0 : parseDuration(m.for),
    minSamples: m['min-samples'] ?? (kind === 'ratio' ? 50 : 3),
    unit: base.unit ?? '',
  };
}
