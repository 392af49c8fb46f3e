/**
 * The database phase of a rollback (the seeds' "database rollback"), run before the application
 * is touched: a Kubernetes Job run to completion with its pods' logs shown, or an argv command
 * run with no shell. A failure or a timeout stops the rollback (unless the caller says go on).
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as k8s from '@kubernetes/client-node';
import { CancelledError, errorMessage, type Clock, type Logger } from '@shipgate/core';
import { parseAllDocuments } from 'yaml';
import { FIELD_MANAGER, dryRunParam, type KubeClient } from '../client.ts';
import { LABELS } from '../state.ts';

export type Migration = { kind: 'job'; file: string } | { kind: 'command'; argv: string[] };

export interface MigrationOutcome {
  ok: boolean;
  message: string;
}

export interface MigrationOptions {
  kube: KubeClient;
  namespace: string;
  app: string;
  /** Where a Job manifest path is resolved and a command runs. */
  workspace: string;
  timeoutMs: number;
  dryRun: boolean;
  /** Extra environment for a command (e.g. SHIPGATE_FROM_VERSION). */
  env: Record<string, string>;
  clock: Clock;
  signal: AbortSignal;
  log: Logger;
}

export function runMigration(m: Migration, o: MigrationOptions): Promise<MigrationOutcome> {
  return m.kind === 'job' ? runJob(m.file, o) : runCommand(m.argv, o);
}

/** Reads a manifest file holding exactly one batch/v1 Job. */
async function readJob(file: string, workspace: string): Promise<k8s.V1Job> {
  const text = await readFile(path.resolve(workspace, file), 'utf8');
  const docs = parseAllDocuments(text)
    .map((d) => d.toJS() as k8s.V1Job | null)
    .filter((d) => !!d);
  if (docs.length !== 1 || docs[0]!.kind !== 'Job')
    throw new Error(
      `${file} must hold exactly one Job (found ${docs.map((d) => d!.kind).join(', ') || 'nothing'})`,
    );
  return docs[0]!;
}

async function runJob(file: string, o: MigrationOptions): Promise<MigrationOutcome> {
  let job: k8s.V1Job;
  try {
    job = await readJob(file, o.workspace);
  } catch (error) {
    return { ok: false, message: `migration Job manifest: ${errorMessage(error)}` };
  }
  const batch = o.kube.config.makeApiClient(k8s.BatchV1Api);
  // A fresh name per run: the manifest can be reused by the next rollback.
  const stamp = new Date(o.clock.now()).toISOString().replace(/\D/g, '').slice(2, 14);
  const name = `${(job.metadata?.name ?? `${o.app}-migration`).slice(0, 63 - stamp.length - 1)}-${stamp}`;
  const body: k8s.V1Job = {
    ...job,
    metadata: {
      ...job.metadata,
      name,
      namespace: o.namespace,
      labels: { ...job.metadata?.labels, [LABELS.app]: o.app, [LABELS.managedBy]: 'shipgate' },
    },
  };
  await o.kube.call(`create migration job ${name}`, () =>
    batch.createNamespacedJob({
      namespace: o.namespace,
      body,
      dryRun: dryRunParam(o.dryRun),
      fieldManager: FIELD_MANAGER,
    }),
  );
  if (o.dryRun) return { ok: true, message: `dry run: Job ${name} accepted by the API server, not run` };
  o.log.info(`migration Job ${name} created; waiting up to ${Math.round(o.timeoutMs / 1000)}s`);
  const deadline = o.clock.now() + o.timeoutMs;
  let outcome: MigrationOutcome | undefined;
  while (!outcome) {
    const live = await o.kube.call(`read migration job ${name}`, () =>
      batch.readNamespacedJob({ name, namespace: o.namespace }),
    );
    const done = live.status?.conditions?.find(
      (c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True',
    );
    if (done?.type === 'Complete') outcome = { ok: true, message: `migration Job ${name} completed` };
    else if (done)
      outcome = {
        ok: false,
        message: `migration Job ${name} failed: ${done.reason ?? ''} ${done.message ?? ''}`.trim(),
      };
    else if (o.clock.now() >= deadline) {
      outcome = {
        ok: false,
        message: `migration Job ${name} did not finish within ${Math.round(o.timeoutMs / 1000)}s; it was deleted`,
      };
      await o.kube.find(`delete migration job ${name}`, () =>
        batch.deleteNamespacedJob({ name, namespace: o.namespace, propagationPolicy: 'Background' }),
      );
    } else
      await o.clock.sleep(Math.min(250, deadline - o.clock.now()), o.signal).catch((error: unknown) => {
        // A migration half-stopped is worse than one that finishes: the Job is left to run.
        o.log.warn(
          `cancelled while migration Job ${name} runs: it is left running (kubectl -n ${o.namespace} delete job ${name} stops it)`,
        );
        throw error;
      });
  }
  await showJobLogs(o, name);
  return outcome;
}

/** Prints each of the Job's pods' logs in a group (pod text is data: the logger neutralises `::`). */
async function showJobLogs(o: MigrationOptions, job: string): Promise<void> {
  const pods = await o.kube.call('list migration pods', () =>
    o.kube.core.listNamespacedPod({ namespace: o.namespace, labelSelector: `job-name=${job}` }),
  );
  for (const pod of pods.items) {
    const name = pod.metadata?.name ?? '?';
    const text = await o.kube
      .call(`read logs of ${name}`, () => o.kube.core.readNamespacedPodLog({ name, namespace: o.namespace }))
      .catch((error: unknown) => `(logs not available: ${errorMessage(error)})`);
    await o.log.group(`logs of ${name} (${pod.status?.phase ?? '?'})`, async () => {
      for (const line of String(text).split('\n').filter(Boolean)) o.log.info(line);
    });
  }
}

/** Runs argv[0] with the other arguments, no shell, output streamed to the log, killed at the timeout. */
function runCommand(argv: string[], o: MigrationOptions): Promise<MigrationOutcome> {
  const shown = argv.map((a) => JSON.stringify(a)).join(' ');
  if (o.dryRun) return Promise.resolve({ ok: true, message: `dry run: would run ${shown}` });
  if (o.signal.aborted) return Promise.reject(new CancelledError('cancelled before the migration'));
  o.log.info(`migration: ${shown}`);
  return new Promise((resolve, reject) => {
    const timeout = AbortSignal.timeout(o.timeoutMs);
    const child = spawn(argv[0]!, argv.slice(1), {
      cwd: o.workspace,
      shell: false,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...o.env },
      signal: AbortSignal.any([timeout, o.signal]),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) o.log.info(`  migration | ${line}`);
    };
    child.stdout.on('data', lines);
    child.stderr.on('data', lines);
    child.on('error', (error) => {
      if (o.signal.aborted) reject(new CancelledError('cancelled during the migration'));
      else if (timeout.aborted)
        resolve({
          ok: false,
          message: `migration ${shown} did not finish within ${Math.round(o.timeoutMs / 1000)}s; it was stopped`,
        });
      else resolve({ ok: false, message: `migration ${shown} could not start: ${error.message}` });
    });
    child.on('close', (code, signal) => {
      if (o.signal.aborted || timeout.aborted) return; // reported by 'error'
      resolve(
        code === 0
          ? { ok: true, message: `migration ${shown} exited 0` }
          : { ok: false, message: `migration ${shown} exited ${code ?? signal}` },
      );
    });
  });
}
