/**
 * The app as the cluster shows it before a rollback, read with GETs and lists only: its strategy
 * (from the recorded rollout, readRollout, else from which objects exist), the running version and
 * images, the revision history (ReplicaSets, or the two colours) and the release ledger.
 */
import type * as k8s from '@kubernetes/client-node';
import { labelSelector, type KubeClient } from '../client.ts';
import { readLedger, type LedgerEntry } from '../ledger.ts';
import { armNames, readRollout } from '../recorded.ts';
import { ANNOTATIONS, LABELS, type RolloutState, type StrategyName } from '../state.ts';
import { REVISION, imagesOf } from '../workloads.ts';
import type { HistoryRevision } from './targets.ts';

export type Colour = 'blue' | 'green';

export interface LiveApp {
  strategy: StrategyName;
  /** The running version (what serves traffic: stable, or the active colour). */
  version: string | undefined;
  images: Record<string, string>;
  /** The Deployment serving the app: `<app>`, or `<app>-<active colour>`. */
  deployment: string;
  replicas: number;
  state: RolloutState | undefined;
  /** Blue-green: the colour the Service selects. */
  activeColour?: Colour;
  /** Canary: a canary recorded in progress (or its Deployment left behind). */
  canaryRunning: boolean;
  /** Canary: the arm Deployments that exist (`<app>-canary`, `<app>-baseline`). */
  arms: string[];
  history: HistoryRevision[];
  ledger: LedgerEntry[];
}

const versionOf = (meta: k8s.V1ObjectMeta | undefined) => meta?.annotations?.[ANNOTATIONS.version];

/** Reads the live app; undefined when neither `<app>` Deployment nor `<app>` Service exists. */
export async function readLiveApp(
  kube: KubeClient,
  namespace: string,
  app: string,
): Promise<LiveApp | undefined> {
  const names = armNames(app);
  const read = (name: string) =>
    kube.find(`read deployment ${name}`, () => kube.apps.readNamespacedDeployment({ name, namespace }));
  const [rollout, dep, svc, ledger, canary, baseline] = await Promise.all([
    readRollout(kube, namespace, app),
    read(app),
    kube.find(`read service ${app}`, () => kube.core.readNamespacedService({ name: app, namespace })),
    readLedger(kube, namespace, app),
    read(names.canary),
    read(names.baseline),
  ]);
  if (!dep && svc && rollout?.strategy === 'blue-green')
    return blueGreen(kube, namespace, app, svc, rollout.state, ledger);
  if (!dep) return undefined;
  const state = rollout?.anchor.kind === 'Deployment' ? rollout.state : undefined;
  const canaryRunning = !!canary || (state?.strategy === 'canary' && !!rollout?.inProgress);
  // A canary in progress is what is being rolled back from: its version is the "running" one.
  const fromCanary = canaryRunning && state?.strategy === 'canary';
  return {
    strategy: canaryRunning || state?.strategy === 'canary' ? 'canary' : 'rolling',
    version: fromCanary ? state.version : versionOf(dep.metadata),
    images: fromCanary ? state.images : imagesOf(dep),
    deployment: app,
    replicas: dep.spec?.replicas ?? 1,
    state,
    canaryRunning,
    arms: [canary, baseline].flatMap((d) => (d?.metadata?.name ? [d.metadata.name] : [])),
    history: await replicaSetHistory(kube, namespace, dep),
    ledger,
  };
}

async function blueGreen(
  kube: KubeClient,
  namespace: string,
  app: string,
  svc: k8s.V1Service,
  state: RolloutState,
  ledger: LedgerEntry[],
): Promise<LiveApp> {
  const active: Colour = svc.spec?.selector?.[LABELS.track] === 'green' ? 'green' : 'blue';
  const colours = await Promise.all(
    (['blue', 'green'] as const).map((c) =>
      kube.find(`read deployment ${app}-${c}`, () =>
        kube.apps.readNamespacedDeployment({ name: `${app}-${c}`, namespace }),
      ),
    ),
  );
  const live = colours.find((d) => d?.metadata?.name === `${app}-${active}`);
  const history: HistoryRevision[] = colours
    .filter((d): d is k8s.V1Deployment => !!d && !!versionOf(d.metadata))
    .map((d) => ({
      version: versionOf(d.metadata)!,
      images: imagesOf(d),
      source: d.metadata!.name!,
      replicas: d.spec?.replicas ?? 0,
    }));
  return {
    strategy: 'blue-green',
    // What the selected colour runs (the record names the version being rolled out while unswitched).
    version: versionOf(live?.metadata) ?? state.version,
    images: imagesOf(live),
    deployment: `${app}-${active}`,
    replicas: live?.spec?.replicas ?? 1,
    state,
    activeColour: active,
    canaryRunning: false,
    arms: [],
    history,
    ledger,
  };
}

/** The Deployment's ReplicaSets (owned by it), newest revision first, as `kubectl rollout history` lists them. */
async function replicaSetHistory(
  kube: KubeClient,
  namespace: string,
  dep: k8s.V1Deployment,
): Promise<HistoryRevision[]> {
  const list = await kube.call('list replicasets', () =>
    kube.apps.listNamespacedReplicaSet({
      namespace,
      labelSelector: labelSelector(dep.spec?.selector?.matchLabels),
    }),
  );
  return list.items
    .filter((rs) => rs.metadata?.ownerReferences?.some((o) => o.uid === dep.metadata?.uid))
    .map((rs) => ({
      version:
        rs.spec?.template?.metadata?.annotations?.[ANNOTATIONS.version] ?? versionOf(rs.metadata) ?? '',
      images: Object.fromEntries(
        (rs.spec?.template?.spec?.containers ?? []).map((c) => [c.name, c.image ?? '']),
      ),
      source: `${rs.metadata?.name} (revision ${rs.metadata?.annotations?.[REVISION] ?? '?'})`,
      revision: rs.metadata?.annotations?.[REVISION],
      changeCause: rs.metadata?.annotations?.[ANNOTATIONS.changeCause],
      template: rs.spec?.template,
      replicas: rs.status?.replicas ?? rs.spec?.replicas ?? 0,
    }))
    .filter((r) => r.version !== '')
    .sort((a, b) => Number(b.revision ?? 0) - Number(a.revision ?? 0));
}
