/**
 * The database phase of a rollback (the seeds' "database rollback"), run before the application
 * is touched: a Kubernetes Job run to completion with its pods' logs shown, or an argv command
 * run with no shell. A failure or a timeout stops the rollback (unless the caller says go on).
 * The run's signal includes the Lease: a run that lost it stops its migration at once (the
 * process killed, the Job deleted with its pods) — another run owns the app and its database now.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as k8s from '@kubernetes/client-node';
import { CancelledError, errorMessage, type Clock, type Logger } from '@shipgate/core';
import { parseAllDocuments } from 'yaml';
import { FIELD_MANAGER, dryRunParam, type KubeClient } from '../client.ts';
import { LeaseLostError } from '../lock.ts';
import { LABELS } from '../state.ts';
import { watchOne } from '../watch-one.ts';

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
  /** The run's signal, aborted by SIGTERM or (reason LeaseLostError) when the Lease is lost. */
  signal: AbortSignal;
  /** Re-checks the Lease before the migration starts (DeployContext.guard). */
  guard(step: string): Promise<void>;
  log: Logger;
}

/** The signal aborted because this run lost the Lease (not a cancellation). */
const leaseLost = (signal: AbortSignal): LeaseLostError | undefined =>
  signal.aborted && signal.reason instanceof LeaseLostError ? signal.reason : undefined;

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
  if (!o.dryRun) await o.guard(`create migration job ${name}`);
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
  const outcome = await waitForJob(o, batch, name).catch(async (error: unknown) => {
    const lost = leaseLost(o.signal);
    if (lost) {
      // Another run owns the app now: this run's migration must not go on under it.
      await deleteJob(o, batch, name);
      o.log.error(`migration Job ${name} deleted with its pods: this run lost the Lease`);
      throw lost;
    }
    // Cancelled: a migration half-stopped is worse than one that finishes, so the Job is left to run.
    o.log.warn(
      `cancelled while migration Job ${name} runs: it is left running (kubectl -n ${o.namespace} delete job ${name} stops it)`,
    );
    throw error;
  });
  await showJobLogs(o, name);
  return outcome;
}

/** Pure: a finished Job's outcome (condition Complete or Failed), undefined while it runs. */
function jobOutcome(name: string, job: k8s.V1Job): MigrationOutcome | undefined {
  const done = job.status?.conditions?.find(
    (c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True',
  );
  if (done?.type === 'Complete') return { ok: true, message: `migration Job ${name} completed` };
  if (done)
    return {
      ok: false,
      message: `migration Job ${name} failed: ${done.reason ?? ''} ${done.message ?? ''}`.trim(),
    };
  return undefined;
}

/** Waits on a watch of the Job (GET, then watch from its resourceVersion) until it finishes or migration-timeout. */
async function waitForJob(
  o: MigrationOptions,
  batch: k8s.BatchV1Api,
  name: string,
): Promise<MigrationOutcome> {
  const deadline = o.clock.now() + o.timeoutMs;
  for (;;) {
    const live = await o.kube.call(`read migration job ${name}`, () =>
      batch.readNamespacedJob({ name, namespace: o.namespace }),
    );
    const done = jobOutcome(name, live);
    if (done) return done;
    if (o.clock.now() >= deadline) {
      await deleteJob(o, batch, name);
      return {
        ok: false,
        message: `migration Job ${name} did not finish within ${Math.round(o.timeoutMs / 1000)}s; it was deleted`,
      };
    }
    const end = await watchOne(o.kube, {
      path: `/apis/batch/v1/namespaces/${encodeURIComponent(o.namespace)}/jobs`,
      name,
      resourceVersion: live.metadata?.resourceVersion,
      signal: o.signal,
      onObject: (job: k8s.V1Job) => jobOutcome(name, job) !== undefined,
      untilMs: deadline,
      clock: o.clock,
      what: `migration Job ${name}`,
    });
    if (end === 'deleted') return { ok: false, message: `migration Job ${name} was deleted while it ran` };
    // A watch the server closed at once must not become a hot loop.
    if (end === 'closed') await o.clock.sleep(100, o.signal);
  }
}

/** Deletes the Job and (Background propagation) its pods; gone already is fine. */
async function deleteJob(o: MigrationOptions, batch: k8s.BatchV1Api, name: string): Promise<void> {
  await o.kube.find(`delete migration job ${name}`, () =>
    batch.deleteNamespacedJob({ name, namespace: o.namespace, propagationPolicy: 'Background' }),
  );
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

/** How long a stopped migration command gets between SIGTERM and SIGKILL. */
const KILL_GRACE_MS = 5_000;

/**
 * Runs argv[0] with the other arguments, no shell, output streamed to the log. Killed (SIGTERM,
 * SIGKILL after a grace) at the timeout, on cancellation and when the Lease is lost; the promise
 * settles once the process is gone.
 */
async function runCommand(argv: string[], o: MigrationOptions): Promise<MigrationOutcome> {
  const shown = argv.map((a) => JSON.stringify(a)).join(' ');
  if (o.dryRun) return { ok: true, message: `dry run: would run ${shown}` };
  if (o.signal.aborted) throw leaseLost(o.signal) ?? new CancelledError('cancelled before the migration');
  await o.guard(`start migration ${shown}`);
  o.log.info(`migration: ${shown}`);
  return new Promise((resolve, reject) => {
    const timeout = AbortSignal.timeout(o.timeoutMs);
    const stop = AbortSignal.any([timeout, o.signal]);
    const child = spawn(argv[0]!, argv.slice(1), {
      cwd: o.workspace,
      shell: false,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...o.env },
      signal: stop,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    stop.addEventListener(
      'abort',
      () => {
        const kill = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
        child.once('close', () => clearTimeout(kill));
      },
      { once: true },
    );
    const lines = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) o.log.info(`  migration | ${line}`);
    };
    child.stdout.on('data', lines);
    child.stderr.on('data', lines);
    // A stop is settled on 'close' (the process is gone); 'error' alone means it could not start.
    child.on('error', (error) => {
      if (!stop.aborted)
        resolve({ ok: false, message: `migration ${shown} could not start: ${error.message}` });
    });
    child.on('close', (code, signal) => {
      const lost = leaseLost(o.signal);
      if (lost) {
        o.log.error(`migration ${shown} stopped (${signal ?? code}): this run lost the Lease`);
        reject(lost);
      } else if (o.signal.aborted) reject(new CancelledError('cancelled during the migration'));
      else if (timeout.aborted)
        resolve({
          ok: false,
          message: `migration ${shown} did not finish within ${Math.round(o.timeoutMs / 1000)}s; it was stopped`,
        });
      else
        resolve(
          code === 0
            ? { ok: true, message: `migration ${shown} exited 0` }
            : { ok: false, message: `migration ${shown} exited ${code ?? signal}` },
        );
    });
  });
}
