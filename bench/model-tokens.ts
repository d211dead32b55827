import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { configSchema } from '../generator/core/config-schema.ts';
import { resolveConfig } from '../generator/core/resolve-config.ts';
import { createLogger } from '../generator/core/logger.ts';
import { loadDesign } from '../generator/source/load-design.ts';
import { buildTokens } from '../generator/tokens/build-tokens.ts';
import { readTokenInputs } from '../generator/tokens/read-token-inputs.ts';
import { generateComponents } from '../generator/generate/generate-components.ts';
import { validateFiles } from '../generator/generate/gate/validate-files.ts';
import { estimateTokens } from '../generator/generate/model/budget.ts';
import { createModelGenerator } from '../generator/generate/model/model-generator.ts';
import { completionReply, startOpenAIServer, type ChatRequestBody } from '../test/support/openai-server.ts';
import type { BenchProject } from './project.ts';

export interface ModelTokens {
  label: string;
  components: number;
  calls: number;
  prompt: number;
  completion: number;
}

/**
 * Prompt and completion tokens per component of the model-backed generator against the local
 * OpenAI-compatible server (counted, not timed). The server answers each component with the files the
 * deterministic generator makes for it, so answers pass the gate and no repair rounds are counted;
 * usage is reported as the server computes it, about 4 characters a token.
 */
export async function measureModelTokens(project: BenchProject): Promise<ModelTokens> {
  const logger = createLogger(process.env.BENCH_MODEL_DEBUG ? 'verbose' : 'silent');
  const parsed = configSchema.parse(JSON.parse(await readFile(join(project.dir, 'design-sync.config.json'), 'utf8')));
  const server = await startOpenAIServer();
  try {
    const env = { OPENAI_BASE_URL: server.url, OPENAI_API_KEY: 'bench-key' };
    const config = resolveConfig(parsed, project.dir, undefined, env, { 'generator.kind': 'model' });
    const design = await loadDesign(config, logger);
    const tokens = await buildTokens(await readTokenInputs(design, config), config, logger);
    const drafts = await generateComponents(design, tokens, config, logger, { gate: false });
    // The model writes the component and its CSS module; stories come from the template.
    const answers = drafts.components.map((c) => ({
      files: drafts.files
        .filter((f) => c.files.includes(f.path) && /\.(tsx|module\.css)$/.test(f.path) && !f.path.endsWith('.stories.tsx'))
        .map((f) => ({ path: relative(config.root, f.path).split('\\').join('/'), content: f.content })),
    }));
    server.fallback = (body: ChatRequestBody) => {
      const prompt = body.messages.map((m) => m.content).join('\n');
      // The task line names the two files; repair requests repeat it.
      const task = /Files to return: "([^"]+)"/.exec(prompt)?.[1];
      const answer = answers.find((a) => a.files.some((f) => f.path === task));
      const content = JSON.stringify({ files: answer?.files ?? [], props: [], notes: '' });
      return completionReply(content, { usage: { prompt: estimateTokens(prompt), completion: estimateTokens(content) } });
    };
    const generator = createModelGenerator({ config, logger, cache: false });
    const result = await generateComponents(design, tokens, config, logger, { generator, gate: validateFiles });
    return {
      label: project.label,
      components: result.components.length,
      calls: generator.stats.calls,
      prompt: generator.stats.usage.prompt,
      completion: generator.stats.usage.completion,
    };
  } finally {
    await server.close();
  }
}
