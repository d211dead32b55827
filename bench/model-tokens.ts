import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('../test/support/openai-server.ts', import.meta.url));

/**
 * Prompt and completion tokens per component of the model-backed generator against the local
 * OpenAI-compatible server (counted, not timed). Lines for the report.
 */
export async function measureModelTokens(): Promise<string[]> {
  if (!existsSync(SERVER)) return ['n/a (not available): test/support/openai-server.ts does not exist yet'];
  return ['n/a (not available): the model generator is not wired into the bench yet'];
}
