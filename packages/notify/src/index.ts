/** @shipgate/notify: telling the world about a release (GitHub deployments, Grafana annotations). */
export {
  startGitHubDeployment,
  type GitHubDeployment,
  type GitHubDeploymentOptions,
} from './github-deployment.ts';
export { annotateGrafana, type GrafanaAnnotation } from './grafana.ts';
export {
  releaseNotifier,
  type Release,
  type ReleaseOutcome,
  type ReleaseNotifier,
  type ReleaseNotifierOptions,
} from './release.ts';
