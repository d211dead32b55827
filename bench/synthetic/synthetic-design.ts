import type { GetFileResponse } from '@figma/rest-api-spec';
import type { SnapshotMeta } from '../../generator/source/snapshot.ts';
import { buildIcons } from '../../scripts/sample/icons.ts';
import { idSpace } from '../../scripts/sample/ids.ts';
import { layoutTopLevel } from '../../scripts/sample/layout.ts';
import { Library } from '../../scripts/sample/library.ts';
import { nodeFactory, type SNode } from '../../scripts/sample/nodes.ts';
import { orderKeys } from '../../scripts/sample/order-keys.ts';
import { buildStyles } from '../../scripts/sample/styles.ts';
import { seededRandom } from './random.ts';
import { syntheticSet } from './synthetic-set.ts';
import { syntheticVariables } from './synthetic-variables.ts';

const BASE_NAMES = [
  'Button', 'Chip', 'Tag', 'Menu Item', 'List Item', 'Toast', 'Tooltip', 'Banner', 'Stepper', 'Slider', 'Radio', 'Select',
  'Breadcrumb', 'Pagination', 'Progress', 'Segment', 'Link', 'Table Cell', 'Nav Item', 'Pill', 'Callout', 'Toolbar', 'Rating', 'Token',
];

export interface SyntheticOptions {
  /** Number of component sets. */
  sets: number;
  seed?: number;
}

export interface SyntheticSnapshot {
  meta: SnapshotMeta;
  file: GetFileResponse;
  variables: ReturnType<typeof syntheticVariables>['response'];
  stats: { componentSets: number; variants: number; nested: number };
}

export const syntheticFileKey = (sets: number) => `BenchSynthetic${String(sets).padStart(4, '0')}`;

const setName = (i: number) => {
  const base = BASE_NAMES[i % BASE_NAMES.length] ?? 'Widget';
  const round = Math.floor(i / BASE_NAMES.length);
  return round === 0 ? base : `${base} ${round + 1}`;
};
const slugOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/**
 * A synthetic design system (pure, seeded): `sets` component sets on one page, built with the sample's
 * node builders and auto-layout engine, so the snapshot reads like a real GET /v1/files response.
 * About a third of the sets nest an instance of an earlier, non-nesting set.
 */
export function syntheticSnapshot(options: SyntheticOptions): SyntheticSnapshot {
  const seed = options.seed ?? 1;
  const rng = seededRandom(seed * 7919 + options.sets);
  const names = Array.from({ length: options.sets }, (_, i) => setName(i));
  const vars = syntheticVariables(names.map(slugOf));
  const kit = { vars, styles: buildStyles(vars) };
  const lib = new Library();
  const icons = buildIcons(lib, nodeFactory(kit, idSpace(10)), [0, 0]);
  const leaves: SNode[] = [];
  const sets: SNode[] = [];
  let nested = 0;
  names.forEach((name, i) => {
    const nests = leaves.length > 2 && rng.chance(0.33);
    const target = nests ? rng.pick(leaves) : undefined;
    const f = nodeFactory(kit, idSpace(100 + i));
    const set = syntheticSet({ lib, f, vars, icons, rng }, { name, slug: slugOf(name), nested: target });
    if (target) nested++;
    else leaves.push(set);
    sets.push(set);
  });

  for (const icon of Object.values(icons)) layoutTopLevel(icon);
  let y = 144;
  for (const set of sets) {
    set.relativeTransform = [[1, 0, 0], [0, 1, y]];
    layoutTopLevel(set);
    y += (set.size as { y: number }).y + 120;
  }
  const document: SNode = {
    id: '0:0', name: 'Document', type: 'DOCUMENT', scrollBehavior: 'SCROLLS',
    children: [{
      id: '1:0', name: 'Components', type: 'CANVAS', scrollBehavior: 'SCROLLS', children: [...Object.values(icons), ...sets],
      backgroundColor: { r: 0.96, g: 0.96, b: 0.96, a: 1 }, prototypeStartNodeID: null, flowStartingPoints: [],
      prototypeDevice: { type: 'NONE', rotation: 'NONE' },
    }],
  };
  stripDescriptions(document);
  const fileKey = syntheticFileKey(options.sets);
  const version = String(1_000_000 + seed);
  const lastModified = '2026-11-20T09:30:00Z';
  const name = `Synthetic design system (${options.sets} sets)`;
  const file = {
    document: orderKeys(document), components: lib.componentsMap(), componentSets: lib.componentSetsMap(), schemaVersion: 0,
    styles: kit.styles.map, name, lastModified, version, role: 'owner', editorType: 'figma', linkAccess: 'view',
  } as unknown as GetFileResponse;
  const meta: SnapshotMeta = {
    fileKey, name, version, lastModified, fetchedAt: lastModified, files: { file: 'file.json', variables: 'variables.json' }, renders: {},
  };
  const variants = sets.reduce((n, set) => n + (set.children?.length ?? 0), 0);
  return { meta, file, variables: vars.response, stats: { componentSets: sets.length, variants, nested } };
}

/** Descriptions live in the components/componentSets maps, not on nodes. */
function stripDescriptions(node: SNode): void {
  delete node.description;
  node.children?.forEach(stripDescriptions);
}

/** The snapshot files as written to disk. */
export function syntheticSnapshotFiles(snapshot: SyntheticSnapshot): Record<'meta.json' | 'file.json' | 'variables.json', string> {
  const json = (value: unknown) => `${JSON.stringify(value)}\n`;
  return { 'meta.json': json(snapshot.meta), 'file.json': json(snapshot.file), 'variables.json': json(snapshot.variables) };
}
