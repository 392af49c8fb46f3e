/**
 * Measures budget entries: resolves their paths, measures each distinct file once on the worker
 * pool (reusing compressed sizes whose content hash the baseline already has), and reads images.
 * This is the I/O edge; budgets.ts judges the result without touching the disk.
 */
import { basename, resolve } from 'node:path';
import type { BudgetEntry, Compression } from '../spec.ts';
import type { MeasuredBudget, MeasuredFile } from '../model.ts';
import { displayPath, resolveFiles } from './files.ts';
import { readImageTarball } from './image.ts';
import { normalizeHashedName } from './normalize.ts';
import { measureOnPool, type SizeCache } from './pool.ts';

export interface MeasureOptions {
  cwd: string;
  /** This run's target label; entries for another target are skipped. */
  target?: string;
  /** Known compressed sizes by sha256 (see cacheFromReport). */
  cache?: SizeCache;
  threads?: number;
  streamAbove?: number;
  signal?: AbortSignal;
}

export interface MeasureOutcome {
  budgets: MeasuredBudget[];
  /** Entries not measured in this run, with the reason. */
  skipped: { name: string; reason: string }[];
  stats: { files: number; reused: number; compressed: number; ms: number };
}

/** The label a budget is shown under. */
export function budgetName(entry: BudgetEntry): string {
  return entry.name ?? entry.path.join(', ');
}

/** Measures every entry that applies to this target. */
export async function measureBudgets(entries: BudgetEntry[], opts: MeasureOptions): Promise<MeasureOutcome> {
  const started = performance.now();
  const skipped: MeasureOutcome['skipped'] = [];
  const active = entries.filter((e) => {
    if (e.target === undefined || e.target === opts.target) return true;
    skipped.push({
      name: budgetName(e),
      reason: `for target ${e.target} (this run: ${opts.target ?? 'none'})`,
    });
    return false;
  });
  const resolved = await Promise.all(
    active.map((e) => (e.type === 'image' ? undefined : resolveFiles(opts.cwd, e.path, e.exclude))),
  );
  const wanted = new Map<string, { gzip: boolean; brotli: boolean }>();
  resolved.forEach((r, i) => {
    for (const f of r?.files ?? []) {
      const w = wanted.get(f) ?? { gzip: false, brotli: false };
      w.gzip ||= active[i]!.compression.includes('gzip');
      w.brotli ||= active[i]!.compression.includes('brotli');
      wanted.set(f, w);
    }
  });
  const tasks = [...wanted].map(([path, w]) => ({ path, ...w }));
  const sizes = await measureOnPool(tasks, {
    threads: opts.threads,
    cache: opts.cache,
    streamAbove: opts.streamAbove,
    signal: opts.signal,
  });
  const byPath = new Map(tasks.map((t, i) => [t.path, sizes[i]!]));
  const budgets: MeasuredBudget[] = [];
  for (const [i, entry] of active.entries()) {
    const base = baseOf(entry);
    if (entry.type === 'image') {
      budgets.push(await measureImages(entry, base, opts.cwd));
      continue;
    }
    const r = resolved[i]!;
    const files = r.files.map((abs): MeasuredFile => {
      const s = byPath.get(abs)!;
      const path = displayPath(opts.cwd, abs);
      return {
        path,
        key: entry['normalize-hashes'] ? normalizeHashedName(path) : path,
        sha256: s.sha256,
        raw: s.raw,
        ...pick(s, entry.compression),
      };
    });
    const error = r.unmatched.length
      ? `${r.unmatched.map((p) => `"${p}"`).join(', ')} matched no files`
      : undefined;
    budgets.push({ ...base, files, error });
  }
  const reused = sizes.filter((s) => s.reused).length;
  return {
    budgets,
    skipped,
    stats: {
      files: tasks.length,
      reused,
      compressed: tasks.filter((t) => t.gzip || t.brotli).length - reused,
      ms: Math.round(performance.now() - started),
    },
  };
}

function baseOf(entry: BudgetEntry): Omit<MeasuredBudget, 'files'> {
  return {
    name: budgetName(entry),
    paths: entry.path,
    type: entry.type,
    compression: entry.compression,
    max: entry.max,
    maxIncrease: entry['max-increase'],
    when: entry.when,
  };
}

function pick(
  s: { gzip?: number; brotli?: number },
  compression: Compression[],
): { gzip?: number; brotli?: number } {
  const out: { gzip?: number; brotli?: number } = {};
  if (compression.includes('gzip')) out.gzip = s.gzip;
  if (compression.includes('brotli')) out.brotli = s.brotli;
  return out;
}

async function measureImages(
  entry: BudgetEntry,
  base: Omit<MeasuredBudget, 'files'>,
  cwd: string,
): Promise<MeasuredBudget> {
  const files: MeasuredFile[] = [];
  const missing: string[] = [];
  for (const p of entry.path) {
    const resolvedFiles = await resolveFiles(cwd, [p]);
    if (resolvedFiles.files.length === 0) missing.push(p);
    for (const abs of resolvedFiles.files) {
      let images;
      try {
        images = await readImageTarball(abs);
      } catch (e) {
        return {
          ...base,
          files,
          error: `cannot read image ${displayPath(cwd, abs)}: ${(e as Error).message}`,
        };
      }
      const tar = displayPath(cwd, abs);
      for (const img of images) {
        const prefix = `${tar}${images.length > 1 ? ` [${img.label}]` : ''}`;
        files.push({
          path: `${prefix}#config`,
          key: `${basename(resolve(cwd, tar))}${images.length > 1 ? ` [${img.label}]` : ''}#config`,
          sha256: '',
          raw: img.configSize,
        });
        for (const l of img.layers) {
          const n = String(l.index).padStart(2, '0');
          files.push({
            path: `${prefix}#layer ${n}`,
            key: `${basename(tar)}${images.length > 1 ? ` [${img.label}]` : ''}#layer ${n}`,
            sha256: l.digest.replace(/^sha256:/, ''),
            raw: l.size,
            command: l.command,
          });
        }
      }
    }
  }
  return {
    ...base,
    files,
    error: missing.length ? `${missing.map((p) => `"${p}"`).join(', ')} matched no files` : undefined,
  };
}
