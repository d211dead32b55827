import type { Logger } from '../core/logger.ts';

/** Runs a command's steps (plain named objects) in order, with a progress line and a timing each. */

/** One stage of a command: a plain named object. */
export interface Step<Ctx> {
  name: string;
  /** Returning a string skips the step and says why (shown in progress). */
  skip?(ctx: Ctx): string | undefined;
  run(ctx: Ctx): Promise<void>;
}

export interface StepTiming {
  name: string;
  ms: number;
  skipped?: string;
}

/**
 * Runs steps in order with a progress line and a timing each. A step that throws stops the run;
 * the error carries on to the CLI entry unchanged.
 */
export async function runSteps<Ctx>(
  steps: readonly Step<Ctx>[],
  ctx: Ctx,
  options: { logger: Logger; signal?: AbortSignal; timings?: StepTiming[] },
): Promise<StepTiming[]> {
  const { logger, signal } = options;
  const timings = options.timings ?? [];
  for (const step of steps) {
    signal?.throwIfAborted();
    const reason = step.skip?.(ctx);
    if (reason !== undefined) {
      logger.progress(`${step.name}: skipped (${reason})`);
      timings.push({ name: step.name, ms: 0, skipped: reason });
      continue;
    }
    logger.progress(`${step.name}`);
    const started = performance.now();
    await step.run(ctx);
    const ms = Math.round(performance.now() - started);
    timings.push({ name: step.name, ms });
    logger.debug(`${step.name}: ${ms} ms`);
  }
  return timings;
}
