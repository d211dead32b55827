import { afterEach, describe, expect, it } from 'vitest';
import type { DesignSyncError } from '../../generator/core/errors.ts';
import { isDesignSyncError } from '../../generator/core/errors.ts';
import { createMemoryLogger } from '../../generator/core/logger.ts';
import { createFigmaClient, type FigmaClientOptions } from '../../generator/source/figma-client.ts';
import { startFigmaServer, type FigmaServer, type FigmaServerFile } from '../support/figma-server.ts';
import { loadFixture } from './fixtures.ts';

const KEY = 'WizardKey123';
let server: FigmaServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(
  options: { file?: Partial<FigmaServerFile>; client?: Partial<FigmaClientOptions>; maxIdsPerCall?: number } = {},
) {
  const file = loadFixture<FigmaServerFile['file']>('wizard-demo.file.response.json');
  server = await startFigmaServer({
    files: { [KEY]: { file, variables: loadFixture('variables.response.json'), ...options.file } },
    ...(options.maxIdsPerCall === undefined ? {} : { maxIdsPerCall: options.maxIdsPerCall }),
  });
  const sleeps: number[] = [];
  const logger = createMemoryLogger();
  const client = createFigmaClient({
    baseUrl: server.url,
    token: server.token,
    timeoutMs: 2000,
    maxRetryAfterSeconds: 120,
    logger,
    sleep: async (ms) => void sleeps.push(ms),
    ...options.client,
  });
  return { server, client, sleeps, logger };
}

async function failure(promise: Promise<unknown>): Promise<DesignSyncError> {
  try {
    await promise;
  } catch (error) {
    if (isDesignSyncError(error)) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('Figma client against a local Figma server', () => {
  it('sends the token in X-Figma-Token and reads the file version cheaply from /meta', async () => {
    const { client, server } = await setup();
    const meta = await client.fileMeta(KEY);
    expect(meta.file.version).toBe('165813606');
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.path).toBe(`/v1/files/${KEY}/meta`);
    expect(server.requests[0]?.token).toBe(server.token);
  });

  it('waits out a short 429 Retry-After, reports the plan headers, then succeeds', async () => {
    const { client, server, sleeps, logger } = await setup();
    server.fail('file', {
      status: 429,
      headers: { 'retry-after': '3', 'x-figma-plan-tier': 'pro', 'x-figma-rate-limit-type': 'high' },
      body: '{"status":429,"err":"Rate limit exceeded"}',
    });
    const file = await client.file(KEY, { geometry: 'paths' });
    expect(file.name).toBe('Wizard demo');
    expect(sleeps).toEqual([3000]);
    expect(server.apiCalls()).toHaveLength(2);
    expect(client.stats.calls).toBe(2);
    expect(logger.lines.join('\n')).toContain(
      'rate limited on GET /v1/files/WizardKey123?geometry=paths (plan tier pro, limit high); waiting 3 s',
    );
  });

  it('gives up at once on a Retry-After of days, naming the wait and the plan', async () => {
    const { client, server, sleeps } = await setup();
    server.fail('file', {
      status: 429,
      headers: { 'retry-after': '432000', 'x-figma-plan-tier': 'starter', 'x-figma-rate-limit-type': 'low' },
    });
    const error = await failure(client.file(KEY));
    expect(error.code).toBe('figma/rate-limited');
    expect(error.exitCode).toBe(3);
    expect(error.message).toBe(
      `Figma rate limit (429) on GET /v1/files/${KEY}: Retry-After 432000 s (5 days), longer than figma.maxRetryAfterSeconds (120 s); plan tier starter, rate limit type low`,
    );
    expect(error.hint).toMatch(/View\/Collab seats/);
    expect(sleeps).toEqual([]);
    expect(server.apiCalls()).toHaveLength(1);
  });

  it('retries 5xx with growing backoff and succeeds within the budget', async () => {
    const { client, server, sleeps } = await setup();
    server.fail('file', { status: 502, body: 'Bad gateway' }, { status: 500 });
    const file = await client.file(KEY);
    expect(file.version).toBe('165813606');
    expect(sleeps).toEqual([1000, 2000]);
    expect(server.apiCalls()).toHaveLength(3);
  });

  it('stops retrying 5xx when the budget is spent', async () => {
    const { client, server, sleeps } = await setup({ client: { maxRetries: 2 } });
    server.fail('file', { status: 503 }, { status: 503 }, { status: 503 }, { status: 503 });
    const error = await failure(client.file(KEY));
    expect(error.code).toBe('figma/server');
    expect(error.message).toBe(`Figma request failed with 503: GET /v1/files/${KEY} (Internal server error)`);
    expect(sleeps).toHaveLength(2);
    expect(server.apiCalls()).toHaveLength(3);
  });

  it('times out a stalled request once its timeout fires, naming the timeout', async () => {
    // The timeout is a signal the test fires when the server holds the request: no real 300 ms.
    const timeouts: Array<{ ms: number; fire: () => void }> = [];
    const timeoutSignal = (ms: number) => {
      const controller = new AbortController();
      timeouts.push({ ms, fire: () => controller.abort(new DOMException('timed out', 'TimeoutError')) });
      return controller.signal;
    };
    const { client, server } = await setup({ client: { timeoutMs: 300, timeoutSignal } });
    server.fail('file', { stall: () => timeouts.at(-1)?.fire() });
    const error = await failure(client.file(KEY));
    expect(error.code).toBe('figma/timeout');
    expect(error.message).toBe(`Figma did not answer within 300 ms: GET /v1/files/${KEY}`);
    expect(timeouts.map((t) => t.ms)).toEqual([300]);
    expect(server.apiCalls()).toHaveLength(1);
  });

  it('turns a malformed JSON body into an upstream error', async () => {
    const { client, server } = await setup();
    server.fail('file', { status: 200, body: '{"document": {"id": "0:0", "type": "DOC' });
    const error = await failure(client.file(KEY));
    expect(error.code).toBe('figma/malformed');
    expect(error.kind).toBe('upstream');
    expect(error.message).toMatch(
      /^Figma returned malformed JSON \(status 200, \d+ bytes\): GET \/v1\/files\/WizardKey123$/,
    );
  });

  it('reports nulls in the nodes and images maps as gaps', async () => {
    const { client } = await setup({ file: { nullRenders: ['140:3'] } });
    const nodes = await client.nodes(KEY, ['140:2', '404:404']);
    expect(Object.keys(nodes.value.nodes)).toEqual(['140:2', '404:404']);
    expect(nodes.gaps).toEqual(['404:404']);
    const images = await client.images(KEY, ['140:3', '140:4'], { format: 'png', scale: 2 });
    expect(Object.keys(images.value)).toEqual(['140:4']);
    expect(images.gaps).toEqual(['140:3']);
  });

  it('chunks ids and halves a chunk Figma calls too large', async () => {
    const { client, server } = await setup({ client: { maxIdsPerCall: 4 }, maxIdsPerCall: 3 });
    const ids = ['2:19', '2:15', '2:17', '140:2', '140:9', '140:14', '142:4'];
    const result = await client.nodes(KEY, ids);
    expect(Object.keys(result.value.nodes).sort()).toEqual([...ids].sort());
    expect(result.gaps).toEqual([]);
    const sizes = server.apiCalls().map((r) => (r.query.get('ids') ?? '').split(',').length);
    expect(sizes).toEqual([4, 2, 2, 3]);
    expect(server.apiCalls().map((r) => r.query.get('ids')?.includes('%3A'))).not.toContain(true);
  });

  it('maps a 403 on variables to the Enterprise-only explanation with a pointer to token files', async () => {
    const { client } = await setup({ file: { variables: undefined } });
    const error = await failure(client.localVariables(KEY));
    expect(error.code).toBe('figma/variables-forbidden');
    expect(error.message).toContain(
      'Figma request failed with 403: GET /v1/files/WizardKey123/variables/local (Limited by Figma plan)',
    );
    expect(error.message).toContain('Enterprise plan');
    expect(error.hint).toMatch(/token files/);
  });

  it('maps 401, 403 and 404 to errors with hints, reading both error body shapes', async () => {
    const { client, server } = await setup();
    server.fail('file', { status: 401, body: '{"status":401,"error":true,"message":"Token expired"}' });
    const unauthorized = await failure(client.file(KEY));
    expect(unauthorized.code).toBe('figma/unauthorized');
    expect(unauthorized.message).toBe(`Figma request failed with 401: GET /v1/files/${KEY} (Token expired)`);
    expect(unauthorized.hint).toMatch(/FIGMA_TOKEN.*expired/);
    const notFound = await failure(client.file('NoSuchFile99'));
    expect(notFound.code).toBe('figma/not-found');
    expect(notFound.hint).toMatch(/figma\.file/);
    const wrongToken = createFigmaClient({
      baseUrl: server.url,
      token: 'figd_wrong_token_value_xyz',
      timeoutMs: 2000,
      maxRetryAfterSeconds: 1,
      logger: createMemoryLogger(),
    });
    const forbidden = await failure(wrongToken.file(KEY));
    expect(forbidden.code).toBe('figma/forbidden');
    expect(forbidden.message).toContain('(Invalid token)');
  });

  it('retries a refused connection within the budget, then names the request', async () => {
    const { server: closed } = await setup();
    const url = closed.url;
    await closed.close();
    const sleeps: number[] = [];
    const client = createFigmaClient({
      baseUrl: url,
      token: 'figd_some_token_value_123',
      timeoutMs: 2000,
      maxRetryAfterSeconds: 1,
      maxRetries: 2,
      logger: createMemoryLogger(),
      sleep: async (ms) => void sleeps.push(ms),
    });
    const error = await failure(client.file(KEY));
    expect(error.code).toBe('figma/network');
    expect(error.message).toBe(`Figma request failed: GET /v1/files/${KEY} (ECONNREFUSED)`);
    expect(sleeps).toEqual([1000, 2000]);
  });

  it('fails before any request when FIGMA_TOKEN is missing', async () => {
    const { server } = await setup();
    const client = createFigmaClient({
      baseUrl: server.url,
      token: undefined,
      timeoutMs: 2000,
      maxRetryAfterSeconds: 1,
      logger: createMemoryLogger(),
    });
    const error = await failure(client.file(KEY));
    expect(error.code).toBe('figma/no-token');
    expect(server.requests).toHaveLength(0);
  });

  it('never lets the token reach an error message or a log line, even when the server echoes it', async () => {
    const { client, server, logger } = await setup();
    server.fail('file', {
      status: 400,
      body: JSON.stringify({ status: 400, err: `bad header X-Figma-Token: ${server.token}` }),
    });
    server.fail('meta', { status: 429, headers: { 'retry-after': '1' } });
    const error = await failure(client.file(KEY));
    await client.fileMeta(KEY);
    const everything = [error.message, error.hint ?? '', JSON.stringify(error), ...logger.lines].join('\n');
    expect(error.message).toContain('[redacted]');
    expect(everything).not.toContain(server.token);
  });

  it('downloads renders without sending the token', async () => {
    const { client, server } = await setup();
    const images = await client.images(KEY, ['140:3'], { format: 'png', scale: 2 });
    const bytes = await client.download(images.value['140:3']!);
    expect(Buffer.from(bytes.subarray(1, 4)).toString()).toBe('PNG');
    const render = server.requests.find((r) => r.route === 'render');
    expect(render?.token).toBeUndefined();
    expect(client.stats).toMatchObject({ calls: 1, downloads: 1 });
  });
});
