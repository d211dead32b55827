import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../generator/core/logger.ts';
import type { FigmaNode } from '../../generator/source/design.ts';
import { configFor, designWith, fixtureVariables, tempRoot, buildTokensFromDisk } from './helpers.ts';

const node = (props: Record<string, unknown>) => props as unknown as FigmaNode;

const roots = [
  node({
    id: '0:1',
    type: 'CANVAS',
    name: 'Page',
    children: [
      node({
        id: '1:1',
        type: 'RECTANGLE',
        name: 'a',
        styles: { fill: 'S:fill' },
        fills: [{ type: 'SOLID', color: { r: 1, g: 0, b: 0, a: 1 }, opacity: 0.5 }],
      }),
      node({
        id: '1:2',
        type: 'RECTANGLE',
        name: 'b',
        styles: { fill: 'S:bound' },
        fills: [
          {
            type: 'SOLID',
            color: { r: 1, g: 1, b: 1, a: 1 },
            boundVariables: { color: { type: 'VARIABLE_ALIAS', id: 'VariableID:2:1' } },
          },
        ],
      }),
      node({
        id: '1:3',
        type: 'TEXT',
        name: 't',
        styles: { text: 'S:text' },
        style: {
          fontFamily: 'Inter',
          fontWeight: 600,
          fontSize: 20,
          lineHeightPx: 28,
          lineHeightUnit: 'PIXELS',
          letterSpacing: -0.2,
          italic: true,
          textCase: 'UPPER',
        },
        boundVariables: { fontSize: [{ type: 'VARIABLE_ALIAS', id: 'VariableID:1:16' }] },
      }),
      node({
        id: '1:4',
        type: 'FRAME',
        name: 'card',
        styles: { effect: 'S:shadow' },
        effects: [
          {
            type: 'DROP_SHADOW',
            visible: true,
            color: { r: 0, g: 0, b: 0, a: 0.25 },
            offset: { x: 0, y: 4 },
            radius: 12,
            spread: 0,
          },
          {
            type: 'INNER_SHADOW',
            visible: true,
            color: { r: 0, g: 0, b: 0, a: 0.1 },
            offset: { x: 0, y: 1 },
            radius: 2,
            spread: 0,
          },
        ],
        // A variable bound on a node but missing from the variables response.
        fills: [
          {
            type: 'SOLID',
            color: { r: 0, g: 0.5, b: 0, a: 1 },
            boundVariables: { color: { type: 'VARIABLE_ALIAS', id: 'VariableID:77:1' } },
          },
        ],
        itemSpacing: 12,
        boundVariables: { itemSpacing: { type: 'VARIABLE_ALIAS', id: 'VariableID:77:2' } },
      }),
    ],
  }),
];

const styles = {
  'S:fill': { key: 'k1', name: 'Brand/Red Faded', styleType: 'FILL', description: 'half red', remote: false },
  'S:bound': { key: 'k2', name: 'Surface', styleType: 'FILL', description: '', remote: false },
  'S:text': { key: 'k3', name: 'Heading/H2', styleType: 'TEXT', description: '', remote: false },
  'S:shadow': { key: 'k4', name: 'Elevation/Card', styleType: 'EFFECT', description: '', remote: false },
  'S:unused': { key: 'k5', name: 'Unused', styleType: 'FILL', description: '', remote: false },
  'S:grid': { key: 'k6', name: 'Grid', styleType: 'GRID', description: '', remote: false },
} as never;

async function build() {
  const design = designWith({ variables: await fixtureVariables(), roots, styles });
  const result = await buildTokensFromDisk(design, configFor(await tempRoot()), createMemoryLogger());
  const css = result.files.find((f) => f.path.endsWith('tokens.css'))?.content ?? '';
  return { result, css };
}

describe('tokens from Figma styles and bound variables', () => {
  it('turns a fill style into a colour token valued from the node that uses it', async () => {
    const { result, css } = await build();
    expect(result.index.byStyleId('S:fill')).toMatchObject({
      path: 'color.Brand.Red Faded',
      cssVar: '--color-brand-red-faded',
      type: 'color',
    });
    expect(css).toContain('--color-brand-red-faded: rgba(255, 0, 0, 0.5); /** half red */');
  });

  it('keeps a style value bound to a variable as an alias', async () => {
    const { css } = await build();
    expect(css).toContain('--color-surface: var(--color-bg);');
  });

  it('turns a text style into a typography token with per-property variables', async () => {
    const { result, css } = await build();
    expect(result.index.byStyleId('S:text')?.type).toBe('typography');
    expect(css).toContain('--typography-heading-h2-font-size: var(--font-size-md);');
    expect(css).toContain('--typography-heading-h2-line-height: 28px;');
    expect(css).toContain('--typography-heading-h2-letter-spacing: -0.2px;');
    expect(css).toContain('--typography-heading-h2-text-transform: uppercase;');
    expect(css).toContain(
      '--typography-heading-h2: var(--typography-heading-h2-font-style) var(--typography-heading-h2-font-weight)',
    );
  });

  it('exposes each typography part in the index under "<path>.<field>" with its own CSS variable', async () => {
    const { result } = await build();
    expect(result.index.byPath('typography.Heading.H2.fontSize')).toMatchObject({
      cssVar: '--typography-heading-h2-font-size',
      type: 'dimension',
      value: { value: 16, unit: 'px' },
    });
    expect(result.index.byPath('typography.Heading.H2.lineHeight')).toMatchObject({
      cssVar: '--typography-heading-h2-line-height',
      type: 'dimension',
    });
    expect(result.index.byPath('typography.Heading.H2.fontStyle')?.value).toBe('italic');
  });

  it('turns an effect style into a layered shadow token', async () => {
    const { result, css } = await build();
    expect(result.index.byStyleId('S:shadow')?.type).toBe('shadow');
    expect(css).toContain(
      '--shadow-elevation-card: 0px 4px 12px 0px rgba(0, 0, 0, 0.25), inset 0px 1px 2px 0px rgba(0, 0, 0, 0.1);',
    );
  });

  it('warns about styles no node uses and styles without a token equivalent', async () => {
    const { result } = await build();
    expect(result.warnings.join('\n')).toMatch(/1 style\(s\) are not used by any node.*Unused/);
    expect(result.warnings.join('\n')).toMatch(/1 style\(s\) have no token equivalent.*Grid/);
  });

  it('infers tokens for variables bound on nodes but absent from the variables response, so they resolve exactly', async () => {
    const { result } = await build();
    expect(result.index.byVariableId('VariableID:77:1')).toMatchObject({
      path: 'var.color-77-1',
      type: 'color',
      value: { hex: '#008000' },
    });
    expect(result.index.byVariableId('VariableID:77:2')).toMatchObject({
      path: 'var.dimension-77-2',
      value: { value: 12, unit: 'px' },
    });
    expect(result.warnings.join('\n')).toMatch(/2 variable\(s\) bound on nodes are not in the variables response/);
  });
});
