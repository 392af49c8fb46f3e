// The simulator's mutable state: repositories with their git objects and GitHub resources, plus
// helpers tests use to seed it directly (commits, tags, pull requests, comments).
import { createHash } from 'node:crypto';
import type { GitActor, SimComment, SimCommit, SimIssue, SimRepo, SimUser } from './model.ts';

export interface CommitSeed {
  message: string;
  /** GitHub login of the author (null or absent: a commit whose email maps to no account). */
  login?: string | null;
  name?: string;
  email?: string;
  date?: string;
  /** Defaults to the current head of `branch`. */
  parents?: string[];
  /** Branch to advance to this commit (default: the repo's default branch); null leaves refs alone. */
  branch?: string | null;
  /** A fixed sha (e.g. mirrored from a real git repository); otherwise one is derived. */
  sha?: string;
}

export interface PullSeed {
  title: string;
  body?: string;
  login?: string;
  head: { ref: string; sha?: string };
  base?: { ref: string };
  /** Commit shas of the pull request, oldest first. */
  commits?: string[];
  merged?: boolean;
  merge_commit_sha?: string;
  state?: 'open' | 'closed';
  draft?: boolean;
}

export interface RepoSeed {
  owner: string;
  name: string;
  defaultBranch?: string;
  private?: boolean;
  description?: string;
  /** Tokens that may read this repository but get 403 "Resource not accessible by integration" on writes. */
  readOnlyTokens?: string[];
  /** Applied in order; without any, the repository gets one "Initial commit" on its default branch. */
  commits?: CommitSeed[];
  /** Lightweight tags: name → sha or branch name. */
  tags?: Record<string, string>;
}

export class SimState {
  readonly repos = new Map<string, SimRepo>();
  private readonly users = new Map<string, SimUser>();
  private lastId = 1_000;
  private readonly clock: () => number;

  constructor(clock: () => number = Date.now) {
    this.clock = clock;
  }

  /** A fresh resource id (ids are unique across all resource kinds, which GitHub does not promise). */
  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  /** Current time as GitHub formats it: ISO 8601 in UTC without milliseconds. */
  now(): string {
    return new Date(this.clock()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  nowMs(): number {
    return this.clock();
  }

  user(login: string, type?: SimUser['type']): SimUser {
    let user = this.users.get(login);
    if (!user) {
      user = {
        login,
        id: 100_000 + this.users.size,
        type: type ?? (login.endsWith('[bot]') ? 'Bot' : 'User'),
      };
      this.users.set(login, user);
    }
    return user;
  }

  findRepo(owner: string, name: string): SimRepo | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  /** The repository `owner/name`; throws when it was never added (a test setup mistake). */
  repo(fullName: string): SimRepo {
    const repo = this.repos.get(fullName.toLowerCase());
    if (!repo)
      throw new Error(
        `github-sim: no repository "${fullName}" (known: ${[...this.repos.keys()].join(', ') || 'none'})`,
      );
    return repo;
  }

  addRepo(seed: RepoSeed): SimRepo {
    const key = `${seed.owner}/${seed.name}`.toLowerCase();
    if (this.repos.has(key))
      throw new Error(`github-sim: repository "${seed.owner}/${seed.name}" already exists`);
    const repo: SimRepo = {
      id: this.nextId(),
      owner: this.user(seed.owner),
      name: seed.name,
      defaultBranch: seed.defaultBranch ?? 'main',
      private: seed.private ?? false,
      description: seed.description ?? null,
      createdAt: this.now(),
      readOnlyTokens: new Set(seed.readOnlyTokens ?? []),
      commits: new Map(),
      refs: new Map(),
      tagObjects: new Map(),
      releases: [],
      deployments: [],
      issues: new Map(),
      comments: [],
      checkRuns: [],
      nextNumber: 1,
    };
    this.repos.set(key, repo);
    const commits = seed.commits?.length ? seed.commits : [{ message: 'Initial commit', login: seed.owner }];
    for (const commit of commits) this.addCommit(`${seed.owner}/${seed.name}`, commit);
    for (const [tag, target] of Object.entries(seed.tags ?? {}))
      this.addTag(`${seed.owner}/${seed.name}`, tag, target);
    return repo;
  }

  /** Adds a commit (advancing its branch unless `branch: null`) and returns it. */
  addCommit(fullName: string, seed: CommitSeed): SimCommit {
    const repo = this.repo(fullName);
    const branch = seed.branch === undefined ? repo.defaultBranch : seed.branch;
    const head = branch === null ? undefined : repo.refs.get(`refs/heads/${branch}`);
    const parents = seed.parents ?? (head ? [head] : []);
    for (const parent of parents) {
      if (!repo.commits.has(parent))
        throw new Error(`github-sim: parent ${parent} of "${seed.message}" is not a commit of ${fullName}`);
    }
    const login = seed.login === undefined ? null : seed.login;
    const actor: GitActor = {
      name: seed.name ?? login ?? 'Someone',
      email: seed.email ?? (login ? `${login}@users.noreply.github.com` : 'someone@example.com'),
      date: seed.date ?? this.now(),
    };
    const sha =
      seed.sha ??
      sha1(`${parents.join(',')}\n${seed.message}\n${actor.name}\n${actor.date}\n${this.nextId()}`);
    if (login) this.user(login);
    const commit: SimCommit = {
      sha,
      message: seed.message,
      author: actor,
      committer: actor,
      login,
      parents,
      tree: sha1(`tree ${sha}`),
    };
    repo.commits.set(sha, commit);
    if (branch !== null) repo.refs.set(`refs/heads/${branch}`, sha);
    return commit;
  }

  /** Points `refs/tags/<name>` at a commit given by sha, branch or tag. */
  addTag(fullName: string, name: string, target: string): void {
    const repo = this.repo(fullName);
    const sha = repo.commits.has(target)
      ? target
      : (repo.refs.get(`refs/heads/${target}`) ?? repo.refs.get(`refs/tags/${target}`));
    if (!sha)
      throw new Error(`github-sim: cannot tag "${name}": "${target}" is no commit or branch of ${fullName}`);
    repo.refs.set(`refs/tags/${name}`, sha);
  }

  addIssue(fullName: string, seed: { title: string; body?: string; login?: string }): SimIssue {
    const repo = this.repo(fullName);
    const now = this.now();
    const issue: SimIssue = {
      number: repo.nextNumber++,
      title: seed.title,
      body: seed.body ?? null,
      state: 'open',
      state_reason: null,
      labels: [],
      assignees: [],
      user: this.user(seed.login ?? repo.owner.login),
      created_at: now,
      updated_at: now,
      closed_at: null,
    };
    repo.issues.set(issue.number, issue);
    return issue;
  }

  addPull(fullName: string, seed: PullSeed): SimIssue {
    const repo = this.repo(fullName);
    const issue = this.addIssue(fullName, seed);
    const commits = seed.commits ?? [];
    const headSha = seed.head.sha ?? commits.at(-1) ?? repo.refs.get(`refs/heads/${seed.head.ref}`);
    const baseRef = seed.base?.ref ?? repo.defaultBranch;
    const baseSha = repo.refs.get(`refs/heads/${baseRef}`);
    if (!headSha || !baseSha)
      throw new Error(`github-sim: pull "${seed.title}" needs a head sha and an existing base branch`);
    const merged = seed.merged ?? false;
    issue.state = seed.state ?? (merged ? 'closed' : 'open');
    if (issue.state === 'closed') issue.closed_at = issue.created_at;
    issue.pull = {
      head: { ref: seed.head.ref, sha: headSha },
      base: { ref: baseRef, sha: baseSha },
      commits,
      merged,
      merged_at: merged ? issue.created_at : null,
      merge_commit_sha: seed.merge_commit_sha ?? null,
      draft: seed.draft ?? false,
    };
    return issue;
  }

  addComment(fullName: string, issueNumber: number, body: string, login?: string): SimComment {
    const repo = this.repo(fullName);
    if (!repo.issues.has(issueNumber)) throw new Error(`github-sim: no issue #${issueNumber} in ${fullName}`);
    const now = this.now();
    const comment: SimComment = {
      id: this.nextId(),
      issueNumber,
      body,
      user: this.user(login ?? 'github-actions[bot]'),
      created_at: now,
      updated_at: now,
    };
    repo.comments.push(comment);
    return comment;
  }
}

export function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}
