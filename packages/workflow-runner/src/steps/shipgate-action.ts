// A shipgate action step: its action.yml read for the declared inputs and their defaults (which
// may be expressions, e.g. ${{ github.token }}), then the bundle it names run under Node as the
// runner runs a node24 action: INPUT_<NAME> variables, the workspace as the working directory.
import { dirname, join } from 'node:path';
import { loadActionMetadata, type ActionMetadata } from '../action-metadata.ts';
import { asString, evaluateToken } from '../expressions.ts';
import { runProcess } from '../process.ts';
import type { StepHandler } from './step-handler.ts';

const SHIPGATE = /^(?:[\w.-]+\/shipgate\/actions\/([a-z-]+)@[\w./-]+|\.\/actions\/([a-z-]+))$/;

/** The action name of a shipgate `uses:` (owner/shipgate/actions/<name>@ref or ./actions/<name>). */
export function shipgateActionName(uses: string): string | undefined {
  const match = SHIPGATE.exec(uses);
  return match ? (match[1] ?? match[2]) : undefined;
}

const cache = new Map<string, ActionMetadata>();
export function shipgateMetadata(actionsRoot: string, name: string): ActionMetadata {
  const path = join(actionsRoot, 'actions', name, 'action.yml');
  if (!cache.has(path)) cache.set(path, loadActionMetadata(path));
  return cache.get(path)!;
}

/** `INPUT_<NAME>` as the runner spells it: upper case, spaces to underscores, hyphens kept. */
export const inputVariable = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

export const runShipgateAction: StepHandler = async ({
  leg,
  step,
  env,
  with: given,
  contexts,
  onLine,
  timeoutMs,
}) => {
  const name = shipgateActionName(step.uses ?? '')!;
  const metadata = shipgateMetadata(leg.run.options.actionsRoot, name);
  const runs = metadata.template.runs;
  if (!('main' in runs) || runs.using !== 'node24')
    throw new Error(`${name}: only node24 actions are run here`);
  const inputs: Record<string, string> = {};
  for (const [id, declared] of metadata.inputs) {
    const fallback = declared.default ? asString(evaluateToken(declared.default, contexts)) : '';
    inputs[id] = given[id] ?? fallback;
  }
  for (const key of Object.keys(given).filter((k) => !metadata.inputs.has(k))) {
    onLine(
      `::warning::Unexpected input(s) '${key}', valid inputs are [${[...metadata.inputs.keys()].join(', ')}]`,
    );
    inputs[key] = given[key]!;
  }
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputVariable(k), v]));
  const main = join(dirname(metadata.path), runs.main);
  const result = await runProcess(process.execPath, [main], {
    cwd: leg.workspace,
    env: { ...env, ...inputEnv },
    timeoutMs,
    onLine,
  });
  if (result.timedOut) onLine(`##[error]${name} timed out after ${timeoutMs} ms`);
  return { ok: result.exitCode === 0, inputs };
};
