/**
 * The canary's GitHub deployment for `environment`, through @shipgate/notify: in_progress at each
 * step with its weight, success when promoted, failure when aborted (with the reason), in_progress
 * again at a max-run-time checkpoint. The deployment is the canary's own: the one deploy opened
 * when it placed the canary (its id is in the rollout state), or one kept with the analysis state. Bookkeeping only: a failure here warns, it never decides the canary.
 */
import { createGitHubClient, errorMessage, type ActionContext } from '@shipgate/core';
import type { RecordedRollout } from '@shipgate/kube';
import type { GitHubDeployment } from '@shipgate/notify';
import type { CanaryInputs } from './definition.ts';
import type { FinalState } from './monitor.ts';

export interface CanaryDeployment {
  /** The GitHub deployment's id, once there is one (recorded so that the next run continues it). */
  readonly id: number | undefined;
  /** The canary moved to a weight: in_progress with it. */
  step(description: string): Promise<void>;
  /** How the run ended (the same line the log and summary give). */
  end(final: FinalState): Promise<void>;
  /** The run failed before it reached a decision. */
  error(description: string): Promise<void>;
}

const NONE: CanaryDeployment = {
  id: undefined,
  step: async () => {},
  end: async () => {},
  error: async () => {},
};

/** What each verdict tells GitHub: only a promotion is a success; a passed, unpromoted canary is still in progress. */
const STATES: Record<FinalState['verdict'], 'in_progress' | 'success' | 'failure' | 'error'> = {
  promoted: 'success',
  passed: 'in_progress',
  'in-progress': 'in_progress',
  aborted: 'failure',
  failed: 'failure',
  inconclusive: 'error',
};

/**
 * The canary's GitHub deployment: the one its deploy recorded (or a previous run of this analysis
 * opened) goes on; otherwise one is started for `environment`. Continuing needs only the token.
 */
export async function canaryDeployment(
  inputs: CanaryInputs,
  ctx: ActionContext,
  rollout: RecordedRollout,
  recorded: { id: number | undefined; resumed: boolean },
): Promise<CanaryDeployment> {
  if (inputs['dry-run']) return NONE;
  if (!inputs.token || !ctx.github.owner || (!inputs.environment && recorded.id === undefined)) {
    if (recorded.id !== undefined)
      ctx.log.warn(
        `the canary's GitHub deployment ${recorded.id} stays in_progress: give canary-monitor a token to report its outcome there`,
      );
    return NONE;
  }
  const notify = await import('@shipgate/notify');
  const where = {
    owner: ctx.github.owner,
    repo: ctx.github.repo,
    logUrl: ctx.github.runUrl,
  };
  const what = recorded.resumed ? 'analysis continued by another run' : 'analysis started';
  let gh: GitHubDeployment | undefined;
  try {
    const api = await createGitHubClient({
      token: inputs.token,
      baseUrl: ctx.github.apiUrl,
      env: ctx.env,
      log: ctx.log,
    });
    if (recorded.id !== undefined) {
      gh = await notify.continueGitHubDeployment(api, where, recorded.id);
      await gh?.progress(`canary ${rollout.version}: ${what}`);
    }
    if (!gh && inputs.environment)
      gh = await notify.startGitHubDeployment(api, {
        ...where,
        ref: ctx.github.sha ?? ctx.github.refName ?? rollout.version,
        environment: inputs.environment,
        description: `canary ${rollout.version} of ${rollout.app}: ${what}`,
        payload: {
          app: rollout.app,
          namespace: rollout.namespace,
          version: rollout.version,
          strategy: 'canary',
        },
      });
    if (!gh) return NONE;
  } catch (error) {
    ctx.log.warn(`GitHub deployment not created: ${errorMessage(error)}`);
    return NONE;
  }
  const deployment = gh;
  const send = async (what: string, fn: () => Promise<void>) => {
    try {
      await fn();
    } catch (error) {
      ctx.log.warn(`GitHub deployment status (${what}) not set: ${errorMessage(error)}`);
    }
  };
  return {
    id: deployment.id,
    step: (text) => send('in_progress', () => deployment.progress(text)),
    end: (final) => {
      const state = STATES[final.verdict];
      return send(state, () =>
        state === 'in_progress'
          ? deployment.progress(`${final.verdict}: ${final.message}`)
          : deployment.finish(state, final.message),
      );
    },
    error: (text) => send('error', () => deployment.finish('error', text)),
  };
}
