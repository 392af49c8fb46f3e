/**
 * The checks spec (YAML, inline or a file): a list of checks, each with a kind. The zod schema is the
 * single source: it validates the input (conditions are parsed here, so a malformed one fails with
 * its path, e.g. `checks[2].conditions[0]`, and its column before any request) and is exported as
 * schema/validate-checks.schema.json for editors.
 */
import { DURATION_PATTERN, parseDuration } from '@shipgate/core';
import { z } from 'zod';
import { ConditionSyntaxError, parseCondition } from './conditions/index.ts';
import { parseMetricExpectation } from './checks/metrics-expectation.ts';

const DURATION_ALLOWED = 'a duration such as 500ms, 5s or 1m (a bare number is seconds), at most 1h';

/** YAML reads `timeout: 30` as a number: a bare number is seconds either way. */
const duration = z
  .union([z.string(), z.number()], { error: () => DURATION_ALLOWED })
  .transform((v) => String(v))
  .pipe(
    z
      .string()
      .regex(DURATION_PATTERN, DURATION_ALLOWED)
      .refine((text) => parseDuration(text) <= 3_600_000, DURATION_ALLOWED),
  )
  .describe('A duration such as 500ms, 5s or 1m; a bare number is seconds.');

const condition = z
  .string()
  .superRefine((text, ctx) => {
    try {
      parseCondition(text);
    } catch (error) {
      if (!(error instanceof ConditionSyntaxError)) throw error;
      ctx.addIssue({
        code: 'custom',
        message: `${error.reason} at column ${error.column} of condition "${text}"`,
      });
    }
  })
  .describe(
    'A condition in gatus\'s language, e.g. "[STATUS] == 200", "[BODY].status == UP", "len([BODY].items) > 0".',
  );

const common = {
  name: z.string().min(1).describe('Shown in the summary and the report.'),
  path: z
    .string()
    .regex(/^\//, 'a path starting with "/", relative to base-url')
    .optional()
    .describe('Path relative to base-url, e.g. /healthz (default "/").'),
  url: z
    .string()
    .regex(/^https?:\/\//, 'an absolute http:// or https:// URL')
    .optional()
    .describe('An absolute URL instead of path. Auth headers are only sent to the origin of base-url.'),
  method: z
    .enum(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])
    .optional()
    .describe('HTTP method (default GET; POST for graphql).'),
  headers: z.record(z.string(), z.string()).optional().describe('Request headers.'),
  body: z
    .union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())])
    .optional()
    .describe('Request body: text, or an object/array sent as JSON.'),
  timeout: duration.optional().describe('Timeout of one attempt (default 10s).'),
  insecure: z
    .boolean()
    .optional()
    .describe('Skip TLS certificate verification (the certificate is still reported).'),
  conditions: z.array(condition).optional().describe('Conditions that must all hold.'),
};

export const httpCheckSchema = z
  .object({ kind: z.literal('http').optional().describe('Default.'), ...common })
  .strict()
  .describe(
    'An HTTP request whose response must satisfy the conditions (default: [STATUS] < 300; redirects are not followed).',
  );

export const graphqlCheckSchema = z
  .object({
    kind: z.literal('graphql'),
    ...common,
    query: z.string().min(1).describe('The GraphQL document.'),
    variables: z.record(z.string(), z.unknown()).optional(),
    'operation-name': z.string().optional(),
    'allow-errors': z
      .boolean()
      .optional()
      .describe('Accept a response with an "errors" array (default false).'),
  })
  .strict()
  .describe('A GraphQL query: HTTP 200, no "errors", and the conditions (e.g. "[BODY].data.user.id == 1").');

export const metricsCheckSchema = z
  .object({
    kind: z.literal('metrics'),
    ...common,
    families: z.array(z.string().regex(/^[a-zA-Z_:][a-zA-Z0-9_:]*$/, 'a metric family name')).optional(),
    values: z
      .array(
        z.string().superRefine((text, ctx) => {
          const parsed = parseMetricExpectation(text);
          if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
        }),
      )
      .optional()
      .describe(
        'Value conditions on the sum of matching samples, e.g. \'http_requests_total{code="200"} > 0\'.',
      ),
  })
  .strict()
  .describe(
    'A Prometheus text exposition (default path /metrics): it parses, and exposes the named families.',
  );

export const securityHeadersCheckSchema = z
  .object({
    kind: z.literal('security-headers'),
    ...common,
    level: z.enum(['recommended', 'strict']).optional().describe('Default recommended.'),
  })
  .strict()
  .describe('Security headers graded like Mozilla Observatory.');

export const http2CheckSchema = z
  .object({ kind: z.literal('http2'), ...common })
  .strict()
  .describe('The server speaks HTTP/2: ALPN h2 over TLS, or prior knowledge (h2c) over cleartext.');

export const checkSchema = z.discriminatedUnion('kind', [
  httpCheckSchema,
  graphqlCheckSchema,
  metricsCheckSchema,
  securityHeadersCheckSchema,
  http2CheckSchema,
]);

/** The `checks` input: a list of checks. */
export const checksSchema = z.array(checkSchema).describe('shipgate validate: checks of a live service');

export type CheckSpec = z.infer<typeof checkSchema>;
export type CheckKind = NonNullable<CheckSpec['kind']>;
export type ChecksSpec = z.infer<typeof checksSchema>;
