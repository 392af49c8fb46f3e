// actions/upload-artifact and actions/download-artifact over a local store: artifacts by run id
// and name, so a workflow_run workflow can download what another run uploaded.
import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { StepHandler } from './step-handler.ts';

export class ArtifactStore {
  readonly root: string;
  constructor(root: string) {
    this.root = root;
  }
  dir(runId: number | string, name: string): string {
    return join(this.root, String(runId), name);
  }
  names(runId: number | string): string[] {
    const dir = join(this.root, String(runId));
    return existsSync(dir) ? readdirSync(dir) : [];
  }
}

const globToRegExp = (glob: string) =>
  new RegExp(
    `^${glob
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );

export const uploadArtifact: StepHandler = async ({ leg, with: given, onLine }) => {
  const name = given.name || 'artifact';
  const paths = (given.path ?? '')
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean);
  if (paths.some((p) => /[*?[]/.test(p))) throw new Error('upload-artifact: globs are not emulated here');
  const target = leg.run.options.artifacts.dir(leg.run.runId, name);
  if (existsSync(target) && given.overwrite !== 'true') {
    onLine(`::error::an artifact named ${name} already exists in this run`);
    return { ok: false };
  }
  const found = paths.map((p) => resolve(leg.workspace, p)).filter((p) => existsSync(p));
  if (found.length === 0) {
    const level = given['if-no-files-found'] ?? 'warn';
    onLine(
      `::${level === 'error' ? 'error' : 'warning'}::No files were found with the provided path: ${paths.join(', ')}`,
    );
    return { ok: level !== 'error' };
  }
  mkdirSync(target, { recursive: true });
  for (const p of found)
    cpSync(p, statSync(p).isDirectory() ? target : join(target, basename(p)), { recursive: true });
  onLine(`uploaded ${found.length} path(s) as ${name}`);
  return { ok: true };
};

export const downloadArtifact: StepHandler = async ({ leg, with: given, onLine }) => {
  const runId = given['run-id'] || String(leg.run.runId);
  if (given['run-id'] && !given['github-token'])
    throw new Error('download-artifact: run-id needs github-token');
  const store = leg.run.options.artifacts;
  const names = given.name
    ? [given.name]
    : store.names(runId).filter((n) => globToRegExp(given.pattern || '*').test(n));
  const dest = resolve(leg.workspace, given.path ?? '');
  for (const name of names) {
    const source = store.dir(runId, name);
    if (!existsSync(source)) {
      onLine(`::error::Artifact not found: ${name} (run ${runId})`);
      return { ok: false };
    }
    const into = given.name || given['merge-multiple'] === 'true' ? dest : join(dest, name);
    mkdirSync(into, { recursive: true });
    cpSync(source, into, { recursive: true });
  }
  onLine(`downloaded ${names.length} artifact(s) from run ${runId}: ${names.join(', ') || 'none'}`);
  return { ok: true };
};
