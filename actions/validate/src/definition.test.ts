// The seed script's environment names reach the inputs through the CLI's legacyEnv mapping.
import { readInputs } from '@shipgate/core';
import { parseArgs } from '../../../bin/cli-support.js';
import { definition, legacyEnv } from './definition.ts';

const command = {
  name: 'validate',
  inputs: Object.keys(definition.inputs).map((name) => ({ name })),
  legacyEnv,
};

test('BASE_URL, TIMEOUT_SECS, CONCURRENT_REQUESTS, MAX_RESPONSE_TIME_MS, VERBOSE map to inputs', () => {
  const { env } = parseArgs([], command, {
    BASE_URL: 'http://127.0.0.1:8080',
    TIMEOUT_SECS: '30',
    CONCURRENT_REQUESTS: '25',
    MAX_RESPONSE_TIME_MS: '800',
    VERBOSE: 'true',
  });
  const inputs = readInputs(definition, env);
  expect(inputs['base-url'].href).toBe('http://127.0.0.1:8080/');
  expect(inputs.timeout).toBe(30_000);
  expect(inputs.concurrency).toBe(25);
  expect(inputs['max-response-ms']).toBe(800);
  expect(inputs.verbose).toBe(true);
});

test('a flag wins over the legacy variable', () => {
  const { env } = parseArgs(['--timeout', '5s'], command, {
    BASE_URL: 'http://127.0.0.1:1',
    TIMEOUT_SECS: '30',
  });
  expect(readInputs(definition, env).timeout).toBe(5_000);
});

test('thresholds: one per line, a malformed one names its column', () => {
  expect(
    readInputs(definition, {
      'INPUT_BASE-URL': 'http://x.test',
      INPUT_THRESHOLDS: 'p(95) < 200\n# comment\nrate<0.01',
    }).thresholds,
  ).toEqual(['p(95) < 200', 'rate<0.01']);
  expect(() =>
    readInputs(definition, { 'INPUT_BASE-URL': 'http://x.test', INPUT_THRESHOLDS: 'p(95) < 200\nq(99) < 5' }),
  ).toThrow(
    /input "thresholds".*expected p\(N\), avg, med, min, max, rate or rps at column 1 of "q\(99\) < 5"/,
  );
});
