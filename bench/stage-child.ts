/**
 * Runs ONE pipeline stage of a bench project in this process and prints `{ ms, maxRssKb, detail }` as
 * JSON on stdout: the inputs a stage needs are built first (untimed), so `ms` is the stage alone and
 * `maxRssKb` the peak of a process that held its inputs and ran it. Run by bench/measure.ts.
 * Usage: node --import tsx bench/stage-child.ts <source|tokens|ir|generate|check> <project dir>
 */
import { loadConfig } from '../generator/core/load-config.ts';
import { createLogger } from '../generator/core/logger.ts';
import { loadDesign } from '../generator/source/load-design.ts';

export const STAGES = ['source', 'tokens', 'ir', 'generate', 'check'] as const;
export type Stage = (typeof STAGES)[number];

async function runStage(stage: Stage, cwd: string): Promise<{ ms: number; detail: Record<string, unknown> }> {
  const config = await loadConfig({ cwd });
  const logger = createLogger('silent');
  let started = performance.now();
  const design = await loadDesign(config, logger);
  const since = () => Math.round(performance.now() - started);
  if (stage === 'source') return { ms: since(), detail: { components: Object.keys(design.components).length } };
  const { buildTokens } = await import('../generator/tokens/build-tokens.ts');
  const { readTokenInputs } = await import('../generator/tokens/read-token-inputs.ts');
  started = performance.now();
  const tokens = await buildTokens(await readTokenInputs(design, config), config, logger);
  if (stage === 'tokens') return { ms: since(), detail: { tokens: tokens.stats } };
  // Later stages are imported only when asked for, so a child pays start-up for what it runs.
  if (stage === 'ir') {
    const { buildIr } = await import('../generator/ir/build-ir.ts');
    started = performance.now();
    const ir = buildIr(design, tokens.index, config);
    return { ms: since(), detail: { components: ir.components.length } };
  }
  if (stage === 'generate') {
    const { generateComponents } = await import('../generator/generate/generate-components.ts');
    const { validateFiles } = await import('../generator/generate/gate/validate-files.ts');
    started = performance.now();
    const result = await generateComponents(design, tokens, config, logger, { gate: validateFiles });
    return {
      ms: since(),
      detail: { components: result.components.length, files: result.files.length, rejected: result.rejected.length, gateMs: Math.round(result.gate.ms) },
    };
  }
  // As the sync's check step calls it: every component, the design for layout and renders, the token modes.
  const { runChecks } = await import('../generator/check/run-checks.ts');
  started = performance.now();
  const checks = await runChecks({ config, logger, design, modes: tokens.modes });
  return { ms: since(), detail: { stories: checks.counts.stories, status: checks.status, timings: checks.timings } };
}

const [stage, cwd] = process.argv.slice(2);
if (!STAGES.includes(stage as Stage) || cwd === undefined) {
  process.stderr.write(`usage: stage-child.ts <${STAGES.join('|')}> <project dir>\n`);
  process.exitCode = 2;
} else {
  const { ms, detail } = await runStage(stage as Stage, cwd);
  process.stdout.write(`${JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS, detail })}\n`);
}
