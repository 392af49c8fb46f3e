#!/usr/bin/env node
// The kube-sim command: src/cli.ts on Node 24, however this bin is started (see bin/run-ts.js).
import { runTypeScript } from '../../../bin/run-ts.js';

await runTypeScript(new URL('../src/cli.ts', import.meta.url));
