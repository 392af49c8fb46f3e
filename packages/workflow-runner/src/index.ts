// The workflow runner: GitHub's parser and expression engine over our workflow files, real
// processes for every step; and the sandbox, the loopback world the example workflows deploy to
// (the end-to-end tests' and the demo's). See README.md.
export { runWorkflow, triggers } from './workflow.ts';
export { loadWorkflow, type WorkflowModel, type JobModel, type StepModel } from './workflow-file.ts';
export { loadActionMetadata, type ActionMetadata } from './action-metadata.ts';
export { evaluate, evaluateToken, type Json } from './expressions.ts';
export { ArtifactStore, shipgateActionName, shipgateMetadata } from './steps/index.ts';
export type * from './types.ts';
export {
  NAMESPACES,
  TOKEN,
  healthy,
  image,
  startPipeline,
  type Environment,
  type Pipeline,
  type PipelineOptions,
} from './sandbox/pipeline.ts';
export {
  inlineCatalogue,
  openPullRequest,
  type PullRequestFixture,
  type PullRequestSpec,
} from './sandbox/pull-request.ts';
export { createServiceRepo, repoRoot, type ServiceRepo } from './sandbox/service-repo.ts';
