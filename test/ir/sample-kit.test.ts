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
      elementId: '',
      propAttributes: { placeholder: 'placeholder' },
      bindings: [
        { attribute: 'aria-invalid', prop: 'state', values: ['error'] },
        { attribute: 'disabled', prop: 'state', values: ['disabled'] },
      ],
      idRefs: { 'aria-describedby': ['helper-text'] },
    });
  });

  it('labels a text field with a real <label for> and marks the whole field inactive when disabled', () => {
    const { TextField } = all();
    const label = nodes(TextField!.root).find((n) => n.name === 'Label')!;
    expect(label).toMatchObject({ tag: 'label', idRefs: { htmlFor: [''] } });
    expect(nodes(TextField!.root).find((n) => n.name === 'Helper text')).toMatchObject({ elementId: 'helper-text' });
    expect(TextField!.root).toMatchObject({
      attributes: { role: 'group' },
      bindings: [{ attribute: 'aria-disabled', prop: 'state', values: ['disabled'] }],
    });
  });

  it('keeps the check icon that only the checked variant draws inside the box', () => {
    const { Checkbox } = all();
    const box = nodes(Checkbox!.root).find((n) => n.name === 'Box')!;
    expect(box.tag).toBe('span');
    expect(box.content.kind === 'children' && box.content.children[0]).toMatchObject({
      tag: 'CheckIcon',
      visibleWhen: [{ checked: 'true' }],
      // The instance tints the icon (it draws in currentColor): on-brand white, not the icon's default.
      style: { color: { kind: 'raw', value: '#ffffff' } },
    });
  });

  it('keys variant overrides by the fewest props that explain them', () => {
    const { Button } = all();
    const hover = Button!.root.overrides.find((o) => o.when.state === 'hover' && o.when.variant === 'primary');
    expect(hover?.when).toEqual({ variant: 'primary', state: 'hover' });
    expect(Button!.props.find((p) => p.name === 'state')).toMatchObject({
      interactions: { hover: 'hover', disabled: 'disabled' },
    });
  });

  it('draws inside strokes as an inset ring that takes no room, never as a border', () => {
    const { Button, TextField } = all();
    const secondary = Button!.root.overrides.find((o) => o.when.variant === 'secondary' && o.when.state === 'default');
    expect(secondary?.style['box-shadow']).toMatchObject({
      kind: 'list',
      items: [{ value: 'inset' }, {}, {}, {}, {}, {}],
    });
    // Only the <input> resets its UA border; no layer draws one.
    for (const n of nodes(TextField!.root)) expect(n.style.border?.kind ?? 'none').not.toBe('list');
  });

  it('passes an instance swapped in the design to the slot, and lets a stretched instance drop its fixed width', () => {
    const { Card } = all();
    const options = { ...defaultOptions(), figma: { ...defaultOptions().figma, frames: ['Sign in'] } };
    const SignIn = buildIr(design!, fixtureTokenIndex(), options).components.find((c) => c.name === 'SignIn');
    const save = nodes(Card!.root).find((n) => n.content.kind === 'instance' && 'icon' in n.content.props)!;
    expect(save.content.kind === 'instance' && save.content.props.icon).toMatchObject({
      kind: 'node',
      node: { tag: 'CheckIcon', content: { kind: 'instance', component: 'CheckIcon' } },
    });
    expect(Card!.dependencies).toContain('CheckIcon');
    const field = nodes(SignIn!.root).find((n) => n.tag === 'TextField')!;
    expect(field.style).toMatchObject({ 'align-self': { value: 'stretch' }, width: { value: 'auto' } });
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
