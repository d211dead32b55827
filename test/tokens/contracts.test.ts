import { describe, expect, it } from 'vitest';
import { createTokenIndex } from '../../generator/tokens/create-token-index.ts';
import { parseTokenDocument } from '../../generator/tokens/parse-token-document.ts';
import { resolveTokens } from '../../generator/tokens/resolve-tokens.ts';
import { toDtcg } from '../../generator/tokens/to-dtcg.ts';
import { diffTokenFiles } from '../../generator/tokens/token-diff.ts';
import { cssVarName, kebab, normalizedKey } from '../../generator/tokens/token-names.ts';
import { readTokenFiles } from '../../generator/tokens/read-token-files.ts';
import { FIXTURES } from './helpers.ts';

describe('token transforms on empty input', () => {
  it('never throw and return empty results', () => {
    expect(resolveTokens([]).tokens).toEqual([]);
    expect(parseTokenDocument({}, 'x.json', 'x').groups[0]?.tokens).toEqual([]);
    expect(diffTokenFiles({}, {})).toEqual({ added: [], removed: [], changed: [], renamed: [] });
    expect(toDtcg({ name: 'empty', modes: ['default'], source: 's', tokens: [] })).toEqual({
      $extensions: { 'dev.design-sync': { collection: 'empty', modes: ['default'], source: 's' } },
    });
    const index = createTokenIndex([], { modes: [], colorTolerance: 2, dimensionTolerance: 1 });
    expect(index.matchColor({ r: 0, g: 0, b: 0, a: 1 })).toEqual({ kind: 'raw' });
    expect(index.matchDimension(4, 'spacing')).toEqual({ kind: 'raw' });
  });
});

describe('token names', () => {
  it('normalise camelCase, spaces and underscores to the same kebab key', () => {
    expect(['Family Sans', 'familySans', 'family_sans', 'FAMILY-SANS'].map(kebab)).toEqual([
      'family-sans',
      'family-sans',
      'family-sans',
      'family-sans',
    ]);
    expect(normalizedKey(['@Color', 'Brand B', '800'])).toBe('color.brand-b.800');
    expect(cssVarName(['color', 'bg', 'brand'])).toBe('--color-bg-brand');
  });
});

describe('DTCG round trip', () => {
  it('reads back the files it writes to the same values in every mode (idempotent)', async () => {
    const { collections } = await readTokenFiles([`${FIXTURES}figma-variables-action`], FIXTURES);
    const first = resolveTokens(collections);
    const docs = first.collections.map((c) => ({ name: c.name, doc: toDtcg(c) }));
    const again = resolveTokens(
      docs.flatMap(({ doc, name }) => {
        const parsed = parseTokenDocument(doc, `${name}.tokens.json`, name);
        return parsed.groups.map((g) => ({
          name: g.name,
          modes: g.modes ?? ['default'],
          source: name,
          tokens: g.tokens.map((t) => ({
            ...t,
            values: Object.fromEntries(
              Object.entries(t.values).map(([m, v]) => [m === '\u0000default' ? (g.modes?.[0] ?? 'default') : m, v]),
            ),
          })),
        }));
      }),
    );
    expect(again.problems).toEqual([]);
    for (const token of first.tokens) expect(again.byPath.get(token.path)?.resolved).toEqual(token.resolved);
    const withoutSource = (doc: Record<string, unknown>) => JSON.stringify(doc).replace(/"source":"[^"]*"/, '');
    expect(again.collections.map((c) => withoutSource(toDtcg(c)))).toEqual(docs.map((d) => withoutSource(d.doc)));
  });
});
