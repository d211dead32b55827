import { describe, expect, it } from 'vitest';
import { allNodes, box, type Node } from './sample-tree.ts';

const EPS = 0.02;
const laidOut = allNodes().filter(({ node }) => node.absoluteBoundingBox);
const autoLayout = laidOut
  .filter(({ node }) => node.layoutMode === 'HORIZONTAL' || node.layoutMode === 'VERTICAL')
  .map(({ node }) => node);
const flow = (n: Node) => (n.children ?? []).filter((c) => c.visible !== false && c.layoutPositioning !== 'ABSOLUTE');
const pad = (n: Node, key: string) => (typeof n[key] === 'number' ? (n[key] as number) : 0);
const isHidden = (n: Node) => n.visible === false;

describe('sample geometry matches its auto-layout', () => {
  it('gives every laid-out node a size equal to its bounding box and a position equal to parent + relativeTransform', () => {
    for (const { node, parent } of laidOut) {
      const b = box(node);
      const size = node.size as { x: number; y: number };
      expect([b.width, b.height], node.id).toEqual([size.x, size.y]);
      if (parent?.absoluteBoundingBox) {
        const t = node.relativeTransform as number[][];
        expect(b.x, node.id).toBeCloseTo(box(parent).x + (t[0]?.[2] ?? 0), 1);
        expect(b.y, node.id).toBeCloseTo(box(parent).y + (t[1]?.[2] ?? 0), 1);
      }
    }
  });

  it('keeps every visible child inside its parent', () => {
    for (const { node, parent } of laidOut) {
      if (!parent?.absoluteBoundingBox || isHidden(node)) continue;
      const [c, p] = [box(node), box(parent)];
      expect(c.x, `${node.id} in ${parent.id}`).toBeGreaterThanOrEqual(p.x - EPS);
      expect(c.y, `${node.id} in ${parent.id}`).toBeGreaterThanOrEqual(p.y - EPS);
      expect(c.x + c.width, `${node.id} in ${parent.id}`).toBeLessThanOrEqual(p.x + p.width + EPS);
      expect(c.y + c.height, `${node.id} in ${parent.id}`).toBeLessThanOrEqual(p.y + p.height + EPS);
    }
  });

  it('spaces auto-layout children exactly itemSpacing apart (SPACE_BETWEEN: evenly, at least itemSpacing)', () => {
    let checked = 0;
    for (const node of autoLayout.filter((n) => n.layoutWrap !== 'WRAP')) {
      const [start, size] = node.layoutMode === 'HORIZONTAL' ? (['x', 'width'] as const) : (['y', 'height'] as const);
      const kids = flow(node).map(box);
      const gaps = kids.slice(1).map((b, i) => b[start] - (kids[i]![start] + kids[i]![size]));
      for (const gap of gaps) {
        if (node.primaryAxisAlignItems === 'SPACE_BETWEEN') {
          expect(gap, node.id).toBeGreaterThanOrEqual(pad(node, 'itemSpacing') - EPS);
          expect(gap, node.id).toBeCloseTo(gaps[0]!, 1);
        } else expect(gap, node.id).toBeCloseTo(pad(node, 'itemSpacing'), 1);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('stretches FILL children across the parent content box and hugs HUG parents to their content', () => {
    let fills = 0;
    for (const node of autoLayout) {
      const b = box(node);
      const inner = {
        x: b.x + pad(node, 'paddingLeft'),
        width: b.width - pad(node, 'paddingLeft') - pad(node, 'paddingRight'),
        y: b.y + pad(node, 'paddingTop'),
        height: b.height - pad(node, 'paddingTop') - pad(node, 'paddingBottom'),
      };
      for (const child of flow(node)) {
        const c = box(child);
        if (child.layoutSizingHorizontal === 'FILL' && node.layoutMode === 'VERTICAL') {
          expect([c.x, c.width], child.id).toEqual([inner.x, inner.width].map((v) => expect.closeTo(v, 1)));
          fills++;
        }
        if (child.layoutSizingVertical === 'FILL' && node.layoutMode === 'HORIZONTAL') {
          expect([c.y, c.height], child.id).toEqual([inner.y, inner.height].map((v) => expect.closeTo(v, 1)));
          fills++;
        }
      }
      const kids = flow(node).map(box);
      if (!kids.length || node.layoutWrap === 'WRAP') continue;
      const horizontal = node.layoutMode === 'HORIZONTAL';
      const primary = horizontal ? 'width' : 'height';
      const counter = horizontal ? 'height' : 'width';
      const primaryHug = node.primaryAxisSizingMode === 'AUTO';
      const counterHug = node.counterAxisSizingMode === 'AUTO';
      const sum = kids.reduce((s, k) => s + k[primary], 0) + pad(node, 'itemSpacing') * (kids.length - 1);
      if (primaryHug) expect(horizontal ? inner.width : inner.height, `${node.id} hugs`).toBeCloseTo(sum, 1);
      if (counterHug)
        expect(horizontal ? inner.height : inner.width, `${node.id} hugs`).toBeCloseTo(
          Math.max(...kids.map((k) => k[counter])),
          1,
        );
    }
    expect(fills).toBeGreaterThan(10);
  });

  it('wraps component-set variants in rows inside the set', () => {
    const sets = laidOut.filter(({ node }) => node.type === 'COMPONENT_SET').map(({ node }) => node);
    expect(sets.length).toBe(9);
    for (const set of sets) {
      const rows = new Set(flow(set).map((c) => box(c).y));
      const width = box(set).width - pad(set, 'paddingLeft') - pad(set, 'paddingRight');
      const widest = Math.max(...flow(set).map((c) => box(c).x + box(c).width - box(set).x - pad(set, 'paddingLeft')));
      expect(widest, set.name).toBeLessThanOrEqual(width + EPS);
      if (set.name === 'Button') expect(rows.size).toBeGreaterThan(1);
    }
  });

  it('gives hidden layers no render bounds and visible ones render bounds around their box', () => {
    for (const { node } of laidOut) {
      const r = node.absoluteRenderBounds as ReturnType<typeof box> | null;
      if (isHidden(node)) expect(r, node.id).toBeNull();
      else if (node.type !== 'TEXT' && r) {
        expect(r.x, node.id).toBeLessThanOrEqual(box(node).x + EPS);
        expect(r.width, node.id).toBeGreaterThanOrEqual(box(node).width - EPS);
      }
    }
  });

  it('draws icons as real vector paths inside a 24 px frame', () => {
    const icons = laidOut
      .filter(({ node }) => node.type === 'COMPONENT' && node.name.startsWith('Icon/'))
      .map(({ node }) => node);
    expect(icons.length).toBeGreaterThanOrEqual(6);
    for (const icon of icons) {
      expect([box(icon).width, box(icon).height]).toEqual([24, 24]);
      const vector = icon.children?.[0];
      const paths = [
        ...((vector?.fillGeometry as { path: string }[]) ?? []),
        ...((vector?.strokeGeometry as { path: string }[]) ?? []),
      ];
      expect(paths.length, icon.name).toBeGreaterThan(0);
      for (const { path } of paths) expect(path).toMatch(/^M[\d.\- ]+[LC][\d.\- LCMZ]+Z$/);
    }
  });
});
