import type { LocalVariable, RGBA } from '@figma/rest-api-spec';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../scripts/sample/color.ts';
import { allNodes, sample, type Node } from './sample-tree.ts';

const { variables, variableCollections } = sample.variables.meta;
const byName = new Map(Object.values(variables).map((v) => [v.name, v]));

/** Resolves a variable in a mode of the Semantic collection, following aliases into Primitives. */
function resolve(variable: LocalVariable, mode: 'Light' | 'Dark'): unknown {
  const collection = variableCollections[variable.variableCollectionId]!;
  const modeId = collection.modes.find((m) => m.name === mode)?.modeId ?? collection.defaultModeId;
  const value = variable.valuesByMode[modeId];
  if (value && typeof value === 'object' && 'type' in value && value.type === 'VARIABLE_ALIAS')
    return resolve(variables[value.id]!, mode);
  return value;
}

type Paint = { type: string; visible?: boolean; color?: RGBA; boundVariables?: { color?: { id: string } } };
const boundColor = (n: Node) =>
  ((n.fills as Paint[] | undefined) ?? []).find((p) => p.visible !== false && p.boundVariables?.color)?.boundVariables
    ?.color?.id;

describe('sample tokens', () => {
  it('has a Primitives collection with the scales and a Semantic collection aliasing it in Light and Dark', () => {
    const names = [...byName.keys()];
    expect(names.filter((n) => /^color\/(gray|blue|red|green|amber)\//.test(n)).length).toBeGreaterThanOrEqual(30);
    for (const prefix of ['spacing/', 'radius/', 'font/size/', 'font/line-height/', 'font/weight/', 'font/family/']) {
      expect(
        names.some((n) => n.startsWith(prefix)),
        prefix,
      ).toBe(true);
    }
    expect(byName.get('font/family/sans')?.resolvedType).toBe('STRING');
    const semantic = Object.values(variables).filter(
      (v) => variableCollections[v.variableCollectionId]?.name === 'Semantic',
    );
    expect(semantic.length).toBeGreaterThanOrEqual(12);
    for (const v of semantic) {
      for (const value of Object.values(v.valuesByMode))
        expect(value, v.name).toMatchObject({ type: 'VARIABLE_ALIAS' });
      expect(v.scopes.length, v.name).toBeGreaterThan(0);
    }
    expect(semantic.filter((v) => v.codeSyntax.WEB).length).toBeGreaterThan(0);
  });

  it.each(['Light', 'Dark'] as const)(
    'gives every enabled text in the design WCAG AA contrast on its background in %s mode',
    (mode) => {
      let checked = 0;
      for (const { node } of allNodes()) {
        if (node.type !== 'TEXT') continue;
        const text = boundColor(node);
        if (!text || variables[text]?.name === 'color/disabled-text') continue;
        // The nearest ancestor with a bound fill is the background; none means the page (color/bg).
        const chain = ancestors(node);
        const bgId = chain.map(boundColor).find(Boolean) ?? byName.get('color/bg')!.id;
        const ratio = contrastRatio(resolve(variables[text]!, mode) as RGBA, resolve(variables[bgId]!, mode) as RGBA);
        expect(ratio, `${variables[text]?.name} on ${variables[bgId]?.name} (${node.id})`).toBeGreaterThanOrEqual(4.5);
        checked++;
      }
      expect(checked).toBeGreaterThan(60);
    },
  );

  it('leaves a few raw values for the token index: exact matches, near misses and values no token is near', () => {
    const spacing = Object.values(variables)
      .filter((v) => v.name.startsWith('spacing/'))
      .map((v) => resolve(v, 'Light') as number);
    const rawGaps = allNodes().flatMap(({ node }) =>
      ['paddingLeft', 'paddingTop', 'itemSpacing'].flatMap((key) => {
        const bound = (node.boundVariables as Record<string, unknown> | undefined)?.[key];
        return typeof node[key] === 'number' && !bound && node.type !== 'COMPONENT_SET' ? [node[key] as number] : [];
      }),
    );
    const distance = (px: number) => Math.min(...spacing.map((s) => Math.abs(s - px)));
    expect(rawGaps.some((px) => distance(px) === 0)).toBe(true);
    expect(rawGaps.some((px) => distance(px) > 0 && distance(px) <= 1)).toBe(true);
    expect(rawGaps.some((px) => distance(px) > 1)).toBe(true);

    const palette = Object.values(variables)
      .filter((v) => v.resolvedType === 'COLOR')
      .map((v) => resolve(v, 'Light') as RGBA);
    const rawColors = allNodes().flatMap(({ node }) =>
      ((node.fills as Paint[] | undefined) ?? [])
        .concat((node.strokes as Paint[] | undefined) ?? [])
        .filter(
          (p) =>
            p.type === 'SOLID' &&
            !p.boundVariables?.color &&
            node.type !== 'COMPONENT_SET' &&
            node.name !== 'Overlay/Scrim',
        )
        .map((p) => p.color!),
    );
    const colorDistance = (c: RGBA) =>
      Math.min(...palette.map((p) => Math.max(Math.abs(p.r - c.r), Math.abs(p.g - c.g), Math.abs(p.b - c.b)) * 255));
    expect(rawColors.some((c) => colorDistance(c) < 0.01)).toBe(true);
    expect(rawColors.some((c) => colorDistance(c) > 0.5 && colorDistance(c) <= 2)).toBe(true);
    expect(rawColors.some((c) => colorDistance(c) > 10)).toBe(true);
  });
});

const parents = new Map(allNodes().map(({ node, parent }) => [node, parent]));

function ancestors(target: Node): Node[] {
  const chain: Node[] = [];
  for (let p = parents.get(target); p; p = parents.get(p)) chain.push(p);
  return chain;
}
