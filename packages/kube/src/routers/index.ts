/** Traffic routers by input name; `satisfies` makes a missing router a type error. */
import type { RouterName } from '../state.ts';
import { gatewayApiRouter } from './gateway-api/gateway-api.ts';
import { istioRouter } from './istio/istio.ts';
import { nginxRouter } from './nginx/nginx.ts';
import { replicaRatioRouter } from './replica-ratio/replica-ratio.ts';
import type { TrafficRouter } from './router.ts';

export const routers = {
  replicas: replicaRatioRouter,
  'gateway-api': gatewayApiRouter,
  istio: istioRouter,
  nginx: nginxRouter,
} satisfies Record<RouterName, TrafficRouter>;

export type { TrafficRouter, RouterTarget, Weights } from './router.ts';
