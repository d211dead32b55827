import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../generator/core/logger.ts';
import { deterministicGenerator } from '../../../generator/generate/deterministic.ts';
import { createModelGenerator } from '../../../generator/generate/model/model-generator.ts';
import { completionReply, startOpenAIServer, type OpenAIServer } from '../../support/openai-server.ts';
import { buttonIr, generatorInput, modelProject } from './model-fixtures.ts';

const dir = join(import.meta.dirname, '../../fixtures/model/malicious');
const entries = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((name) => ({
    name,
    entry: JSON.parse(readFileSync(join(dir, name), 'utf8')) as { expect: string; injection?: string; answer: unknown },
  }));

let server: OpenAIServer;
beforeAll(async () => {
  server = await startOpenAIServer();
});
afterAll(() => server.close());

describe('malicious answers served by a model endpoint', () => {
  it('never become files: each one falls back to the deterministic draft, with the gate rule in the notes', async () => {
    const { config } = modelProject({ OPENAI_BASE_URL: server.url }, { maxRepairRounds: 0 });
    const model = createModelGenerator({ config, logger: createMemoryLogger(), cache: false });
    const input = generatorInput(config);
    const draft = await deterministicGenerator.generate(input);
    const withDraft = {
      ...input,
      draft: { ...draft, files: draft.files.filter((f) => !f.path.endsWith('.stories.tsx')) },
    };
    const used: string[] = [];
    for (const { name, entry } of entries) {
      const component = entry.injection ? buttonIr(entry.injection) : withDraft.component;
      server.enqueue(completionReply(JSON.stringify(entry.answer)));
      const output = await model.generate({ ...withDraft, component });
      if (output.generator.kind === 'model' || output.files.some((f) => f.producer !== 'generate/deterministic'))
        used.push(name);
      expect(output.generator.notes.join(' '), name).toContain(`[${entry.expect}]`);
    }
    expect(used).toEqual([]);
    expect(server.requests).toHaveLength(entries.length);
  });
});
