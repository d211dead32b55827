import type { LocalVariable, LocalVariableCollection, RGBA, VariableScope } from '@figma/rest-api-spec';
import { hexToRgba } from './color.ts';
import { figmaKey } from './ids.ts';

/** Raw palette; primitives are hidden from pickers (empty scopes) so designers reach for the semantic layer. */
const PALETTE: Record<string, string> = {
  'gray/0': '#FFFFFF', 'gray/50': '#F8FAFC', 'gray/100': '#F1F5F9', 'gray/200': '#E2E8F0', 'gray/300': '#CBD5E1',
  'gray/400': '#94A3B8', 'gray/500': '#64748B', 'gray/600': '#475569', 'gray/700': '#334155', 'gray/800': '#1E293B',
  'gray/900': '#0F172A', 'gray/950': '#020617',
  'blue/100': '#DBEAFE', 'blue/300': '#93C5FD', 'blue/400': '#60A5FA', 'blue/600': '#2563EB', 'blue/700': '#1D4ED8', 'blue/900': '#1E3A8A',
  'red/100': '#FEE2E2', 'red/300': '#FCA5A5', 'red/400': '#F87171', 'red/600': '#DC2626', 'red/700': '#B91C1C', 'red/900': '#7F1D1D',
  'green/100': '#DCFCE7', 'green/300': '#86EFAC', 'green/400': '#4ADE80', 'green/600': '#16A34A', 'green/700': '#15803D', 'green/900': '#14532D',
  'amber/100': '#FEF3C7', 'amber/300': '#FCD34D', 'amber/400': '#FBBF24', 'amber/600': '#D97706', 'amber/700': '#B45309', 'amber/900': '#78350F',
  'black/alpha-12': '#0206171F', 'black/alpha-48': '#0206177A',
};

type FloatRow = [name: string, value: number, scopes: VariableScope[]];
const GAP: VariableScope[] = ['GAP'];
const FLOATS: FloatRow[] = [
  ...([['0', 0], ['0-5', 2], ['1', 4], ['1-5', 6], ['2', 8], ['3', 12], ['4', 16], ['5', 20], ['6', 24], ['8', 32], ['10', 40], ['12', 48]] as const).map(
    ([n, v]): FloatRow => [`spacing/${n}`, v, GAP],
  ),
  ...([['none', 0], ['sm', 4], ['md', 6], ['lg', 8], ['xl', 12], ['full', 9999]] as const).map(
    ([n, v]): FloatRow => [`radius/${n}`, v, ['CORNER_RADIUS']],
  ),
  ['border-width/1', 1, ['STROKE_FLOAT']],
  ['border-width/2', 2, ['STROKE_FLOAT']],
  ['size/icon-sm', 16, ['WIDTH_HEIGHT']],
  ['size/icon-md', 20, ['WIDTH_HEIGHT']],
  ['size/icon-lg', 24, ['WIDTH_HEIGHT']],
  ...([['xs', 12], ['sm', 14], ['md', 16], ['lg', 20], ['xl', 24], ['2xl', 32]] as const).map(
    ([n, v]): FloatRow => [`font/size/${n}`, v, ['FONT_SIZE']],
  ),
  ...([['xs', 16], ['sm', 20], ['md', 24], ['lg', 28], ['xl', 32], ['2xl', 40]] as const).map(
    ([n, v]): FloatRow => [`font/line-height/${n}`, v, ['LINE_HEIGHT']],
  ),
  ...([['regular', 400], ['medium', 500], ['semibold', 600], ['bold', 700]] as const).map(
    ([n, v]): FloatRow => [`font/weight/${n}`, v, ['FONT_WEIGHT']],
  ),
];
const STRINGS: [string, string][] = [
  ['font/family/sans', 'Inter'],
  ['font/family/mono', 'JetBrains Mono'],
];

const FILLS: VariableScope[] = ['FRAME_FILL', 'SHAPE_FILL'];
const TEXT: VariableScope[] = ['TEXT_FILL'];
const ANY_COLOR: VariableScope[] = ['ALL_FILLS', 'STROKE_COLOR'];
/** Semantic colors: [name, light primitive, dark primitive, scopes]. Text pairs are checked for WCAG AA in both modes by test/sample. */
const SEMANTIC: [string, string, string, VariableScope[]][] = [
  ['color/bg', 'gray/0', 'gray/950', FILLS],
  ['color/surface', 'gray/50', 'gray/900', FILLS],
  ['color/surface-raised', 'gray/0', 'gray/800', FILLS],
  ['color/text', 'gray/900', 'gray/50', TEXT],
  ['color/text-muted', 'gray/600', 'gray/400', TEXT],
  ['color/border', 'gray/200', 'gray/700', ['STROKE_COLOR']],
  ['color/border-strong', 'gray/500', 'gray/400', ['STROKE_COLOR', 'SHAPE_FILL']],
  ['color/brand', 'blue/600', 'blue/400', ANY_COLOR],
  ['color/brand-hover', 'blue/700', 'blue/300', ANY_COLOR],
  ['color/brand-subtle', 'blue/100', 'blue/900', FILLS],
  ['color/brand-text', 'blue/700', 'blue/300', TEXT],
  ['color/on-brand', 'gray/0', 'gray/950', ['TEXT_FILL', 'SHAPE_FILL']],
  ['color/danger', 'red/600', 'red/400', ANY_COLOR],
  ['color/danger-hover', 'red/700', 'red/300', ANY_COLOR],
  ['color/danger-subtle', 'red/100', 'red/900', FILLS],
  ['color/danger-text', 'red/700', 'red/300', TEXT],
  ['color/on-danger', 'gray/0', 'gray/950', ['TEXT_FILL', 'SHAPE_FILL']],
  ['color/success', 'green/600', 'green/400', ANY_COLOR],
  ['color/success-subtle', 'green/100', 'green/900', FILLS],
  ['color/success-text', 'green/700', 'green/300', TEXT],
  ['color/warning', 'amber/600', 'amber/400', ANY_COLOR],
  ['color/warning-subtle', 'amber/100', 'amber/900', FILLS],
  ['color/warning-text', 'amber/900', 'amber/300', TEXT],
  ['color/neutral-subtle', 'gray/100', 'gray/800', FILLS],
  ['color/neutral-text', 'gray/700', 'gray/200', TEXT],
  ['color/disabled-bg', 'gray/100', 'gray/800', FILLS],
  ['color/disabled-text', 'gray/400', 'gray/500', TEXT],
  ['color/focus', 'blue/600', 'blue/300', ['STROKE_COLOR']],
  ['color/shadow', 'black/alpha-12', 'black/alpha-48', ['EFFECT_COLOR']],
];
/** Developers asked for these names in code; Figma shows them in Dev Mode. */
const CODE_SYNTAX = new Set(['color/bg', 'color/text', 'color/brand', 'color/on-brand', 'color/focus']);

export const PRIMITIVES = { collectionId: 'VariableCollectionId:1:0', modeId: '1:0', modeName: 'Value' } as const;
export const SEMANTIC_MODES = { collectionId: 'VariableCollectionId:2:0', light: '2:0', dark: '2:1' } as const;

export type VariableValue = RGBA | number | string;

/** The sample's variables: the response body and lookups by variable name. */
export interface SampleVariables {
  response: {
    status: 200;
    error: false;
    meta: { variables: Record<string, LocalVariable>; variableCollections: Record<string, LocalVariableCollection> };
  };
  /** Variable id by name ("color/brand" -> "VariableID:2:8"); throws on unknown names so a typo fails the build. */
  id(name: string): string;
  /** The value in the default mode (Light for semantic colors), aliases resolved. */
  value(name: string): VariableValue;
  /** The value in a named mode ("Light" | "Dark"), aliases resolved. */
  valueIn(name: string, mode: 'Light' | 'Dark'): VariableValue;
}

export function buildVariables(): SampleVariables {
  const variables: Record<string, LocalVariable> = {};
  const byName = new Map<string, LocalVariable>();
  const collectionVars: Record<string, string[]> = { [PRIMITIVES.collectionId]: [], [SEMANTIC_MODES.collectionId]: [] };
  let seq = 1;
  const add = (
    collectionId: string,
    name: string,
    resolvedType: LocalVariable['resolvedType'],
    valuesByMode: LocalVariable['valuesByMode'],
    scopes: VariableScope[],
    hidden: boolean,
  ) => {
    const block = collectionId === PRIMITIVES.collectionId ? 1 : 2;
    const id = `VariableID:${block}:${seq++}`;
    const web = `var(--${name.replaceAll('/', '-')})`;
    const variable: LocalVariable = {
      id, name, key: figmaKey(`variable:${name}`), variableCollectionId: collectionId, resolvedType, valuesByMode,
      remote: false, description: '', hiddenFromPublishing: hidden, scopes, codeSyntax: CODE_SYNTAX.has(name) ? { WEB: web } : {},
    };
    variables[id] = variable;
    byName.set(name, variable);
    collectionVars[collectionId]?.push(id);
  };
  const prim = PRIMITIVES.modeId;
  for (const [name, hex] of Object.entries(PALETTE)) add(PRIMITIVES.collectionId, `color/${name}`, 'COLOR', { [prim]: hexToRgba(hex) }, [], true);
  for (const [name, value, scopes] of FLOATS) add(PRIMITIVES.collectionId, name, 'FLOAT', { [prim]: value }, scopes, false);
  for (const [name, value] of STRINGS) add(PRIMITIVES.collectionId, name, 'STRING', { [prim]: value }, ['FONT_FAMILY'], false);
  const alias = (primitive: string) => ({ type: 'VARIABLE_ALIAS' as const, id: mustGet(byName, `color/${primitive}`).id });
  for (const [name, light, dark, scopes] of SEMANTIC) {
    add(SEMANTIC_MODES.collectionId, name, 'COLOR', { [SEMANTIC_MODES.light]: alias(light), [SEMANTIC_MODES.dark]: alias(dark) }, scopes, false);
  }

  const collection = (id: string, name: string, modes: { modeId: string; name: string }[], hidden: boolean): LocalVariableCollection => ({
    id, name, key: figmaKey(`collection:${name}`), modes, defaultModeId: modes[0]?.modeId ?? '', remote: false,
    hiddenFromPublishing: hidden, variableIds: collectionVars[id] ?? [],
  });
  const variableCollections = {
    [PRIMITIVES.collectionId]: collection(PRIMITIVES.collectionId, 'Primitives', [{ modeId: prim, name: PRIMITIVES.modeName }], true),
    [SEMANTIC_MODES.collectionId]: collection(SEMANTIC_MODES.collectionId, 'Semantic', [
      { modeId: SEMANTIC_MODES.light, name: 'Light' },
      { modeId: SEMANTIC_MODES.dark, name: 'Dark' },
    ], false),
  };

  const resolve = (variable: LocalVariable, mode: 'Light' | 'Dark'): VariableValue => {
    const modeId = variable.variableCollectionId === PRIMITIVES.collectionId ? prim : mode === 'Light' ? SEMANTIC_MODES.light : SEMANTIC_MODES.dark;
    const raw = variable.valuesByMode[modeId];
    if (typeof raw === 'number' || typeof raw === 'string') return raw;
    if (raw !== undefined && typeof raw === 'object' && 'r' in raw) return raw;
    const target = raw !== undefined && typeof raw === 'object' && 'id' in raw ? variables[raw.id] : undefined;
    if (target === undefined) throw new Error(`sample: variable ${variable.name} has no ${mode} value`);
    return resolve(target, mode);
  };
  return {
    response: { status: 200, error: false, meta: { variables, variableCollections } },
    id: (name) => mustGet(byName, name).id,
    value: (name) => resolve(mustGet(byName, name), 'Light'),
    valueIn: (name, mode) => resolve(mustGet(byName, name), mode),
  };
}

function mustGet<T>(map: Map<string, T | undefined>, name: string): T {
  const found = map.get(name);
  if (found === undefined) throw new Error(`sample: unknown variable "${name}"`);
  return found;
}
