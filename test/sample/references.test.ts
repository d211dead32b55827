import { describe, expect, it } from 'vitest';
import { allNodes, sample, type Node } from './sample-tree.ts';

type Alias = { type: 'VARIABLE_ALIAS'; id: string };
const variables = sample.variables.meta.variables;
const nodes = allNodes().map(({ node }) => node);

/** Every VARIABLE_ALIAS anywhere under a value (node-level bindings, paint and effect bindings, text styles). */
function aliases(value: unknown, out: Alias[] = []): Alias[] {
  if (Array.isArray(value)) value.forEach((v) => aliases(v, out));
  else if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (v.type === 'VARIABLE_ALIAS' && typeof v.id === 'string') out.push(v as Alias);
    else for (const [key, child] of Object.entries(v)) if (key !== 'children') aliases(child, out);
  }
  return out;
}

describe('sample references', () => {
  it('binds only to variables defined in variables.json, and binds a lot', () => {
    const used = nodes.flatMap((n) => aliases(n));
    for (const a of used) expect(variables[a.id], a.id).toBeDefined();
    expect(new Set(used.map((a) => a.id)).size).toBeGreaterThan(40);
  });

  it('binds the kinds of fields Figma binds: fills, strokes, paddings, gaps, radii, font properties, effect colors', () => {
    const kinds = new Set(nodes.flatMap((n) => Object.keys((n.boundVariables as object | undefined) ?? {})));
    for (const k of [
      'fills',
      'strokes',
      'itemSpacing',
      'paddingLeft',
      'paddingTop',
      'topLeftRadius',
      'fontSize',
      'lineHeight',
      'fontWeight',
      'fontFamily',
    ]) {
      expect(kinds, k).toContain(k);
    }
    const effectBound = nodes.some((n) =>
      ((n.effects as { boundVariables?: { color?: Alias } }[]) ?? []).some((e) => e.boundVariables?.color),
    );
    expect(effectBound).toBe(true);
  });

  it('resolves every alias between variables and has Light and Dark values for every semantic variable', () => {
    const collections = sample.variables.meta.variableCollections;
    for (const variable of Object.values(variables)) {
      const collection = collections[variable.variableCollectionId];
      expect(collection, variable.name).toBeDefined();
      expect(Object.keys(variable.valuesByMode).sort()).toEqual(collection!.modes.map((m) => m.modeId).sort());
      for (const a of aliases(variable.valuesByMode))
        expect(variables[a.id], `${variable.name} -> ${a.id}`).toBeDefined();
      expect(collection!.variableIds).toContain(variable.id);
    }
    const semantic = Object.values(collections).find((c) => c.name === 'Semantic');
    expect(semantic?.modes.map((m) => m.name)).toEqual(['Light', 'Dark']);
  });

  it('uses only styles in the styles map, and every style is used by some node', () => {
    const ids = new Set(nodes.flatMap((n) => Object.values((n.styles as Record<string, string> | undefined) ?? {})));
    for (const id of ids) expect(sample.file.styles[id], id).toBeDefined();
    expect([...ids].sort()).toEqual(Object.keys(sample.file.styles).sort());
    const types = Object.values(sample.file.styles).map((s) => s.styleType);
    expect(new Set(types)).toEqual(new Set(['TEXT', 'EFFECT', 'FILL']));
  });

  it('lists every COMPONENT in the components map (with its set) and nothing else', () => {
    const components = nodes.filter((n) => n.type === 'COMPONENT');
    expect(Object.keys(sample.file.components).sort()).toEqual(components.map((c) => c.id).sort());
    const sets = nodes.filter((n) => n.type === 'COMPONENT_SET');
    expect(Object.keys(sample.file.componentSets).sort()).toEqual(sets.map((s) => s.id).sort());
    for (const set of sets)
      for (const v of set.children ?? []) expect(sample.file.components[v.id]?.componentSetId).toBe(set.id);
  });

  it("names every variant after its set's variant properties, one variant per combination", () => {
    for (const set of nodes.filter((n) => n.type === 'COMPONENT_SET')) {
      const defs = set.componentPropertyDefinitions as Record<
        string,
        { type: string; variantOptions?: string[]; defaultValue: unknown }
      >;
      const variantDefs = Object.entries(defs).filter(([, d]) => d.type === 'VARIANT');
      const combos = variantDefs.reduce((n, [, d]) => n * (d.variantOptions?.length ?? 0), 1);
      expect(set.children?.length, set.name).toBe(combos);
      for (const variant of set.children ?? []) {
        const pairs = variant.name.split(', ').map((p) => p.split('='));
        expect(
          pairs.map(([k]) => k),
          variant.name,
        ).toEqual(variantDefs.map(([k]) => k));
        for (const [k, v] of pairs) expect(defs[k!]?.variantOptions, variant.name).toContain(v);
      }
      expect(set.children?.[0]?.name).toBe(variantDefs.map(([k, d]) => `${k}=${String(d.defaultValue)}`).join(', '));
    }
  });

  it('has component property references and instance properties that point at defined properties', () => {
    const owners = nodes.filter((n) => n.componentPropertyDefinitions);
    const defsOf = (n: Node) => n.componentPropertyDefinitions as Record<string, { type: string }>;
    const allDefs = Object.assign({}, ...owners.map(defsOf)) as Record<string, { type: string }>;
    const refs = nodes.flatMap((n) => Object.entries((n.componentPropertyReferences as Record<string, string>) ?? {}));
    expect(refs.length).toBeGreaterThan(50);
    const expectedType = { characters: 'TEXT', visible: 'BOOLEAN', mainComponent: 'INSTANCE_SWAP' } as Record<
      string,
      string
    >;
    for (const [field, key] of refs) expect(allDefs[key]?.type, `${field} -> ${key}`).toBe(expectedType[field]);

    const instances = nodes.filter((n) => n.type === 'INSTANCE');
    expect(instances.length).toBeGreaterThan(40);
    for (const instance of instances) {
      expect(sample.file.components[instance.componentId as string], instance.id).toBeDefined();
      for (const [key, prop] of Object.entries(
        (instance.componentProperties as Record<string, { type: string; value: unknown }>) ?? {},
      )) {
        if (prop.type !== 'VARIANT') expect(allDefs[key]?.type, key).toBe(prop.type);
        if (prop.type === 'INSTANCE_SWAP') expect(sample.file.components[prop.value as string], key).toBeDefined();
      }
    }
    const types = new Set(Object.values(allDefs).map((d) => d.type));
    expect(types).toEqual(new Set(['VARIANT', 'BOOLEAN', 'TEXT', 'INSTANCE_SWAP']));
  });

  it('gives instance sublayers Figma-style "I<instance>;<source>" ids, and every id is unique', () => {
    const ids = nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const instance of nodes.filter((n) => n.type === 'INSTANCE')) {
      for (const child of instance.children ?? [])
        expect(child.id.startsWith(`I${instance.id.replace(/^I/, '')};`), child.id).toBe(true);
    }
  });

  it('shows overrides where instances differ from their main component', () => {
    const card = nodes.find((n) => n.name === 'Card' && n.type === 'COMPONENT');
    const buttons = allNodes(card)
      .map(({ node }) => node)
      .filter((n) => n.type === 'INSTANCE' && n.name === 'Button');
    expect(buttons.map((b) => (b.componentProperties as Record<string, { value: unknown }>)['Variant']?.value)).toEqual(
      ['Secondary', 'Primary'],
    );
    const save = buttons[1]!;
    const fields = (save.overrides as { overriddenFields: string[] }[]).flatMap((o) => o.overriddenFields);
    expect(fields).toEqual(expect.arrayContaining(['characters', 'visible', 'mainComponent']));
    expect(save.children?.[0]?.name).toBe('Icon/Check');
  });
});
