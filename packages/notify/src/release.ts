/**
 * One release told to the world: a GitHub deployment (in_progress when the change starts, then
 * success or failure) and a Grafana annotation when it ends. Every failure here is a warning:
 * bookkeeping never fails a release that happened.
 */
import { errorMessage, type GitHubClient, type Logger } from '@shipgate/core';
import { startGitHubDeployment, type GitHubDeployment } from './github-deployment.ts';
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
    environment: string;
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
      if (!o.github) return;
      try {
        gh = await startGitHubDeployment(o.github.api, {
          owner: o.github.owner,
          repo: o.github.repo,
          ref: o.github.ref,
          environment: o.github.environment,
          environmentUrl: o.github.environmentUrl,
          description: `${r.app} ${r.version} (${r.strategy})`,
          logUrl: o.github.logUrl,
          payload: { app: r.app, namespace: r.namespace, version: r.version, strategy: r.strategy },
        });
      } catch (error) {
        o.log.warn(`GitHub deployment not created: ${errorMessage(error)}`);
      }
    },
    async finished(r, outcome) {
      if (gh) {
        try {
          await gh.finish(outcome.state, outcome.description);
        } catch (error) {
          o.log.warn(`GitHub deployment status not set: ${errorMessage(error)}`);
        }
      }
      if (!o.grafana) return;
      const env = o.grafana.environment;
      const g = await annotateGrafana({
        url: o.grafana.url,
        token: o.grafana.token,
        text: `${r.app} ${r.version}: ${outcome.description} (${r.strategy})`,
        tags: ['shipgate', `app:${r.app}`, `version:${r.version}`, ...(env ? [`environment:${env}`] : [])],
        timeMs: o.now(),
        signal: o.signal,
      });
      if (!g.ok) o.log.warn(`Grafana annotation not written: ${g.message}`);
    },
  };
}
