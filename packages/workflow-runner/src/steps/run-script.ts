// `run:` steps as real local commands, the runner's way: the script in a file, run by
// `bash --noprofile --norc -eo pipefail` (or `sh -e`). Values reach it through `env:` only: a
// script holding `${{ }}` is refused, since the runner would paste the value into the shell text.
import { writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { isAbsolute, join } from 'node:path';
import { isString } from '@actions/workflow-parser';
import { asString, evaluateToken } from '../expressions.ts';
import { runProcess } from '../process.ts';
import type { StepHandler } from './step-handler.ts';

const SHELLS: Record<string, (file: string) => [string, string[]]> = {
  bash: (file) => ['bash', ['--noprofile', '--norc', '-eo', 'pipefail', file]],
  sh: (file) => ['sh', ['-e', file]],
};

export const runScript: StepHandler = async ({ leg, step, env, contexts, onLine, timeoutMs }) => {
  if (!step.run || !isString(step.run))
    throw new Error(`step ${step.id}: the run: script holds \${{ }}; pass values through env: instead`);
  const shell = SHELLS[step.shell ?? 'bash'];
  if (!shell) throw new Error(`step ${step.id}: shell ${step.shell} is not supported here (bash, sh)`);
  const file = join(leg.temp, `${randomUUID()}.sh`);
  writeFileSync(file, step.run.value);
  const dir = step.workingDirectory ? asString(evaluateToken(step.workingDirectory, contexts)) : '';
  const cwd = !dir ? leg.workspace : isAbsolute(dir) ? dir : join(leg.workspace, dir);
  const [command, args] = shell(file);
  const result = await runProcess(command, args, { cwd, env, timeoutMs, onLine });
  if (result.timedOut) onLine(`##[error]step ${step.id} timed out after ${timeoutMs} ms`);
  return { ok: result.exitCode === 0 };
};
