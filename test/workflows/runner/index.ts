// The workflow runner of the end-to-end tests: GitHub's parser and expression engine over our
// workflow files, real processes for every step. See README.md beside this file.
export { runWorkflow, triggers } from './workflow.ts';
export { loadWorkflow, type WorkflowModel, type JobModel, type StepModel } from './workflow-file.ts';
export { loadActionMetadata, type ActionMetadata } from './action-metadata.ts';
export { evaluate, evaluateToken, type Json } from './expressions.ts';
export { ArtifactStore, shipgateActionName, shipgateMetadata } from './steps/index.ts';
export type * from './types.ts';
