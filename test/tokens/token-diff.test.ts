import { describe, expect, it } from 'vitest';
import { diffTokenFiles, renderTokenDiffMarkdown } from '../../generator/tokens/token-diff.ts';

const file = (tokens: Record<string, unknown>) =>
  JSON.stringify({ ...tokens, $extensions: { 'dev.design-sync': { collection: 'c', modes: ['Light', 'Dark'] } } });
const color = (hex: string, id?: string, dark?: string) => ({
  $type: 'color',
  $value: hex,
  $extensions: {
    ...(id ? { 'com.figma': { variableId: id } } : {}),
    ...(dark ? { 'dev.design-sync': { modes: { Dark: dark } } } : {}),
  },
});

describe('token diff', () => {
  const before = {
    'c.tokens.json': file({
      keep: color('#ffffff', 'V:1'),
      old: color('#000000', 'V:2'),
      gone: color('#111111'),
      themed: color('#222222', 'V:4', '#333333'),
    }),
  };
  const after = {
    'c.tokens.json': file({
      keep: color('#ffffff', 'V:1'),
      renamed: color('#000000', 'V:2'),
      fresh: color('#444444'),
      themed: color('#222222', 'V:4', '#555555'),
    }),
  };

  it('finds added, removed, changed (per mode) and renamed (same Figma variable id) tokens', () => {
    const diff = diffTokenFiles(before, after);
    expect(diff.added.map((t) => t.path)).toEqual(['fresh']);
    expect(diff.removed.map((t) => t.path)).toEqual(['gone']);
    expect(diff.renamed).toEqual([{ from: 'old', to: 'renamed', variableId: 'V:2', valueChanged: false }]);
    expect(diff.changed).toEqual([
      { path: 'themed', file: 'c.tokens.json', before: '#222222', after: '#222222', modes: ['Dark'] },
    ]);
  });

  it('is empty when nothing changed', () => {
    expect(diffTokenFiles(before, before)).toEqual({ added: [], removed: [], changed: [], renamed: [] });
  });

  it('renders a Markdown section for the pull request body', () => {
    expect(renderTokenDiffMarkdown(diffTokenFiles(before, after))).toMatchSnapshot();
    expect(renderTokenDiffMarkdown(diffTokenFiles(before, before))).toBe('### Tokens\n\nNo token changes.\n');
  });

  it('caps long tables and points to --json', () => {
    const many = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`t${i}`, color('#000000')]));
    const md = renderTokenDiffMarkdown(diffTokenFiles({}, { 'c.tokens.json': file(many) }), 50);
    expect(md).toContain('…and 10 more');
  });
});
