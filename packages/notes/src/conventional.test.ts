import { EMPTY_BREAKING_WARNING, parseCommitMessage, parseHeader } from './conventional.ts';

describe('parseHeader', () => {
  test.each([
    ['feat: add x', { type: 'feat', scope: undefined, description: 'add x', breaking: false }],
    ['Fix(API): y', { type: 'fix', scope: 'API', description: 'y', breaking: false }],
    ['feat(api)!: drop v1', { type: 'feat', scope: 'api', description: 'drop v1', breaking: true }],
    ['chore!: z', { type: 'chore', scope: undefined, description: 'z', breaking: true }],
    ['feat(): empty scope', { type: 'feat', scope: undefined, description: 'empty scope', breaking: false }],
    ['build(deps-dev):   trim  ', { type: 'build', scope: 'deps-dev', description: 'trim', breaking: false }],
  ])('%s', (line, expected) => {
    expect(parseHeader(line)).toEqual(expected);
  });

  test.each([
    'feat:no space',
    'feat add',
    ': nothing',
    'feat(a)(b): x',
    'feat: ',
    'Merge branch x',
    '日本語: x',
    'WIP',
  ])('rejects %j', (line) => {
    expect(parseHeader(line)).toBeUndefined();
  });
});

describe('parseCommitMessage', () => {
  test('body and footers, multi-paragraph body, BREAKING CHANGE footer with continuation', () => {
    const msg = [
      'feat(parser): accept arrays',
      '',
      'First paragraph of the body.',
      '',
      'Second paragraph: still body.',
      'Note this line.',
      '',
      'Reviewed-by: Z',
      'Refs: #123, #45',
      'BREAKING CHANGE: arrays are now parsed',
      '  as lists, not strings',
      'Closes #12',
    ].join('\n');
    const p = parseCommitMessage(msg);
    expect(p.unparsed).toBeUndefined();
    expect(p.entries).toHaveLength(1);
    const e = p.entries[0]!;
    expect(e.type).toBe('feat');
    expect(e.scope).toBe('parser');
    expect(e.body).toBe('First paragraph of the body.\n\nSecond paragraph: still body.\nNote this line.');
    expect(e.footers.map((f) => f.token)).toEqual(['Reviewed-by', 'Refs', 'BREAKING CHANGE', 'Closes']);
    expect(e.breaking).toBe(true);
    expect(e.breakingNotes).toEqual(['arrays are now parsed\n  as lists, not strings']);
    expect(e.refs).toEqual([123, 45, 12]);
  });

  test('BREAKING-CHANGE footer and bare ! use the description as the note', () => {
    expect(parseCommitMessage('fix: a\n\nBREAKING-CHANGE: b').entries[0]!.breakingNotes).toEqual(['b']);
    const bang = parseCommitMessage('refactor(core)!: remove the old API').entries[0]!;
    expect(bang.breaking).toBe(true);
    expect(bang.breakingNotes).toEqual(['remove the old API']);
  });

  test('lower-case "breaking change:" is not the breaking footer', () => {
    expect(parseCommitMessage('fix: a\n\nbreaking change: no').entries[0]!.breaking).toBe(false);
  });

  test('squash subject (#123) gives the PR number', () => {
    const p = parseCommitMessage('feat(ui): dark mode (#123)');
    expect(p.pr).toBe(123);
    expect(p.entries[0]!.description).toBe('dark mode');
    expect(p.subject).toBe('feat(ui): dark mode (#123)');
  });

  test("GitHub squash body with '* ' bullets yields one entry per bullet", () => {
    const msg =
      'Widgets overhaul (#77)\n\n* feat: add widget\n\n* fix(widget): off by one\nmore detail of the fix\n\n* chore: bump\n\n---------\n\nCo-authored-by: B <b@x>';
    const p = parseCommitMessage(msg);
    expect(p.unparsed).toBeUndefined();
    expect(p.pr).toBe(77);
    expect(p.entries.map((e) => `${e.type}|${e.scope ?? ''}|${e.description}`)).toEqual([
      'feat||add widget',
      'fix|widget|off by one',
      'chore||bump',
    ]);
    expect(p.entries[1]!.body).toBe('more detail of the fix');
  });

  test('blank-line separated squash entries plus a conventional header; duplicates of the header dropped', () => {
    const msg =
      'feat: big thing (#9)\n\nfeat: big thing\n\nfix: small thing\n\nperf(db): faster\n\nBREAKING CHANGE: db schema v2';
    const p = parseCommitMessage(msg);
    expect(p.entries.map((e) => e.description)).toEqual(['big thing', 'small thing', 'faster']);
    expect(p.entries[2]!.breaking).toBe(true);
    expect(p.entries[0]!.breaking).toBe(false);
  });

  test('prose lines that look like headers inside a paragraph do not split', () => {
    const p = parseCommitMessage(
      'fix: a\n\nThis paragraph mentions\nfeat: inline text that is not a new entry',
    );
    expect(p.entries).toHaveLength(1);
  });

  test("git's Revert message with full sha", () => {
    const sha = 'a'.repeat(40);
    const p = parseCommitMessage(`Revert "feat: add x (#3)"\n\nThis reverts commit ${sha}.`);
    expect(p.revert).toEqual({ sha, subject: 'feat: add x (#3)' });
    expect(p.entries[0]!.type).toBe('revert');
    expect(p.entries[0]!.description).toBe('feat: add x (#3)');
  });

  test('revert: type with a short sha', () => {
    const p = parseCommitMessage('revert: feat: add x\n\nThis reverts commit ABCDEF1.');
    expect(p.revert).toEqual({ sha: 'abcdef1', subject: 'feat: add x' });
  });

  test.each([
    ['', 'empty message'],
    ['\n\n   \n', 'empty message'],
    ['Update README.md', 'not conventional'],
    ['🎉 初めてのコミット', 'not conventional'],
    ['fixup! fix: thing', 'not conventional'],
    ['feat:', 'not conventional'],
    ['\u0000\u0001\u202e', 'not conventional'],
  ])('%j is unparsed (%s) and never throws', (msg, reason) => {
    const p = parseCommitMessage(msg);
    expect(p.unparsed).toBe(reason);
    expect(p.entries).toEqual([]);
  });

  test('unicode descriptions and CRLF are kept', () => {
    const p = parseCommitMessage('feat(ünï): ✨ émojis 日本語\r\n\r\nbody\r\n');
    expect(p.entries[0]).toMatchObject({ scope: 'ünï', description: '✨ émojis 日本語', body: 'body' });
  });

  test('random garbage never throws', () => {
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = 'feat fix():!#\n\n* -BREAKING CHANGE: Revert "This reverts commit abcdef1 🎉\u0000\t';
    for (let i = 0; i < 2000; i++) {
      let s = '';
      const n = Math.floor(rand() * 120);
      for (let j = 0; j < n; j++) s += alphabet[Math.floor(rand() * alphabet.length)];
      const p = parseCommitMessage(s);
      expect(p.entries.length > 0 || p.unparsed !== undefined).toBe(true);
    }
  });

  describe('issue #13: footers, trailers and breaking markers', () => {
    test.each([
      ['docs: update readme\n\nFix: #12', [12]],
      ['docs: update readme\n\nSecurity: reviewed\nFix: #12', [12]],
      ['docs: update readme\n\nfix: #12', [12]],
      ['docs: x\n\nSigned-off-by: A <a@x>\nFixes #3', [3]],
    ])('%j: the trailing trailers stay trailers of the one entry', (msg, refs) => {
      const p = parseCommitMessage(msg);
      expect(p.entries.map((e) => e.type)).toEqual(['docs']);
      expect(p.entries[0]!.refs).toEqual(refs);
    });

    test('a lower-case squash entry as the last paragraph is still an entry', () => {
      const p = parseCommitMessage('feat: a (#1)\n\nfeat: a\n\nfix: second thing');
      expect(p.entries.map((e) => `${e.type}:${e.description}`)).toEqual(['feat:a', 'fix:second thing']);
    });

    test('a `* BREAKING CHANGE:` squash bullet takes its text from the next paragraph', () => {
      const p = parseCommitMessage(
        'PR title (#5)\n\n* feat: new api\n\n* BREAKING CHANGE:\n\nthe v1 endpoints are gone\nCloses #4',
      );
      expect(p.entries).toHaveLength(1);
      expect(p.entries[0]).toMatchObject({
        breaking: true,
        breakingNotes: ['the v1 endpoints are gone'],
        refs: [4],
      });
    });

    test('a `* BREAKING CHANGE: text` bullet carries its own text', () => {
      const p = parseCommitMessage('feat: x\n\n* BREAKING CHANGE: drops y');
      expect(p.entries[0]).toMatchObject({ breaking: true, breakingNotes: ['drops y'] });
    });

    test('BREAKING CHANGE inside a body paragraph is honoured as conventional-changelog does', () => {
      const p = parseCommitMessage(
        'fix: a\n\nSome body text.\nBREAKING CHANGE: the flag is gone\nand so is b.\n\nMore body.',
      );
      expect(p.entries[0]).toMatchObject({
        breaking: true,
        breakingNotes: ['the flag is gone\nand so is b.'],
      });
      expect(p.warnings).toBeUndefined();
    });

    test.each([
      'fix: a\n\nBREAKING CHANGE:',
      'fix: a\n\nBREAKING CHANGE:   \n\nCloses #3',
      'fix: a\n\n* BREAKING CHANGE:',
    ])('%j: an empty BREAKING CHANGE is no footer, no major, and a warning', (msg) => {
      const p = parseCommitMessage(msg);
      expect(p.entries[0]!.breaking).toBe(false);
      expect(p.warnings).toEqual([EMPTY_BREAKING_WARNING]);
    });

    test('a footer value on the lines after `BREAKING CHANGE:` counts (the spec allows newlines in values)', () => {
      const p = parseCommitMessage('fix: a\n\nBREAKING CHANGE:\nthe value is here');
      expect(p.entries[0]).toMatchObject({ breaking: true, breakingNotes: ['the value is here'] });
    });

    test('footers need `: ` or ` #` and a value', () => {
      const p = parseCommitMessage('fix: a\n\nRefs:\nReviewed-by:');
      expect(p.entries[0]!.footers).toEqual([]);
      expect(p.entries[0]!.body).toBe('Refs:\nReviewed-by:');
    });
  });
});
