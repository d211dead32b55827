import type {
  GetFileMetaResponse,
  GetFileNodesResponse,
  GetFileResponse,
  GetImageFillsResponse,
  GetImagesResponse,
  GetLocalVariablesResponse,
} from '@figma/rest-api-spec';
import { configError, isDesignSyncError } from '../core/errors.ts';
import { createFigmaHttp, type FigmaCallStats, type FigmaHttpOptions } from './figma-http.ts';

/**
 * A small typed Figma REST client (`createFigmaClient`) that chunks node ids and halves a chunk
 * Figma finds too large.
 */

/** Figma's limit on ids per /nodes call is not documented; about 200 is what it answers reliably. */
export const MAX_IDS_PER_CALL = 200;

export interface FigmaClientOptions extends FigmaHttpOptions {
  /** Ids per /nodes or /images call before splitting further on "request too large" (default 200). */
  maxIdsPerCall?: number;
}

/** A map answer with the keys Figma returned `null` for: reported as gaps, never dropped silently. */
export interface WithGaps<T> {
  value: T;
  gaps: string[];
}

export interface FigmaClient {
  fileMeta(fileKey: string): Promise<GetFileMetaResponse>;
  file(fileKey: string, query?: { depth?: number; geometry?: 'paths'; ids?: string[] }): Promise<GetFileResponse>;
  nodes(
    fileKey: string,
    ids: string[],
    query?: { geometry?: 'paths'; depth?: number },
  ): Promise<WithGaps<GetFileNodesResponse>>;
  localVariables(fileKey: string): Promise<GetLocalVariablesResponse>;
  /** Render URLs by node id (URLs expire: download them, never store them). */
  images(
    fileKey: string,
    ids: string[],
    query: { format: 'png' | 'svg' | 'jpg' | 'pdf'; scale: number; idsPerCall?: number },
  ): Promise<WithGaps<Record<string, string>>>;
  /** Download URLs of the file's image fills by imageRef (they expire too). */
  imageFills(fileKey: string): Promise<Record<string, string>>;
  /** The bytes at a URL Figma handed out; over `maxBytes` it stops reading and throws figma/download-too-large. */
  download(url: string, maxBytes?: number): Promise<Uint8Array>;
  readonly stats: FigmaCallStats;
}

/**
 * A small Figma REST client typed with @figma/rest-api-spec. Ids are chunked, and a chunk Figma
 * finds too large is halved until it fits.
 */
export function createFigmaClient(options: FigmaClientOptions): FigmaClient {
  const http = createFigmaHttp(options);
  const perCall = Math.max(1, options.maxIdsPerCall ?? MAX_IDS_PER_CALL);
  const path = (fileKey: string, rest = '') => `/v1/files/${encodeURIComponent(fileKey)}${rest}`;

  async function chunked<T>(ids: string[], fetchChunk: (chunk: string[]) => Promise<T>, size = perCall): Promise<T[]> {
    const results: T[] = [];
    const queue = chunks(unique(ids), Math.max(1, Math.min(size, perCall)));
    while (queue.length > 0) {
      const chunk = queue.shift()!;
      try {
        results.push(await fetchChunk(chunk));
      } catch (error) {
        if (!isDesignSyncError(error) || error.code !== 'figma/too-large' || chunk.length === 1) throw error;
        options.logger.debug(`figma: request for ${chunk.length} ids too large; splitting`);
        const half = Math.ceil(chunk.length / 2);
        queue.unshift(chunk.slice(0, half), chunk.slice(half));
      }
    }
    return results;
  }

  return {
    stats: http.stats,
    fileMeta: (fileKey) => http.getJson<GetFileMetaResponse>(path(fileKey, '/meta')),
    file: (fileKey, query = {}) =>
      http.getJson<GetFileResponse>(path(fileKey), {
        depth: query.depth?.toString(),
        geometry: query.geometry,
        ids: query.ids?.join(','),
      }),
    async nodes(fileKey, ids, query = {}) {
      const parts = await chunked(ids, (chunk) =>
        http.getJson<GetFileNodesResponse>(path(fileKey, '/nodes'), {
          ids: chunk.join(','),
          geometry: query.geometry,
          depth: query.depth?.toString(),
        }),
      );
      const [first] = parts;
      const nodes: GetFileNodesResponse['nodes'] = {};
      for (const part of parts) Object.assign(nodes, part.nodes ?? {});
      const value = first ? { ...first, nodes } : ({ nodes } as GetFileNodesResponse);
      return { value, gaps: nullKeys(nodes) };
    },
    async localVariables(fileKey) {
      try {
        return await http.getJson<GetLocalVariablesResponse>(path(fileKey, '/variables/local'));
      } catch (error) {
        if (isDesignSyncError(error) && error.code === 'figma/forbidden') {
          throw configError(
            'figma/variables-forbidden',
            `${error.message}: the variables API needs an Enterprise plan and the file_variables:read scope`,
            {
              hint: 'Export variables to token files instead (a plugin export or Tokens Studio) and list them in tokens.files; see tokens/.',
              cause: error,
            },
          );
        }
        throw error;
      }
    },
    async images(fileKey, ids, query) {
      const parts = await chunked(
        ids,
        (chunk) =>
          http.getJson<GetImagesResponse>(`/v1/images/${encodeURIComponent(fileKey)}`, {
            ids: chunk.join(','),
            format: query.format,
            scale: String(query.scale),
          }),
        query.idsPerCall,
      );
      const images: Record<string, string | null> = {};
      for (const part of parts) Object.assign(images, part.images ?? {});
      const gaps = nullKeys(images);
      for (const id of ids) if (!(id in images)) gaps.push(id);
      const value = Object.fromEntries(
        Object.entries(images).filter((e): e is [string, string] => typeof e[1] === 'string'),
      );
      return { value, gaps };
    },
    async imageFills(fileKey) {
      const answer = await http.getJson<GetImageFillsResponse>(path(fileKey, '/images'));
      const images = answer?.meta?.images ?? {};
      return Object.fromEntries(Object.entries(images).filter((e): e is [string, string] => typeof e[1] === 'string'));
    },
    download: (url, maxBytes) => http.download(url, maxBytes),
  };
}

function nullKeys(map: Record<string, unknown>): string[] {
  return Object.entries(map)
    .filter(([, value]) => value === null)
    .map(([key]) => key);
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
