/** The canary's steps: `5:30m, 25:48h, 50:2h, 100` — a weight in percent and how long to hold it. */
import { parseDuration } from '@shipgate/core';

export interface Step {
  weight: number;
  /** How long the weight is held and analysed (0 for the last step at 100: promote at once). */
  holdMs: number;
}

/** Parses the steps; throws a RangeError naming the bad item and what is allowed. */
export function parseSteps(text: string): Step[] {
  const items = text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0) throw new RangeError('at least one step');
  const steps = items.map((item, i) => {
    const m = /^(\d+(?:\.\d+)?)\s*%?\s*(?::\s*(\S+))?$/.exec(item);
    if (!m) throw new RangeError(`step ${i + 1} "${item}" is not weight[:hold] (e.g. 25:10m)`);
    const weight = Number(m[1]);
    if (!(weight > 0 && weight <= 100))
      throw new RangeError(`step ${i + 1} "${item}": the weight must be above 0 and at most 100`);
    let holdMs = 0;
    if (m[2] !== undefined) {
      try {
        holdMs = parseDuration(m[2]);
      } catch {
        throw new RangeError(`step ${i + 1} "${item}": "${m[2]}" is not a duration (e.g. 30s, 10m, 48h)`);
      }
    } else if (weight < 100) {
      throw new RangeError(
        `step ${i + 1} "${item}": a step below 100 needs a hold time (e.g. ${weight}:10m)`,
      );
    }
    return { weight, holdMs };
  });
  steps.forEach((s, i) => {
    if (i > 0 && s.weight <= steps[i - 1]!.weight)
      throw new RangeError(`step ${i + 1}: weights must increase (${steps[i - 1]!.weight} then ${s.weight})`);
  });
  return steps;
}
