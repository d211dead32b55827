import type { Effect, Paint, RGBA, Style, TypeStyle } from '@figma/rest-api-spec';
import { hexToRgba } from './color.ts';
import { figmaKey, round2 } from './ids.ts';
import type { SampleVariables } from './variables.ts';

/** A text style and the variables its properties are bound to (Figma binds each text property separately). */
export interface TextStyleDef {
  name: string;
  weight: 'regular' | 'medium' | 'semibold';
  size: string;
  lineHeight: string;
  description: string;
}

const WEIGHT_NAME = { regular: 'Regular', medium: 'Medium', semibold: 'Semi Bold' } as const;

export const TEXT_STYLES: TextStyleDef[] = [
  { name: 'Heading/L', weight: 'semibold', size: 'xl', lineHeight: 'xl', description: 'Page and dialog titles.' },
  { name: 'Heading/M', weight: 'semibold', size: 'lg', lineHeight: 'lg', description: 'Card and section titles.' },
  { name: 'Body/M', weight: 'regular', size: 'md', lineHeight: 'md', description: 'Default reading text and inputs.' },
  { name: 'Body/S', weight: 'regular', size: 'sm', lineHeight: 'sm', description: 'Secondary text, helper text.' },
  { name: 'Label/L', weight: 'medium', size: 'md', lineHeight: 'md', description: 'Large buttons.' },
  { name: 'Label/M', weight: 'medium', size: 'sm', lineHeight: 'sm', description: 'Buttons, field labels, tabs.' },
  { name: 'Label/S', weight: 'medium', size: 'xs', lineHeight: 'xs', description: 'Badges and small buttons.' },
];

/** Shadows as [offsetY, blur, spread]; the color is always bound to color/shadow. */
const EFFECT_STYLES: { name: string; shadows: [number, number, number][]; description: string }[] = [
  { name: 'Shadow/Card', shadows: [[1, 3, 0], [1, 2, -1]], description: 'Resting cards.' },
  { name: 'Shadow/Popover', shadows: [[8, 24, -4], [4, 8, -2]], description: 'Menus, popovers, toasts.' },
];

const FILL_STYLES = ['Brand/Gradient', 'Overlay/Scrim'] as const;

/** The file's styles: ids, the `styles` map of the file response and the values nodes carry when they use a style. */
export interface SampleStyles {
  map: Record<string, Style>;
  id(name: string): string;
  /** The TypeStyle a text node using this style carries, plus the variable bindings Figma lists on the node. */
  text(name: string): { def: TextStyleDef; style: TypeStyle; bindings: Record<string, string> };
  effects(name: string): Effect[];
  fills(name: (typeof FILL_STYLES)[number]): Paint[];
}

export function buildStyles(vars: SampleVariables): SampleStyles {
  const map: Record<string, Style> = {};
  const ids = new Map<string, string>();
  let seq = 1;
  const add = (name: string, styleType: Style['styleType'], description: string) => {
    const id = `3:${seq++}`;
    ids.set(name, id);
    map[id] = { key: figmaKey(`style:${name}`), name, styleType, remote: false, description };
  };
  for (const t of TEXT_STYLES) add(t.name, 'TEXT', t.description);
  for (const e of EFFECT_STYLES) add(e.name, 'EFFECT', e.description);
  add('Brand/Gradient', 'FILL', 'Avatar and illustration backgrounds.');
  add('Overlay/Scrim', 'FILL', 'Behind dialogs.');

  const num = (name: string) => vars.value(name) as number;
  const alias = (name: string) => ({ type: 'VARIABLE_ALIAS' as const, id: vars.id(name) });
  return {
    map,
    id: (name) => {
      const id = ids.get(name);
      if (id === undefined) throw new Error(`sample: unknown style "${name}"`);
      return id;
    },
    text: (name) => {
      const def = TEXT_STYLES.find((t) => t.name === name);
      if (def === undefined) throw new Error(`sample: unknown text style "${name}"`);
      const fontSize = num(`font/size/${def.size}`);
      const lineHeightPx = num(`font/line-height/${def.lineHeight}`);
      const style: TypeStyle = {
        fontFamily: 'Inter',
        fontPostScriptName: `Inter-${WEIGHT_NAME[def.weight].replace(' ', '')}`,
        fontStyle: WEIGHT_NAME[def.weight],
        fontWeight: num(`font/weight/${def.weight}`),
        textAutoResize: 'WIDTH_AND_HEIGHT',
        fontSize,
        textAlignHorizontal: 'LEFT',
        textAlignVertical: 'TOP',
        letterSpacing: 0,
        lineHeightPx,
        // Inter's intrinsic line height is about 1.21 em; Figma reports both percentages.
        lineHeightPercent: round2((lineHeightPx / (fontSize * 1.2102272510528564)) * 100),
        lineHeightPercentFontSize: round2((lineHeightPx / fontSize) * 100),
        lineHeightUnit: 'PIXELS',
      };
      const bindings = {
        fontFamily: 'font/family/sans',
        fontSize: `font/size/${def.size}`,
        fontWeight: `font/weight/${def.weight}`,
        lineHeight: `font/line-height/${def.lineHeight}`,
      };
      return { def, style, bindings };
    },
    effects: (name) => {
      const def = EFFECT_STYLES.find((e) => e.name === name);
      if (def === undefined) throw new Error(`sample: unknown effect style "${name}"`);
      return def.shadows.map(([y, radius, spread]) => ({
        type: 'DROP_SHADOW',
        visible: true,
        color: vars.value('color/shadow') as RGBA,
        blendMode: 'NORMAL',
        offset: { x: 0, y },
        radius,
        spread,
        showShadowBehindNode: false,
        boundVariables: { color: alias('color/shadow') },
      }));
    },
    fills: (name) =>
      name === 'Brand/Gradient'
        ? [
            {
              blendMode: 'NORMAL',
              type: 'GRADIENT_LINEAR',
              gradientHandlePositions: [{ x: 0, y: 0 }, { x: 1, y: 1 }, { x: -1, y: 1 }],
              gradientStops: [
                { color: hexToRgba('#2563EB'), position: 0 },
                { color: hexToRgba('#1D4ED8'), position: 1 },
              ],
            },
          ]
        : [{ blendMode: 'NORMAL', type: 'SOLID', color: hexToRgba('#02061780') }],
  };
}
