import { DOTNET_WHITESPACE, runnerCommands } from '../../../test/support/runner-commands.ts';
import { credentialLines, secretVariants } from './secrets.ts';
import { escapeMarkdown, escapeTableCell, inlineCode, neutralizeCommands, redactWith } from './index.ts';

test('the runner emulation finds commands the way the runner does', () => {
  expect(
    runnerCommands('::error::x\n  ::warning::y\rz ##[debug]w\nplain :: text').map((c) => c.command),
  ).toEqual(['error', 'warning', 'debug']);
  expect(runnerCommands('\u0085::warning::nel')).toHaveLength(1);
  expect(runnerCommands('\u200b::warning::zwsp')).toHaveLength(0);
});

test.each(DOTNET_WHITESPACE.map((c) => [`U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`, c]))(
  'no command survives after \\r, \\n or at the start with %s before it',
  (_, ws) => {
    for (const text of [
      `panic\r${ws}::warning::pwned`,
      `panic\n${ws}${ws}::error title=x::pwned`,
      `${ws}::add-mask::pwned`,
      `a\r\n${ws}::set-output name=x::y`,
      `${ws}##[error]legacy`,
    ]) {
      expect(runnerCommands(text)).not.toHaveLength(0);
      expect(runnerCommands(neutralizeCommands(text))).toEqual([]);
    }
  },
);

test('ordinary text is left alone', () => {
  expect(neutralizeCommands('time 10:30::00 fine\nstd::vector')).toBe('time 10:30::00 fine\nstd::vector');
});

test('a lone \\r is a line break to the Markdown escapers', () => {
  expect(escapeTableCell('left-pad\r| evil | row |')).toBe(
    'left\\-pad \\| evil \\| row \\|'.replace('\\-', '-'),
  );
  expect(escapeTableCell('a\rb\r\nc\nd')).toBe('a b c d');
  expect(inlineCode('a\rb')).toBe('`a b`');
  expect(escapeMarkdown('x\r# heading')).toBe('x\r\\# heading');
});

test('secret variants cover the Markdown-escaped, JSON and URL forms', () => {
  const token = 'ghp_abc_DEF*1"2';
  const variants = secretVariants(token);
  expect(variants).toEqual(
    expect.arrayContaining([token, 'ghp\\_abc\\_DEF\\*1"2', 'ghp_abc_DEF*1\\"2', encodeURIComponent(token)]),
  );
  const md = escapeMarkdown(`value ${token} seen`);
  expect(
    redactWith(
      md,
      variants.sort((a, b) => b.length - a.length),
    ),
  ).toBe('value *** seen');
});

test('a kubeconfig is masked by its credentials, never by its structural lines', () => {
  const kubeconfig = [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '- cluster:',
    '    certificate-authority-data: Q0FEQVRBQ0FEQVRB',
    '    server: https://10.0.0.1:6443',
    '  name: prod',
    'users:',
    '- name: deployer',
    '  user:',
    '    token: "eyJhbGciOiJSUzI1NiJ9.payload.sig"',
    '    client-key-data: S0VZREFUQUtFWURBVEE=',
    '    exec:',
    '      env:',
    '      - name: AWS_SECRET_ACCESS_KEY',
    '        value: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    '      - name: AWS_REGION',
    '        value: eu-west-1',
    '      args:',
    '      - eks',
    '      - get-token',
    '      - --cluster-name',
  ].join('\n');
  expect(credentialLines(kubeconfig).sort()).toEqual(
    [
      'Q0FEQVRBQ0FEQVRB',
      'eyJhbGciOiJSUzI1NiJ9.payload.sig',
      'S0VZREFUQUtFWURBVEE=',
      'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    ].sort(),
  );
  const pem =
    '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nBKcwggSjAgEAAoIBAQC7==\n-----END PRIVATE KEY-----';
  expect(credentialLines(pem)).toEqual(['MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', 'BKcwggSjAgEAAoIBAQC7==']);
});
