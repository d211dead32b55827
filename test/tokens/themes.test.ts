import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../generator/core/logger.ts';
import type { ConfigFile } from '../../generator/core/config.ts';
import { configFor, designWith, tempRoot, buildTokensFromDisk } from './helpers.ts';

/** Writes files (path -> JSON) under a fresh root and returns it. */
async function writeTree(files: Record<string, unknown>): Promise<string> {
  const root = await tempRoot();
  for (const [path, doc] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), JSON.stringify(doc, null, 2));
  }
  return root;
}

async function buildCss(root: string, tokens: NonNullable<ConfigFile['tokens']>) {
  const result = await buildTokensFromDisk(designWith(), configFor(root, tokens), createMemoryLogger());
  const css = result.files.find((f) => f.path.endsWith('tokens.css'))?.content ?? '';
  return { result, css, blocks: cssBlocks(css) };
}

/** selector -> { --var: value } of every rule in the CSS. */
function cssBlocks(css: string): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const match of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selector = match[1]!.trim();
    const decls: Record<string, string> = {};
    for (const line of match[2]!.split(';')) {
      const colon = line.indexOf(':');
      if (colon > 0) decls[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
    out[selector] = { ...out[selector], ...decls };
  }
  return out;
}

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
