/**
 * Reads a model answer from the message text. Strict servers send the JSON object alone; others
 * wrap it in a ```json fence or prose, so candidates are tried in order: the whole text, fenced
 * blocks, then each balanced {...} in the text. The first candidate that matches the schema wins.
 */
import { answerSchema, type ModelAnswer } from './answer-schema.ts';

export type Extracted = { ok: true; answer: ModelAnswer } | { ok: false; error: string };

function* candidates(text: string): Generator<string> {
  yield text.trim();
  for (const match of text.matchAll(/```(?:json|JSON)?[ \t]*\r?\n([\s\S]*?)```/g)) yield (match[1] ?? '').trim();
  // Only braces that open a JSON object with a key; bounded, so a long answer full of code stays cheap.
  let starts = 0;
  for (const match of text.matchAll(/\{\s*"/g)) {
    if (++starts > 20) return;
    const end = balancedEnd(text, match.index);
    if (end !== -1) yield text.slice(match.index, end + 1);
  }
}

/** End of the JSON object starting at `start`, skipping braces inside strings; -1 if unbalanced. */
function balancedEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i;
  }
  return -1;
}

export function extractAnswer(text: string): Extracted {
  let firstError = 'the answer holds no JSON object';
  let tried = 0;
  for (const candidate of candidates(text)) {
    if (++tried > 50) break;
    let value: unknown;
    try {
      value = JSON.parse(candidate);
    } catch {
      continue;
    }
    const parsed = answerSchema.safeParse(value);
    if (parsed.success) return { ok: true, answer: parsed.data };
    const issue = parsed.error.issues[0];
    if (firstError === 'the answer holds no JSON object')
      firstError = `the JSON does not match the schema: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`;
  }
  return { ok: false, error: firstError };
}
