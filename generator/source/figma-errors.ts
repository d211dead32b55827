import { configError, upstreamError, type DesignSyncError } from '../core/errors.ts';
import { redact } from '../core/redact.ts';
import { isPlainObject } from './validate-tree.ts';

/** Turns failed Figma HTTP exchanges into errors a user can act on, with a hint per status (401, 403, 404, 429). */

/** What one failed HTTP exchange looked like, for building an error. */
export interface FailedExchange {
  method: string;
  /** Path and query, never the host's credentials (the token travels only in a header). */
  target: string;
  status: number;
  body: string;
  headers: Headers;
}

const TOO_LARGE = /too large|too many|request entity|timeout|reduce the number/i;

/**
 * Reads Figma's two error body shapes, `{status, err}` and `{status, error: true, message}`,
 * falling back to the raw text (redacted, shortened) for anything else.
 */
export function errorBodyMessage(body: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return shorten(redact(body.trim()));
  }
  if (isPlainObject(parsed)) {
    const text =
      typeof parsed.err === 'string' ? parsed.err : typeof parsed.message === 'string' ? parsed.message : undefined;
    if (text !== undefined) return shorten(redact(text));
  }
  return shorten(redact(body.trim()));
}

/** True when Figma refused a request for its size, so a smaller request may succeed. */
export function isTooLarge(status: number, body: string): boolean {
  return status === 413 || (status === 400 && TOO_LARGE.test(errorBodyMessage(body)));
}

export function describeRequest(method: string, target: string): string {
  return `${method} ${shorten(target, 160)}`;
}

/** Maps a non-retryable HTTP failure to an error a user can act on. */
export function httpError(exchange: FailedExchange): DesignSyncError {
  const { status } = exchange;
  const request = describeRequest(exchange.method, exchange.target);
  const detail = errorBodyMessage(exchange.body);
  const message = `Figma request failed with ${status}: ${request}${detail ? ` (${detail})` : ''}`;
  if (status === 401) {
    return configError('figma/unauthorized', message, {
      hint: 'FIGMA_TOKEN is missing, expired (personal tokens last at most 90 days) or revoked: create a new one in Figma settings > Security.',
    });
  }
  if (status === 403) {
    return configError('figma/forbidden', message, {
      hint: 'The token cannot read this file: check it has the file_content:read scope and that its owner can open the file.',
    });
  }
  if (status === 404) {
    return configError('figma/not-found', message, {
      hint: 'Check figma.file (or --file): the key is the part after /design/ in the file URL; the file may have been deleted or moved.',
    });
  }
  if (isTooLarge(status, exchange.body)) {
    return upstreamError('figma/too-large', message, {
      hint: 'Select fewer pages, frames or components in design-sync.config.json (figma.pages, figma.frames, figma.components).',
    });
  }
  return upstreamError(status >= 500 ? 'figma/server' : 'figma/http', message, {
    hint:
      status >= 500
        ? 'Figma is having trouble; try again in a few minutes.'
        : 'Check figma.file and the request; rerun with --verbose for details.',
  });
}

/** The 429 whose Retry-After is longer than worth waiting for (Figma answers waits of days). */
export function rateLimitError(
  method: string,
  target: string,
  waitSeconds: number | undefined,
  maxSeconds: number,
  headers: Headers,
): DesignSyncError {
  const tier = headers.get('x-figma-plan-tier');
  const kind = headers.get('x-figma-rate-limit-type');
  const facts = [tier ? `plan tier ${tier}` : '', kind ? `rate limit type ${kind}` : ''].filter(Boolean).join(', ');
  const wait =
    waitSeconds === undefined
      ? 'repeatedly'
      : `Retry-After ${waitSeconds} s (${humanDuration(waitSeconds)}), longer than figma.maxRetryAfterSeconds (${maxSeconds} s)`;
  return upstreamError(
    'figma/rate-limited',
    `Figma rate limit (429) on ${describeRequest(method, target)}: ${wait}${facts ? `; ${facts}` : ''}`,
    {
      hint:
        kind === 'low' || tier === 'starter'
          ? 'View/Collab seats and Starter-plan files get only a few file calls a month: use a token of a Dev or Full seat, or keep working from the snapshot (--source).'
          : 'Wait and pull again later; design-sync only calls Figma when the file version changed. Work offline meanwhile with the existing snapshot.',
    },
  );
}

export function missingTokenError(): DesignSyncError {
  return configError('figma/no-token', 'FIGMA_TOKEN is not set; pulling from Figma needs a personal access token', {
    hint: 'Create one in Figma settings > Security (scopes file_content:read, file_variables:read), then `export FIGMA_TOKEN=...`; or work offline with --source.',
  });
}

/** Seconds from a Retry-After header: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.ceil(Number(value));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

export function humanDuration(seconds: number): string {
  if (seconds < 120) return `${seconds} seconds`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} minutes`;
  if (seconds < 172_800) return `${Math.round(seconds / 3600)} hours`;
  return `${Math.round(seconds / 86_400)} days`;
}

function shorten(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
