import { humanizeLine, parseArgs, parseOutputFile } from '../../bin/cli-support.js';

const command = {
  name: 'validate',
  inputs: [{ name: 'base-url' }, { name: 'timeout' }, { name: 'verbose' }, { name: 'dry-run' }],
  legacyEnv: { BASE_URL: 'base-url', TIMEOUT_SECS: { input: 'timeout', unit: 's' } },
};

test('flags become INPUT_* variables the way the runner names them', () => {
  const { env } = parseArgs(['--base-url', 'http://x', '--timeout=2m', '--dry-run'], command, {});
  expect(env).toEqual({ 'INPUT_BASE-URL': 'http://x', INPUT_TIMEOUT: '2m', 'INPUT_DRY-RUN': 'true' });
});

test('unknown flags and stray words are refused with the list of inputs', () => {
  expect(() => parseArgs(['--base_url', 'x'], command, {})).toThrow(
    /Unknown input "--base_url" for validate\. Inputs: base-url, timeout/,
  );
  expect(() => parseArgs(['oops'], command, {})).toThrow(/Unexpected argument "oops"/);
});

test("the seed script's environment names fill inputs no flag gave", () => {
  const { env } = parseArgs([], command, { BASE_URL: 'http://legacy', TIMEOUT_SECS: '30' });
  expect(env).toEqual({ 'INPUT_BASE-URL': 'http://legacy', INPUT_TIMEOUT: '30s' });
  const flagWins = parseArgs(['--base-url', 'http://flag'], command, { BASE_URL: 'http://legacy' });
  expect(flagWins.env['INPUT_BASE-URL']).toBe('http://flag');
});

test('GITHUB_OUTPUT files are read back, heredoc blocks included', () => {
  const text = 'a=1\nnotes<<ghadelimiter_x\nline 1\nline=2\nghadelimiter_x\nb=two=2\n';
  expect(parseOutputFile(text)).toEqual({ a: '1', notes: 'line 1\nline=2', b: 'two=2' });
});

test('workflow commands are shown as plain lines; masks hidden', () => {
  expect(humanizeLine('::error title=Invalid input::bad%0Anext', false)).toBe(
    'error: Invalid input: bad\nnext',
  );
  expect(humanizeLine('::warning::careful', false)).toBe('warning: careful');
  expect(humanizeLine('::add-mask::secret', false)).toBeUndefined();
  expect(humanizeLine('::debug::x', false)).toBeUndefined();
  expect(humanizeLine('::debug::x', true)).toBe('debug: x');
  expect(humanizeLine('::group::Rollout', false)).toBe('▸ Rollout');
  expect(humanizeLine('plain', false)).toBe('plain');
});
