// Node 24 for every contributor: one optional platform package per os/cpu, npm installs the one that
// matches; bin/node24.js finds it outside npm scripts. (How a Mac was checked: see CONTRIBUTING.md.)
import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { node24Binary, nodePackageName } from '../../bin/node24.js';
import { repoRoot } from '../support/run-bundle.ts';

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as Record<
  string,
  Record<string, string> | undefined
>;
const lock = JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8')) as {
  packages: Record<
    string,
    { version?: string; optional?: boolean; os?: string | string[]; cpu?: string | string[] }
  >;
};
const platforms = ['darwin-arm64', 'darwin-x64', 'linux-arm64', 'linux-x64'];

test('the Node 24 found for this machine is node_modules/.bin/node, and it is Node 24', () => {
  expect(nodePackageName()).toBe(`node-${process.platform}-${process.arch}`);
  expect(node24Binary()).toBe(realpathSync(join(repoRoot, 'node_modules/.bin/node')));
  expect(execFileSync(node24Binary(), ['--version'], { encoding: 'utf8' })).toMatch(/^v24\./);
});

test('every platform package is optional, of one version, and locked with its os/cpu', () => {
  const required = { ...manifest.dependencies, ...manifest.devDependencies };
  expect(Object.keys(required).filter((name) => /^node-(linux|darwin|win)/.test(name))).toEqual([]);
  const optional = manifest.optionalDependencies ?? {};
  expect(Object.keys(optional).sort()).toEqual(platforms.map((p) => `node-${p}`));
  expect(new Set(Object.values(optional)).size).toBe(1);
  for (const platform of platforms) {
    const [os, cpu] = platform.split('-');
    const entry = lock.packages[`node_modules/node-${platform}`];
    // npm ci skips an optional entry whose os/cpu differ from the machine; without them it would
    // install every build, and two would claim node_modules/.bin/node.
    expect(entry).toMatchObject({ version: optional[`node-${platform}`], optional: true });
    expect([entry?.os].flat()).toEqual([os]);
    expect([entry?.cpu].flat()).toEqual([cpu]);
  }
});
