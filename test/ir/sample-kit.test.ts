import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIr } from '../../generator/ir/build-ir.ts';
import { readDesign } from '../../generator/source/load-design.ts';
import type { IrComponent, IrNode } from '../../generator/ir/types.ts';
import { defaultOptions } from './kit.ts';
import { fixtureTokenIndex } from './token-index-fixture.ts';

const SAMPLE = new URL('../../.design-sync/snapshots/DesignSyncSampleKit01', import.meta.url).pathname;

function nodes(root: IrNode): IrNode[] {
  const out = [root];
  if (root.content.kind === 'children') for (const c of root.content.children) out.push(...nodes(c));
  if (root.content.kind === 'slot' && root.content.fallback) out.push(...nodes(root.content.fallback));
  return out;
}

describe.skipIf(!existsSync(SAMPLE))('semantics on the bundled sample kit', async () => {
  const design = existsSync(SAMPLE) ? await readDesign(SAMPLE) : undefined;
  const all = (): Record<string, IrComponent> =>
    Object.fromEntries(buildIr(design!, fixtureTokenIndex(), defaultOptions()).components.map((c) => [c.name, c]));

  it('makes a checkbox a button with role checkbox, aria-checked bound to a boolean-like variant', () => {
    const { Checkbox } = all();
    expect(Checkbox!.root).toMatchObject({
      tag: 'button',
      attributes: { type: 'button', role: 'checkbox' },
      bindings: [{ attribute: 'aria-checked', prop: 'checked', values: ['true'] }],
    });
    expect(Checkbox!.props[0]).toMatchObject({ kind: 'variant', name: 'checked', boolean: true });
  });

  it('renders a real <input> in a text field, which takes the consumer props and the disabled state', () => {
    const { TextField } = all();
    const input = nodes(TextField!.root).find((n) => n.tag === 'input')!;
    expect(input).toMatchObject({
      host: true,
      propAttributes: { placeholder: 'placeholder', 'aria-label': 'label' },
      bindings: [{ attribute: 'disabled', prop: 'state', values: ['disabled'] }],
    });
  });

  it('gives an icon-only button a label prop and keeps its swappable icon as a slot', () => {
    const { IconButton } = all();
    expect(IconButton!.root.tag).toBe('button');
    expect(IconButton!.props.map((p) => `${p.kind}:${p.name}`)).toEqual([
      'variant:variant',
      'variant:size',
      'slot:icon',
      'label:label',
    ]);
    expect(nodes(IconButton!.root).some((n) => n.content.kind === 'slot' && n.content.prop === 'icon')).toBe(true);
  });

  it('renders the icon each variant swaps in, and imports every one of them', () => {
    const { Alert } = all();
    const icon = nodes(Alert!.root).find((n) => n.content.kind === 'instance')!;
    expect(icon.content.kind === 'instance' && icon.content.alternatives?.map((a) => [a.when, a.component])).toEqual([
      [{ tone: 'success' }, 'CheckIcon'],
      [{ tone: 'warning' }, 'AlertIcon'],
      [{ tone: 'danger' }, 'AlertIcon'],
    ]);
    expect(Alert!.dependencies).toEqual(['AlertIcon', 'CheckIcon', 'InfoIcon']);
  });
});
