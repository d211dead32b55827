/**
 * The one edge to the model: the openai SDK against any OpenAI-compatible endpoint. Retries live
 * only in the SDK (bounded, honouring Retry-After); `insufficient_quota` is marked not retryable
 * and, like bad credentials or an unknown model, is fatal for the run. Other failures (5xx after
 * retries, timeouts, a 400) fail the attempt, and the caller falls back to the draft.
 */
import OpenAI from 'openai';
import { upstreamError } from '../../core/errors.ts';
import { redact, registerSecret } from '../../core/redact.ts';
import { ANSWER_SCHEMA_NAME, answerJsonSchema } from './answer-schema.ts';
import type { ChatMessage } from './build-prompt.ts';

export interface Completion {
  content: string;
  finishReason: string;
  refusal?: string;
  usage: { prompt: number; completion: number };
}

export type CallResult = { kind: 'completion'; completion: Completion } | { kind: 'failed'; reason: string };

export interface ModelClient {
  readonly model: string;
  complete(messages: ChatMessage[]): Promise<CallResult>;
}

export interface ModelClientOptions {
  model: string;
  apiKey: string | undefined;
  baseURL: string | undefined;
  maxOutputTokens: number;
  timeoutMs: number;
  /** SDK retries for 408/409/429/5xx and connection errors (default 2). */
  maxRetries?: number;
}

/** A 429 for an exhausted quota looks like a rate limit; tell the SDK not to retry it. */
const quotaAwareFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  if (response.status !== 429) return response;
  const text = await response.text();
  const headers = new Headers(response.headers);
  if (text.includes('insufficient_quota')) headers.set('x-should-retry', 'false');
  return new Response(text, { status: response.status, statusText: response.statusText, headers });
};

function errorCode(error: InstanceType<typeof OpenAI.APIError>): string | undefined {
  const body = error.error as { code?: unknown; type?: unknown } | undefined;
  const code = error.code ?? body?.code ?? body?.type;
  return typeof code === 'string' ? code : undefined;
}

export function createModelClient(options: ModelClientOptions): ModelClient {
  registerSecret(options.apiKey);
  const client = new OpenAI({
    // Local servers often need no key; the SDK insists on one.
    apiKey: options.apiKey ?? 'no-key',
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    maxRetries: options.maxRetries ?? 2,
    timeout: options.timeoutMs,
    fetch: quotaAwareFetch,
  });
  const where = `POST ${client.baseURL.replace(/\/+$/, '')}/chat/completions`;
  // Older servers reject max_completion_tokens; after one such 400 the older max_tokens is sent.
  let tokenParam: 'max_completion_tokens' | 'max_tokens' = 'max_completion_tokens';

  const request = (messages: ChatMessage[]) =>
    client.chat.completions.create({
      model: options.model,
      messages,
      response_format: {
        type: 'json_schema',
        json_schema: {
          name: ANSWER_SCHEMA_NAME,
          strict: true,
          schema: answerJsonSchema as unknown as Record<string, unknown>,
        },
      },
      [tokenParam]: options.maxOutputTokens,
    });

  return {
    model: options.model,
    async complete(messages) {
      try {
        let response;
        try {
          response = await request(messages);
        } catch (error) {
          if (
            !(error instanceof OpenAI.BadRequestError) ||
            tokenParam !== 'max_completion_tokens' ||
            !/max_completion_tokens/.test(error.message)
          )
            throw error;
          tokenParam = 'max_tokens';
          response = await request(messages);
        }
        const choice = response.choices[0];
        const usage = {
          prompt: response.usage?.prompt_tokens ?? 0,
          completion: response.usage?.completion_tokens ?? 0,
        };
        const refusal = choice?.message.refusal;
        return {
          kind: 'completion',
          completion: {
            content: choice?.message.content ?? '',
            finishReason: choice?.finish_reason ?? 'unknown',
            ...(refusal ? { refusal } : {}),
            usage,
          },
        };
      } catch (error) {
        return failure(error, where, options.model);
      }
    },
  };
}

function failure(error: unknown, where: string, model: string): CallResult {
  if (error instanceof OpenAI.APIError && error.status !== undefined) {
    const code = errorCode(error);
    const detail = redact(`${where} failed with ${error.status}${code ? ` (${code})` : ''}: ${error.message}`);
    if (code === 'insufficient_quota') {
      throw upstreamError('model/insufficient-quota', `model quota exhausted: ${detail}`, {
        hint: 'Add credit or raise the quota of the account behind OPENAI_API_KEY, or run with --deterministic.',
        cause: error,
      });
    }
    if (error.status === 401 || error.status === 403) {
      throw upstreamError('model/auth', `model request refused: ${detail}`, {
        hint: 'Check OPENAI_API_KEY (and OPENAI_BASE_URL for gateways).',
        cause: error,
      });
    }
    if (error.status === 404) {
      throw upstreamError('model/not-found', `model "${model}" or endpoint not found: ${detail}`, {
        hint: 'Check generator.model / --model and OPENAI_BASE_URL (it usually ends in /v1).',
        cause: error,
      });
    }
    return { kind: 'failed', reason: detail };
  }
  if (error instanceof OpenAI.APIConnectionTimeoutError) return { kind: 'failed', reason: `${where} timed out` };
  if (error instanceof OpenAI.APIConnectionError)
    return { kind: 'failed', reason: redact(`${where} could not connect: ${error.message}`) };
  throw error;
}
