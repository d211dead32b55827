import { describe, expect, it } from 'vitest';
import { isDesignSyncError } from '../../generator/core/errors.ts';
import { parseJsonText } from '../../generator/source/json-text.ts';
import { detectShape, parseDesign } from '../../generator/source/parse-design.ts';
import { readDesign } from '../../generator/source/load-design.ts';
import { figmaFixture, loadFixture } from './fixtures.ts';

/** Loose view of a parsed tree for assertions on raw Figma fields. */
type Tree = Record<string, unknown> & { children: Tree[]; fills: Array<{ color: unknown }> };

function inputErrorOf(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    if (isDesignSyncError(error) && error.kind === 'input') return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected an input error');
}

describe('parseDesign', () => {
  it('reads a full GET /v1/files response with its components and component sets', () => {
    const design = parseDesign(loadFixture('wizard-demo.file.response.json'), 'wizard.json');
    expect(design.shape).toBe('file');
    expect(design.name).toBe('Wizard demo');
    expect(design.version).toBe('165813606');
    expect(design.roots.map((r) => r.type)).toEqual(['DOCUMENT']);
    expect(Object.keys(design.components)).toHaveLength(11);
    expect(Object.keys(design.componentSets)).toHaveLength(4);
    expect(design.warnings).toEqual([]);
  });

  it('reads a nodes response: one root per entry, maps merged, null entries reported as gaps', () => {
    const design = parseDesign(loadFixture('nodes.response.json'), 'nodes.json');
    expect(design.shape).toBe('nodes');
    expect(design.roots.map((r) => r.id)).toEqual(['10:1']);
    expect(Object.keys(design.components)).toEqual(['10:2', '10:3']);
    expect(design.componentSets['10:1']?.name).toBe('Button');
    expect(design.styles['S:text-label']?.styleType).toBe('TEXT');
    expect(design.warnings).toEqual([expect.stringContaining('node 99:99: null in the nodes map')]);
  });

  it('reads a bare node document as a single root', () => {
    const design = parseDesign(loadFixture('node.document.json'), 'screen.json');
    expect(design.shape).toBe('node');
    expect(design.name).toBe('Sign in');
    expect(design.roots[0]?.id).toBe('20:1');
  });

  it('reads a variables response with and without its status/error/meta envelope alike', () => {
    const wrapped = parseDesign(loadFixture('variables.response.json'), 'variables.json');
    const bare = parseDesign(loadFixture('variables.bare.json'), 'variables.bare.json');
    expect(wrapped.shape).toBe('variables');
    expect(wrapped.roots).toEqual([]);
    expect(Object.keys(wrapped.variables?.variables ?? {})).toHaveLength(4);
    expect(bare.variables).toEqual(wrapped.variables);
  });

  it('normalises old-schema files: BOM, null fields dropped, PascalCase geometry and colours rewritten', async () => {
    const design = await readDesign(figmaFixture('legacy-bom.file.response.json'));
    const card = (design.roots[0] as unknown as Tree).children[0]!.children[0]!;
    expect(card.layoutMode).toBeUndefined();
    expect('layoutMode' in card).toBe(false);
    expect(card.absoluteBoundingBox).toEqual({ x: 10, y: 20, width: 200, height: 100 });
    expect(card.fills[0]?.color).toEqual({ r: 1, g: 0, b: 0, a: 1 });
    expect(card.children[0]?.absoluteBoundingBox).toEqual({ x: 20, y: 30, width: 50, height: 16 });
    expect(design.warnings).toEqual([
      expect.stringMatching(/old-schema file: dropped 5 null fields, rewrote .* on 2 nodes/),
    ]);
  });

  it('keeps the nulls the current schema allows (absoluteRenderBounds, prototypeStartNodeID)', () => {
    const raw = loadFixture<{ document: Tree }>('fcc-test-component.file.response.json');
    expect(raw.document.children[0]?.prototypeStartNodeID).toBeNull();
    const design = parseDesign(raw, 'fcc.json');
    expect((design.roots[0] as unknown as Tree).children[0]?.prototypeStartNodeID).toBeNull();
    expect(design.warnings).toEqual([]);
  });

  it('names the file and the JSON path of a node without an id', () => {
    const error = inputErrorOf(() => parseDesign(loadFixture('malformed-node.file.response.json'), 'corpus.json'));
    expect(error.message).toBe(
      'corpus.json: $.document.children[0].children[0].children[0]: expected an object with "id" and "type"',
    );
  });

  it('names the path of children that are not an array, and of a broken nodes entry', () => {
    const raw = { document: { id: '0:0', type: 'DOCUMENT', children: [{ id: '0:1', type: 'CANVAS', children: {} }] } };
    expect(inputErrorOf(() => parseDesign(raw, 'x.json')).message).toBe(
      'x.json: $.document.children[0].children: expected an array',
    );
    const nodes = { nodes: { '1:2': { document: { id: '1:2' } } } };
    expect(inputErrorOf(() => parseDesign(nodes, 'n.json')).message).toBe(
      'n.json: $.nodes["1:2"].document: expected an object with "id" and "type"',
    );
  });

  it('rejects values that are no Figma response, and saved error responses, with input errors', () => {
    expect(inputErrorOf(() => parseDesign([1, 2], 'a.json')).message).toBe(
      'a.json: $: not a Figma response (found an array)',
    );
    expect(inputErrorOf(() => parseDesign({ fileKey: 'x', scale: 2 }, 'b.json')).code).toBe('input/shape');
    expect(
      inputErrorOf(() => parseDesign({ status: 403, error: true, message: 'Limited by Figma plan' }, 'c.json')).message,
    ).toContain('saved Figma error response (status 403): Limited by Figma plan');
    expect(
      inputErrorOf(() => parseDesign({ meta: { variables: {}, variableCollections: { c: { id: 'c' } } } }, 'v.json'))
        .message,
    ).toBe('v.json: $.meta.variableCollections.c: expected a collection with "id", "name" and "modes"');
    expect(
      inputErrorOf(() => parseDesign({ document: { id: '0:0', type: 'DOCUMENT' }, components: [] }, 'm.json')).message,
    ).toBe('m.json: $.components: expected an object map');
  });

  it('detects each shape from the top-level keys', () => {
    expect(detectShape({ document: {} })).toBe('file');
    expect(detectShape({ nodes: {} })).toBe('nodes');
    expect(detectShape({ id: '1:2', type: 'FRAME' })).toBe('node');
    expect(detectShape({ status: 200, error: false, meta: { variables: {}, variableCollections: {} } })).toBe(
      'variables',
    );
    expect(detectShape({ status: 404, err: 'Not found' })).toBe('error');
    expect(detectShape('text')).toBeUndefined();
  });
});

describe('parseJsonText', () => {
  it('accepts a UTF-8 BOM', () => {
    expect(parseJsonText('\uFEFF{"a":1}', 'bom.json')).toEqual({ a: 1 });
  });

  it('reports a syntax error with the file name and no crash', () => {
    const error = inputErrorOf(() => parseJsonText('{\n  "a": 1,\n}', 'broken.json'));
    expect(error.code).toBe('input/json');
    expect(error.message).toMatch(/^broken\.json: not valid JSON \(/);
  });
});
