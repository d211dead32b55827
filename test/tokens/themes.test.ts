import { describe, expect, it } from 'vitest';
import { buildCss, writeTree } from './helpers.ts';

const lightDark = {
  global: {
    palette: {
      white: { value: '#ffffff', type: 'color' },
      black: { value: '#000000', type: 'color' },
    },
    space: { value: '4', type: 'spacing' },
  },
  light: { surface: { value: '{palette.white}', type: 'color' }, text: { value: '{palette.black}', type: 'color' } },
  dark: { surface: { value: '{palette.black}', type: 'color' }, text: { value: '{palette.white}', type: 'color' } },
  $themes: [
    { id: 'l', name: 'light', group: 'Color scheme', selectedTokenSets: { global: 'source', light: 'enabled' } },
    { id: 'd', name: 'dark', group: 'Color scheme', selectedTokenSets: { global: 'source', dark: 'enabled' } },
  ],
  $metadata: { tokenSetOrder: ['global', 'light', 'dark'] },
};

describe('Tokens Studio themes', () => {
  it('puts the default theme (light) in :root and dark under its attribute, not the last set in :root', async () => {
    const root = await writeTree({ 'tokens.json': lightDark });
    const { blocks, result } = await buildCss(root, { files: ['tokens.json'] });
    expect(blocks[':root']?.['--surface']).toBe('#ffffff');
    expect(blocks[':root']?.['--text']).toBe('#000000');
    expect(blocks['[data-color-scheme="dark"]']).toEqual({ '--surface': '#000000', '--text': '#ffffff' });
    expect(Object.keys(blocks)).toEqual([':root', '[data-color-scheme="dark"]']);
    // Source sets resolve aliases but are not output.
    expect(blocks[':root']?.['--palette-white']).toBeUndefined();
    expect(blocks[':root']?.['--space']).toBeUndefined();
    expect(result.index.tokens.map((t) => t.path)).toEqual(['surface', 'text']);
  });
});

/** A multi-file Tokens Studio repository: colour scheme x size, with aliases that only resolve inside a theme. */
const folder = {
  'themes/$metadata.json': {
    tokenSetOrder: ['core/palette', 'core/scale', 'mode/light', 'mode/dark', 'size/small', 'size/large', 'semantic'],
  },
  'themes/$themes.json': [
    {
      id: '1',
      name: 'Light',
      group: 'Color scheme',
      selectedTokenSets: {
        'core/palette': 'source',
        'core/scale': 'source',
        'mode/light': 'source',
        semantic: 'enabled',
      },
    },
    {
      id: '2',
      name: 'Dark',
      group: 'Color scheme',
      selectedTokenSets: {
        'core/palette': 'source',
        'core/scale': 'source',
        'mode/dark': 'source',
        semantic: 'enabled',
      },
    },
    { id: '3', name: 'Small', group: 'Size', selectedTokenSets: { 'size/small': 'enabled', 'mode/dark': 'disabled' } },
    { id: '4', name: 'Large', group: 'Size', selectedTokenSets: { 'size/large': 'enabled' } },
  ],
  'themes/core/palette.json': {
    gray: { 100: { value: '#eeeeee', type: 'color' }, 900: { value: '#111111', type: 'color' } },
  },
  'themes/core/scale.json': { unit: { value: '4', type: 'spacing' } },
  // "bg"/"fg" exist only in the mode sets: semantic resolves only inside a colour-scheme theme.
  'themes/mode/light.json': { bg: { value: '{gray.100}', type: 'color' }, fg: { value: '{gray.900}', type: 'color' } },
  'themes/mode/dark.json': { bg: { value: '{gray.900}', type: 'color' }, fg: { value: '{gray.100}', type: 'color' } },
  'themes/size/small.json': {
    pad: { value: '{unit} * 2', type: 'spacing' },
    radius: { value: '2', type: 'borderRadius' },
  },
  'themes/size/large.json': {
    pad: { value: '{unit} * 4', type: 'spacing' },
    radius: { value: '8', type: 'borderRadius' },
  },
  'themes/semantic.json': {
    surface: { value: '{bg}', type: 'color' },
    text: { value: '{fg}', type: 'color' },
    gap: { value: '{unit} * 3', type: 'spacing' },
  },
};

describe('Tokens Studio themes without groups', () => {
  it('forms one dimension, data-theme, with the first theme as default', async () => {
    const themes = lightDark.$themes.map(({ group: _group, ...theme }) => theme);
    const root = await writeTree({ 'tokens.json': { ...lightDark, $themes: [...themes].reverse() } });
    const { blocks, result } = await buildCss(root, { files: ['tokens.json'] });
    expect(blocks[':root']?.['--surface']).toBe('#000000');
    expect(blocks['[data-theme="light"]']).toEqual({ '--surface': '#ffffff', '--text': '#000000' });
    expect(result.modes).toEqual(['dark', 'light']);
  });
});

describe('Tokens Studio themes in a folder', () => {
  it('emits one block per mode per dimension, aliases resolved per theme, source sets not output', async () => {
    const root = await writeTree(folder);
    const { blocks, result } = await buildCss(root, { files: ['themes'] });
    expect(blocks[':root']).toEqual({
      '--surface': '#eeeeee',
      '--text': '#111111',
      '--gap': '12px',
      '--pad': '8px',
      '--radius': '2px',
    });
    expect(blocks['[data-color-scheme="dark"]']).toEqual({ '--surface': '#111111', '--text': '#eeeeee' });
    expect(blocks['[data-size="large"]']).toEqual({ '--pad': '16px', '--radius': '8px' });
    // Per-dimension blocks, not a cartesian product: no token differs along both dimensions.
    expect(Object.keys(blocks)).toEqual([':root', '[data-color-scheme="dark"]', '[data-size="large"]']);
    expect(result.stats.collections.map((c) => c.name)).toEqual(['size/small', 'semantic']);
    expect(result.warnings.join('\n')).not.toMatch(/missing-ref|no value/);
    // The modes the check stage renders: each dimension's modes by attribute, the others at their defaults.
    expect(result.modes).toEqual(['default', 'data-color-scheme=dark', 'data-size=large']);
    expect(result.dimensions).toEqual([
      { name: 'Color scheme', attribute: 'data-color-scheme', modes: ['Light', 'Dark'], defaultMode: 'Light' },
      { name: 'Size', attribute: 'data-size', modes: ['Small', 'Large'], defaultMode: 'Small' },
    ]);
    const dtcg = JSON.parse(result.files.find((f) => f.path.endsWith('semantic.tokens.json'))?.content ?? '{}');
    expect(dtcg.surface).toMatchObject({ $value: { hex: '#eeeeee' } });
    expect(dtcg.surface.$extensions['dev.design-sync'].modes.Dark).toMatchObject({ hex: '#111111' });
  });

  it('takes the default mode of a dimension from tokens.themes.defaults, and the attribute from tokens.themes.attributes', async () => {
    const root = await writeTree(folder);
    const { blocks } = await buildCss(root, {
      files: ['themes'],
      themes: { defaults: { 'Color scheme': 'Dark' }, attributes: { Size: 'data-density' } },
    });
    expect(blocks[':root']?.['--surface']).toBe('#111111');
    expect(blocks['[data-color-scheme="light"]']).toEqual({ '--surface': '#eeeeee', '--text': '#111111' });
    expect(blocks['[data-color-scheme="dark"]']).toBeUndefined();
    expect(blocks['[data-density="large"]']).toEqual({ '--pad': '16px', '--radius': '8px' });
  });

  it('warns about tokens.themes entries that name no dimension', async () => {
    const root = await writeTree(folder);
    const { result } = await buildCss(root, { files: ['themes'], themes: { attributes: { Colour: 'data-c' } } });
    expect(result.warnings).toContain(
      'tokens.themes names "Colour", which is no theme group or resolver modifier of the token files (there are: Color scheme, Size)',
    );
  });

  it('rejects a configured default that is not a theme of the group, naming both', async () => {
    const root = await writeTree(folder);
    await expect(
      buildCss(root, { files: ['themes'], themes: { defaults: { 'Color scheme': 'Dim' } } }),
    ).rejects.toThrow(/"Dim" for Color scheme .*"Light", "Dark"/);
  });

  it('writes a combined selector block for a token that differs along two dimensions', async () => {
    const tree: Record<string, unknown> = {
      ...folder,
      // The border width is in both the dark set and the large set: neither single block is right when both apply.
      'themes/mode/dark.json': {
        ...(folder['themes/mode/dark.json'] as object),
        line: { value: '2', type: 'borderWidth' },
      },
      'themes/size/large.json': {
        ...(folder['themes/size/large.json'] as object),
        line: { value: '3', type: 'borderWidth' },
      },
      'themes/semantic.json': {
        ...(folder['themes/semantic.json'] as object),
        line: { value: '1', type: 'borderWidth' },
      },
    };
    const root = await writeTree(tree);
    const { blocks } = await buildCss(root, { files: ['themes'] });
    // semantic is later in tokenSetOrder than both, so it wins in every theme: nothing differs.
    expect(blocks[':root']?.['--line']).toBe('1px');
    expect(Object.keys(blocks)).toHaveLength(3);

    const bothDimensions = (tokenSetOrder: string[]) => ({
      ...tree,
      'themes/$metadata.json': { tokenSetOrder },
      'themes/semantic.json': folder['themes/semantic.json'],
      'themes/core/scale.json': { unit: { value: '4', type: 'spacing' }, line: { value: '1', type: 'borderWidth' } },
      'themes/$themes.json': (folder['themes/$themes.json'] as { selectedTokenSets: Record<string, string> }[]).map(
        (theme) => ({
          ...theme,
          selectedTokenSets: {
            ...theme.selectedTokenSets,
            'mode/dark':
              theme.selectedTokenSets['mode/dark'] === 'source'
                ? 'enabled'
                : (theme.selectedTokenSets['mode/dark'] ?? 'disabled'),
          },
        }),
      ),
    });
    // The size sets after the dark set: large wins in the combination, as the size block (written later) does.
    const largeLast = await buildCss(
      await writeTree(
        bothDimensions([
          'core/palette',
          'core/scale',
          'mode/light',
          'mode/dark',
          'size/small',
          'size/large',
          'semantic',
        ]),
      ),
      { files: ['themes'] },
    );
    expect(largeLast.blocks['[data-color-scheme="dark"]']?.['--line']).toBe('2px');
    expect(largeLast.blocks['[data-size="large"]']?.['--line']).toBe('3px');
    expect(Object.keys(largeLast.blocks)).toHaveLength(3);

    // The dark set after the size sets: in the combination dark's width wins, but the size block is written later.
    const reordered = await writeTree(
      bothDimensions(['core/palette', 'core/scale', 'mode/light', 'size/small', 'size/large', 'mode/dark', 'semantic']),
    );
    const combined = await buildCss(reordered, { files: ['themes'] });
    expect(combined.blocks['[data-color-scheme="dark"]']?.['--line']).toBe('2px');
    expect(combined.blocks['[data-size="large"]']?.['--line']).toBe('3px');
    // Both set: dark comes later in tokenSetOrder, so its value wins in the combination, under the combined selector.
    expect(combined.blocks['[data-color-scheme="dark"][data-size="large"]']).toEqual({ '--line': '2px' });
    expect(Object.keys(combined.blocks)).toEqual([
      ':root',
      '[data-color-scheme="dark"]',
      '[data-size="large"]',
      '[data-color-scheme="dark"][data-size="large"]',
    ]);
  });
});

describe('DTCG resolver documents', () => {
  const color = (hex: string) => ({ $type: 'color', $value: hex });
  const files = {
    'ds/design.resolver.json': {
      version: '2025.10',
      name: 'test system',
      sets: {
        core: { sources: [{ $ref: 'core/palette.json' }, { $ref: 'core/dimension.json#/sizes' }] },
        semantic: {
          sources: [
            {
              surface: { $type: 'color', $value: '{color.bg}' },
              gap: { $type: 'dimension', $value: '{dimension.gap}' },
            },
          ],
        },
      },
      modifiers: {
        theme: {
          default: 'light',
          contexts: {
            light: [{ $ref: 'theme/light.json' }],
            dark: [{ $ref: 'theme/dark.json' }],
          },
        },
        density: {
          contexts: {
            comfortable: [],
            compact: [{ dimension: { gap: { $type: 'dimension', $value: { value: 4, unit: 'px' } } } }],
          },
        },
      },
      resolutionOrder: [
        { $ref: '#/sets/core' },
        { $ref: '#/modifiers/theme' },
        { $ref: '#/modifiers/density' },
        { $ref: '#/sets/semantic' },
      ],
    },
    'ds/core/palette.json': { gray: { 0: color('#ffffff'), 900: color('#101010') } },
    // The pointer takes the subtree under "sizes" as the token tree.
    'ds/core/dimension.json': {
      sizes: { dimension: { gap: { $type: 'dimension', $value: { value: 8, unit: 'px' } } } },
      ignored: { $type: 'dimension', $value: { value: 1, unit: 'px' } },
    },
    // color.bg exists only in the theme contexts: "surface" resolves only inside a context.
    'ds/theme/light.json': { color: { bg: { $type: 'color', $value: '{gray.0}' } } },
    'ds/theme/dark.json': { color: { bg: { $type: 'color', $value: '{gray.900}' } } },
  };

  it('reads each modifier as a dimension and each context as a mode, the default in :root', async () => {
    const root = await writeTree(files);
    const { blocks, result } = await buildCss(root, { files: ['ds/design.resolver.json'] });
    expect(blocks[':root']?.['--surface']).toBe('var(--color-bg)');
    expect(blocks[':root']?.['--color-bg']).toBe('var(--gray-0)');
    expect(blocks[':root']?.['--gap']).toBe('var(--dimension-gap)');
    expect(blocks[':root']?.['--dimension-gap']).toBe('8px');
    expect(blocks[':root']?.['--ignored']).toBeUndefined();
    expect(blocks['[data-theme="dark"]']).toEqual({ '--color-bg': 'var(--gray-900)', '--surface': 'var(--color-bg)' });
    expect(blocks['[data-density="compact"]']).toEqual({ '--dimension-gap': '4px', '--gap': 'var(--dimension-gap)' });
    expect(Object.keys(blocks)).toEqual([':root', '[data-theme="dark"]', '[data-density="compact"]']);
    expect(result.stats.collections.map((c) => c.name)).toEqual(['core', 'theme', 'semantic']);
  });

  it('reads the same document from its folder, with the default from the config', async () => {
    const root = await writeTree(files);
    const { blocks } = await buildCss(root, { files: ['ds'], themes: { defaults: { density: 'compact' } } });
    expect(blocks[':root']?.['--dimension-gap']).toBe('4px');
    expect(blocks['[data-density="comfortable"]']).toEqual({
      '--dimension-gap': '8px',
      '--gap': 'var(--dimension-gap)',
    });
  });

  it('names the resolver and the $ref when a referenced file is missing', async () => {
    const root = await writeTree({ ...files, 'ds/theme/dark.json': undefined });
    await expect(buildCss(root, { files: ['ds/design.resolver.json'] })).rejects.toThrow(
      /ds\/design\.resolver\.json: \$ref "theme\/dark\.json" names a file that was not found/,
    );
  });
});
