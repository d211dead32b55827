import type { TransformedToken } from 'style-dictionary/types';

/** Groups Style Dictionary tokens by their CSS block, the first path segment (`root`, `mode-dark`, ...). */
export function groupByBlock(tokens: TransformedToken[]): [string, TransformedToken[]][] {
  const groups = new Map<string, TransformedToken[]>();
  for (const token of tokens) {
    const key = token.path[0] ?? ROOT_BLOCK;
    const list = groups.get(key) ?? [];
    list.push(token);
    groups.set(key, list);
  }
  return [...groups.entries()];
}

/** The key of the `:root` block. */
export const ROOT_BLOCK = 'root';
