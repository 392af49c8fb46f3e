// Thin main: inputs → canary walk on @shipgate/metrics + @shipgate/kube → outputs + job summary (run.ts).
import { runAction } from '@shipgate/core';
import { definition } from './definition.ts';
import { runCanaryMonitor } from './run.ts';

await runAction(definition, runCanaryMonitor);
