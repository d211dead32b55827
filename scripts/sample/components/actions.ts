import type { IconName } from '../icons.ts';
import { componentSet, instantiate, type Library } from '../library.ts';
import type { NodeFactory, SNode } from '../nodes.ts';

export interface Ctx {
  lib: Library;
  f: NodeFactory;
  icons: Record<IconName, SNode>;
}

const SIZES = {
  Md: { padY: 'spacing/2', padX: 'spacing/4', gap: 'spacing/2', text: 'Label/M', icon: 20, square: 40 },
  Sm: { padY: 'spacing/1-5', padX: 'spacing/3', gap: 'spacing/1', text: 'Label/S', icon: 16, square: 32 },
  Lg: { padY: 'spacing/3', padX: 'spacing/5', gap: 'spacing/2', text: 'Label/L', icon: 24, square: 48 },
} as const;

/** Background by state (Default, Hover), foreground and border per variant; a missing background is transparent. */
const TONES: Record<string, { bg: [string | null, string]; fg: string; border?: string }> = {
  Primary: { bg: ['color/brand', 'color/brand-hover'], fg: 'color/on-brand' },
  Secondary: { bg: ['color/surface', 'color/neutral-subtle'], fg: 'color/text', border: 'color/border-strong' },
  Ghost: { bg: [null, 'color/neutral-subtle'], fg: 'color/brand-text' },
  Danger: { bg: ['color/danger', 'color/danger-hover'], fg: 'color/on-danger' },
};

function colors(variant: string, state: string) {
  const tone = TONES[variant] ?? TONES.Primary!;
  if (state === 'Disabled') {
    return { bg: variant === 'Ghost' ? null : 'color/disabled-bg', fg: 'color/disabled-text', border: tone.border ? 'color/border' : undefined };
  }
  return { bg: tone.bg[state === 'Hover' ? 1 : 0], fg: tone.fg, border: tone.border };
}

const swapIcons = (ctx: Ctx, names: IconName[]) => names.map((n) => ctx.icons[n]);

export function buildButton(ctx: Ctx, at: [number, number]): SNode {
  const { lib, f, icons } = ctx;
  return componentSet(lib, f, {
    name: 'Button',
    description: 'Triggers an action. Use one Primary button per view.',
    width: 1100,
    at,
    props: [
      { name: 'Variant', type: 'VARIANT', options: ['Primary', 'Secondary', 'Ghost', 'Danger'] },
      { name: 'Size', type: 'VARIANT', options: ['Md', 'Sm', 'Lg'] },
      { name: 'State', type: 'VARIANT', options: ['Default', 'Hover', 'Disabled'] },
      { name: 'Label', type: 'TEXT', default: 'Button' },
      { name: 'Show icon', type: 'BOOLEAN', default: false },
      { name: 'Icon', type: 'INSTANCE_SWAP', default: icons.Plus, preferred: swapIcons(ctx, ['Plus', 'Check', 'Close', 'Chevron down']) },
    ],
    variant: (v, key) => {
      const size = SIZES[v.Size as keyof typeof SIZES];
      const c = colors(v.Variant ?? '', v.State ?? '');
      const icon = instantiate(lib, f, icons.Plus, { size: size.icon, tint: [f.paint(c.fg)] });
      Object.assign(icon, { visible: false, componentPropertyReferences: { visible: key('Show icon'), mainComponent: key('Icon') } });
      return {
        name: '', layout: 'H', pad: [size.padY, size.padX], gap: size.gap, align: 'CENTER', cross: 'CENTER', radius: 'radius/md',
        fills: c.bg ? [c.bg] : [],
        ...(c.border ? { stroke: { paint: c.border } } : {}),
        children: [icon, f.text('Label', 'Button', { style: size.text, color: c.fg, refs: { characters: key('Label') } })],
      };
    },
  });
}

export function buildIconButton(ctx: Ctx, at: [number, number]): SNode {
  const { lib, f, icons } = ctx;
  return componentSet(lib, f, {
    name: 'Icon button',
    description: 'An action shown only as an icon; always give it an accessible label.',
    width: 400,
    at,
    props: [
      { name: 'Variant', type: 'VARIANT', options: ['Secondary', 'Primary', 'Ghost'] },
      { name: 'Size', type: 'VARIANT', options: ['Md', 'Sm'] },
      { name: 'Icon', type: 'INSTANCE_SWAP', default: icons.Close, preferred: swapIcons(ctx, ['Close', 'Plus', 'Minus', 'Chevron down']) },
    ],
    variant: (v, key) => {
      const size = SIZES[v.Size as keyof typeof SIZES];
      const c = colors(v.Variant ?? '', 'Default');
      const icon = instantiate(lib, f, icons.Close, { size: size.icon, tint: [f.paint(c.fg)] });
      icon.componentPropertyReferences = { mainComponent: key('Icon') };
      return {
        name: '', layout: 'H', w: size.square, h: size.square, align: 'CENTER', cross: 'CENTER', radius: 'radius/md',
        fills: c.bg ? [c.bg] : [],
        ...(c.border ? { stroke: { paint: c.border } } : {}),
        children: [icon],
      };
    },
  });
}
