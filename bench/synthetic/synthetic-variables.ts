import type { LocalVariable, RGBA, VariableScope } from '@figma/rest-api-spec';
import { figmaKey } from '../../scripts/sample/ids.ts';
import { SEMANTIC_MODES, buildVariables, type SampleVariables, type VariableValue } from '../../scripts/sample/variables.ts';

/** Component-level tokens (bg, fg, border) each set gets, aliasing a primitive per mode as real systems do. */
export const COMPONENT_TOKENS = ['bg', 'fg', 'border'] as const;
export type ComponentToken = (typeof COMPONENT_TOKENS)[number];

const HUES = ['blue', 'red', 'green', 'amber', 'gray'] as const;
/** [light, dark] primitive steps per component token. */
const STEPS: Record<ComponentToken, [string, string]> = { bg: ['100', '900'], fg: ['700', '300'], border: ['300', '700'] };
const SCOPES: Record<ComponentToken, VariableScope[]> = {
  bg: ['FRAME_FILL', 'SHAPE_FILL'],
  fg: ['TEXT_FILL', 'SHAPE_FILL'],
  border: ['STROKE_COLOR'],
};

export const componentTokenName = (slug: string, token: ComponentToken) => `component/${slug}/${token}`;

/**
 * The sample's primitives and semantic colours plus three component tokens per set, so the variables
 * grow with the design system (about 100 + 3 per set: 130 at 10 sets, 400 at 100, 1,600 at 500).
 */
export function syntheticVariables(slugs: readonly string[]): SampleVariables {
  const base = buildVariables();
  const { variables, variableCollections } = base.response.meta;
  const semantic = variableCollections[SEMANTIC_MODES.collectionId];
  if (!semantic) throw new Error('synthetic: the sample has no semantic collection');
  const extra = new Map<string, { id: string; light: string; dark: string }>();
  let seq = 1000;
  slugs.forEach((slug, i) => {
    const hue = HUES[i % HUES.length] ?? 'gray';
    for (const token of COMPONENT_TOKENS) {
      const name = componentTokenName(slug, token);
      const [lightStep, darkStep] = STEPS[token];
      const light = `color/${hue === 'gray' && token === 'bg' ? 'gray/100' : `${hue}/${lightStep}`}`;
      const dark = `color/${hue}/${darkStep}`;
      const id = `VariableID:2:${seq++}`;
      const alias = (primitive: string) => ({ type: 'VARIABLE_ALIAS' as const, id: base.id(primitive) });
      const variable: LocalVariable = {
        id, name, key: figmaKey(`variable:${name}`), variableCollectionId: SEMANTIC_MODES.collectionId, resolvedType: 'COLOR',
        valuesByMode: { [SEMANTIC_MODES.light]: alias(light), [SEMANTIC_MODES.dark]: alias(dark) },
        remote: false, description: '', hiddenFromPublishing: false, scopes: SCOPES[token], codeSyntax: {},
      };
      variables[id] = variable;
      semantic.variableIds.push(id);
      extra.set(name, { id, light, dark });
    }
  });
  const lookup = (name: string) => extra.get(name);
  return {
    response: base.response,
    id: (name) => lookup(name)?.id ?? base.id(name),
    value: (name): VariableValue => {
      const found = lookup(name);
      return found ? (base.value(found.light) as RGBA) : base.value(name);
    },
    valueIn: (name, mode) => {
      const found = lookup(name);
      return found ? base.valueIn(mode === 'Light' ? found.light : found.dark, mode) : base.valueIn(name, mode);
    },
  };
}
