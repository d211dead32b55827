/**
 * The model-backed generator: prompt -> answer -> gate (+ checks) -> repair rounds, behind the
 * same interface as the deterministic one. Nothing the model wrote is returned unless it passed
 * the gate; when it never does (or the budget, a refusal or the endpoint stops it), the
 * deterministic draft is returned and the notes say why.
 */
import { relative } from 'node:path';
import type { ResolvedConfig } from '../../core/resolve-config.ts';
import type { Logger } from '../../core/logger.ts';
import type { ComponentGenerator, GeneratorInput, GeneratorOutput } from '../generator.ts';
import { componentPaths, deterministicGenerator } from '../deterministic.ts';
import { validateFiles } from '../gate/validate-files.ts';
import type { GateContext, GateResult } from '../gate/types.ts';
import type { PlannedFile } from '../../core/plan.ts';
import { createAnswerCache, type AnswerCache } from './answer-cache.ts';
import { designRawValues } from './design-raw-values.ts';
import { buildPrompt, type ChatMessage } from './build-prompt.ts';
import { costOf, createBudget, estimateTokens, type Budget, type Usage } from './budget.ts';
import { evaluateAnswer, type ComponentCheck } from './evaluate-answer.ts';
import { createModelClient, type Completion, type ModelClient } from './model-client.ts';
import { relevantTokens } from './relevant-tokens.ts';
import { repairRequest, type RepairItem } from './repair-request.ts';
import { createRunComponents } from './run-components.ts';

export interface ModelRunStats {
  calls: number;
  cacheHits: number;
  usage: Usage;
  costUsd: number;
}

export interface ModelGeneratorOptions {
  config: ResolvedConfig;
  logger: Logger;
  client?: ModelClient;
  /** false disables the answer cache. */
  cache?: AnswerCache | false;
  check?: ComponentCheck;
  budget?: Budget;
  gate?: (files: PlannedFile[], ctx: GateContext) => Promise<GateResult>;
}

export type ModelGenerator = ComponentGenerator & { readonly stats: ModelRunStats; readonly budget: Budget };

export function createModelGenerator(options: ModelGeneratorOptions): ModelGenerator {
  const { config, logger } = options;
  const settings = config.generator;
  const client =
    options.client ??
    createModelClient({
      model: settings.model,
      apiKey: config.env.openaiApiKey,
      baseURL: config.env.openaiBaseUrl,
      maxOutputTokens: settings.maxOutputTokens,
      timeoutMs: settings.timeoutMs,
    });
  const cache = options.cache === false ? undefined : (options.cache ?? createAnswerCache(config.root));
  const budget = options.budget ?? createBudget(settings.maxCost);
  const gate = options.gate ?? validateFiles;
  const stats: ModelRunStats = { calls: 0, cacheHits: 0, usage: { prompt: 0, completion: 0 }, costUsd: 0 };
  // One generator serves one run: it remembers the run's components for the gate's overlay.
  const run = createRunComponents();

  /** One completion, from the cache or the endpoint; a string is why there is none. */
  async function complete(
    messages: ChatMessage[],
    expectedOutput: number,
    usage: Usage,
  ): Promise<(Completion & { fromCache?: true }) | string> {
    const key = cache?.key(client.model, messages);
    const cached = key ? await cache?.get(key) : undefined;
    if (cached) {
      stats.cacheHits++;
      return { ...cached, fromCache: true };
    }
    const estimate = costOf(
      { prompt: estimateTokens(messages.map((m) => m.content).join('\n')), completion: expectedOutput },
      settings.prices,
    );
    if (!budget.reserve(estimate)) {
      return `max cost $${budget.limit} reached ($${budget.spent.toFixed(4)} spent); no further model calls`;
    }
    const result = await client.complete(messages).catch((error: unknown) => {
      budget.settle(estimate, 0);
      throw error;
    });
    if (result.kind === 'failed') {
      budget.settle(estimate, 0);
      return result.reason;
    }
    const { completion } = result;
    const cost = costOf(completion.usage, settings.prices);
    budget.settle(estimate, cost);
    stats.calls++;
    usage.prompt += completion.usage.prompt;
    usage.completion += completion.usage.completion;
    stats.usage.prompt += completion.usage.prompt;
    stats.usage.completion += completion.usage.completion;
    stats.costUsd += cost;
    if (key) await cache?.set(key, client.model, completion);
    return completion;
  }

  return {
    kind: 'model',
    stats,
    budget,
    async generate(input: GeneratorInput): Promise<GeneratorOutput> {
      const { component } = input;
      const draft = input.draft ?? (await deterministicGenerator.generate(input));
      run.record(component.name, draft.files);
      const at = componentPaths(component.name, input.paths);
      const rel = (p: string) => relative(config.root, p);
      const draftFile = (path: string) => draft.files.find((f) => f.path === path);
      const draftCode = [draftFile(at.tsx), draftFile(at.css)].filter((f): f is PlannedFile => f !== undefined);
      // Asset files come from the design (exports, crops), never from the model: its answer is gated with them.
      const draftAssets = input.assets ?? [];
      const { tokens, rawValues } = relevantTokens(component, input.tokens);
      const initial = buildPrompt({
        component,
        tokens,
        rawValues,
        files: { tsx: rel(at.tsx), css: rel(at.css) },
        draft: draftCode.map((f) => ({ path: rel(f.path), content: f.content })),
        existing: input.existing,
      });
      const gateContext: GateContext = {
        root: config.root,
        outputDirs: [config.paths.components, config.paths.stories, config.paths.tokens],
        storiesDir: config.paths.stories,
        tokens: input.tokens,
        allowedPaths: new Set([at.tsx, at.css, at.story, ...draftAssets.map((f) => f.path)]),
        allowedRawValues: designRawValues(draftCode, input.tokens),
      };
      const expectedOutput = Math.min(
        settings.maxOutputTokens,
        2 * estimateTokens(draftCode.map((f) => f.content).join('')) + 200,
      );
      const usage: Usage = { prompt: 0, completion: 0 };
      const notes: string[] = [];
      let messages = initial;
      let attempts = 0;
      let reason = 'no attempt was made';

      for (let round = 0; round <= settings.maxRepairRounds; round++) {
        attempts++;
        const completion = await complete(messages, expectedOutput, usage);
        if (typeof completion === 'string') {
          reason = completion;
          break;
        }
        const verdict = await evaluateAnswer({
          completion,
          component,
          model: client.model,
          root: config.root,
          paths: at,
          story: draftFile(at.story),
          assets: draftAssets,
          gate,
          // Per attempt: components generated concurrently may have been accepted meanwhile.
          gateContext: { ...gateContext, context: run.contextFor(input) },
          check: options.check,
        });
        if (verdict.kind === 'accepted') {
          const files = [
            ...verdict.files.filter((f) => f.path !== at.story),
            ...draft.files.filter((f) => f.path === at.story),
          ];
          run.record(component.name, files);
          if (completion.fromCache) notes.push('answer from the cache (no model call)');
          if (verdict.notes) notes.push(verdict.notes.slice(0, 500));
          return {
            files,
            generator: {
              kind: 'model',
              model: client.model,
              attempts,
              usage,
              costUsd: costOf(usage, settings.prices),
              notes,
            },
          };
        }
        if (verdict.kind === 'stop') {
          reason = verdict.reason;
          break;
        }
        reason = `attempt ${attempts} failed: ${failureSummary(verdict.items)}`;
        logger.debug(`model: ${component.name}: ${reason}`);
        const previous: ChatMessage[] = verdict.keepAnswer ? [{ role: 'assistant', content: completion.content }] : [];
        messages = [...initial, ...previous, repairRequest(verdict.items)];
      }
      notes.push(`model ${client.model} not used: ${reason}; the deterministic draft was used`);
      logger.warn(`model: ${component.name}: ${reason.slice(0, 300)}; using the deterministic draft`);
      return {
        files: draft.files,
        generator: {
          kind: 'deterministic',
          model: client.model,
          attempts,
          usage,
          costUsd: costOf(usage, settings.prices),
          notes: [...draft.generator.notes, ...notes],
        },
      };
    },
  };
}

/** "[rule-a] [rule-b] first failure in full": every rule once, one example. */
function failureSummary(items: RepairItem[]): string {
  const rules = [...new Set(items.map((i) => `[${i.rule}]`))].join(' ');
  const first = items[0];
  const where = first?.file ? `${first.file}${first.line ? `:${first.line}` : ''}: ` : '';
  return `${rules} ${where}${first?.message ?? ''}`.trim();
}
