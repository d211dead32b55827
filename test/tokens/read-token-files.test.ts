import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../generator/core/logger.ts';
import { readTokenFiles } from '../../generator/tokens/read-token-files.ts';
import { resolveTokens } from '../../generator/tokens/resolve-tokens.ts';
import { toCssValue } from '../../generator/tokens/to-css-value.ts';
import { FIXTURES, configFor, designWith, buildTokensFromDisk } from './helpers.ts';

const cssOf = (resolved: ReturnType<typeof resolveTokens>, path: string, mode?: string) => {
  const token = resolved.byPath.get(path);
  if (!token) throw new Error(`no token ${path}`);
  return toCssValue(token.resolved[mode ?? token.modes[0] ?? ''], token.type);
};

describe('readTokenFiles', () => {
  it('merges Figma variables-export files named <collection>.<mode>.json into one collection per mode set', async () => {
    const { collections, problems } = await readTokenFiles([join(FIXTURES, 'figma-variables-action')], FIXTURES);
    expect(problems).toEqual([]);
    expect(collections.map((c) => [c.name, c.modes])).toEqual([
      ['Primitives — Completed', ['Brutal Theme', 'Modern Theme']],
      ['Product interactions — Completed', ['Default']],
      ['Tokens — Completed', ['Light', 'Dark']],
    ]);
    const resolved = resolveTokens(collections);
    expect(resolved.problems).toEqual([]);
    expect(resolved.tokens).toHaveLength(54);
    // Cross-collection aliases resolve per mode.
    expect(resolved.byPath.get('text.text-primary')?.raw).toEqual({
      Light: '{color.gray.900}',
      Dark: '{color.gray.50}',
    });
  });

  it('reads per-mode values from SDS $extensions["com.figma.sds"].modes and matches references by normalised name', async () => {
    const { collections } = await readTokenFiles([join(FIXTURES, 'sds', 'tokens.dtcg.json')], FIXTURES);
    expect(collections.find((c) => c.name === '@color')?.modes).toEqual(['sds_light', 'sds_dark', 'brand_b_light']);
    const resolved = resolveTokens(collections);
    // "{@typography_primitives.Family Sans}" finds "@typography_primitives.family-sans".
    expect(resolved.byPath.get('@typography.title-hero.font-family')?.raw.mode_1).toBe(
      '{@typography_primitives.family-sans}',
    );
    expect(cssOf(resolved, '@typography.title-hero.font-family')).toBe('Inter');
    const errors = resolved.problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
    // SDS itself has one broken alias in one mode: it degrades that mode, loudly.
    expect(resolved.problems.map((p) => p.kind)).toEqual(['missing-ref-mode']);
  });

  it('reads a Tokens Studio folder in tokenSetOrder, evaluates math and colour modifiers, and skips inactive sets', async () => {
    const { collections, problems } = await readTokenFiles([join(FIXTURES, 'studio')], FIXTURES);
    expect(collections.map((c) => c.name)).toEqual(['core', 'semantic']);
    expect(problems).toEqual([
      expect.objectContaining({ kind: 'inactive-set', message: expect.stringContaining('unlisted') }),
    ]);
    const resolved = resolveTokens(collections);
    expect(cssOf(resolved, 'dimension.sm')).toBe('8px');
    expect(cssOf(resolved, 'colors.red.400')).toBe('#f67474');
    expect(cssOf(resolved, 'colors.blue-alpha')).toBe('rgba(0, 0, 238, 0.5)');
    expect(cssOf(resolved, 'lineHeights.heading')).toBe('1.1');
    expect(cssOf(resolved, 'letterSpacing.increased')).toBe('1.5em');
    expect(cssOf(resolved, 'fontWeights.bold')).toBe('700');
    // The later set overrides the earlier one.
    expect(cssOf(resolved, 'colors.blue')).toBe('#0000ee');
  });
});

describe('composite tokens in CSS', () => {
  it('expands typography into per-property variables and a font shorthand, and writes shadow and border shorthands', async () => {
    const result = await buildTokensFromDisk(
      designWith(),
      configFor(FIXTURES, { files: ['studio'] }),
      createMemoryLogger(),
    );
    const css = result.files.find((f) => f.path.endsWith('tokens.css'))?.content ?? '';
    expect(css).toMatchSnapshot();
    expect(css).toContain('--heading-letter-spacing: var(--letter-spacing-increased);');
    expect(css).toContain(
      '--heading: var(--heading-font-weight) var(--heading-font-size)/var(--heading-line-height) var(--heading-font-family);',
    );
    expect(css).toContain('--shadow: inset 0px 4px 10px 0px rgba(0, 0, 0, 0.4);');
    expect(css).toContain('--border: var(--dimension-xs) solid var(--colors-blue);');
    const ts = result.files.find((f) => f.path.endsWith('tokens.ts'))?.content ?? '';
    expect(ts).toContain('"heading": { cssVar: "--heading", type: "typography", value: "700 8px/1.1 Inter" },');
  });
});

describe('token file shapes', () => {
  it('reads a single-file Tokens Studio export with $metadata and several sets', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const root = await mkdtemp(join(tmpdir(), 'studio-single-'));
    const doc = {
      global: { space: { value: '4', type: 'spacing' } },
      theme: { gap: { value: '{space} * 2', type: 'spacing' } },
      $themes: [],
      $metadata: { tokenSetOrder: ['global', 'theme'] },
    };
    await writeFile(join(root, 'tokens.json'), JSON.stringify(doc));
    const { collections } = await readTokenFiles([join(root, 'tokens.json')], root);
    expect(collections.map((c) => c.name)).toEqual(['global', 'theme']);
    expect(cssOf(resolveTokens(collections), 'gap')).toBe('8px');
  });

  it('writes a token that is also a group as the group $root and reads it back', async () => {
    const { toDtcg } = await import('../../generator/tokens/to-dtcg.ts');
    const { parseTokenDocument } = await import('../../generator/tokens/parse-token-document.ts');
    const resolved = resolveTokens([
      {
        name: 'c',
        modes: ['default'],
        source: 's',
        tokens: [
          {
            path: ['color', 'red'],
            type: 'color',
            values: { default: '{color.red.500}' },
            collection: 'c',
            source: 's',
            origin: 'dtcg',
          },
          {
            path: ['color', 'red', '500'],
            type: 'color',
            values: { default: { colorSpace: 'srgb', components: [1, 0, 0], alpha: 1, hex: '#ff0000' } },
            collection: 'c',
            source: 's',
            origin: 'dtcg',
          },
        ],
      },
    ]);
    const doc = toDtcg(resolved.collections[0]!) as { color: { red: Record<string, unknown> } };
    expect(doc.color.red.$root).toMatchObject({ $type: 'color', $value: '{color.red.500}' });
    const back = parseTokenDocument(doc, 'c.tokens.json', 'c').groups[0]?.tokens.map((t) => t.path.join('.'));
    expect(back).toEqual(['color.red', 'color.red.500']);
  });
});
