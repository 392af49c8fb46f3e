/**
 * The live path: the recorded canary, Prometheus checked, the Lease held, the steps walked, then
 * promote or abort through @shipgate/kube's verbs on the recorded state. Returns the report and
 * what happened (undefined: no canary in progress and if-no-canary is succeed); throws only for
 * what must fail the step before the walk (input, record, query).
 */
import { randomUUID } from 'node:crypto';
import {
  CancelledError,
  ExternalError,
  InputError,
  errorMessage,
  formatDuration,
  type ActionContext,
} from '@shipgate/core';
import type { HeldLock, RecordedRollout, RolloutHandle } from '@shipgate/kube';
import {
  Prometheus,
  allQueries,
  measureRound,
  walkCanary,
  type AnalysisReport,
  type AnalysisSpec,
  type ArmVars,
  type CanaryDriver,
  type WalkResult,
} from '@shipgate/metrics';
import { headerLines, type CanaryInputs } from './definition.ts';
import { LEGACY_ANNOTATION, analysisDriver, recordedAnalysis, recordedDeploymentId } from './driver.ts';
import { canaryDeployment, type CanaryDeployment } from './github-status.ts';
import { abortCanary, act, type FinalState } from './outcome.ts';

export type { FinalState } from './outcome.ts';

export async function monitor(
  inputs: CanaryInputs,
  spec: AnalysisSpec,
  ctx: ActionContext,
): Promise<{ analysis: AnalysisReport; final: FinalState } | undefined> {
  const kube = await import('@shipgate/kube');
  const app = inputs.app!;
  const client = new kube.KubeClient({
    kubeconfig: inputs.kubeconfig,
    env: ctx.env,
    signal: ctx.signal,
    onRetry: (step, e, attempt, delay) =>
      ctx.log.info(`${step}: ${e.message}; retry ${attempt} in ${delay} ms`),
  });
  const handle: RolloutHandle = {
    kube: client,
    namespace: inputs.namespace,
    app,
    signal: ctx.signal,
    clock: ctx.clock,
    log: ctx.log,
    timeoutMs: inputs.timeout,
    dryRun: inputs['dry-run'],
    runUrl: ctx.github.runUrl,
  };
  const rollout = await kube.readRollout(client, inputs.namespace, app);
  const none = !rollout || rollout.strategy !== 'canary' || !rollout.inProgress;
  if (none && !rollout?.orphaned && inputs['if-no-canary'] === 'succeed') return undefined;
  if (none || rollout.orphaned)
    throw new ExternalError('Kubernetes API', `read the canary of ${inputs.namespace}/${app}`, {
      detail:
        rollout?.orphaned ??
        `no canary of ${app} is in progress (recorded: ${rollout ? `${rollout.strategy}, ${rollout.phase}` : 'nothing'})`,
      hint: 'Start one with the deploy action (strategy: canary), then run canary-monitor.',
    });
  const windowMs = spec.windowMs ?? inputs.interval;
  const vars = armVars(rollout, windowMs);
  const prometheus = new Prometheus({
    url: inputs['prometheus-url']!.toString(),
    headers: authHeaders(inputs),
    clock: ctx.clock,
    signal: ctx.signal,
  });
  await checkQueries(prometheus, spec, vars, ctx);
  const live = await client.find('read deployment', () =>
    client.apps.readNamespacedDeployment({ name: app, namespace: inputs.namespace }),
  );
  const resume = recordedAnalysis(rollout, inputs.steps, ctx.log);
  const report: AnalysisReport = {
    v: 1,
    app,
    namespace: inputs.namespace,
    version: rollout.version,
    spec,
    steps: inputs.steps,
    intervalMs: inputs.interval,
    resumedFrom: resume,
    weights: [],
    rounds: [],
    verdict: 'in-progress',
    reason: '',
  };
  const run = async (lease?: HeldLock) => {
    const h: RolloutHandle = { ...handle, lease };
    const gh = await canaryDeployment(inputs, ctx, rollout, {
      id: recordedDeploymentId(rollout, !!resume),
      resumed: !!resume,
    });
    const driver = withStatus(
      analysisDriver(kube, h, {
        steps: inputs.steps,
        version: rollout.version,
        legacy: !!live?.metadata?.annotations?.[LEGACY_ANNOTATION],
        githubDeployment: gh.id,
      }),
      gh,
      rollout.version,
    );
    let walk: WalkResult;
    try {
      walk = await walkCanary({
        spec,
        steps: inputs.steps,
        intervalMs: inputs.interval,
        maxRunTimeMs: inputs['max-run-time'],
        measure: (atMs) => measureRound(prometheus, spec.metrics, vars, atMs),
        driver,
        clock: ctx.clock,
        signal: ctx.signal,
        log: ctx.log,
        resume,
        onRound: (r) => {
          report.rounds.push(r);
          for (const j of r.judgements)
            ctx.log.info(`round ${report.rounds.length} ${j.metric}: ${j.outcome} — ${j.reason}`);
        },
      });
    } catch (error) {
      if (!(error instanceof CancelledError) && !ctx.signal.aborted) {
        await gh.error(`canary ${rollout.version}: ${errorMessage(error)}`);
        throw error;
      }
      // A person stopped the run: stable only, then exit non-zero. The run's signal is aborted, so
      // the cleanup gets a client on a fresh, bounded signal (the runner SIGKILLs soon after).
      const cleanup = AbortSignal.timeout(kube.CLEANUP_MS);
      const stopped = await abortCanary(
        kube,
        { ...h, kube: h.kube.withSignal(cleanup), signal: cleanup, lease: undefined },
        inputs,
        'cancelled (SIGTERM)',
      );
      report.verdict = 'failed';
      report.reason = 'cancelled';
      const final: FinalState = { verdict: 'aborted', weight: 0, message: `cancelled: ${stopped}` };
      await gh.end(final);
      return { analysis: report, final };
    }
    Object.assign(report, {
      weights: walk.weights,
      verdict: walk.verdict,
      reason: walk.reason,
      score: walk.score,
    });
    const final = await act(kube, h, inputs, rollout, walk).catch(async (error: unknown) => {
      await gh.error(`canary ${rollout.version}: ${errorMessage(error)}`);
      throw error;
    });
    await gh.end(final);
    return { analysis: report, final };
  };
  if (inputs['dry-run']) {
    // Nothing is written, so nothing needs the app to itself: a dry run never blocks a real one.
    ctx.log.info('dry run: the deploy Lease is not taken; every change below is sent with dryRun=All');
    return run();
  }
  const repo = ctx.github.owner ? `${ctx.github.owner}/${ctx.github.repo}` : 'local';
  const holder = `${repo} run ${ctx.github.runId ?? 'local'} (canary-monitor, ${randomUUID().slice(0, 8)})`;
  return kube.withLease(
    client,
    {
      namespace: inputs.namespace,
      app,
      holder,
      waitMs: inputs['lock-timeout'],
      clock: ctx.clock,
      signal: ctx.signal,
    },
    run,
  );
}

/** Each weight the walk sets is told to the GitHub deployment (in_progress with the weight). */
function withStatus(driver: CanaryDriver, gh: CanaryDeployment, version: string): CanaryDriver {
  return {
    ...driver,
    async setWeight(weight) {
      const w = await driver.setWeight(weight);
      await gh.step(`canary ${version} at ${w.requested}% (effective ${w.effective}%)`);
      return w;
    },
  };
}

function armVars(rollout: RecordedRollout, windowMs: number): ArmVars {
  const interval = `${Math.max(1, Math.round(windowMs / 1000))}s`;
  const base = { app: rollout.app, namespace: rollout.namespace, interval };
  return {
    canary: { ...base, track: 'canary', version: rollout.version },
    baseline: {
      ...base,
      track: rollout.state.baseline ? 'baseline' : 'stable',
      version: rollout.previousVersion ?? '',
    },
  };
}

function authHeaders(inputs: CanaryInputs): Record<string, string> {
  const headers = headerLines(inputs['prometheus-headers']);
  if (inputs['prometheus-token']) headers.authorization = `Bearer ${inputs['prometheus-token']}`;
  if (inputs['prometheus-basic-auth'])
    headers.authorization = `Basic ${Buffer.from(inputs['prometheus-basic-auth']).toString('base64')}`;
  return headers;
}

/** Every resolved query sent once before any weight changes: Prometheus's own parser has the last word. */
async function checkQueries(
  prometheus: Prometheus,
  spec: AnalysisSpec,
  vars: ArmVars,
  ctx: ActionContext,
): Promise<void> {
  const started = ctx.clock.now();
  for (const { metric, query } of allQueries(spec.metrics, vars)) {
    const r = await prometheus.instant(query, ctx.clock.now());
    if (r.kind === 'bad-query')
      throw new InputError('analysis', query, `queries Prometheus accepts — metric ${metric}: ${r.message}`);
    if (r.kind === 'error')
      throw new ExternalError('Prometheus', `check the query of ${metric} before the first step`, {
        detail: r.message,
        hint: 'Nothing was changed. Check prometheus-url and its credentials.',
      });
  }
  ctx.log.info(
    `every query of the analysis accepted by Prometheus (${formatDuration(ctx.clock.now() - started)})`,
  );
}
