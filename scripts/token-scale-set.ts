import type { DesignVariables } from '../generator/source/design.ts';

/**
 * A synthetic variables response the size of Adobe Spectrum 2: `count` variables in three
 * collections, three modes on the themed ones, most variables aliases. Deterministic.
 */
export function tokenScaleSet(count = 3000, aliases = 2800): DesignVariables {
  const variables: DesignVariables['variables'] = {};
  const variableCollections: DesignVariables['variableCollections'] = {};
  const modes = [
    { modeId: 'm:0', name: 'Light' },
    { modeId: 'm:1', name: 'Dark' },
    { modeId: 'm:2', name: 'Contrast' },
  ];
  const collection = (id: string, name: string, modeList: typeof modes) => {
    variableCollections[id] = {
      id,
      name,
      key: id,
      modes: modeList,
      defaultModeId: modeList[0]?.modeId ?? '',
      remote: false,
      hiddenFromPublishing: false,
      variableIds: [],
    } as never;
  };
  collection('C:prim', 'Primitives', [{ modeId: 'p:0', name: 'Value' }]);
  collection('C:sem', 'Semantic', modes);
  collection('C:comp', 'Components', modes);
  const primitives = count - aliases;
  const add = (
    id: string,
    name: string,
    collectionId: string,
    type: 'COLOR' | 'FLOAT',
    valuesByMode: Record<string, unknown>,
    scopes: string[],
  ) => {
    variables[id] = {
      id,
      name,
      key: id,
      variableCollectionId: collectionId,
      resolvedType: type,
      valuesByMode,
      remote: false,
      description: '',
      hiddenFromPublishing: false,
      scopes,
      codeSyntax: {},
    } as never;
    (variableCollections[collectionId] as unknown as { variableIds: string[] }).variableIds.push(id);
  };
  for (let i = 0; i < primitives; i++) {
    const isColor = i % 4 !== 0;
    add(
      `V:p${i}`,
      isColor ? `color/hue-${i % 23}/${(i * 37) % 1000}` : `spacing/${i}`,
      'C:prim',
      isColor ? 'COLOR' : 'FLOAT',
      { 'p:0': isColor ? { r: (i % 17) / 16, g: (i % 29) / 28, b: (i % 11) / 10, a: 1 } : i * 2 },
      isColor ? ['ALL_FILLS'] : ['GAP'],
    );
  }
  for (let i = 0; i < aliases; i++) {
    const semantic = i < aliases / 2;
    const collectionId = semantic ? 'C:sem' : 'C:comp';
    const pool = semantic ? primitives : aliases / 2;
    const target = (k: number) => (semantic ? `V:p${(i * 7 + k * 13) % pool}` : `V:a${(i * 3 + k) % (aliases / 2)}`);
    const targetId = target(0);
    const isColor = semantic ? Number(targetId.slice(3)) % 4 !== 0 : true;
    const values: Record<string, unknown> = {};
    for (const [k, mode] of modes.entries()) {
      let id = target(k);
      if (semantic && (Number(id.slice(3)) % 4 !== 0) !== isColor) id = targetId;
      if (!semantic) id = target(0);
      values[mode.modeId] = { type: 'VARIABLE_ALIAS', id };
    }
    if (!semantic) {
      const base = variables[target(0)] as unknown as { resolvedType: string };
      add(`V:a${i}`, `component-${i % 97}/part-${i}`, collectionId, base.resolvedType as 'COLOR', values, [
        'ALL_SCOPES',
      ]);
    } else {
      add(
        `V:a${i}`,
        `${isColor ? 'color' : 'space'}/role-${i}`,
        collectionId,
        isColor ? 'COLOR' : 'FLOAT',
        values,
        isColor ? ['ALL_FILLS'] : ['GAP'],
      );
    }
  }
  return { variables, variableCollections };
}
