// Thin main: inputs → @shipgate/kube runRollback → outputs + job summary (run.ts maps them).
import { runAction } from '@shipgate/core';
import { definition } from './definition.ts';
import { runRollbackAction } from './run.ts';

await runAction(definition, runRollbackAction);
