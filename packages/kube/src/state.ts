/**
 * The app's rollout state, kept as annotations on the app's own Deployment so that a later job
 * (`canary-monitor`, `rollback`, or a re-run after the runner died) can resume or undo a rollout.
 * Nothing is installed in the cluster: no CRD, no controller. Pure encode/decode here; the
 * Deployment is read and patched by the strategies.
 */
import { ExternalError } from '@shipgate/core';
import { z } from 'zod';

/** Annotation keys shipgate writes; all under one prefix so a `kubectl describe` groups them. */
export const ANNOTATIONS = {
  /** The whole RolloutState as JSON (the source of truth). */
  state: 'shipgate.dev/rollout',
  /** The version live in this Deployment's pod template (also readable by humans and kubectl). */
  version: 'shipgate.dev/version',
  /** kubectl's own field: shown by `kubectl rollout history`. */
  changeCause: 'kubernetes.io/change-cause',
} as const;

/** Labels shipgate puts on objects it creates (canary, baseline, colours, ledger, lease). */
export const LABELS = {
  app: 'app.kubernetes.io/name',
  managedBy: 'app.kubernetes.io/managed-by',
  /** 'stable' | 'canary' | 'baseline' | 'blue' | 'green': lets selectors and pod lists tell arms apart. */
  track: 'shipgate.dev/track',
} as const;

export const STRATEGIES = ['rolling', 'blue-green', 'canary'] as const;
export type StrategyName = (typeof STRATEGIES)[number];
export const ROUTERS = ['replicas', 'gateway-api', 'istio', 'nginx'] as const;
export type RouterName = (typeof ROUTERS)[number];
export const PHASES = ['progressing', 'paused', 'succeeded', 'aborted', 'rolled-back', 'failed'] as const;
export type RolloutPhase = (typeof PHASES)[number];

const images = z.record(z.string(), z.string());

export const rolloutStateSchema = z.object({
  /** Schema version of this annotation. */
  v: z.literal(1),
  strategy: z.enum(STRATEGIES),
  phase: z.enum(PHASES),
  /** Index of the current step (canary: weight steps taken so far; others: 0 or 1). */
  step: z.number().int().min(0),
  /** Version being rolled out, and its images by container name. */
  version: z.string(),
  images,
  /** Version and images that were live before this rollout (what abort and rollback restore). */
  previousVersion: z.string().optional(),
  previousImages: images.optional(),
  /** Canary: requested and effective weight of the current step, in percent. */
  requestedWeight: z.number().min(0).max(100).optional(),
  effectiveWeight: z.number().min(0).max(100).optional(),
  router: z.enum(ROUTERS).optional(),
  /** Canary: names of the extra Deployments (absent when none runs). */
  canary: z.string().optional(),
  baseline: z.string().optional(),
  /** Replica count of the app before the canary scaled stable down (restored on promote/abort). */
  stableReplicas: z.number().int().min(0).optional(),
  /** Blue-green: the colour the active Service selects, and the idle one (kept warm until scaleDownAt). */
  activeColour: z.enum(['blue', 'green']).optional(),
  idleColour: z.enum(['blue', 'green']).optional(),
  scaleDownAt: z.string().optional(),
  /** Blue-green: the preview URL the deploy gates on before the switch (a promote finishing it gates on it too). */
  previewUrl: z.string().optional(),
  /** Deployment revision (deployment.kubernetes.io/revision) that was live before: rollback's target. */
  previousRevision: z.string().optional(),
  /**
   * The GitHub deployment that reports this rollout. A canary's stays in_progress after deploy
   * places it; canary-monitor, promote and abort (later jobs) continue it to its real outcome.
   */
  githubDeployment: z.number().int().positive().optional(),
  /** canary-monitor's analysis progress (its own schema; kept as-is by every other writer). */
  analysis: z.record(z.string(), z.unknown()).optional(),
  /** When this state was written, and by which run. */
  updatedAt: z.string(),
  runUrl: z.string().optional(),
});
export type RolloutState = z.infer<typeof rolloutStateSchema>;

/** The annotations that store `state` (merge them into the Deployment's metadata.annotations). */
export function encodeState(state: RolloutState): Record<string, string> {
  const checked = rolloutStateSchema.parse(state);
  return { [ANNOTATIONS.state]: JSON.stringify(checked), [ANNOTATIONS.version]: checked.version };
}

/**
 * The rollout state from a Deployment's annotations: undefined when none was written; an error
 * naming the annotation when it exists but is not valid (someone edited it by hand).
 */
export function decodeState(annotations: Record<string, string> | undefined): RolloutState | undefined {
  const raw = annotations?.[ANNOTATIONS.state];
  if (raw === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new ExternalError('Kubernetes API', 'read rollout state', {
      detail: `annotation ${ANNOTATIONS.state} is not JSON`,
      hint: 'Fix or remove the annotation (it was edited by hand?).',
    });
  }
  const parsed = rolloutStateSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ExternalError('Kubernetes API', 'read rollout state', {
      detail: `annotation ${ANNOTATIONS.state} is not a shipgate rollout state (${issue?.path.join('.')}: ${issue?.message})`,
      hint: 'Fix or remove the annotation (it was edited by hand?).',
    });
  }
  return parsed.data;
}
