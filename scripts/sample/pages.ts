import { instantiate, type Library } from './library.ts';
import type { NodeFactory, SNode } from './nodes.ts';
import { TEXT_STYLES } from './styles.ts';

/** The Foundations page: one specimen per style, so every style's value can be read from a node that uses it. */
export function buildFoundations(f: NodeFactory): SNode[] {
  const type = f.box({
    name: 'Text styles', layout: 'V', w: 560, pad: 'spacing/6', gap: 'spacing/4', fills: ['color/bg'], at: [0, 0],
    children: TEXT_STYLES.map((t) => f.text(t.name, `${t.name} · The quick brown fox`, { style: t.name, color: 'color/text', w: 'fill' })),
  });
  const effects = f.box({
    name: 'Effect styles', layout: 'H', pad: 'spacing/6', gap: 'spacing/6', fills: ['color/surface'], at: [640, 0],
    children: ['Shadow/Card', 'Shadow/Popover'].map((name) =>
      f.box({ name, layout: 'V', w: 160, h: 100, pad: 'spacing/4', radius: 'radius/lg', fills: ['color/surface-raised'], effectStyle: name,
        children: [f.text('Name', name, { style: 'Label/M', color: 'color/text' })] }),
    ),
  });
  const fills = f.box({
    name: 'Fill styles', layout: 'H', pad: 'spacing/6', gap: 'spacing/6', fills: ['color/bg'], at: [640, 200],
    children: (['Brand/Gradient', 'Overlay/Scrim'] as const).map((name) => f.box({ name, w: 120, h: 80, radius: 'radius/lg', fillStyle: name })),
  });
  return [type, effects, fills];
}

/** The Examples page: a screen built from instances, for `figma.frames` and for instance overrides with FILL sizing. */
export function buildExamples(lib: Library, f: NodeFactory, sets: { textField: SNode; checkbox: SNode; button: SNode }): SNode[] {
  const first = (set: SNode) => {
    const c = set.children?.[0];
    if (!c) throw new Error(`sample: ${set.name} has no variants`);
    return c;
  };
  const signIn = f.box({
    name: 'Sign in', layout: 'V', w: 400, pad: 'spacing/8', gap: 'spacing/5', radius: 'radius/xl', fills: ['color/surface-raised'],
    effectStyle: 'Shadow/Popover', at: [0, 0],
    children: [
      f.text('Title', 'Sign in to your workspace', { style: 'Heading/L', color: 'color/text', w: 'fill' }),
      instantiate(lib, f, first(sets.textField), { props: { Label: 'Email', 'Show helper': false }, w: 'fill' }),
      instantiate(lib, f, first(sets.textField), { props: { State: 'Error', Label: 'Password', Placeholder: '••••••••', 'Helper text': 'Password is too short.' }, w: 'fill' }),
      instantiate(lib, f, first(sets.checkbox), { props: { Checked: 'True', Label: 'Keep me signed in' } }),
      instantiate(lib, f, first(sets.button), { props: { Size: 'Lg', Label: 'Sign in' }, w: 'fill' }),
    ],
  });
  return [signIn];
}
