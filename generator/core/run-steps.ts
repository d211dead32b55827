import type { Logger } from './logger.ts';

/**
 * Runs a command's steps (plain named objects, each taking what earlier steps returned and
 * returning its own part) one at a time, with a progress line and a timing each.
 */

interface RunningStep<In, Out> {
  readonly name: string;
  run(input: In): Promise<Out>;
}

/** A step that may not run: `skip` says why (shown in progress) and `skipped` is what it returns instead. */
interface SkippableStep<In, Out> extends RunningStep<In, Out> {
  skip(input: In): string | undefined;
  skipped(input: In): Out;
}

/** One stage of a command: a plain named object whose `run` takes the outputs of earlier steps it needs. */
export type Step<In, Out> = RunningStep<In, Out> | SkippableStep<In, Out>;

export interface StepTiming {
  name: string;
  ms: number;
  skipped?: string;
}

export interface StepRunner {
  /** The steps run or skipped so far, in order. */
  readonly timings: readonly StepTiming[];
  /** Runs (or skips) one step and returns its output. A step that throws stops the run; the error carries on unchanged. */
  run<In, Out>(step: Step<In, Out>, input: In): Promise<Out>;
}

/** A runner for one command's steps: checks the signal before each, logs its progress and records its timing. */
export function stepRunner(options: { logger: Logger; signal?: AbortSignal }): StepRunner {
  const { logger, signal } = options;
  const timings: StepTiming[] = [];
  return {
    timings,
    async run<In, Out>(step: Step<In, Out>, input: In): Promise<Out> {
      signal?.throwIfAborted();
      const reason = 'skip' in step ? step.skip(input) : undefined;
      if (reason !== undefined && 'skipped' in step) {
        logger.progress(`${step.name}: skipped (${reason})`);
        timings.push({ name: step.name, ms: 0, skipped: reason });
        return step.skipped(input);
      }
      logger.progress(`${step.name}`);
      const started = performance.now();
      const output = await step.run(input);
      const ms = Math.round(performance.now() - started);
      timings.push({ name: step.name, ms });
      logger.debug(`${step.name}: ${ms} ms`);
      return output;
    },
  };
}
