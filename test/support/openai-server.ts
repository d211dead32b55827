/**
 * A local OpenAI-compatible server on 127.0.0.1 for tests and benchmarks: POST /v1/chat/completions
 * with JSON responses, usage, finish_reason, and errors in OpenAI's shape. Each test scripts the
 * replies (a queue, or a function of the request); every request body is recorded.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Wait this long before answering (timeouts). */
  delayMs?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: ChatRequestBody;
}

export interface ChatRequestBody {
  model: string;
  messages: { role: string; content: string }[];
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: unknown } };
  max_completion_tokens?: number;
  max_tokens?: number;
  [key: string]: unknown;
}

export type Responder = (body: ChatRequestBody, index: number) => ScriptedReply;

export interface OpenAIServer {
  /** Base URL including /v1, as OPENAI_BASE_URL takes it. */
  url: string;
  requests: RecordedRequest[];
  /** Replies served in order; when empty, the fallback answers. */
  enqueue(...replies: Array<ScriptedReply | Responder>): void;
  fallback: Responder;
  /** Forgets recorded requests and queued replies, and restores the default fallback (500). */
  reset(): void;
  close(): Promise<void>;
}

let counter = 0;

/** A chat completion reply; `usage` defaults to a rough count of the content. */
export function completionReply(
  content: string | null,
  options: {
    finishReason?: string;
    refusal?: string;
    usage?: { prompt: number; completion: number };
    model?: string;
  } = {},
): ScriptedReply {
  const usage = options.usage ?? { prompt: 1000, completion: Math.ceil((content ?? '').length / 4) };
  return {
    status: 200,
    body: {
      id: `chatcmpl-test-${++counter}`,
      object: 'chat.completion',
      created: 1_700_000_000,
      model: options.model ?? 'test-model',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content, refusal: options.refusal ?? null },
          finish_reason: options.finishReason ?? 'stop',
          logprobs: null,
        },
      ],
      usage: {
        prompt_tokens: usage.prompt,
        completion_tokens: usage.completion,
        total_tokens: usage.prompt + usage.completion,
      },
    },
  };
}

/** An error in OpenAI's shape: `{ error: { message, type, param, code } }`. */
export function errorReply(
  status: number,
  error: { message: string; type?: string; code?: string | null },
  headers: Record<string, string> = {},
): ScriptedReply {
  return {
    status,
    headers,
    body: {
      error: {
        message: error.message,
        type: error.type ?? 'invalid_request_error',
        param: null,
        code: error.code ?? null,
      },
    },
  };
}

export async function startOpenAIServer(): Promise<OpenAIServer> {
  const queue: Array<ScriptedReply | Responder> = [];
  const requests: RecordedRequest[] = [];
  const noReply: Responder = () => errorReply(500, { message: 'no scripted reply left', type: 'server_error' });
  const state: { fallback: Responder } = { fallback: noReply };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: ChatRequestBody;
      try {
        body = JSON.parse(text || '{}') as ChatRequestBody;
      } catch {
        send(errorReply(400, { message: 'We could not parse the JSON body of your request.' }));
        return;
      }
      const path = (req.url ?? '').split('?')[0] ?? '';
      if (req.method !== 'POST' || path !== '/v1/chat/completions') {
        send(errorReply(404, { message: `Unknown request URL: ${req.method} ${path}.`, code: 'unknown_url' }));
        return;
      }
      requests.push({ method: req.method, path, headers: req.headers, body });
      const next = queue.shift() ?? state.fallback;
      send(typeof next === 'function' ? next(body, requests.length - 1) : next);
    });

    function send(reply: ScriptedReply): void {
      const write = () => {
        if (res.destroyed) return;
        res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
        res.end(JSON.stringify(reply.body));
      };
      if (reply.delayMs) setTimeout(write, reply.delayMs).unref();
      else write();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...replies) => void queue.push(...replies),
    get fallback() {
      return state.fallback;
    },
    set fallback(responder: Responder) {
      state.fallback = responder;
    },
    reset: () => {
      queue.length = 0;
      requests.length = 0;
      state.fallback = noReply;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
