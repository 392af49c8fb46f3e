/**
 * How a canary's share of traffic is set. One interface, one folder per implementation, picked
 * from the registry in index.ts (STYLE "absorb" §6).
 */
import type { KubeClient } from '../client.ts';
import type { WeightMode } from '../weights.ts';

/** Traffic split in percent; the three sum to 100. */
export interface Weights {
  stable: number;
  canary: number;
  baseline: number;
}

/** What a router needs to find the app's traffic objects. */
export interface RouterTarget {
  kube: KubeClient;
  namespace: string;
  app: string;
  /** Service names of the arms: the user's Service, `<app>-canary`, `<app>-baseline`. */
  services: { stable: string; canary: string; baseline: string };
  /** Port of the stable Service the route sends traffic to (copied to the canary backends). */
  port?: number;
  dryRun: boolean;
}

export interface TrafficRouter {
  /** 'replicas' when traffic follows ready pods (no weights to program), 'router' otherwise. */
  readonly mode: WeightMode;
  /** Programs the split. Idempotent: setting the same weights twice changes nothing the second time. */
  setWeight(target: RouterTarget, weights: Weights): Promise<void>;
  /** Whether the router's applied state shows `weights`; null when this router cannot tell (replica ratio). */
  verifyWeight(target: RouterTarget, weights: Weights): Promise<boolean | null>;
  /** Sends all traffic to stable and removes what setWeight added (promote, abort, cancellation). */
  reset(target: RouterTarget): Promise<void>;
}
