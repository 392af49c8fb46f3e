#!/usr/bin/env node
// The @shipgate/notes pipeline as a command, for the benchmark: notes for <repo> since the previous v* tag.
// Usage: node bench/changelog/notes-cli.ts <repo> [out.md]
import { writeFileSync } from 'node:fs';
import { DEFAULT_CONFIG, generateNotes } from '@shipgate/notes';

const [cwd = '.', out] = process.argv.slice(2);
const res = await generateNotes({
  cwd,
  tagPrefix: 'v',
  paths: [],
  config: DEFAULT_CONFIG,
  preMajorBreaking: 'minor',
  initialVersion: '0.1.0',
  repository: { serverUrl: 'https://github.com', owner: 'acme', repo: 'app' },
});
if (out) writeFileSync(out, res.markdown);
const s = res.release.stats;
console.error(
  `${res.release.version} (${res.release.bump}): ${s.commits} commits, ${s.entries} entries, ${s.unparsed} unparsed, ${s.reverted} reverted, ${res.markdown.length} bytes`,
);
