import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { defineAction, input, readInputs, InputError } from './index.ts';

const checks = z.array(
  z.object({ name: z.string(), expect: z.object({ status: z.number().int().min(100).max(599) }) }).strict(),
);

const definition = defineAction({
  name: 'example',
  title: 'example',
  description: 'test action',
  inputs: {
    app: input.string({
      description: 'app',
      required: true,
      pattern: /^[a-z0-9-]+$/,
      allowed: 'a DNS-1123 label',
    }),
    timeout: input.duration({ description: 'timeout', default: '10m', max: '2h' }),
    replicas: input.integer({ description: 'replicas', default: '3', min: 1, max: 50 }),
    ratio: input.number({ description: 'ratio', min: 0, max: 1 }),
    'dry-run': input.boolean({ description: 'dry run', default: 'false' }),
    strategy: input.choice(['rolling', 'blue-green', 'canary'] as const, {
      description: 's',
      default: 'rolling',
    }),
    images: input.list({
      description: 'images',
      item: z.string().regex(/^\S+$/),
      allowed: 'one image per line, no spaces',
    }),
    url: input.url({ description: 'url' }),
    token: input.secret({ description: 'token' }),
    checks: input.yaml(checks, { description: 'checks', schemaId: 'example-checks' }),
  },
  outputs: {},
});

const env = (inputs: Record<string, string>) =>
  Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));

function inputError(inputs: Record<string, string>): InputError {
  try {
    readInputs(definition, env({ app: 'web', ...inputs }));
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

test('parses every kind, applies defaults, leaves absent optionals undefined', () => {
  const parsed = readInputs(
    definition,
    env({
      app: 'web',
      replicas: '7',
      'dry-run': 'TRUE',
      images: 'a=r/x:1\n\n# comment\nb=r/y:2',
      url: 'https://x.test/a',
    }),
  );
  expect(parsed.app).toBe('web');
  expect(parsed.timeout).toBe(600_000);
  expect(parsed.replicas).toBe(7);
  expect(parsed['dry-run']).toBe(true);
  expect(parsed.strategy).toBe('rolling');
  expect(parsed.images).toEqual(['a=r/x:1', 'b=r/y:2']);
  expect(parsed.url?.href).toBe('https://x.test/a');
  expect(parsed.ratio).toBeUndefined();
  expect(parsed.checks).toBeUndefined();
});

test.each([
  [{ app: '' }, 'app', 'nothing', 'required'],
  [{ app: 'Web App' }, 'app', '"Web App"', 'a DNS-1123 label'],
  [{ timeout: '10 minutes' }, 'timeout', '"10 minutes"', 'a duration such as 30s, 10m or 1h30m'],
  [{ timeout: '3h' }, 'timeout', '"3h"', 'between 0s and 2h'],
  [{ replicas: '2.5' }, 'replicas', '"2.5"', 'a whole number from 1 to 50'],
  [{ replicas: '0' }, 'replicas', '"0"', 'from 1 to 50'],
  [{ ratio: 'NaN' }, 'ratio', '"NaN"', 'a number from 0 to 1'],
  [{ 'dry-run': 'yes' }, 'dry-run', '"yes"', 'true or false'],
  [{ strategy: 'canary ' + 'x' }, 'strategy', '"canary x"', 'one of rolling, blue-green, canary'],
  [
    { url: 'example.com/health' },
    'url',
    '"example.com/health"',
    'an absolute URL starting with http:// or https://',
  ],
  [{ url: 'ftp://example.com' }, 'url', '"ftp://example.com"', 'http://'],
])('refuses %j naming the input, the value and what is allowed', (inputs, name, shown, allowed) => {
  const error = inputError(inputs as Record<string, string>);
  expect(error.input).toBe(name);
  expect(error.message).toContain(`input "${name}"`);
  expect(error.message).toContain(`got ${shown}`);
  expect(error.message).toContain(allowed);
});

test('a bad list item is named by its position', () => {
  const error = inputError({ images: 'ok:1\nhas space:2' });
  expect(error.message).toContain('input "images" at images[1]');
  expect(error.message).toContain('"has space:2"');
});

test('a secret input is never shown, even when it is bad', () => {
  const bad = defineAction({
    name: 'x',
    title: 'x',
    description: 'x',
    inputs: { token: input.custom(z.string().regex(/^ghp_/), { description: 't', allowed: 'a ghp_ token' }) },
    outputs: {},
  });
  const secretDef = { ...bad.inputs.token, secret: true };
  const defWithSecret = { ...bad, inputs: { token: secretDef } };
  expect(() => readInputs(defWithSecret, { INPUT_TOKEN: 'hunter2-very-secret' })).toThrow(/got \*\*\*/);
  expect(() => readInputs(defWithSecret, { INPUT_TOKEN: 'hunter2-very-secret' })).not.toThrow(/hunter2/);
});

describe('YAML specs', () => {
  test('inline YAML is validated with the path of the bad value', () => {
    const error = inputError({
      checks: '- name: a\n  expect: {status: 200}\n- name: b\n  expect:\n    status: "200"\n',
    });
    expect(error.path).toBe('checks[1].expect.status');
    expect(error.message).toContain('input "checks" at checks[1].expect.status: got "200"');
    expect(error.message).toMatch(/expected number/);
  });

  test('unknown keys are refused with their place', () => {
    const error = inputError({ checks: '- name: a\n  expect: {status: 200}\n  expcet: {}\n' });
    expect(error.message).toContain('checks[0]');
    expect(error.message).toMatch(/expcet/);
  });

  test('a YAML syntax error gives line and column', () => {
    const error = inputError({ checks: '- name: a\n  expect: {status: 200\n' });
    expect(error.message).toMatch(/not valid YAML \(line \d+, column \d+\)/);
  });

  test('a path to a file is read relative to GITHUB_WORKSPACE', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spec-'));
    writeFileSync(join(dir, 'checks.yml'), '- name: ok\n  expect: {status: 204}\n');
    const previous = process.env.GITHUB_WORKSPACE;
    process.env.GITHUB_WORKSPACE = dir;
    try {
      const parsed = readInputs(definition, env({ app: 'web', checks: 'checks.yml' }));
      expect(parsed.checks).toEqual([{ name: 'ok', expect: { status: 204 } }]);
      expect(inputError({ checks: 'missing.yml' }).message).toContain(`no file ${join(dir, 'missing.yml')}`);
    } finally {
      if (previous === undefined) delete process.env.GITHUB_WORKSPACE;
      else process.env.GITHUB_WORKSPACE = previous;
    }
  });

  test('alias bombs are refused rather than expanded', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from({ length: 12 }, (_, i) => {
        const prev = i === 0 ? 'a' : `l${i - 1}`;
        return `l${i}: &l${i} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`;
      }),
    ].join('\n');
    expect(() => readInputs(definition, env({ app: 'web', checks: bomb }))).toThrow(/alias/i);
  });
});

test('runner expressions in defaults get their local meaning outside GitHub', () => {
  const withExpressions = defineAction({
    name: 'x',
    title: 'x',
    description: 'x',
    inputs: {
      token: input.secret({ description: 't', default: '${{ github.token }}' }),
      dir: input.string({ description: 'd', default: '${{ runner.temp }}/backup' }),
      other: input.string({ description: 'o', default: '${{ steps.x.outputs.y }}' }),
    },
    outputs: {},
  });
  expect(readInputs(withExpressions, { RUNNER_TEMP: '/rt', GITHUB_TOKEN: 'ghs_local_token' })).toEqual({
    token: 'ghs_local_token',
    dir: '/rt/backup',
    other: undefined,
  });
  expect(readInputs(withExpressions, { RUNNER_TEMP: '/rt' }).token).toBeUndefined();
});

test('an exact input is parsed untrimmed (a confirmation word must match as typed)', () => {
  const confirm = defineAction({
    name: 'confirm',
    title: 'confirm',
    description: 'test',
    inputs: {
      confirmation: input.custom(z.literal('CONFIRM'), {
        description: 'c',
        allowed: 'exactly CONFIRM',
        exact: true,
      }),
      name: input.string({ description: 'n' }),
    },
    outputs: {},
  });
  expect(readInputs(confirm, { INPUT_CONFIRMATION: 'CONFIRM', INPUT_NAME: ' web ' })).toEqual({
    confirmation: 'CONFIRM',
    name: 'web',
  });
  for (const given of [' CONFIRM', 'CONFIRM\n', '\tCONFIRM'])
    expect(() => readInputs(confirm, { INPUT_CONFIRMATION: given })).toThrow(
      `Invalid input "confirmation": got ${JSON.stringify(given)}; allowed: exactly CONFIRM`,
    );
});

test('a whitespace-only input is an error, not the default', () => {
  for (const [name, value] of [
    ['timeout', '   '],
    ['strategy', ' '],
    ['replicas', '\t'],
    ['token', '  \n '],
  ] as const) {
    const error = inputError({ [name]: value });
    expect(error.input).toBe(name);
    expect(error.message).toContain('(not only whitespace)');
    expect(error.hint).toBe('leave the input out to get its default');
  }
});

test('a YAML alias bomb is one input error, not a crash', () => {
  const bomb = [
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  ].join('\n');
  const error = inputError({ checks: bomb });
  expect(error.message).toMatch(/^Invalid input "checks": .*the inline YAML cannot be read: .*alias/i);
});
