import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../generator/source/parse-design.ts';
import { selectNodes } from '../../generator/source/select-nodes.ts';
import { loadFixture } from './fixtures.ts';

const roots = () => parseDesign(loadFixture('wizard-demo.file.response.json'), 'wizard.json').roots;
const none = { pages: [], frames: [], components: [] };

describe('selectNodes', () => {
  it('renders every variant of every set and every standalone component by default', () => {
    const selected = selectNodes(roots(), none);
    expect(selected.renderIds).toHaveLength(11);
    expect(selected.renderIds).toContain('2:18');
    expect(selected.renderIds).not.toContain('140:2');
    expect(selected.unmatched).toEqual([]);
  });

  it('takes sets and components by name or id, and reports entries that match nothing', () => {
    const selected = selectNodes(roots(), { ...none, components: ['Primary Button', '2:19', 'Nope'] });
    expect(selected.renderIds).toEqual(['2:19', '2:13', '140:15']);
    expect(selected.unmatched).toEqual(['Nope']);
  });

  it('skips pages that are not selected', () => {
    expect(selectNodes(roots(), { ...none, pages: ['Other page'] })).toEqual({
      renderIds: [],
      unmatched: ['Other page'],
    });
    expect(selectNodes(roots(), { ...none, pages: ['Page 1'] }).renderIds).toHaveLength(11);
  });

  it('renders configured frames of a bare node document', () => {
    const screen = parseDesign(loadFixture('node.document.json'), 'screen.json').roots;
    expect(selectNodes(screen, { ...none, frames: ['Sign in'] }).renderIds).toEqual(['20:1']);
    expect(selectNodes(screen, none).renderIds).toEqual([]);
  });
});
