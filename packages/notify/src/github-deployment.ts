/**
 * The GitHub deployment for `environment`: created in_progress when the rollout starts, then
 * success or failure with the environment URL; the deployment it replaces is marked inactive
 * (GitHub does that itself for success with auto_inactive, but only for the same environment and
 * only when asked, so it is done explicitly). The Octokit comes from the caller (core's client).
 */
import type { GitHubClient } from '@shipgate/core';

export interface GitHubDeployment {
  id: number;
  /** Marks the outcome; the previous deployment of the environment becomes inactive on success. */
  finish(state: 'success' | 'failure', description: string): Promise<void>;
}

export interface GitHubDeploymentOptions {
  owner: string;
  repo: string;
  ref: string;
  environment: string;
  environmentUrl?: string;
  description: string;
  logUrl?: string;
  payload: Record<string, unknown>;
}

export async function startGitHubDeployment(
  api: GitHubClient,
  o: GitHubDeploymentOptions,
): Promise<GitHubDeployment> {
  const repo = { owner: o.owner, repo: o.repo };
  const previous = await api.rest.repos.listDeployments({ ...repo, environment: o.environment, per_page: 1 });
  const created = await api.rest.repos.createDeployment({
    ...repo,
    ref: o.ref,
    environment: o.environment,
    description: o.description.slice(0, 140),
    auto_merge: false,
    required_contexts: [],
    transient_environment: false,
    production_environment: /^prod/i.test(o.environment),
    payload: o.payload,
  });
  const id = (created.data as { id?: number }).id;
  if (typeof id !== 'number') throw new Error(`GitHub did not create a deployment (${created.status})`);
  type State = 'in_progress' | 'success' | 'failure' | 'inactive';
  const status = (state: State, description: string, deploymentId = id) =>
    api.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: deploymentId,
      state,
      description: description.slice(0, 140),
      log_url: o.logUrl,
      environment_url: state === 'inactive' ? undefined : o.environmentUrl,
      auto_inactive: false,
    });
  await status('in_progress', o.description);
  return {
    id,
    async finish(state, description) {
      await status(state, description);
      const old = previous.data[0]?.id;
      if (state === 'success' && old !== undefined && old !== id)
        await status('inactive', `replaced by deployment ${id}`, old);
    },
  };
}
