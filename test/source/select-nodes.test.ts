import { describe, expect, it } from 'vitest';
import { planComponents } from '../../generator/ir/build-ir.ts';
import { parseDesign } from '../../generator/source/parse-design.ts';
import { renderIds, selectNodes, type NodeSelection } from '../../generator/source/select-nodes.ts';
import type { FigmaNode } from '../../generator/source/design.ts';
import { loadFixture } from './fixtures.ts';

const roots = () => parseDesign(loadFixture('wizard-demo.file.response.json'), 'wizard.json').roots;
const none = { pages: [], frames: [], components: [] };

/** What pull renders for a selection, and the names it warns about. */
function rendered(from: FigmaNode[], selection: NodeSelection) {
  const selected = selectNodes(from, selection);
  return { renderIds: renderIds(selected.selections), unmatched: selected.unmatched };
}

describe('selectNodes', () => {
  it('renders every variant of every set and every standalone component by default', () => {
    const selected = rendered(roots(), none);
    expect(selected.renderIds).toHaveLength(11);
    expect(selected.renderIds).toContain('2:18');
    expect(selected.renderIds).not.toContain('140:2');
    expect(selected.unmatched).toEqual([]);
  });

  it('takes sets and components by name or id, and reports entries that match nothing', () => {
    const selected = rendered(roots(), { ...none, components: ['Primary Button', '2:19', 'Nope'] });
    expect(selected.renderIds).toEqual(['2:19', '2:13', '140:15']);
    expect(selected.unmatched).toEqual(['Nope']);
  });

  it('skips pages that are not selected', () => {
    expect(rendered(roots(), { ...none, pages: ['Other page'] })).toEqual({
      renderIds: [],
      unmatched: ['Other page'],
    });
    expect(rendered(roots(), { ...none, pages: ['Page 1'] }).renderIds).toHaveLength(11);
  });

  it('renders configured frames of a bare node document, and its top-level frame when nothing is configured', () => {
    const screen = parseDesign(loadFixture('node.document.json'), 'screen.json').roots;
    expect(rendered(screen, { ...none, frames: ['Sign in'] }).renderIds).toEqual(['20:1']);
    // Generate makes a component of a design's top-level frames when it has no components, so pull renders them.
    expect(rendered(screen, none).renderIds).toEqual(['20:1']);
  });

  it('renders a SECTION that generate makes a component of: one rule for both', () => {
    const design = parseDesign(loadFixture('fcc-test-component.file.response.json'), 'fcc.json');
    const figma = { ...none, frames: ['Components'] };
    const generated = planComponents(design, { figma, generator: { semantics: {} } }).map((plan) =>
      String(plan.selection.node.id),
    );
    expect(generated).toEqual(['2:324', '1:39']);
    expect(rendered(design.roots, figma).renderIds).toEqual(['2:324', '1:38', '1:40']);
  });
});
