import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../../generator/generate/gate/validate-files.ts';
import { answerToPlannedFiles, type AnswerFile } from '../../../generator/generate/model/answer-files.ts';
import { gateProject } from './gate-fixtures.ts';

interface CorpusEntry {
  expect: string;
  why: string;
  injection?: string;
  answer: { files: AnswerFile[] };
}

const dir = join(import.meta.dirname, '../../fixtures/model/malicious');
const entries = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((name) => ({ name, entry: JSON.parse(readFileSync(join(dir, name), 'utf8')) as CorpusEntry }));

describe('the malicious and broken answer corpus', () => {
  const { root, ctx, at } = gateProject();
  const modelCtx = {
    ...ctx,
    allowedPaths: new Set([
      at('src/Button/Button.tsx'),
      at('src/Button/Button.module.css'),
      at('stories/Button.stories.tsx'),
    ]),
    allowedRawValues: new Set<string>(),
  };

  it('holds at least 30 answers', () => {
    expect(entries.length).toBeGreaterThanOrEqual(30);
  });

  it.each(entries)('rejects $name for its expected rule', async ({ entry }) => {
    const files = answerToPlannedFiles(entry.answer.files, root, 'generate/model');
    const result = await validateFiles(files, modelCtx);
    const rules = result.rejected.flatMap((f) => f.reasons.map((r) => r.rule));
    expect(result.ok).toBe(false);
    expect(rules).toContain(entry.expect);
  });

  it('rejects every answer: the rejection rate is 100%', async () => {
    let rejected = 0;
    for (const { entry } of entries) {
      const result = await validateFiles(answerToPlannedFiles(entry.answer.files, root, 'generate/model'), modelCtx);
      if (!result.ok) rejected++;
    }
    expect(rejected / entries.length).toBe(1);
  });
});
