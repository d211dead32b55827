/**
 * Which generator a run uses: the model when configured (generator.kind "model", or "auto" with
 * OPENAI_API_KEY or OPENAI_BASE_URL set), else the deterministic one.
 */
import type { ResolvedConfig } from '../../core/resolve-config.ts';
import { configError } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import { deterministicGenerator } from '../deterministic.ts';
import type { ComponentGenerator } from '../generator.ts';
import type { ComponentCheck } from './evaluate-answer.ts';
import { createModelGenerator, type ModelGenerator } from './model-generator.ts';

export function modelConfigured(config: ResolvedConfig): boolean {
  const endpoint = config.env.openaiApiKey !== undefined || config.env.openaiBaseUrl !== undefined;
  return config.generator.kind === 'model' || (config.generator.kind === 'auto' && endpoint);
}

export function selectGenerator(
  config: ResolvedConfig,
  logger: Logger,
  options: { check?: ComponentCheck } = {},
): ComponentGenerator | ModelGenerator {
  if (!modelConfigured(config)) return deterministicGenerator;
  if (config.env.openaiApiKey === undefined && config.env.openaiBaseUrl === undefined) {
    throw configError(
      'generator/no-model-endpoint',
      'generator.kind is "model" but neither OPENAI_API_KEY nor OPENAI_BASE_URL is set',
      {
        hint: 'Set OPENAI_API_KEY (and OPENAI_BASE_URL for a compatible server), or use --deterministic.',
      },
    );
  }
  logger.info(
    `generate: using model ${config.generator.model}${config.env.openaiBaseUrl ? ` at ${config.env.openaiBaseUrl}` : ''}`,
  );
  return createModelGenerator({ config, logger, ...(options.check ? { check: options.check } : {}) });
}

export { mapConcurrent } from '../../core/map-concurrent.ts';
