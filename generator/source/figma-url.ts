import { usageError } from '../core/errors.ts';

/**
 * Figma file keys and URLs: parses a key or URL (file, design, proto, board, branch) into the file
 * key and node id, and writes the design-app links to a file and to a node.
 */

export interface FigmaRef {
  fileKey: string;
  /** The node a URL pointed at (`node-id=1-2` -> `1:2`). */
  nodeId?: string;
}

const KEY = /^[A-Za-z0-9]{4,128}$/;

/**
 * Accepts a file key or a Figma URL (`/file/`, `/design/`, `/proto/`, `/board/`, with an optional
 * `/branch/<key>/`); a branch URL yields the branch's key, which is what the REST API wants.
 */
export function parseFigmaRef(input: string): FigmaRef {
  const text = input.trim();
  if (KEY.test(text)) return { fileKey: text };
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    throw invalid(input);
  }
  const parts = url.pathname.split('/').filter(Boolean);
  const at = parts.findIndex((part) => ['file', 'design', 'proto', 'board'].includes(part));
  const branchAt = parts.indexOf('branch');
  const key = branchAt > at && at >= 0 ? parts[branchAt + 1] : at >= 0 ? parts[at + 1] : undefined;
  if (!/(^|\.)figma\.com$/i.test(url.hostname) || key === undefined || !KEY.test(key)) throw invalid(input);
  const nodeParam = url.searchParams.get('node-id');
  return { fileKey: key, ...(nodeParam ? { nodeId: nodeParam.replace(/-/g, ':') } : {}) };
}

function invalid(input: string) {
  return usageError('usage/figma-file', `not a Figma file key or URL: "${input}"`, {
    hint: 'Use the key from the file URL (figma.com/design/<key>/...) or paste the whole URL.',
  });
}

/** The design-app link to a file. */
export function figmaFileUrl(fileKey: string): string {
  return `https://www.figma.com/design/${encodeURIComponent(fileKey)}/`;
}

/** The design-app link to a node of a file (`node-id=1-2` for node `1:2`). */
export function figmaNodeUrl(fileKey: string, nodeId: string): string {
  return `${figmaFileUrl(fileKey)}?node-id=${encodeURIComponent(nodeId.replace(/:/g, '-'))}`;
}
