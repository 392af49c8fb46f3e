/** No router: the Service spreads traffic over ready pods, so weights are pod counts (weights.ts). */
import type { TrafficRouter } from '../router.ts';

export const replicaRatioRouter: TrafficRouter = {
  mode: 'replicas',
  async setWeight() {},
  async verifyWeight() {
    return null;
  },
  async reset() {},
};
