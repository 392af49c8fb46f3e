// Which handler runs a step: by `run:`, or by the action `uses:` names (third-party actions by
// repository, whatever the pinned commit).
import { checkout } from './checkout.ts';
import { downloadArtifact, uploadArtifact } from './artifacts.ts';
import { runScript } from './run-script.ts';
import { runShipgateAction, shipgateActionName } from './shipgate-action.ts';
import type { StepHandler } from './step-handler.ts';
import type { StepModel } from '../workflow-file.ts';

const THIRD_PARTY: Record<string, StepHandler> = {
  'actions/checkout': checkout,
  'actions/upload-artifact': uploadArtifact,
  'actions/download-artifact': downloadArtifact,
};

export function handlerFor(step: StepModel): StepHandler {
  if (step.run) return runScript;
  const uses = step.uses ?? '';
  if (shipgateActionName(uses)) return runShipgateAction;
  const handler = THIRD_PARTY[uses.split('@')[0]!];
  if (!handler) throw new Error(`no emulation of ${uses} in the test runner`);
  return handler;
}

export { ArtifactStore } from './artifacts.ts';
export { shipgateActionName, shipgateMetadata, inputVariable } from './shipgate-action.ts';
export type { StepHandler, StepInvocation, StepOutcome } from './step-handler.ts';
