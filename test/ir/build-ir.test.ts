import { describe, expect, it } from 'vitest';
import { buildIr } from '../../generator/ir/build-ir.ts';
import type { IrComponent, IrNode } from '../../generator/ir/types.ts';
import { defaultOptions, kit, kitIndex } from './kit.ts';
import { fixtureTokenIndex } from './token-index-fixture.ts';

function find(node: IrNode, name: string): IrNode | undefined {
  if (node.name === name) return node;
  if (node.content.kind === 'children')
    for (const c of node.content.children) {
      const hit = find(c, name);
      if (hit) return hit;
    }
  return undefined;
}

async function components(): Promise<Record<string, IrComponent>> {
  const { components } = buildIr(await kit(), kitIndex(), defaultOptions());
  return Object.fromEntries(components.map((c) => [c.name, c]));
}

describe('buildIr on the generate kit', () => {
  it("makes one component per component set and standalone component, and none for other pages' frames", async () => {
    const all = await components();
    expect(Object.keys(all).sort()).toEqual(['Button', 'ProductCard', 'StarIcon']);
    expect(all.Button!.kind).toBe('component-set');
    expect(all.ProductCard!.description).toBe('Shows a product.');
  });

  it('turns component properties into typed props with camelCase names and defaults from the default variant', async () => {
    const { Button } = await components();
    expect(Button!.props).toEqual([
      expect.objectContaining({
        kind: 'variant',
        name: 'variant',
        values: ['primary', 'secondary'],
        default: 'primary',
      }),
      expect.objectContaining({ kind: 'variant', name: 'size', values: ['small', 'large'], default: 'small' }),
      expect.objectContaining({ kind: 'boolean', name: 'showIcon', default: true }),
      expect.objectContaining({ kind: 'text', name: 'label', default: 'Button' }),
    ]);
    expect(Button!.variants[0]).toEqual({
      nodeId: '10:0',
      name: 'Variant=Primary, Size=Small',
      values: { variant: 'primary', size: 'small' },
    });
  });

  it('merges variants into one tree with overrides keyed by the prop that explains them', async () => {
    const { Button } = await components();
    const root = Button!.root;
    expect(root.tag).toBe('button');
    expect(root.content.kind === 'children' && root.content.children.map((c) => c.name)).toEqual(['Icon', 'Label']);
    const bySize = root.overrides.find((o) => o.when.size === 'large');
    expect(bySize?.style.height).toEqual({ kind: 'raw', value: '48px' });
    const byVariant = root.overrides.find((o) => o.when.variant === 'secondary');
    expect(byVariant?.style['background-color']).toMatchObject({ kind: 'token', token: { path: 'color.bg.surface' } });
    expect(Object.keys(byVariant?.when ?? {})).toEqual(['variant']);
  });

  it('uses bound variables as exact tokens and auto-layout as flexbox', async () => {
    const { Button } = await components();
    const style = Button!.root.style;
    expect(style['background-color']).toMatchObject({ kind: 'token', token: { cssVar: '--color-bg-brand' } });
    expect(style['border-radius']).toMatchObject({ kind: 'token', token: { path: 'radius.md' } });
    expect(style.display).toEqual({ kind: 'keyword', value: 'flex' });
    expect(style['justify-content']).toEqual({ kind: 'keyword', value: 'center' });
    expect(style.gap).toMatchObject({ kind: 'token', token: { path: 'spacing.2' } });
    expect(Button!.stats.exact).toBeGreaterThan(0);
  });

  it('binds text to TEXT props and visibility to BOOLEAN props', async () => {
    const { Button } = await components();
    const label = find(Button!.root, 'Label')!;
    expect(label.content).toMatchObject({ kind: 'text', prop: 'label' });
    expect(label.tag).toBe('span');
    const icon = find(Button!.root, 'Icon')!;
    expect(icon.visibleWhen).toEqual([{ showIcon: true }]);
    expect(icon.tag).toBe('svg');
    expect(icon.attributes['aria-hidden']).toBe('true');
  });

  it('renders instances of generated components as imports with their overrides as props', async () => {
    const { ProductCard } = await components();
    expect(ProductCard!.dependencies).toEqual(['Button']);
    const action = find(ProductCard!.root, 'Primary action')!;
    expect(action.content).toEqual({
      kind: 'instance',
      component: 'Button',
      props: {
        variant: { kind: 'string', value: 'secondary' },
        showIcon: { kind: 'boolean', value: false },
        label: { kind: 'string', value: "Buy it's now" },
      },
    });
  });

  it('turns image fills into an image prop, wrap into row-gap, constraints into absolute offsets, and skips hidden layers', async () => {
    const { ProductCard } = await components();
    const root = ProductCard!.root;
    const cover = find(root, 'Cover')!;
    expect(cover.tag).toBe('img');
    expect(cover.content).toEqual({ kind: 'image', prop: 'src' });
    expect(ProductCard!.props.map((p) => p.name)).toEqual(['src']);
    const actions = find(root, 'Actions')!;
    expect(actions.style['flex-wrap']).toEqual({ kind: 'keyword', value: 'wrap' });
    expect(actions.style['justify-content']).toEqual({ kind: 'keyword', value: 'space-between' });
    expect(actions.style['row-gap']).toMatchObject({ kind: 'token', token: { path: 'spacing.3' } });
    const dot = find(root, 'Dot')!;
    expect(dot.style).toMatchObject({
      position: { value: 'absolute' },
      right: { value: '2px' },
      bottom: { value: '2px' },
      'border-radius': { value: '50%' },
    });
    expect(find(root, 'Hidden thing')).toBeUndefined();
    expect(root.style['border-radius']).toMatchObject({ kind: 'list' });
  });

  it('draws an image fill behind child layers as a background image from an image prop, keeping the children', async () => {
    const design = await kit();
    type Layer = { id?: string; fills?: unknown[]; children?: unknown[] };
    const find30 = (n: Layer): Layer | undefined =>
      n.id === '30:1' ? n : (n.children ?? []).map((c) => find30(c as typeof n)).find((hit) => hit !== undefined);
    const card = design.roots.map((r) => find30(r as never)).find((hit) => hit !== undefined)!;
    card.fills = [{ type: 'IMAGE', scaleMode: 'FIT', imageRef: 'hero', blendMode: 'NORMAL' }];
    const { components: all } = buildIr(design, kitIndex(), defaultOptions());
    const root = all.find((c) => c.name === 'ProductCard')!.root;
    expect(root.backgroundImage).toBe('src');
    expect(root.style).toMatchObject({
      'background-size': { value: 'contain' },
      'background-repeat': { value: 'no-repeat' },
    });
    expect(root.content.kind === 'children' && root.content.children.length).toBeGreaterThan(1);
    // The leaf image keeps its own prop.
    expect(find(root, 'Cover')!.content).toEqual({ kind: 'image', prop: 'coverSrc' });
  });

  it('records a bound variable the token index does not know as an unresolved variable, apart from raw values', async () => {
    const { components: all } = buildIr(await kit(), fixtureTokenIndex(), defaultOptions());
    const button = all.find((c) => c.name === 'Button')!;
    const unresolved = button.findings.filter((f) => f.kind === 'unresolved-variable');
    expect(unresolved.map((f) => f.message)).toContain(
      'bound variable VariableID:1:1 is not in the token index; its value #3366ff is matched instead',
    );
    expect(button.stats.unresolved).toBeGreaterThan(0);
    // With the variables known, nothing is unresolved.
    const known = buildIr(await kit(), kitIndex(), defaultOptions()).components.find((c) => c.name === 'Button')!;
    expect(known.findings.some((f) => f.kind === 'unresolved-variable')).toBe(false);
  });

  it('makes a heading of a large title and records raw values as findings', async () => {
    const { ProductCard } = await components();
    const title = find(ProductCard!.root, 'Title')!;
    expect(title.tag).toBe('h2');
    expect(title.content).toMatchObject({ kind: 'text', text: 'Card <title> & {stuff}' });
    expect(ProductCard!.findings.some((f) => f.kind === 'raw-value' && f.message.includes('#f2f2f2'))).toBe(true);
    expect(ProductCard!.stats.raw).toBeGreaterThan(0);
  });

  it('turns a vector-only component into an icon named ...Icon with currentColor paths', async () => {
    const { StarIcon } = await components();
    expect(StarIcon!.role).toBe('icon');
    expect(StarIcon!.root.tag).toBe('svg');
    expect(StarIcon!.root.style.color).toMatchObject({ kind: 'token', token: { path: 'color.neutral.900' } });
    expect(StarIcon!.props).toEqual([expect.objectContaining({ kind: 'label', name: 'label' })]);
    const svg = StarIcon!.root.content;
    expect(svg.kind === 'svg' && svg.paths[0]).toEqual({
      d: 'M2 2L10 2L10 10L2 10Z',
      fillRule: 'nonzero',
      transform: 'translate(2 2)',
    });
  });

  it('limits the result to named components plus what they import, and fails clearly on an unknown name', async () => {
    const design = await kit();
    const { components, planned } = buildIr(design, kitIndex(), defaultOptions(), ['ProductCard']);
    expect(components.map((c) => c.name)).toEqual(['ProductCard', 'Button']);
    expect(planned).toEqual(['Button', 'StarIcon', 'ProductCard']);
    expect(buildIr(design, kitIndex(), defaultOptions(), ['icon/star']).components.map((c) => c.name)).toEqual([
      'StarIcon',
    ]);
    expect(() => buildIr(design, kitIndex(), defaultOptions(), ['Nope'])).toThrow(
      expect.objectContaining({ code: 'ir/unknown-component' }),
    );
  });

  it('applies a semantics override from config', async () => {
    const options = defaultOptions();
    options.generator.semantics = { ProductCard: 'link' };
    const { components } = buildIr(await kit(), kitIndex(), options, ['ProductCard']);
    expect(components[0]!.root.tag).toBe('a');
  });
});
