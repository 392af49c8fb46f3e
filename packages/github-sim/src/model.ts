// The simulator's state records. Handlers turn them into GitHub's JSON shapes (see resources/*).

export interface SimUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

export interface GitActor {
  name: string;
  email: string;
  date: string;
}

export interface SimCommit {
  sha: string;
  message: string;
  author: GitActor;
  committer: GitActor;
  /** GitHub login of the author, when the author's email maps to an account; null otherwise. */
  login: string | null;
  parents: string[];
  tree: string;
}

/** An annotated tag object (POST /git/tags). */
export interface SimTagObject {
  sha: string;
  tag: string;
  message: string;
  object: { sha: string; type: 'commit' | 'tag' };
  tagger: GitActor;
}

export interface SimRelease {
  id: number;
  tag_name: string;
  target_commitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  created_at: string;
  published_at: string | null;
  author: SimUser;
}

export type DeploymentState =
  'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

export interface SimDeploymentStatus {
  id: number;
  state: DeploymentState;
  description: string;
  environment: string;
  target_url: string;
  log_url: string;
  environment_url: string;
  creator: SimUser;
  created_at: string;
  updated_at: string;
}

export interface SimDeployment {
  id: number;
  sha: string;
  ref: string;
  task: string;
  payload: unknown;
  environment: string;
  original_environment: string;
  description: string | null;
  creator: SimUser;
  created_at: string;
  updated_at: string;
  transient_environment: boolean;
  production_environment: boolean;
  auto_merge: boolean;
  required_contexts: string[] | null;
  /** Oldest first. */
  statuses: SimDeploymentStatus[];
}

export interface SimPull {
  head: { ref: string; sha: string };
  base: { ref: string; sha: string };
  /** Oldest first. */
  commits: string[];
  merged: boolean;
  merged_at: string | null;
  merge_commit_sha: string | null;
  draft: boolean;
}

export interface SimIssue {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  assignees: string[];
  user: SimUser;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  /** Present when this issue is a pull request (they share the number space, as on GitHub). */
  pull?: SimPull;
}

export interface SimComment {
  id: number;
  issueNumber: number;
  body: string;
  user: SimUser;
  created_at: string;
  updated_at: string;
}

export interface SimCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: string | null;
  started_at: string | null;
  completed_at: string | null;
  details_url: string | null;
  external_id: string | null;
  output: { title: string | null; summary: string | null; text: string | null; annotations_count: number };
  annotations: unknown[];
}

export interface SimRepo {
  id: number;
  owner: SimUser;
  name: string;
  defaultBranch: string;
  private: boolean;
  description: string | null;
  createdAt: string;
  /** Tokens that may read but not write this repository (a fork PR's GITHUB_TOKEN). */
  readOnlyTokens: Set<string>;
  commits: Map<string, SimCommit>;
  /** Full ref name (refs/heads/main, refs/tags/v1.0.0) → sha (a commit, or a tag object for annotated tags). */
  refs: Map<string, string>;
  tagObjects: Map<string, SimTagObject>;
  releases: SimRelease[];
  deployments: SimDeployment[];
  issues: Map<number, SimIssue>;
  comments: SimComment[];
  checkRuns: SimCheckRun[];
  nextNumber: number;
}
