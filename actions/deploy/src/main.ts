// Thin main: inputs → @shipgate/kube runDeploy → outputs + job summary (run.ts maps them).
import { runAction } from '@shipgate/core';
import { definition } from './definition.ts';
import { runDeployAction } from './run.ts';

await runAction(definition, runDeployAction);
