import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configSchema } from '../generator/core/config-schema.ts';
import { resolveConfig } from '../generator/core/resolve-config.ts';
import { createLogger } from '../generator/core/logger.ts';
import { pull } from '../generator/source/pull.ts';
import { startFigmaServer, type FigmaServerFile } from '../test/support/figma-server.ts';

export interface PullCalls {
  /** API calls of a first pull (no snapshot yet) and how many renders it downloaded. */
  first: number;
  renders: number;
  /** API calls of a second pull when the file has not changed. */
  upToDate: number;
  ms: number;
}

/** What the local Figma server serves: a GET /v1/files response and a variables/local response. */
export interface PullDesign {
  fileKey: string;
  file: unknown;
  variables: unknown;
}

/** Counts the Figma calls `pull` makes for a design, against the local Figma-compatible server. */
export async function measurePullCalls(snapshot: PullDesign): Promise<PullCalls> {
  const key = snapshot.fileKey;
  const server = await startFigmaServer({
    files: { [key]: { file: snapshot.file as unknown as FigmaServerFile['file'], variables: snapshot.variables } },
  });
  const root = await mkdtemp(join(tmpdir(), 'bench-pull-'));
  try {
    const env = { FIGMA_TOKEN: server.token, FIGMA_API_URL: server.url };
    const config = resolveConfig(configSchema.parse({ figma: { file: key } }), root, undefined, env, {});
    const logger = createLogger('silent');
    const started = performance.now();
    const first = await pull(config, logger);
    const ms = Math.round(performance.now() - started);
    const firstCalls = server.apiCalls().length;
    await pull(config, logger);
    return { first: firstCalls, renders: first.renders, upToDate: server.apiCalls().length - firstCalls, ms };
  } finally {
    await server.close();
    await rm(root, { recursive: true, force: true });
  }
}
