// Thin main: inputs → @shipgate/notes → outputs + job summary (see run.ts for the steps).
import { runAction } from '@shipgate/core';
import { definition } from './definition.ts';
import { runChangelog } from './run.ts';

await runAction(definition, runChangelog);
