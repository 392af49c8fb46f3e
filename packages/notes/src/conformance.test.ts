// Ported reference cases (data only): what the Conventional Commits spec and conventional-changelog's
// parser say of each message, beside what we say. A case we differ on names the reason; the same list
// is in packages/notes/README.md. Counted in /work/coord/notes/13.md.
import { parseCommitMessage } from './conventional.ts';

/** What a reference says of one message (fields it does not state are not compared). */
interface Said {
  type?: string;
  scope?: string;
  description?: string;
  breaking: boolean;
  notes?: string[];
  /** Issue numbers the reference links to the commit. */
  refs?: number[];
}

interface Case {
  name: string;
  message: string;
  reference: Said;
  /** When we differ on purpose: why, and what we say instead. */
  differs?: { reason: string; ours: Said };
}

const SPEC = 'conventional-commits/conventionalcommits.org@7d293dc5 content/v1.0.0/index.md (Examples, FAQ)';
const SPEC_CASES: Case[] = [
  {
    name: 'description and breaking change footer',
    message:
      'feat: allow provided config object to extend other configs\n\nBREAKING CHANGE: `extends` key in config file is now used for extending other config files',
    reference: {
      type: 'feat',
      description: 'allow provided config object to extend other configs',
      breaking: true,
      notes: ['`extends` key in config file is now used for extending other config files'],
    },
  },
  {
    name: '! to draw attention to breaking change',
    message: 'feat!: send an email to the customer when a product is shipped',
    reference: { type: 'feat', breaking: true },
  },
  {
    name: 'scope and ! to draw attention to breaking change',
    message: 'feat(api)!: send an email to the customer when a product is shipped',
    reference: { type: 'feat', scope: 'api', breaking: true },
  },
  {
    name: 'both ! and BREAKING CHANGE footer',
    message:
      'feat!: drop support for Node 6\n\nBREAKING CHANGE: use JavaScript features not available in Node 6.',
    reference: {
      type: 'feat',
      breaking: true,
      notes: ['use JavaScript features not available in Node 6.'],
    },
  },
  {
    name: 'no body',
    message: 'docs: correct spelling of CHANGELOG',
    reference: { type: 'docs', description: 'correct spelling of CHANGELOG', breaking: false },
  },
  {
    name: 'scope',
    message: 'feat(lang): add Polish language',
    reference: { type: 'feat', scope: 'lang', description: 'add Polish language', breaking: false },
  },
  {
    name: 'multi-paragraph body and multiple footers',
    message:
      'fix: prevent racing of requests\n\nIntroduce a request id and a reference to latest request. Dismiss\nincoming responses other than from latest request.\n\nRemove timeouts which were used to mitigate the racing issue but are\nobsolete now.\n\nReviewed-by: Z\nRefs: #123',
    reference: { type: 'fix', description: 'prevent racing of requests', breaking: false, refs: [123] },
  },
  {
    name: 'FAQ: revert with Refs footer of shas',
    message: 'revert: let us never again speak of the noodle incident\n\nRefs: 676104e, a215868',
    reference: { type: 'revert', breaking: false, refs: [] },
  },
];

const CCP =
  'conventional-changelog/conventional-changelog@340ad83e packages/conventional-commits-parser/src/CommitParser.spec.ts (default options)';
const INLINE_REFS =
  'conventional-changelog links every `#n` of the message; we link only `#n` of reference footers (Closes, Fixes, Refs, …) and the squash `(#n)`: prose like "discussed in #4" is no claim that the commit closes #4 (render.ts still links `#n` inside the text).';
const CCP_CASES: Case[] = [
  {
    name: 'should work',
    message: 'feat(ng-list): Allow custom separator\nbla bla bla\n\nCloses #123\nCloses #25\nFixes #33\n',
    reference: { type: 'feat', scope: 'ng-list', breaking: false, refs: [123, 25, 33] },
  },
  {
    name: 'should parse references from header',
    message: 'Subject #1',
    reference: { breaking: false, refs: [1] },
    differs: {
      reason:
        'not a conventional header: we list the commit as unparsed (the summary shows it) and read only a squash suffix `(#n)` from a subject.',
      ours: { breaking: false, refs: [] },
    },
  },
  {
    name: 'should stop note text before reference footer ending with a period',
    message: 'feat!: support type effects\n\nBREAKING CHANGE: effect replaces hidden.\n\nFixes #1476.',
    reference: { type: 'feat', breaking: true, notes: ['effect replaces hidden.'], refs: [1476] },
  },
  {
    name: 'should keep reference-like sentences in note text',
    message:
      'feat!: support type effects\n\nBREAKING CHANGE: effect replaces hidden.\nThis fixes #1476.\nConsumers need to update their config.',
    reference: {
      breaking: true,
      notes: ['effect replaces hidden.\nThis fixes #1476.\nConsumers need to update their config.'],
      refs: [1476],
    },
    differs: {
      reason: INLINE_REFS,
      ours: {
        breaking: true,
        notes: ['effect replaces hidden.\nThis fixes #1476.\nConsumers need to update their config.'],
        refs: [],
      },
    },
  },
  {
    name: 'should stop note text before the next footer token',
    message: 'feat!: support type effects\n\nBREAKING CHANGE: effect replaces hidden.\n\nReviewed-by: Z',
    reference: { breaking: true, notes: ['effect replaces hidden.'] },
  },
  {
    name: 'should parse trailer footers without references (#773)',
    message:
      'test: this is a test\n\nthis is the body of the commit\n\nFoo: Foo: this is a trailer\nBar: This is the footer of the commit',
    reference: { type: 'test', description: 'this is a test', breaking: false, refs: [] },
  },
  {
    name: 'should not cut breaking change notes at inline references (#819)',
    message:
      'feat: add some cool new stuff\n\nBREAKING CHANGE: We removed some boring old stuff in\norder to make room for the new stuff. We went back and\nforth on whether or not to do this in #4, so if you want\nmore information you should check out that discussion.',
    reference: {
      breaking: true,
      notes: [
        'We removed some boring old stuff in\norder to make room for the new stuff. We went back and\nforth on whether or not to do this in #4, so if you want\nmore information you should check out that discussion.',
      ],
      refs: [4],
    },
    differs: {
      reason: INLINE_REFS,
      ours: {
        breaking: true,
        notes: [
          'We removed some boring old stuff in\norder to make room for the new stuff. We went back and\nforth on whether or not to do this in #4, so if you want\nmore information you should check out that discussion.',
        ],
        refs: [],
      },
    },
  },
  {
    name: 'should not include trailers after breaking change notes (#428)',
    message:
      'feat!: add some cool new stuff\n\nBREAKING CHANGE: this changes the API.\n\nCo-authored-by: Someone <someone@example.com>',
    reference: { breaking: true, notes: ['this changes the API.'] },
  },
  {
    name: 'should not treat indented `key: value` lines as footers (#1512)',
    message:
      'chore(deps): bump foo from 1.0.0 to 2.0.0\n\nBumps foo from 1.0.0 to 2.0.0.\n\n---\nupdated-dependencies:\n- dependency-name: "foo"\n  dependency-version: 2.0.0\n  dependency-type: direct:development\n...\n\nSigned-off-by: dependabot[bot] <support@github.com>',
    reference: { type: 'chore', scope: 'deps', description: 'bump foo from 1.0.0 to 2.0.0', breaking: false },
  },
  {
    name: 'should not treat note keywords stranded by word-wrap as notes (#1515)',
    message:
      'docs(repo): use commit subjects for 5.0.0 \nbreaking changes #DS-2683\n\n- rewrite the 5.0.0 breaking changes entries in the web, web-react, and\n  design-tokens changelogs to use the concise commit subject instead of\n  the verbose breaking-change footer taken from the commit body\n- remove leaked co-author trailers from the breaking-change notes\n- collapse duplicate entries produced by commits carrying multiple\n  breaking-change footers',
    reference: { type: 'docs', scope: 'repo', breaking: false, notes: [] },
  },
  {
    name: 'should not treat note keywords without a colon as notes (#1515)',
    message: 'feat: something\n\nBREAKING CHANGE was discussed but this commit contains none.',
    reference: { type: 'feat', breaking: false, notes: [] },
  },
  {
    name: 'should deduplicate references when the same issue appears multiple times',
    message: 'feat(ng-list): Allow custom separator\nCloses #123\nCloses #123\nFixes #123\n',
    reference: { type: 'feat', breaking: false, refs: [123] },
  },
  {
    name: 'should parse slash in the header with default headerPattern option',
    message: 'feat(hello/world): message',
    reference: { type: 'feat', scope: 'hello/world', description: 'message', breaking: false },
  },
  {
    name: 'should parse @ in the header with default headerPattern option',
    message: 'feat(@org/hello-world): message',
    reference: { type: 'feat', scope: '@org/hello-world', description: 'message', breaking: false },
  },
  {
    name: 'should allow ":" in scope',
    message: 'feat(ng:list): Allow custom separator',
    reference: { type: 'feat', scope: 'ng:list', breaking: false },
  },
  {
    name: 'should parse header if the subject match breakingHeaderPattern',
    message: 'feat(hello/world)!: message',
    reference: { type: 'feat', scope: 'hello/world', description: 'message', breaking: true },
  },
  {
    name: 'should add the subject as note if it match breakingHeaderPattern',
    message: 'feat!: breaking change feature',
    reference: { type: 'feat', breaking: true, notes: ['breaking change feature'] },
  },
  {
    name: 'should parse important notes that start with asterisks (for squash commits)',
    message:
      "fix(core): report duplicate template bindings in templates\n\nFixes #7315\n\n* BREAKING CHANGE:\n\nPreviously multiple template bindings on one element\n(ex. `<div *ngIf='..' *ngFor='...'>`) were allowed but most of the time\nwere leading to undesired result. It is possible that a small number\nof applications will see template parse errors that shuld be fixed by\nnesting elements or using `<template>` tags explicitly.\nCloses #9462",
    reference: {
      type: 'fix',
      scope: 'core',
      breaking: true,
      notes: [
        "Previously multiple template bindings on one element\n(ex. `<div *ngIf='..' *ngFor='...'>`) were allowed but most of the time\nwere leading to undesired result. It is possible that a small number\nof applications will see template parse errors that shuld be fixed by\nnesting elements or using `<template>` tags explicitly.",
      ],
      refs: [7315, 9462],
    },
    differs: {
      reason:
        'the `Fixes #7315` paragraph sits between body paragraphs, not in the footer block (spec §8: footers follow the body), so we read it as body text; the note and its closing `Closes #9462` agree.',
      ours: {
        type: 'fix',
        scope: 'core',
        breaking: true,
        notes: [
          "Previously multiple template bindings on one element\n(ex. `<div *ngIf='..' *ngFor='...'>`) were allowed but most of the time\nwere leading to undesired result. It is possible that a small number\nof applications will see template parse errors that shuld be fixed by\nnesting elements or using `<template>` tags explicitly.",
        ],
        refs: [9462],
      },
    },
  },
  {
    name: 'should not treat it as important notes if there are texts after `noteKeywords`',
    message:
      "fix(core): report duplicate template bindings in templates\n\nFixes #7315\n\nBREAKING CHANGES:\n\nPreviously multiple template bindings on one element\n(ex. `<div *ngIf='..' *ngFor='...'>`) were allowed but most of the time\nwere leading to undesired result.\n\nCloses #9462",
    reference: { type: 'fix', breaking: false, notes: [] },
  },
];

/** Our answer in the reference's terms. */
function said(message: string, fields: Said): Said {
  const p = parseCommitMessage(message);
  const first = p.entries[0];
  const breaking = p.entries.some((e) => e.breaking);
  const explicitNotes = p.entries.flatMap((e) => (e.breaking ? e.breakingNotes : []));
  const out: Said = { breaking };
  if ('type' in fields) out.type = first?.type;
  if ('scope' in fields) out.scope = first?.scope;
  if ('description' in fields) out.description = first?.description;
  if ('notes' in fields) out.notes = breaking ? explicitNotes : [];
  if ('refs' in fields) out.refs = [...new Set(p.entries.flatMap((e) => e.refs))];
  return out;
}

describe.each([
  [SPEC, SPEC_CASES],
  [CCP, CCP_CASES],
])('%s', (_source, cases) => {
  test.each(cases.map((c) => [c.differs ? `${c.name} (differs on purpose)` : c.name, c] as const))(
    '%s',
    (_name, c) => {
      const expected = c.differs ? c.differs.ours : c.reference;
      expect(said(c.message, expected)).toEqual(expected);
      if (c.differs) expect(c.differs.ours).not.toEqual(c.reference);
    },
  );
});
