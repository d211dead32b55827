import type { IconName } from '../../scripts/sample/icons.ts';
import { componentSet, instantiate, type Library, type PropSpec } from '../../scripts/sample/library.ts';
import { raw, type Dim, type NodeFactory, type PaintSpec, type SNode } from '../../scripts/sample/nodes.ts';
import type { SampleVariables } from '../../scripts/sample/variables.ts';
import type { Random } from './random.ts';
import { componentTokenName, type ComponentToken } from './synthetic-variables.ts';

/** Variant counts drawn for each set: most sets are small, a few are large matrices (the sample's Button has 36). */
const VARIANT_COUNTS = [2, 2, 3, 4, 4, 6, 6, 8, 9, 12, 16, 24] as const;
const OPTIONS = {
  Variant: ['Primary', 'Secondary', 'Tertiary', 'Danger'],
  Size: ['Md', 'Sm', 'Lg'],
  State2: ['Default', 'Disabled'],
  State4: ['Default', 'Hover', 'Pressed', 'Disabled'],
} as const;
/** Variant properties per variant count: [property, option list] pairs whose product is the count. */
const MATRIX: Record<number, [string, readonly string[]][]> = {
  2: [['State', OPTIONS.State2]],
  3: [['Size', OPTIONS.Size]],
  4: [['Variant', OPTIONS.Variant.slice(0, 2)], ['State', OPTIONS.State2]],
  6: [['Size', OPTIONS.Size], ['State', OPTIONS.State2]],
  8: [['Variant', OPTIONS.Variant], ['State', OPTIONS.State2]],
  9: [['Variant', OPTIONS.Variant.slice(0, 3)], ['Size', OPTIONS.Size]],
  12: [['Variant', OPTIONS.Variant], ['Size', OPTIONS.Size]],
  16: [['Variant', OPTIONS.Variant], ['State', OPTIONS.State4]],
  24: [['Variant', OPTIONS.Variant], ['Size', OPTIONS.Size], ['State', OPTIONS.State2]],
};
const SIZES = {
  Md: { padY: 'spacing/2', padX: 'spacing/4', gap: 'spacing/2', text: 'Label/M', icon: 20 },
  Sm: { padY: 'spacing/1', padX: 'spacing/3', gap: 'spacing/1', text: 'Label/S', icon: 16 },
  Lg: { padY: 'spacing/3', padX: 'spacing/5', gap: 'spacing/3', text: 'Label/L', icon: 24 },
} as const;
const TONES: Record<string, { bg: string; fg: string }> = {
  Primary: { bg: 'color/brand', fg: 'color/on-brand' },
  Secondary: { bg: 'color/surface', fg: 'color/text' },
  Tertiary: { bg: 'color/neutral-subtle', fg: 'color/neutral-text' },
  Danger: { bg: 'color/danger', fg: 'color/on-danger' },
};
const ICONS: IconName[] = ['Check', 'Close', 'Plus', 'Info', 'Alert', 'Chevron down', 'Minus'];
const LABELS = ['Label', 'Save changes', 'Continue', 'Learn more', 'Add item', 'Filter', 'Details', 'Open menu'];
const RADII = ['radius/sm', 'radius/md', 'radius/lg', 'radius/full'];

export interface SetContext {
  lib: Library;
  f: NodeFactory;
  vars: SampleVariables;
  icons: Record<IconName, SNode>;
  rng: Random;
}

export interface SyntheticSetSpec {
  name: string;
  slug: string;
  /** A set whose default variant this set nests as an instance. */
  nested?: SNode | undefined;
}

/**
 * One component set: a realistic variant matrix, a label (TEXT prop), maybe an icon (BOOLEAN and
 * INSTANCE_SWAP props), maybe a nested instance of an earlier set. About 80% of values are bound to
 * variables; the rest are raw, half on the token scale (detached) and half off it.
 */
export function syntheticSet(ctx: SetContext, spec: SyntheticSetSpec): SNode {
  const { lib, f, vars, icons, rng } = ctx;
  const matrix = MATRIX[rng.pick(VARIANT_COUNTS)] ?? [];
  const icon = rng.chance(0.6) ? rng.pick(ICONS) : undefined;
  const swappable = icon !== undefined && rng.chance(0.5);
  const vertical = rng.chance(0.2);
  const radius = rng.pick(RADII);
  const bordered = rng.chance(0.4);
  const shadow = rng.chance(0.15);
  const label = rng.pick(LABELS);
  const props: PropSpec[] = [
    ...matrix.map(([name, options]): PropSpec => ({ name, type: 'VARIANT', options: [...options] })),
    { name: 'Label', type: 'TEXT', default: label },
  ];
  if (icon) props.push({ name: 'Show icon', type: 'BOOLEAN', default: true });
  if (icon && swappable) props.push({ name: 'Icon', type: 'INSTANCE_SWAP', default: icons[icon], preferred: ICONS.slice(0, 4).map((n) => icons[n]) });

  const dim = (token: string): Dim => {
    if (rng.chance(0.8)) return token;
    const value = vars.value(token) as number;
    return rng.chance(0.5) ? value : value + rng.int(1, 3);
  };
  const color = (token: string): PaintSpec => {
    if (rng.chance(0.8)) return token;
    if (rng.chance(0.5)) return raw(hex(vars.value(token)));
    return raw(`#${rng.int(0, 0xffffff).toString(16).padStart(6, '0')}`);
  };
  const own = (token: ComponentToken) => componentTokenName(spec.slug, token);

  return componentSet(lib, f, {
    name: spec.name,
    description: `${spec.name}: a synthetic component for the benchmark.`,
    width: 900,
    at: [0, 0],
    props,
    variant: (values, key) => {
      const size = SIZES[(values.Size ?? 'Md') as keyof typeof SIZES];
      const disabled = values.State === 'Disabled';
      const tone = values.Variant ? (TONES[values.Variant] ?? { bg: own('bg'), fg: own('fg') }) : { bg: own('bg'), fg: own('fg') };
      const fg = disabled ? 'color/disabled-text' : tone.fg;
      const children: SNode[] = [];
      if (icon) {
        const glyph = instantiate(lib, f, icons[icon], { size: size.icon, tint: [f.paint(fg)] });
        glyph.componentPropertyReferences = { visible: key('Show icon'), ...(swappable ? { mainComponent: key('Icon') } : {}) };
        children.push(glyph);
      }
      children.push(f.text('Label', label, { style: size.text, color: color(fg), refs: { characters: key('Label') }, unbound: rng.chance(0.1) }));
      const nestedVariant = spec.nested?.children?.[0];
      if (nestedVariant) children.push(instantiate(lib, f, nestedVariant));
      return {
        name: '',
        layout: vertical ? 'V' : 'H',
        pad: [dim(size.padY), dim(size.padX)],
        gap: dim(size.gap),
        cross: 'CENTER',
        radius: dim(radius),
        fills: [color(disabled ? 'color/disabled-bg' : tone.bg)],
        ...(bordered ? { stroke: { paint: color(own('border')) } } : {}),
        ...(shadow ? { effectStyle: 'Shadow/Card' } : {}),
        children,
      };
    },
  });
}

function hex(value: unknown): string {
  const c = value as { r: number; g: number; b: number };
  const byte = (v: number) => Math.round(v * 255).toString(16).padStart(2, '0');
  return `#${byte(c.r)}${byte(c.g)}${byte(c.b)}`;
}
