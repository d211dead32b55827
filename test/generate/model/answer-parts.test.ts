import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../generator/core/logger.ts';
import { deterministicGenerator } from '../../../generator/generate/deterministic.ts';
import { costOf, createBudget } from '../../../generator/generate/model/budget.ts';
import { extractAnswer } from '../../../generator/generate/model/extract-answer.ts';
import { mapConcurrent, modelConfigured, selectGenerator } from '../../../generator/generate/model/select-generator.ts';
import { repairRequest } from '../../../generator/generate/model/repair-request.ts';
import { answerJson, modelProject } from './model-fixtures.ts';

describe('reading an answer', () => {
  it('takes a bare JSON object, a fenced block, or JSON inside prose', () => {
    const json = answerJson();
    for (const text of [
      json,
      `\`\`\`json\n${json}\n\`\`\``,
      `Here you go: ${json}\nThanks.`,
      `Notes first {not json} then ${json}`,
    ]) {
      const result = extractAnswer(text);
      expect(result.ok && result.answer.files.map((f) => f.path)).toEqual([
        'src/Button/Button.tsx',
        'src/Button/Button.module.css',
      ]);
    }
  });

  it('explains why an answer is unusable', () => {
    expect(extractAnswer('I cannot do that.')).toEqual({ ok: false, error: 'the answer holds no JSON object' });
    const wrong = extractAnswer('{"files": "none"}');
    expect(!wrong.ok && wrong.error).toMatch(/^the JSON does not match the schema: files:/);
    expect(extractAnswer('').ok).toBe(false);
  });

  it('stays cheap on a long answer full of braces: it tries at most 20 object starts', () => {
    expect(extractAnswer(`{ "a": ${'{'.repeat(20_000)}`)).toEqual({
      ok: false,
      error: 'the answer holds no JSON object',
    });
    expect(extractAnswer('{"x": 1} '.repeat(5_000)).ok).toBe(false);
    // The bound that keeps it cheap: an answer after 19 other objects is found, after 20 it is not.
    const json = answerJson();
    expect(extractAnswer(`${'{"x": 1} '.repeat(19)}${json}`).ok).toBe(true);
    const late = extractAnswer(`${'{"x": 1} '.repeat(20)}${json}`);
    expect(!late.ok && late.error).toMatch(/^the JSON does not match the schema: /);
  });
});

describe('the repair request', () => {
  it('lists at most twelve failures with file, line and rule', () => {
    const items = Array.from({ length: 15 }, (_, i) => ({
      file: 'src/A/A.tsx',
      line: i + 1,
      rule: 'code/eval',
      message: `eval on line ${i + 1}`,
    }));
    const message = repairRequest(items);
    expect(message.role).toBe('user');
    expect(message.content).toContain('- src/A/A.tsx:1 [code/eval] eval on line 1');
    expect(message.content).not.toContain('line 13');
    expect(message.content).toContain('and 3 more');
  });
});

describe('cost and budget', () => {
  it('prices usage per million tokens', () => {
    expect(costOf({ prompt: 1_000_000, completion: 500_000 }, { input: 0.4, output: 1.6 })).toBeCloseTo(1.2);
  });

  it('refuses a reservation that would pass the limit, counting calls in flight', () => {
    const budget = createBudget(1);
    expect(budget.reserve(0.6)).toBe(true);
    expect(budget.reserve(0.6)).toBe(false);
    budget.settle(0.6, 0.5);
    expect(budget.spent).toBe(0.5);
    expect(budget.reserve(0.4)).toBe(true);
    expect(createBudget(undefined).reserve(1e9)).toBe(true);
  });
});

describe('choosing the generator', () => {
  it('uses the model when configured or when an endpoint is set in auto mode', () => {
    expect(modelConfigured(modelProject().config)).toBe(false);
    expect(modelConfigured(modelProject({ OPENAI_BASE_URL: 'http://127.0.0.1:1/v1' }).config)).toBe(true);
    expect(modelConfigured(modelProject({ OPENAI_API_KEY: 'sk-x' }, { kind: 'deterministic' }).config)).toBe(false);
    expect(selectGenerator(modelProject().config, createMemoryLogger())).toBe(deterministicGenerator);
    expect(
      selectGenerator(modelProject({ OPENAI_BASE_URL: 'http://127.0.0.1:1/v1' }).config, createMemoryLogger()).kind,
    ).toBe('model');
  });

  it('fails clearly when the model is required but no endpoint is set', () => {
    expect(() => selectGenerator(modelProject({}, { kind: 'model' }).config, createMemoryLogger())).toThrow(
      /neither OPENAI_API_KEY nor OPENAI_BASE_URL/,
    );
  });

  it('runs work with a concurrency limit and keeps the order', async () => {
    let inFlight = 0;
    let most = 0;
    const result = await mapConcurrent([5, 1, 4, 2, 3], 2, async (n) => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, n * 5));
      inFlight--;
      return n * 10;
    });
    expect(result).toEqual([50, 10, 40, 20, 30]);
    expect(most).toBe(2);
    expect(await mapConcurrent([], 3, async () => 1)).toEqual([]);
  });
});
