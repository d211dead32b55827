import { setTimeout as delay } from 'node:timers/promises';
import { upstreamError } from '../core/errors.ts';
import type { Logger } from '../core/logger.ts';
import { registerSecret } from '../core/redact.ts';
import { describeRequest, httpError, missingTokenError, parseRetryAfter, rateLimitError } from './figma-errors.ts';

/**
 * The HTTP transport under the Figma client: token header, timeouts, bounded retries with backoff,
 * and Retry-After handling for 429.
 */

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface FigmaHttpOptions {
  /** API base URL without a trailing slash (config.env.figmaApiUrl). */
  baseUrl: string;
  token: string | undefined;
  timeoutMs: number;
  /** Longest Retry-After worth waiting for; a longer one fails at once. */
  maxRetryAfterSeconds: number;
  logger: Logger;
  /** Retries of 5xx answers and network failures (default 3). */
  maxRetries?: number;
  /** Retries of 429 answers within maxRetryAfterSeconds (default 3). */
  maxRateLimitRetries?: number;
  /** First backoff step in ms, doubled each retry (default 1000). */
  backoffMs?: number;
  /** Injectable so tests exercise real HTTP without waiting real seconds. */
  sleep?: Sleep;
  /** The per-attempt timeout as an AbortSignal (default `AbortSignal.timeout`); injectable like `sleep`. */
  timeoutSignal?: (ms: number) => AbortSignal;
  signal?: AbortSignal;
}

/** Counts of what went over the wire, reported by `pull`. */
export interface FigmaCallStats {
  /** Figma API requests, retries included. */
  calls: number;
  /** Render downloads (not API calls: they go to the URLs Figma hands out). */
  downloads: number;
  retries: number;
}

export interface FigmaHttp {
  /** GET an API path (`/v1/...`) and parse the JSON body. */
  getJson<T>(path: string, query?: Record<string, string | undefined>): Promise<T>;
  /** GET an absolute URL without the token (render URLs point at a storage host), at most `maxBytes` of it. */
  download(url: string, maxBytes?: number): Promise<Uint8Array>;
  readonly stats: FigmaCallStats;
}

const defaultSleep: Sleep = (ms, signal) => delay(ms, undefined, signal ? { signal } : {});

/**
 * The transport under the Figma client: token header, timeouts, bounded retries with backoff for
 * 5xx and network failures, and 429 handling that waits out a reasonable Retry-After and gives up
 * at once on an unreasonable one. The token is only ever put in a request header.
 */
export function createFigmaHttp(options: FigmaHttpOptions): FigmaHttp {
  registerSecret(options.token);
  const sleep = options.sleep ?? defaultSleep;
  const timeoutSignal = options.timeoutSignal ?? ((ms: number) => AbortSignal.timeout(ms));
  const maxRetries = options.maxRetries ?? 3;
  const maxRateLimitRetries = options.maxRateLimitRetries ?? 3;
  const backoffMs = options.backoffMs ?? 1000;
  const stats: FigmaCallStats = { calls: 0, downloads: 0, retries: 0 };
  const log = options.logger;

  async function exchange(url: string, target: string, withToken: boolean): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (withToken && options.token) headers['X-Figma-Token'] = options.token;
    let failures = 0;
    let rateLimited = 0;
    for (;;) {
      let response: Response;
      // A fresh timeout per attempt; it also bounds reading the body of the attempt that succeeds.
      const signals = [timeoutSignal(options.timeoutMs), ...(options.signal ? [options.signal] : [])];
      try {
        response = await fetch(url, { headers, signal: AbortSignal.any(signals) });
      } catch (error) {
        if (options.signal?.aborted) throw error;
        if ((error as Error).name === 'TimeoutError') throw timeoutError(target, options.timeoutMs, error);
        if (failures++ >= maxRetries) {
          throw upstreamError(
            'figma/network',
            `Figma request failed: ${describeRequest('GET', target)} (${networkReason(error)})`,
            {
              hint: 'Check the network and FIGMA_API_URL; design-sync works offline from the snapshot with --source.',
              cause: error,
            },
          );
        }
        await backoff(`network error (${networkReason(error)})`, failures);
        continue;
      }
      if (response.status === 429) {
        const wait = parseRetryAfter(response.headers.get('retry-after'));
        await response.body?.cancel();
        if (
          wait === undefined
            ? rateLimited >= maxRateLimitRetries
            : wait > options.maxRetryAfterSeconds || rateLimited >= maxRateLimitRetries
        ) {
          throw rateLimitError('GET', target, wait, options.maxRetryAfterSeconds, response.headers);
        }
        rateLimited++;
        stats.retries++;
        const tier = response.headers.get('x-figma-plan-tier');
        const kind = response.headers.get('x-figma-rate-limit-type');
        log.warn(
          `figma: rate limited on ${describeRequest('GET', target)}${tier ? ` (plan tier ${tier}, limit ${kind ?? '?'})` : ''}; waiting ${wait ?? backoffMs / 1000} s`,
        );
        countCall(withToken);
        await sleep((wait ?? backoffMs / 1000) * 1000, options.signal);
        continue;
      }
      if (response.status >= 500 && failures < maxRetries) {
        await response.body?.cancel();
        failures++;
        countCall(withToken);
        await backoff(`status ${response.status}`, failures);
        continue;
      }
      return response;
    }

    async function backoff(reason: string, attempt: number): Promise<void> {
      stats.retries++;
      const ms = backoffMs * 2 ** (attempt - 1);
      log.debug(`figma: ${reason} on ${describeRequest('GET', target)}; retry ${attempt}/${maxRetries} in ${ms} ms`);
      await sleep(ms, options.signal);
    }
  }

  /** Counts retried exchanges; the final one is counted by the caller. */
  function countCall(api: boolean): void {
    if (api) stats.calls++;
    else stats.downloads++;
  }

  async function readBody(response: Response, target: string): Promise<string> {
    try {
      return await response.text();
    } catch (error) {
      if ((error as Error).name === 'TimeoutError') throw timeoutError(target, options.timeoutMs, error);
      throw upstreamError('figma/network', `Figma response was cut off: ${describeRequest('GET', target)}`, {
        cause: error,
      });
    }
  }

  return {
    stats,
    async getJson<T>(path: string, query: Record<string, string | undefined> = {}): Promise<T> {
      if (!options.token) throw missingTokenError();
      const params = new URLSearchParams(
        Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined),
      );
      const target = `${path}${params.size > 0 ? `?${params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',')}` : ''}`;
      log.debug(`figma: GET ${target}`);
      const response = await exchange(`${options.baseUrl}${target}`, target, true);
      stats.calls++;
      const body = await readBody(response, target);
      if (!response.ok)
        throw httpError({ method: 'GET', target, status: response.status, body, headers: response.headers });
      try {
        return JSON.parse(body) as T;
      } catch (error) {
        throw upstreamError(
          'figma/malformed',
          `Figma returned malformed JSON (status ${response.status}, ${body.length} bytes): ${describeRequest('GET', target)}`,
          {
            hint: 'A proxy or mirror in between may have altered the answer (check FIGMA_API_URL); retry later.',
            cause: error,
          },
        );
      }
    },
    async download(url: string, maxBytes = Infinity): Promise<Uint8Array> {
      const target = new URL(url).pathname;
      const response = await exchange(url, target, false);
      stats.downloads++;
      if (!response.ok) {
        await response.body?.cancel();
        // Storage answers 403 for a URL that expired (or was never signed for us): ask for a new one.
        const expired = response.status === 403;
        throw upstreamError(
          expired ? 'figma/download-expired' : 'figma/render-download',
          `download failed with ${response.status}${expired ? ' (the URL expired)' : ''}: GET ${target}`,
          { hint: 'Render and image URLs expire; pull again to get fresh ones.' },
        );
      }
      try {
        return await readCapped(response, maxBytes, target);
      } catch (error) {
        if ((error as Error).name === 'TimeoutError') throw timeoutError(target, options.timeoutMs, error);
        throw error;
      }
    },
  };
}

/**
 * A download's body, read only up to `maxBytes`: a declared or streamed size over it cancels the
 * transfer (a 40 MB image is never held in memory to be thrown away).
 */
async function readCapped(response: Response, maxBytes: number, target: string): Promise<Uint8Array> {
  const tooLarge = (size: string) =>
    upstreamError('figma/download-too-large', `download ${size} the ${maxBytes}-byte cap: GET ${target}`, {
      hint: 'Use a smaller image in Figma; until then the layer is cropped from its frame render or left a placeholder.',
    });
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(`of ${declared} bytes is over`);
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge('passed');
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function timeoutError(target: string, timeoutMs: number, cause: unknown) {
  return upstreamError(
    'figma/timeout',
    `Figma did not answer within ${timeoutMs} ms: ${describeRequest('GET', target)}`,
    {
      hint: 'Raise figma.timeoutMs, or select fewer pages/frames so each request is smaller.',
      cause,
    },
  );
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}
