import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PNG } from 'pngjs';

/**
 * A local server on 127.0.0.1 that speaks the parts of Figma's REST API design-sync uses, including
 * its failures (429 with Retry-After and plan headers, 5xx, stalls, malformed bodies, nulls in maps,
 * 403 on variables, expired (403) download URLs, slow downloads). Used by the source tests and the benchmark.
 */
export type FigmaRoute =
  'meta' | 'file' | 'nodes' | 'variables' | 'images' | 'image-fills' | 'render' | 'export' | 'fill';

/** Routes that are downloads from the URLs the API hands out, not API calls. */
const DOWNLOAD_ROUTES: ReadonlySet<FigmaRoute | 'unknown'> = new Set(['render', 'export', 'fill']);

export interface FigmaServerFile {
  /** A GET /v1/files/:key response. */
  file: Record<string, unknown> & { version: string; name: string; document: unknown };
  /** A full variables/local response; absent answers 403 like a file below Enterprise. */
  variables?: unknown;
  /** Node ids whose render Figma answers `null` for. */
  nullRenders?: string[];
  /** SVG exports by node id; any other node of the file exports a small square SVG. */
  svgs?: Record<string, string>;
  /** Node ids whose SVG export Figma answers `null` for (it renders them as PNG only). */
  nullSvgs?: string[];
  /** Image fill bytes by imageRef (GET /v1/files/:key/images). */
  imageFills?: Record<string, Uint8Array>;
  /** Send image fills chunked, without Content-Length (as a proxy in between may). */
  chunkedFills?: boolean;
}

/** One scripted answer; consumed in order by the next requests of its route. */
export interface Fault {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Accept the request and never answer; a function is called once the stalled request has arrived. */
  stall?: boolean | (() => void);
  /** Answer 200 with the headers and a few bytes of the body, then never finish (a slow download). */
  slowBody?: boolean;
}

export interface RecordedRequest {
  route: FigmaRoute | 'unknown';
  method: string;
  path: string;
  query: URLSearchParams;
  token: string | undefined;
}

export interface FigmaServerOptions {
  token?: string;
  files?: Record<string, FigmaServerFile>;
  /** More ids than this in one /nodes or /images call answers 413 (default 200). */
  maxIdsPerCall?: number;
}

export interface FigmaServer {
  url: string;
  token: string;
  files: Record<string, FigmaServerFile>;
  requests: RecordedRequest[];
  /** Requests to the API (downloads of renders, exports and image fills excluded). */
  apiCalls(): RecordedRequest[];
  fail(route: FigmaRoute, ...faults: Fault[]): void;
  close(): Promise<void>;
}

const ROUTES: Array<[FigmaRoute, RegExp]> = [
  ['meta', /^\/v1\/files\/([^/]+)\/meta$/],
  ['nodes', /^\/v1\/files\/([^/]+)\/nodes$/],
  ['variables', /^\/v1\/files\/([^/]+)\/variables\/local$/],
  ['image-fills', /^\/v1\/files\/([^/]+)\/images$/],
  ['file', /^\/v1\/files\/([^/]+)$/],
  ['images', /^\/v1\/images\/([^/]+)$/],
  ['render', /^\/renders\/([^/]+)\/([^/]+)\.png$/],
  ['export', /^\/exports\/([^/]+)\/([^/]+)\.svg$/],
  ['fill', /^\/fills\/([^/]+)\/([^/]+)$/],
];

/** The SVG Figma would export for a node the file gives no SVG for: a square in one colour. */
export function squareSvg(): string {
  return `<svg width="24" height="24" viewBox="0 0 24 24" fill="none" xmlns="http://www.w3.org/2000/svg"><path d="M4 4H20V20H4Z" fill="#1F2937"/></svg>\n`;
}

/** A real PNG (4x4, one colour) served for every render. */
export const RENDER_PNG: Buffer = (() => {
  const png = new PNG({ width: 4, height: 4 });
  png.data.fill(200);
  return PNG.sync.write(png);
})();

export async function startFigmaServer(options: FigmaServerOptions = {}): Promise<FigmaServer> {
  const token = options.token ?? 'figd_test_token_0123456789abcdef';
  const files = options.files ?? {};
  const maxIds = options.maxIdsPerCall ?? 200;
  const faults = new Map<FigmaRoute, Fault[]>();
  const requests: RecordedRequest[] = [];

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const match = ROUTES.map(([route, pattern]) => [route, pattern.exec(url.pathname)] as const).find(
      ([, m]) => m !== null,
    );
    const route = match?.[0] ?? 'unknown';
    const header = req.headers['x-figma-token'];
    requests.push({
      route,
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      token: typeof header === 'string' ? header : undefined,
    });
    if (!match || !match[1]) return json(res, 404, { status: 404, err: 'Not found' });
    const fault = faults.get(match[0])?.shift();
    if (fault?.stall) {
      if (typeof fault.stall === 'function') fault.stall();
      return;
    }
    if (fault?.slowBody) {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      return void res.write('partial');
    }
    if (fault) {
      res.writeHead(fault.status ?? 500, { 'content-type': 'application/json', ...fault.headers });
      return void res.end(fault.body ?? JSON.stringify({ status: fault.status ?? 500, err: 'Internal server error' }));
    }
    if (match[0] === 'render') return void res.writeHead(200, { 'content-type': 'image/png' }).end(RENDER_PNG);
    if (match[0] === 'export' || match[0] === 'fill') return download(match[0], match[1], res);
    if (header !== token) return json(res, 403, { status: 403, err: 'Invalid token' });
    const key = decodeURIComponent(match[1][1] ?? '');
    const entry = files[key];
    if (!entry) return json(res, 404, { status: 404, err: 'Not found' });
    answer(match[0], entry, key, url, req, res);
  });

  function download(route: 'export' | 'fill', m: RegExpExecArray, res: ServerResponse): void {
    const entry = files[decodeURIComponent(m[1] ?? '')];
    const id = decodeURIComponent(m[2] ?? '');
    if (route === 'export') {
      const svg = entry?.svgs?.[id] ?? (entry && findNode(entry.file.document, id) ? squareSvg() : undefined);
      if (svg === undefined) return void res.writeHead(404).end();
      return void res.writeHead(200, { 'content-type': 'image/svg+xml' }).end(svg);
    }
    const bytes = entry?.imageFills?.[id];
    if (bytes === undefined) return void res.writeHead(404).end();
    if (entry?.chunkedFills) return void res.writeHead(200, { 'content-type': 'image/png' }).end(bytes);
    res.writeHead(200, { 'content-type': 'image/png', 'content-length': String(bytes.length) }).end(bytes);
  }

  function answer(
    route: FigmaRoute,
    entry: FigmaServerFile,
    key: string,
    url: URL,
    req: IncomingMessage,
    res: ServerResponse,
  ): void {
    const { file } = entry;
    const ids = (url.searchParams.get('ids') ?? '').split(',').filter(Boolean);
    if ((route === 'nodes' || route === 'images') && ids.length > maxIds) {
      return json(res, 413, { status: 413, err: 'Request too large' });
    }
    if (route === 'meta') {
      return json(res, 200, {
        file: {
          name: file.name,
          version: file.version,
          last_touched_at: file.lastModified,
          editorType: 'figma',
          role: 'viewer',
        },
      });
    }
    if (route === 'file') {
      const depth = url.searchParams.get('depth');
      return json(res, 200, depth === null ? file : { ...file, document: prune(file.document, Number(depth)) });
    }
    if (route === 'nodes') {
      const nodes = Object.fromEntries(
        ids.map((id) => {
          const node = findNode(file.document, id);
          return [
            id,
            node === undefined
              ? null
              : { document: node, components: {}, componentSets: {}, styles: {}, schemaVersion: 0 },
          ];
        }),
      );
      return json(res, 200, {
        name: file.name,
        lastModified: file.lastModified,
        version: file.version,
        role: 'viewer',
        editorType: 'figma',
        thumbnailUrl: '',
        nodes,
      });
    }
    if (route === 'variables') {
      if (entry.variables === undefined)
        return json(res, 403, { status: 403, error: true, message: 'Limited by Figma plan' });
      return json(res, 200, entry.variables);
    }
    const base = `http://${req.headers.host}`;
    const at = (kind: string, id: string, ext: string) =>
      `${base}/${kind}/${encodeURIComponent(key)}/${encodeURIComponent(id)}${ext}`;
    if (route === 'image-fills') {
      const refs = Object.keys(entry.imageFills ?? {});
      return json(res, 200, {
        error: false,
        status: 200,
        meta: { images: Object.fromEntries(refs.map((ref) => [ref, at('fills', ref, '')])) },
      });
    }
    const svg = url.searchParams.get('format') === 'svg';
    const images = Object.fromEntries(
      ids.map((id) => {
        const missing =
          (svg ? entry.nullSvgs?.includes(id) : entry.nullRenders?.includes(id)) ||
          findNode(file.document, id) === undefined;
        if (missing) return [id, null];
        return [id, svg ? at('exports', id, '.svg') : at('renders', id, '.png')];
      }),
    );
    return json(res, 200, { err: null, images });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    files,
    requests,
    apiCalls: () => requests.filter((r) => !DOWNLOAD_ROUTES.has(r.route)),
    fail(route, ...list) {
      faults.set(route, [...(faults.get(route) ?? []), ...list]);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

type TreeNode = { id?: unknown; children?: TreeNode[] } & Record<string, unknown>;

function findNode(root: unknown, id: string): unknown {
  const stack = [root as TreeNode];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.id === id) return node;
    if (Array.isArray(node.children)) stack.push(...node.children);
  }
  return undefined;
}

function prune(node: unknown, depth: number): unknown {
  const tree = node as TreeNode;
  if (!Array.isArray(tree.children)) return tree;
  return { ...tree, children: depth <= 0 ? [] : tree.children.map((child) => prune(child, depth - 1)) };
}
