/** @shipgate/kube: the Kubernetes logic of deploy, canary-monitor and rollback. */
export {
  KubeClient,
  loadKubeConfig,
  patchOptions,
  PatchStrategy,
  toExternalError,
  statusMessage,
  isTransient,
  isConflict,
  isNotFound,
  labelSelector,
  FIELD_MANAGER,
  type KubeClientOptions,
} from './client.ts';
export type { DeployContext, StrategyResult, Change } from './context.ts';
export {
  runDeploy,
  type DeployOptions,
  type DeployReport,
  type DeployMode,
  type ReleaseNotifier,
  type ReleaseInfo,
} from './deploy.ts';
export { strategies, type Strategy } from './strategies/index.ts';
export { routers, type TrafficRouter, type RouterTarget, type Weights } from './routers/index.ts';
export {
  splitReplicas,
  effectiveWeight,
  weightDiffers,
  k8sDeploySplit,
  WEIGHT_WARN_POINTS,
  type ReplicaSplit,
  type WeightMode,
} from './weights.ts';
export {
  rolloutStatus,
  waitForRollout,
  type RolloutStatus,
  type RolloutSample,
  type WaitOutcome,
  type WaitOptions,
} from './rollout-wait.ts';
export { podProblems, diagnosePods, describeProblem, type PodProblem } from './pods.ts';
export {
  ANNOTATIONS,
  LABELS,
  STRATEGIES,
  ROUTERS,
  PHASES,
  encodeState,
  decodeState,
  rolloutStateSchema,
  type RolloutState,
  type StrategyName,
  type RouterName,
  type RolloutPhase,
} from './state.ts';
export {
  appendEntry,
  parseLedger,
  readLedger,
  recordRelease,
  ledgerName,
  LEDGER_MAX_ENTRIES,
  type LedgerEntry,
} from './ledger.ts';
export {
  writeBackup,
  collectAppObjects,
  renderBackup,
  parseBackup,
  cleanForBackup,
  digestSecret,
  type PlainObject,
  type SecretDigest,
} from './backup.ts';
export {
  acquireLock,
  withLease,
  leaseExpiry,
  lockName,
  LeaseLostError,
  type HeldLock,
  type LockOptions,
} from './lock.ts';
export {
  readRollout,
  checkAgainstRecord,
  armNames,
  type RecordedRollout,
  type ArmNames,
  type VerbInputs,
} from './recorded.ts';
export {
  runVerb,
  promoteRollout,
  abortRollout,
  rollbackRollout,
  setWeight,
  recordAnalysis,
  contextFor,
  type RolloutHandle,
  type RolloutVerb,
} from './verbs.ts';
export { checkBackupDir } from './backup-dir.ts';
export { readManifests, parseManifests, substituteImages, sourceOf } from './manifests.ts';
export {
  applyObject,
  serverSideApply,
  checkManifests,
  autoscalerOwnsReplicas,
  ApplyConflictError,
  UnservedKindError,
  AUTOSCALER_MANAGER,
  type FieldConflict,
  type ApplyOptions,
  type Applied,
} from './apply.ts';
export {
  parseImageLine,
  imageRefProblem,
  normalizeVersion,
  resolveImages,
  imageRepository,
  type ImageSpec,
} from './images.ts';
export { checkHealth } from './health.ts';
export {
  configRefs,
  digestConfigMap,
  digestConfig,
  readConfigDigests,
  recordedConfig,
  type ConfigKey,
} from './config-digest.ts';
export { runRollback, type RollbackOptions } from './rollback/run.ts';
export {
  checkTarget,
  candidates,
  defaultTarget,
  GOOD_OUTCOMES,
  type Target,
  type HistoryRevision,
} from './rollback/targets.ts';
export type { TagSet } from './rollback/validate.ts';
export type { Migration } from './rollback/migration.ts';
export type { VerifyOptions } from './rollback/verify.ts';
export {
  PHASE_NAMES,
  type RollbackReport,
  type RollbackStatus,
  type PhaseRecord,
  type PhaseName,
} from './rollback/report.ts';
export { CONFIG_HASH, type ConfigRestart } from './rollback/restart.ts';
export { CLEANUP_MS } from './workloads.ts';
