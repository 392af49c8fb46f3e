/**
 * The GitHub deployment for `environment`: created in_progress when the rollout starts, then
 * success or failure with the environment URL; on success the deployment it replaces (the newest
 * older one that succeeded) is marked inactive. GitHub's auto_inactive does that only for
 * non-production environments, so it is done explicitly. The Octokit comes from the caller.
 */
import type { GitHubClient } from '@shipgate/core';

export interface GitHubDeployment {
  id: number;
  /** A new in_progress status (e.g. a canary step with its weight). */
  progress(description: string): Promise<void>;
  /**
   * Marks the outcome ('error': it could not be decided); the previous deployment of the
   * environment becomes inactive on success.
   */
  finish(state: 'success' | 'failure' | 'error', description: string): Promise<void>;
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
  const d = deploymentHandle(api, o, id, o.environment);
  await d.progress(o.description);
  return d;
}

/**
 * A deployment an earlier run created (its id recorded, e.g. a canary continued by a later job):
 * its statuses go on from where they stood, nothing new is created. Undefined when GitHub no
 * longer has it (deleted), so the caller can start a new one.
 */
export async function continueGitHubDeployment(
  api: GitHubClient,
  o: Pick<GitHubDeploymentOptions, 'owner' | 'repo' | 'environmentUrl' | 'logUrl'>,
  id: number,
): Promise<GitHubDeployment | undefined> {
  try {
    const d = await api.rest.repos.getDeployment({ owner: o.owner, repo: o.repo, deployment_id: id });
    return deploymentHandle(api, o, id, d.data.environment);
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}

type State = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';

function deploymentHandle(
  api: GitHubClient,
  o: Pick<GitHubDeploymentOptions, 'owner' | 'repo' | 'environmentUrl' | 'logUrl'>,
  id: number,
  environment: string,
): GitHubDeployment {
  const repo = { owner: o.owner, repo: o.repo };
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
  /**
   * The deployment this one replaces: the newest older one (ids grow; not one created since) that
   * succeeded. Failed or abandoned ones in between (an aborted canary) are passed over; an inactive
   * one ends the search, as everything older was retired with it.
   */
  const replaced = async (): Promise<number | undefined> => {
    const listed = await api.rest.repos.listDeployments({ ...repo, environment, per_page: 20 });
    for (const older of listed.data.filter((d) => d.id < id)) {
      const last = await api.rest.repos.listDeploymentStatuses({
        ...repo,
        deployment_id: older.id,
        per_page: 1,
      });
      const state = last.data[0]?.state;
      if (state === 'success') return older.id;
      if (state === 'inactive') return undefined;
    }
    return undefined;
  };
  return {
    id,
    async progress(description) {
      await status('in_progress', description);
    },
    async finish(state, description) {
      await status(state, description);
      if (state !== 'success') return;
      const previous = await replaced();
      if (previous !== undefined) await status('inactive', `replaced by deployment ${id}`, previous);
    },
  };
}
