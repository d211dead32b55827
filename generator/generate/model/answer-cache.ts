/**
 * Content-addressed cache of model answers: sha256(model + messages + schema) -> the completion.
 * An unchanged component sends the same prompt, so a re-sync makes zero model calls. Only complete
 * answers (finish_reason "stop") are stored; the cache holds no secrets, only prompts' hashes and answers.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { readTextIfExists, writeJsonAtomic } from '../../core/fs-atomic.ts';
import { answerJsonSchema } from './answer-schema.ts';
import { cacheDir, ensureCacheDir } from '../../core/cache-dir.ts';
import type { ChatMessage } from './build-prompt.ts';
import type { Completion } from './model-client.ts';

export interface AnswerCache {
  key(model: string, messages: ChatMessage[]): string;
  get(key: string): Promise<Completion | undefined>;
  set(key: string, model: string, completion: Completion): Promise<void>;
}

export function answerKey(model: string, messages: ChatMessage[]): string {
  return createHash('sha256')
    .update(JSON.stringify({ model, messages, schema: answerJsonSchema }))
    .digest('hex');
}

export function createAnswerCache(root: string): AnswerCache {
  const dir = join(cacheDir(root), 'model');
  const file = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  return {
    key: answerKey,
    async get(key) {
      const text = await readTextIfExists(file(key));
      if (text === undefined) return undefined;
      try {
        const stored = JSON.parse(text) as { completion?: Completion };
        return stored.completion && typeof stored.completion.content === 'string' ? stored.completion : undefined;
      } catch {
        return undefined;
      }
    },
    async set(key, model, completion) {
      if (completion.finishReason !== 'stop' || completion.refusal) return;
      await ensureCacheDir(cacheDir(root));
      await writeJsonAtomic(file(key), { model, completion });
    },
  };
}
