/** Strategies by input name; `satisfies` makes a missing one a type error. */
import type { StrategyName } from '../state.ts';
import { blueGreen } from './blue-green.ts';
import { canary } from './canary.ts';
import { rolling } from './rolling.ts';
import type { Strategy } from './strategy.ts';

export const strategies = {
  rolling,
  'blue-green': blueGreen,
  canary,
} satisfies Record<StrategyName, Strategy>;

export type { Strategy } from './strategy.ts';
