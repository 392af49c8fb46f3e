/**
 * One release told to the world: a GitHub deployment (in_progress when the change starts, then
 * success or failure) and a Grafana annotation when it ends. A canary placed at its first weight is
 * not an end: its deployment stays in_progress (handedOver) and the later job that promotes or
 * aborts it continues the same deployment (resumed). Every failure here is a warning: bookkeeping
 * never fails a release that happened.
 */
import { errorMessage, type GitHubClient, type Logger } from '@shipgate/core';
import {
  continueGitHubDeployment,
  startGitHubDeployment,
  type GitHubDeployment,
} from './github-deployment.ts';
import { annotateGrafana } from './grafana.ts';

export interface Release {
  app: string;
  namespace: string;
  version: string;
  strategy: string;
}

/** How a release ended, as the notifier reports it. */
export interface ReleaseOutcome {
  state: 'success' | 'failure';
  /** One line: "succeeded", "rolled back: …", "cancelled after the switch: 2.0.0 is live". */
  description: string;
}

export interface ReleaseNotifierOptions {
  github?: {
    api: GitHubClient;
    owner: string;
    repo: string;
    ref: string;
    /** Where a new deployment goes; continuing a recorded one needs none. */
    environment: string | undefined;
    environmentUrl?: string;
    logUrl?: string;
  };
  grafana?: { url: string; token?: string; environment?: string };
  log: Logger;
  now: () => number;
  signal?: AbortSignal;
}

/** What packages/kube's runDeploy calls (structurally typed there, so kube does not depend on notify). */
export interface ReleaseNotifier {
  started(release: Release): Promise<void>;
  /**
   * A later job acts on a rollout an earlier run started: its recorded deployment goes on (a new
   * one is started when none was recorded or GitHub no longer has it).
   */
  resumed(release: Release, recordedId: number | undefined): Promise<void>;
  /** The run ends with the rollout still in progress (a canary at its first weight): in_progress, not an outcome. */
  handedOver(release: Release, description: string): Promise<void>;
  finished(release: Release, outcome: ReleaseOutcome): Promise<void>;
  /** The GitHub deployment's id once started. */
  readonly deploymentId: number | undefined;
}

export function releaseNotifier(o: ReleaseNotifierOptions): ReleaseNotifier {
  let gh: GitHubDeployment | undefined;
  return {
    get deploymentId() {
      return gh?.id;
    },
    async started(r) {
      gh = await open(r, undefined);
    },
    async resumed(r, recordedId) {
      gh = await open(r, recordedId);
    },
    async handedOver(r, description) {
      await send('in_progress', () => gh?.progress(description));
      await annotate(r, description);
    },
    async finished(r, outcome) {
      await send(outcome.state, () => gh?.finish(outcome.state, outcome.description));
      await annotate(r, outcome.description);
    },
  };

  async function open(r: Release, recordedId: number | undefined): Promise<GitHubDeployment | undefined> {
    const g = o.github;
    if (!g) return undefined;
    const where = { owner: g.owner, repo: g.repo, environmentUrl: g.environmentUrl, logUrl: g.logUrl };
    const description = `${r.app} ${r.version} (${r.strategy})`;
    try {
      const continued =
        recordedId === undefined ? undefined : await continueGitHubDeployment(g.api, where, recordedId);
      if (continued) {
        await continued.progress(`${description}: continued by ${g.logUrl ?? 'another run'}`);
        return continued;
      }
      if (g.environment === undefined) return undefined;
      return await startGitHubDeployment(g.api, {
        ...where,
        ref: g.ref,
        environment: g.environment,
        description,
        payload: { app: r.app, namespace: r.namespace, version: r.version, strategy: r.strategy },
      });
    } catch (error) {
      o.log.warn(`GitHub deployment not created: ${errorMessage(error)}`);
      return undefined;
    }
  }

  async function send(state: string, fn: () => Promise<void> | undefined): Promise<void> {
    try {
      await fn();
    } catch (error) {
      o.log.warn(`GitHub deployment status (${state}) not set: ${errorMessage(error)}`);
    }
  }

  async function annotate(r: Release, description: string): Promise<void> {
    if (!o.grafana) return;
    const env = o.grafana.environment;
    const g = await annotateGrafana({
      url: o.grafana.url,
      token: o.grafana.token,
      text: `${r.app} ${r.version}: ${description} (${r.strategy})`,
      tags: ['shipgate', `app:${r.app}`, `version:${r.version}`, ...(env ? [`environment:${env}`] : [])],
      timeMs: o.now(),
      signal: o.signal,
    });
    if (!g.ok) o.log.warn(`Grafana annotation not written: ${g.message}`);
  }
}
