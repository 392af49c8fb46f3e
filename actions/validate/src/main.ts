// Thin main: inputs → @shipgate/probe validate() → outputs, report file and job summary (run.ts).
import { runAction } from '@shipgate/core';
import { definition } from './definition.ts';
import { runValidate } from './run.ts';

await runAction(definition, runValidate);
