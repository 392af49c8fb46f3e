/**
 * Filling blue-green's idle colour, shared by the deploy and by promote (a later job finishing a
 * switch a dead runner did not make): wait for it and its preview health gate, or undo it.
 */
import { CancelledError } from '@shipgate/core';
import type { PlainObject } from '../backup.ts';
import { applyObject } from '../apply.ts';
import type { DeployContext, StrategyResult } from '../context.ts';
import { checkHealth } from '../health.ts';
import { cleanupContext, waitFor, writeState } from '../workloads.ts';
import { emptyIdle, type ColourPlan } from './blue-green-switch.ts';

/** A deploy's plan: the idle colour's Deployment is created from it (promote finds it there already). */
export interface FillPlan extends ColourPlan {
  idleDeployment?: PlainObject;
}

/**
 * Fills the idle colour (creates it when the plan has it), waits for it and, with a preview URL,
 * its health gate; returns why it failed, or undefined. A cancellation before the switch empties
 * the idle colour (the active one never stopped serving).
 */
export async function fillIdle(ctx: DeployContext, p: FillPlan): Promise<string | undefined> {
  try {
    if (p.idleDeployment) await applyObject(ctx, p.idleDeployment);
    const outcome = await waitFor(ctx, `${ctx.app}-${p.idle}`);
    if (!outcome.ok) return outcome.message;
    if (ctx.previewUrl && !ctx.dryRun) {
      const health = await checkHealth(ctx.previewUrl, {
        clock: ctx.clock,
        signal: ctx.signal,
        deadlineMs: Math.min(ctx.deadlineMs, ctx.clock.now() + 60_000),
        log: ctx.log,
      });
      ctx.log.info(`health gate ${health.ok ? 'passed' : 'failed'}: ${health.message}`);
      if (!health.ok) return `health gate through the preview Service failed: ${health.message}`;
    }
    if (ctx.signal.aborted) throw new CancelledError('cancelled before the switch');
    return undefined;
  } catch (error) {
    if (error instanceof CancelledError) {
      ctx.log.warn(
        `cancelled before the switch: ${ctx.app} stays on ${p.active}; emptying ${ctx.app}-${p.idle}`,
      );
      await emptyIdle(cleanupContext(ctx), p, 'aborted');
    }
    throw error;
  }
}

/** The active colour never stopped serving; the idle one is emptied (or, auto-rollback off, kept to inspect). */
export async function failedColour(
  ctx: DeployContext,
  p: ColourPlan,
  failure: string,
): Promise<StrategyResult> {
  if (ctx.autoRollback) await emptyIdle(ctx, p, 'rolled-back');
  else
    await writeState(ctx, 'Service', ctx.app, {
      ...p.next,
      phase: 'failed',
      version: p.liveVersion ?? p.next.version,
      images: p.current,
    });
  return {
    status: ctx.autoRollback ? 'rolled-back' : 'failed',
    message: `${p.next.version} on ${p.idle} failed: ${failure}; ${ctx.app} stays on ${p.active} (${p.liveVersion ?? 'previous'})`,
    previousVersion: p.liveVersion,
  };
}
