import { describe, expect, it } from 'vitest';
import { redact, registerSecret } from '../../generator/core/redact.ts';
import { createMemoryLogger } from '../../generator/core/logger.ts';

describe('redact', () => {
  it('removes secrets from the environment wherever they appear', () => {
    const env = { FIGMA_TOKEN: 'my-figma-secret', OPENAI_API_KEY: 'openai-secret', GITHUB_TOKEN: 'gh-secret-value' };
    expect(redact('a my-figma-secret b openai-secret c gh-secret-value', env)).toBe(
      'a [redacted] b [redacted] c [redacted]',
    );
  });

  it('removes token-shaped strings even when no variable names them', () => {
    expect(redact('token figd_AbCdEfGhIjKlMnOp and sk-abcdefghijklmnopqrstu', {})).toBe(
      'token [redacted] and [redacted]',
    );
  });

  it('removes registered secrets, also from log lines', () => {
    registerSecret('registered-secret-42');
    expect(redact('x registered-secret-42 y', {})).toBe('x [redacted] y');
    const logger = createMemoryLogger();
    logger.warn('leaked registered-secret-42');
    expect(logger.lines).toEqual(['warning: leaked [redacted]']);
  });
});
