/**
 * @shipgate/notify: telling the world about a release (GitHub deployments, Grafana annotations)
 * and about a rollback (incident issue, Slack-compatible webhook).
 */
export {
  startGitHubDeployment,
  continueGitHubDeployment,
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
export { renderIncident, openIncident } from './incident.ts';
export { webhookPayload, postWebhook } from './webhook.ts';
export { phaseRows, phaseGantt, seconds, type RollbackNews, type PhaseRecord } from './rollback-timeline.ts';
