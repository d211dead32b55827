import { describe, expect, it } from 'vitest';
import { buildIr } from '../../generator/ir/build-ir.ts';
import { isDesignSyncError } from '../../generator/core/errors.ts';
import { emptyDesign, type Design } from '../../generator/source/design.ts';
import { fixtureTokenIndex } from './token-index-fixture.ts';
import { defaultOptions, kit, kitIndex } from './kit.ts';
import { renderTsx } from '../../generator/generate/render-tsx.ts';
import { renderCss } from '../../generator/generate/render-css.ts';
import { renderStory } from '../../generator/generate/render-story.ts';
import { formatCode } from '../../generator/generate/format.ts';

/** Internal failures are wrapped as ir/malformed-node; fuzzing must not find any. */
function expectClear(error: unknown, seed: number): void {
  if (!isDesignSyncError(error) || error.code === 'ir/malformed-node')
    throw new Error(`seed ${seed}: ${String((error as Error).cause ?? error)}`, { cause: error });
}

/** A small deterministic PRNG, so a failing seed can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const TYPES = [
  'FRAME',
  'GROUP',
  'TEXT',
  'VECTOR',
  'RECTANGLE',
  'ELLIPSE',
  'INSTANCE',
  'COMPONENT',
  'COMPONENT_SET',
  'BOOLEAN_OPERATION',
  'LINE',
  'SECTION',
  'WEIRD',
  42,
  null,
];
const JUNK: unknown[] = [
  null,
  undefined,
  0,
  -1,
  NaN,
  Infinity,
  '',
  'x',
  true,
  [],
  {},
  [null],
  { r: 'a' },
  1e308,
  '#1:2',
  '../../x',
];

function junkValue(rand: () => number): unknown {
  return JUNK[Math.floor(rand() * JUNK.length)];
}

function randomNode(rand: () => number, depth: number): unknown {
  if (rand() < 0.05) return junkValue(rand);
  const node: Record<string, unknown> = {
    id: rand() < 0.9 ? `${Math.floor(rand() * 50)}:${Math.floor(rand() * 50)}` : junkValue(rand),
    name:
      rand() < 0.8
        ? ['Button', 'icon/x', 'Label', 'Title', '', 'Size=Large, State=On', '<script>', 'a/../b'][
            Math.floor(rand() * 8)
          ]
        : junkValue(rand),
    type: TYPES[Math.floor(rand() * TYPES.length)],
  };
  const maybe = (key: string, value: () => unknown) => {
    if (rand() < 0.3) node[key] = rand() < 0.8 ? value() : junkValue(rand);
  };
  maybe('absoluteBoundingBox', () => ({
    x: rand() * 100,
    y: rand() * 100,
    width: rand() * 100,
    height: rand() < 0.1 ? -5 : rand() * 100,
  }));
  maybe('layoutMode', () => ['HORIZONTAL', 'VERTICAL', 'NONE', 'GRID', null][Math.floor(rand() * 5)]);
  maybe('fills', () => [
    {
      type: ['SOLID', 'GRADIENT_LINEAR', 'GRADIENT_RADIAL', 'IMAGE', 'GRADIENT_DIAMOND'][Math.floor(rand() * 5)],
      color: { r: rand(), g: rand(), b: rand(), a: rand() },
      gradientStops: [{ color: { r: 1, g: 0, b: 0, a: 1 }, position: 0 }, junkValue(rand)],
      gradientHandlePositions: [junkValue(rand)],
    },
  ]);
  maybe('strokes', () => [{ type: 'SOLID', color: { r: rand(), g: rand(), b: rand() } }]);
  maybe('strokeWeight', () => rand() * 4);
  maybe('individualStrokeWeights', () => ({ top: rand() * 3, left: junkValue(rand) }));
  maybe('effects', () => [
    {
      type: ['DROP_SHADOW', 'INNER_SHADOW', 'LAYER_BLUR', 'BACKGROUND_BLUR', 'NOISE'][Math.floor(rand() * 5)],
      radius: rand() * 10,
      offset: junkValue(rand),
      color: { r: 0, g: 0, b: 0, a: 0.5 },
    },
  ]);
  maybe('style', () => ({
    fontFamily: junkValue(rand) ?? 'Inter',
    fontSize: rand() * 40,
    lineHeightUnit: ['PIXELS', 'FONT_SIZE_%', 'INTRINSIC_%'][Math.floor(rand() * 3)],
    textTruncation: 'ENDING',
    maxLines: rand() * 4,
  }));
  maybe('characters', () => 'Hello {world} </p> \u202e');
  maybe('componentPropertyDefinitions', () => ({
    Size: { type: 'VARIANT', defaultValue: 'Large', variantOptions: ['Large', junkValue(rand)] },
    'On#1:2': { type: 'BOOLEAN', defaultValue: junkValue(rand) },
    bad: junkValue(rand),
  }));
  maybe('componentPropertyReferences', () => ({ visible: 'On#1:2', characters: junkValue(rand), mainComponent: 'x' }));
  maybe('componentProperties', () => ({ Size: { type: 'VARIANT', value: junkValue(rand) } }));
  maybe('componentId', () => `${Math.floor(rand() * 50)}:${Math.floor(rand() * 50)}`);
  maybe('fillGeometry', () => [{ path: rand() < 0.5 ? 'M0 0L1 1Z' : '"/><script>', windingRule: 'EVENODD' }]);
  maybe('constraints', () => ({
    horizontal: ['LEFT', 'RIGHT', 'CENTER', 'SCALE', 'LEFT_RIGHT', 'X'][Math.floor(rand() * 6)],
    vertical: junkValue(rand),
  }));
  maybe('rotation', () => rand() * 7);
  maybe('rectangleCornerRadii', () => [1, 2, junkValue(rand), 4]);
  maybe('visible', () => rand() < 0.5);
  maybe('boundVariables', () => ({ itemSpacing: { id: 'nope' }, fills: junkValue(rand), size: junkValue(rand) }));
  if (depth < 5 && rand() < 0.7) {
    node.children =
      rand() < 0.1
        ? junkValue(rand)
        : Array.from({ length: Math.floor(rand() * 5) }, () => randomNode(rand, depth + 1));
  }
  return node;
}

function design(roots: unknown[]): Design {
  return emptyDesign('fuzz', { roots: roots as Design['roots'] });
}

describe('ir builder fuzzing', () => {
  it('never crashes on 400 random and malformed node trees, and their code always parses', async () => {
    const index = fixtureTokenIndex({ colors: { 'c.red': '#ff0000' }, dimensions: { 's.1': 4 } });
    let built = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const rand = random(seed);
      const roots = [
        {
          id: '0:0',
          type: 'DOCUMENT',
          children: [
            { id: '0:1', type: 'CANVAS', name: 'Page', children: Array.from({ length: 3 }, () => randomNode(rand, 0)) },
          ],
        },
      ];
      try {
        const { components } = buildIr(design(roots), index, defaultOptions());
        built += components.length;
        // Prettier parses what it formats: a syntax error in generated code fails here.
        for (const c of seed % 25 === 0 ? components : []) {
          await formatCode(renderTsx(c), 'tsx');
          await formatCode(renderCss(c), 'css');
          await formatCode(renderStory(c, 'KEY', '../src/X/X.tsx'), 'tsx');
        }
      } catch (error) {
        expectClear(error, seed);
      }
    }
    expect(built).toBeGreaterThan(50);
  });

  it('survives mutations of a real fixture (deleted and retyped keys at every level)', async () => {
    const base = await kit();
    for (let seed = 1; seed <= 100; seed++) {
      const rand = random(seed);
      const copy = JSON.parse(JSON.stringify(base.roots)) as unknown[];
      const mutate = (value: unknown): void => {
        if (Array.isArray(value)) return value.forEach(mutate);
        if (typeof value !== 'object' || value === null) return;
        const record = value as Record<string, unknown>;
        for (const key of Object.keys(record)) {
          const r = rand();
          if (r < 0.05) delete record[key];
          else if (r < 0.1) record[key] = junkValue(rand);
          else mutate(record[key]);
        }
      };
      mutate(copy);
      try {
        buildIr(design(copy), kitIndex(), defaultOptions());
      } catch (error) {
        expectClear(error, seed);
      }
    }
  });
});
