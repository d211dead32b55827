import { describe, expect, it } from 'vitest';
import { emptyDesign } from '../../generator/source/design.ts';
import { formatInspect } from '../../generator/source/format-inspect.ts';
import { inspectDesign } from '../../generator/source/inspect-design.ts';
import { parseDesign } from '../../generator/source/parse-design.ts';
import { loadFixture } from './fixtures.ts';

const parse = (name: string) => parseDesign(loadFixture(name), name);

describe('inspectDesign', () => {
  it('lists component sets with their property definitions and counts variants', () => {
    const report = inspectDesign(parse('nodes.response.json'));
    expect(report.componentSets).toEqual([
      {
        id: '10:1',
        name: 'Button',
        variants: 2,
        properties: [
          { name: 'Variant', type: 'VARIANT', values: ['Primary', 'Secondary'] },
          { name: 'Disabled', type: 'VARIANT', values: ['false'] },
          { name: 'Label', type: 'TEXT', values: ['Button'] },
          { name: 'Show icon', type: 'BOOLEAN', values: ['false'] },
        ],
      },
    ]);
    expect(report.counts).toMatchObject({ componentSets: 1, variants: 2, components: 0, autoLayout: 2, nodes: 5 });
    expect(report.counts).toMatchObject({
      nodesWithBoundVariables: 4,
      boundVariables: 8,
      referencedVariables: 3,
      definedReferencedVariables: 0,
    });
    expect(report.styles).toEqual({ total: 1, byType: { TEXT: 1 } });
    expect(report.warnings).toHaveLength(1);
  });

  it('counts pages, standalone components and node types of a whole file', () => {
    const report = inspectDesign(parse('wizard-demo.file.response.json'));
    expect(report.counts).toMatchObject({ nodes: 28, pages: 1, componentSets: 4, variants: 8, components: 3 });
    expect(report.counts.byType).toEqual({ DOCUMENT: 1, CANVAS: 1, COMPONENT: 11, RECTANGLE: 11, COMPONENT_SET: 4 });
    expect(report.components.map((c) => c.name)).toEqual(['Loading Spinner', 'Loading Button', 'Card.Foo']);
    expect(report.usable.find((u) => u.stage === 'generate')?.status).toBe('ready');
    expect(report.usable.find((u) => u.stage === 'tokens')?.status).toBe('missing');
  });

  it('summarises variables by collection with modes, types and aliases', () => {
    const report = inspectDesign(parse('variables.response.json'));
    expect(report.variables).toEqual({
      total: 4,
      aliases: 1,
      collections: [
        {
          id: 'VariableCollectionId:1:1',
          name: 'Primitives',
          modes: ['Value'],
          variables: 2,
          byType: { COLOR: 1, FLOAT: 1 },
          remote: false,
        },
        {
          id: 'VariableCollectionId:1:6',
          name: 'Theme',
          modes: ['Light', 'Dark'],
          variables: 2,
          byType: { COLOR: 2 },
          remote: false,
        },
      ],
    });
    expect(report.usable[0]).toMatchObject({ stage: 'tokens', status: 'ready' });
  });

  it('reports a top-level frame of a bare node with its size and layout', () => {
    const report = inspectDesign(parse('node.document.json'));
    expect(report.frames).toEqual([
      { id: '20:1', name: 'Sign in', width: 375, height: 200, layout: 'VERTICAL', children: 3 },
    ]);
    expect(report.counts.instances).toBe(1);
  });

  it('never throws on an empty design and prints every section header it has', () => {
    const empty = emptyDesign('empty', { name: 'Empty' });
    const report = inspectDesign(empty);
    expect(report.counts.nodes).toBe(0);
    const text = formatInspect(report);
    expect(text).toContain('what later stages can use');
    expect(text).toContain('generate  missing');
  });

  it('cuts long lists in the text output and points to --json', () => {
    const text = formatInspect(inspectDesign(parse('wizard-demo.file.response.json')), 2);
    expect(text).toContain('… and 2 more (--json lists all)');
    expect(text).toContain('Header  [140:2]  2 variants');
  });
});
