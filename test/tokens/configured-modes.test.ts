import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../generator/core/logger.ts';
import { DesignSyncError } from '../../generator/core/errors.ts';
import { setPattern } from '../../generator/tokens/read-configured-sets.ts';
import { buildCss, buildTokensFromDisk, configFor, designWith, FIXTURES, writeTree } from './helpers.ts';

/**
 * The config a team writes for token sources that carry modes in their own conventions:
 * tokens.themes.sets (set names per mode, no $themes), tokens.themes.modeExtensions (per-mode
 * values in $extensions), tokens.colorAlphaKey (an alpha beside $value), tokens.pxToRem.
 */

/** A Tokens Studio single-file export as NL Design System themes publish it: no $themes, dark sets by name. */
const setsByName = {
  brand: {
    ma: { color: { white: { $value: '#ffffff', $type: 'color' }, ink: { $value: '#111111', $type: 'color' } } },
  },
  common: {
    basis: {
      bg: { $value: '{ma.color.white}', $type: 'color' },
      fg: { $value: '{ma.color.ink}', $type: 'color' },
      gap: { $value: '4px', $type: 'dimension' },
      empty: { $value: 'None', $type: 'dimension' },
    },
  },
  'color-scheme-dark/common': {
    basis: { bg: { $value: '{ma.color.ink}', $type: 'color' }, fg: { $value: '{ma.color.white}', $type: 'color' } },
  },
  $themes: [],
  $metadata: { tokenSetOrder: ['brand', 'common', 'color-scheme-dark/common'] },
};
const darkBySetName = { themes: { sets: { 'color-scheme': { light: [], dark: ['color-scheme-dark/**'] } } } };

describe('tokens.themes.sets: modes from set names when there is no $themes', () => {
  it('puts the shared sets in :root and a mode own sets in its block; dark never lands in :root', async () => {
    const root = await writeTree({ 'tokens.json': setsByName });
    const { blocks, result } = await buildCss(root, { files: ['tokens.json'], ...darkBySetName });
    expect(blocks[':root']).toMatchObject({
      '--basis-bg': 'var(--ma-color-white)',
      '--basis-fg': 'var(--ma-color-ink)',
    });
    expect(blocks['[data-color-scheme="dark"]']).toEqual({
      '--basis-bg': 'var(--ma-color-ink)',
      '--basis-fg': 'var(--ma-color-white)',
    });
    expect(result.dimensions).toEqual([
      { name: 'color-scheme', attribute: 'data-color-scheme', modes: ['light', 'dark'], defaultMode: 'light' },
    ]);
    expect(result.warnings.join('\n')).not.toMatch(/duplicate|same name/);
  });

  it('without the setting the same file has no dark mode and the dark sets clash with the light ones', async () => {
    const root = await writeTree({ 'tokens.json': setsByName });
    const result = await buildTokensFromDisk(
      designWith(),
      configFor(root, { files: ['tokens.json'] }),
      createMemoryLogger(),
      {
        keepGoing: true,
      },
    );
    expect(result.dimensions).toEqual([]);
    expect(result.warnings.join('\n')).toMatch(/basis\.bg/);
  });

  it('defaults chooses the :root mode, so a wrong default puts dark values in :root', async () => {
    const root = await writeTree({ 'tokens.json': setsByName });
    const { blocks } = await buildCss(root, {
      files: ['tokens.json'],
      themes: { ...darkBySetName.themes, defaults: { 'color-scheme': 'dark' } },
    });
    expect(blocks[':root']?.['--basis-bg']).toBe('var(--ma-color-ink)');
    expect(blocks['[data-color-scheme="light"]']?.['--basis-bg']).toBe('var(--ma-color-white)');
  });

  it('matches token files by path, and warns about a pattern that names no set', async () => {
    const root = await writeTree({
      'tokens/base/light/palette.json': { c: { bg: { $value: '#ffffff', $type: 'color' } } },
      'tokens/base/dark/palette.json': { c: { bg: { $value: '#000000', $type: 'color' } } },
      'tokens/semantic.json': { surface: { $value: '{c.bg}', $type: 'color' } },
    });
    const { blocks, result } = await buildCss(root, {
      files: ['tokens'],
      themes: { sets: { mode: { light: ['**/light/*'], dark: ['base/dark/palette', 'typo/**'] } } },
    });
    expect(blocks[':root']?.['--c-bg']).toBe('#ffffff');
    expect(blocks['[data-mode="dark"]']?.['--c-bg']).toBe('#000000');
    expect(result.warnings.join('\n')).toMatch(/"typo\/\*\*" \(mode "dark" of mode\) names no token set/);
  });

  it('a Tokens Studio "None" dimension is left out with a warning, not an error that stops the build', async () => {
    const root = await writeTree({ 'tokens.json': setsByName });
    const { blocks, result } = await buildCss(root, { files: ['tokens.json'], ...darkBySetName });
    expect(blocks[':root']?.['--basis-empty']).toBeUndefined();
    expect(blocks[':root']?.['--basis-gap']).toBe('4px');
    expect(result.warnings.join('\n')).toMatch(/basis\.empty: "None" is no dimension value; the token was left out/);
  });

  it('a typo in a dimension stays an error', async () => {
    const doc = structuredClone(setsByName);
    doc.common.basis.gap.$value = '4pz';
    const root = await writeTree({ 'tokens.json': doc });
    const error = await buildCss(root, { files: ['tokens.json'], ...darkBySetName }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DesignSyncError);
    expect((error as DesignSyncError).message).toMatch(/basis\.gap: "4pz" is not a valid dimension value/);
  });

  it('set patterns: * within a segment, ** across, the rest literal', () => {
    expect(setPattern('color-scheme-dark/**').test('color-scheme-dark/components/x')).toBe(true);
    expect(setPattern('color-scheme-dark/*').test('color-scheme-dark/components/x')).toBe(false);
    expect(setPattern('**/light/light').test('light/light')).toBe(true);
    expect(setPattern('**/light/light').test('src/base/light/light')).toBe(true);
    expect(setPattern('a.b').test('aXb')).toBe(false);
  });
});

/** Primer's conventions, in small: a palette file per theme, dark values in an extension, an alpha key, rem. */
const palettes = {
  'tokens/base/light.json': {
    base: {
      gray: { $value: '#818b98', $type: 'color' },
      blue: { $value: '#0969da', $type: 'color' },
      white: { $value: { colorSpace: 'srgb', components: [1, 1, 1], hex: '#ffffff' }, $type: 'color', alpha: 0 },
      color: { blue: { 1: { $value: '#b6e3ff', $type: 'color' }, 8: { $value: '#0a3069', $type: 'color' } } },
    },
  },
  'tokens/base/dark.json': {
    base: {
      gray: { $value: '#656c76', $type: 'color' },
      blue: { $value: '#1f6feb', $type: 'color' },
      white: { $value: '#000000', $type: 'color', alpha: 0 },
      color: { blue: { 1: { $value: '#a5d6ff', $type: 'color' }, 8: { $value: '#0a3069', $type: 'color' } } },
    },
  },
};
const functional = {
  'tokens/functional.json': {
    muted: {
      $value: '{base.gray}',
      $type: 'color',
      alpha: 0.12,
      $extensions: {
        'org.primer.overrides': { dark: { $value: '{base.gray}', alpha: 0.2 }, 'dark-dimmed': '{base.blue}' },
      },
    },
    accent: {
      $value: '{base.blue}',
      $type: 'color',
      $extensions: { 'org.primer.overrides': { dark: '{base.gray}' } },
    },
    // Keeps the token's alpha (a plain override), or cancels it (null).
    veil: {
      $value: '{base.blue}',
      $type: 'color',
      alpha: 0.5,
      $extensions: { 'org.primer.overrides': { dark: '{base.gray}', light: { $value: '{base.gray}', alpha: null } } },
    },
    over: { $value: '{muted}', $type: 'color', alpha: 0.4 },
    hairline: { $value: '1px', $type: 'dimension' },
    inset: {
      $value: {
        color: '{base.gray}',
        alpha: 0.04,
        offsetX: '0px',
        offsetY: '1px',
        blur: '0px',
        spread: '0px',
        inset: true,
      },
      $type: 'shadow',
    },
  },
};
const primerLike = {
  files: ['tokens'],
  themes: {
    sets: { 'color-mode': { light: ['base/light'], dark: ['base/dark'] } },
    modeExtensions: ['org.primer.overrides'],
  },
  colorAlphaKey: 'alpha',
  pxToRem: 16,
};

describe('per-mode values in $extensions, colour alpha, px to rem', () => {
  it('takes a mode value from a configured extension in that mode only; :root keeps $value', async () => {
    const root = await writeTree({ ...palettes, ...functional });
    const { blocks } = await buildCss(root, primerLike);
    expect(blocks[':root']?.['--accent']).toBe('var(--base-blue)');
    expect(blocks['[data-color-mode="dark"]']?.['--accent']).toBe('var(--base-gray)');
  });

  it('without modeExtensions the dark block has no override (the extension is not read)', async () => {
    const root = await writeTree({ ...palettes, ...functional });
    const { blocks } = await buildCss(root, { ...primerLike, themes: { sets: primerLike.themes.sets } });
    expect(blocks[':root']?.['--accent']).toBe('var(--base-blue)');
    // The dark palette's blue, not the override's gray.
    expect(blocks['[data-color-mode="dark"]']?.['--accent']).toBe('var(--base-blue)');
  });

  it('applies the alpha key after aliases resolve, per mode; a plain override keeps it, null cancels it', async () => {
    const root = await writeTree({ ...palettes, ...functional });
    const { blocks } = await buildCss(root, primerLike);
    const light = blocks[':root']!;
    const dark = blocks['[data-color-mode="dark"]']!;
    expect(light['--muted']).toBe('rgba(129, 139, 152, 0.12)');
    expect(dark['--muted']).toBe('rgba(101, 108, 118, 0.2)');
    expect(light['--base-white']).toBe('rgba(255, 255, 255, 0)');
    expect(dark['--base-white']).toBe('rgba(0, 0, 0, 0)');
    // Written as the literal, since other modes of the token compute theirs: the gray, opaque.
    expect(light['--veil']).toBe('#818b98');
    expect(dark['--veil']).toBe('rgba(101, 108, 118, 0.5)');
    // A colour with alpha behind an alias takes the new alpha (not rgba(rgba(...))).
    expect(light['--over']).toBe('rgba(129, 139, 152, 0.4)');
    expect(light['--inset']).toBe('inset 0px 1px 0px 0px rgba(129, 139, 152, 0.04)');
  });

  it('without colorAlphaKey the alpha key is not read', async () => {
    const root = await writeTree({ ...palettes, ...functional });
    const { colorAlphaKey: _unused, ...rest } = primerLike;
    const { blocks } = await buildCss(root, rest);
    expect(blocks[':root']?.['--muted']).toBe('var(--base-gray)');
  });

  it('pxToRem writes px dimension tokens as rem in CSS, and keeps px in the DTCG file', async () => {
    const root = await writeTree({ ...palettes, ...functional });
    const { blocks, result } = await buildCss(root, primerLike);
    expect(blocks[':root']?.['--hairline']).toBe('0.0625rem');
    const dtcg = result.files.find((f) => f.path.endsWith('functional.tokens.json'))?.content ?? '';
    expect(JSON.parse(dtcg).hairline.$value).toEqual({ value: 1, unit: 'px' });
    const px = await buildCss(root, { ...primerLike, pxToRem: false });
    expect(px.blocks[':root']?.['--hairline']).toBe('1px');
  });

  it('a $deprecated alias whose name meets the token it points to is left out with a warning; the live token keeps the name', async () => {
    const root = await writeTree({ ...palettes });
    await writeFile(join(root, 'tokens/syntax.json5'), await readFile(join(FIXTURES, 'name-collision/syntax.json5')));
    const { blocks, result } = await buildCss(root, primerLike);
    expect(blocks[':root']?.['--prettylights-syntax-constant-other-reference-link']).toBe('var(--base-color-blue-8)');
    expect(blocks['[data-color-mode="dark"]']?.['--prettylights-syntax-constant-other-reference-link']).toBe(
      'var(--base-color-blue-1)',
    );
    expect(result.warnings.join('\n')).toMatch(
      /prettylights\.syntax\.constant-other-reference-link \(\$deprecated\) refers to prettylights\.syntax\.constantOtherReferenceLink, whose CSS name it shares; it was left out/,
    );
  });

  it('a $deprecated alias under another path with the same CSS name is left out too, and references to it go to the live token', async () => {
    const root = await writeTree({
      'tokens.json': {
        syntax: {
          storageModifierImport: { $value: '#24292f', $type: 'color' },
          storage: {
            modifier: { import: { $value: '{syntax.storageModifierImport}', $type: 'color', $deprecated: true } },
          },
        },
        code: { import: { $value: '{syntax.storage.modifier.import}', $type: 'color' } },
      },
    });
    const { blocks, result } = await buildCss(root, { files: ['tokens.json'] });
    expect(blocks[':root']).toEqual({
      '--syntax-storage-modifier-import': '#24292f',
      '--code-import': 'var(--syntax-storage-modifier-import)',
    });
    expect(result.warnings.join('\n')).toMatch(
      /syntax\.storage\.modifier\.import \(\$deprecated\) refers to syntax\.storageModifierImport/,
    );
  });

  it('any other two names of one set that meet after normalisation are an error naming both, not an overwrite', async () => {
    const root = await writeTree({ ...palettes });
    const text = await readFile(join(FIXTURES, 'name-collision/syntax.json5'), 'utf8');
    const live = text.replace(/^\s*"\$deprecated": .*\n/m, '');
    expect(live).not.toBe(text);
    await writeFile(join(root, 'tokens/syntax.json5'), live);
    const error = await buildCss(root, primerLike).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DesignSyncError);
    expect((error as DesignSyncError).message).toMatch(
      /prettylights\.syntax\.constant-other-reference-link is defined twice in tokens\/syntax\.json5 \(names equal after normalisation: prettylights\.syntax\.constantOtherReferenceLink\)/,
    );
  });
});
