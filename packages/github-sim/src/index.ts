// @shipgate/github-sim — a stateful fake of the GitHub REST API on 127.0.0.1, for tests and the
// demo. Point Octokit at `sim.url` (or set GITHUB_API_URL to it).
export { startGitHubSim, type GitHubSim, type GitHubSimOptions, type RecordedRequest } from './server.ts';
export { SimState, type CommitSeed, type PullSeed, type RepoSeed } from './state.ts';
export { Faults, type Fault, type FaultSpec, type FaultAction, type FaultMatch } from './faults.ts';
export type * from './model.ts';
