// An action.yml read by GitHub's own action schema (@actions/workflow-parser/actions): the
// declared inputs (required, default — defaults may be expressions such as ${{ github.token }})
// and outputs, and where its bundle is.
import { readFileSync } from 'node:fs';
import { NoOperationTraceWriter } from '@actions/workflow-parser';
import {
  convertActionTemplate,
  parseAction,
  type ActionTemplate,
} from '@actions/workflow-parser/actions/index';
import type { ScalarToken } from '@actions/workflow-parser/templates/tokens/index';

export interface ActionMetadata {
  path: string;
  template: ActionTemplate;
  inputs: Map<string, { required: boolean; default?: ScalarToken }>;
  outputs: string[];
}

/** Parses and validates an action.yml; schema errors throw, listed. */
export function loadActionMetadata(path: string): ActionMetadata {
  const parsed = parseAction(
    { name: path, content: readFileSync(path, 'utf8') },
    new NoOperationTraceWriter(),
  );
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (!parsed.value || errors.length > 0) throw new Error(`${path} does not parse:\n${errors.join('\n')}`);
  const template = convertActionTemplate(parsed.context, parsed.value);
  const after = parsed.context.errors.getErrors().map((e) => e.message);
  if (after.length > 0) throw new Error(`${path}: ${after.join('\n')}`);
  return {
    path,
    template,
    inputs: new Map(
      (template.inputs ?? []).map((i) => [i.id, { required: i.required === true, default: i.default }]),
    ),
    outputs: (template.outputs ?? []).map((o) => o.id),
  };
}
