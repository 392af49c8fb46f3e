// Thin main: inputs → @shipgate/size runGate (check) or render + comment (publish) → outputs + summary.
import { runAction } from '@shipgate/core';
import { definition } from './definition.ts';
import { runSizeAction } from './run.ts';

await runAction(definition, runSizeAction);
