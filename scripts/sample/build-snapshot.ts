import type { GetFileResponse } from '@figma/rest-api-spec';
import type { SnapshotMeta } from '../../generator/source/snapshot.ts';
import { sampleAssets } from './assets.ts';
import { buildButton, buildIconButton, type Ctx } from './components/actions.ts';
import { buildAlert, buildAvatar, buildBadge, buildCard, buildTabs } from './components/display.ts';
import { buildCheckbox, buildSwitch, buildTextField } from './components/forms.ts';
import { buildIcons } from './icons.ts';
import { idSpace } from './ids.ts';
import { layoutTopLevel } from './layout.ts';
import { Library } from './library.ts';
import { nodeFactory, type Kit, type SNode } from './nodes.ts';
import { orderKeys } from './order-keys.ts';
import { buildExamples, buildFoundations } from './pages.ts';
import { buildStyles } from './styles.ts';
import { buildVariables, type SampleVariables } from './variables.ts';

export const SAMPLE_FILE_KEY = 'DesignSyncSampleKit01';
const NAME = 'Design Sync Sample Kit';
const VERSION = '2147483647000000001';
const LAST_MODIFIED = '2026-11-20T09:30:00Z';

export interface SampleSnapshot {
  meta: SnapshotMeta;
  file: GetFileResponse;
  variables: SampleVariables['response'];
  /** Asset files by name relative to the snapshot folder (assets/<sha256>.svg|png). */
  assets: Record<string, Uint8Array>;
}

/** The frames design-sync.config.json selects besides the components (pull fetches their assets). */
export const SAMPLE_FRAMES = ['Sign in'];

/** Stacks top-level nodes down a canvas, laying each out first so the next starts below it. */
function stack(nodes: SNode[], startY: number, gap = 120): SNode[] {
  let y = startY;
  for (const node of nodes) {
    const t = node.relativeTransform as number[][] | undefined;
    node.relativeTransform = [[1, 0, t?.[0]?.[2] ?? 0], [0, 1, y + (t?.[1]?.[2] ?? 0)]];
    layoutTopLevel(node);
    y += (node.size as { y: number }).y + gap;
  }
  return nodes;
}

function canvas(id: string, name: string, children: SNode[]): SNode {
  return {
    id, name, type: 'CANVAS', scrollBehavior: 'SCROLLS', children,
    backgroundColor: { r: 0.9607843160629272, g: 0.9607843160629272, b: 0.9607843160629272, a: 1 },
    prototypeStartNodeID: null, flowStartingPoints: [], prototypeDevice: { type: 'NONE', rotation: 'NONE' },
  };
}

/** Builds the whole sample (pure and deterministic): what `pull` would have stored for this file. */
export function buildSampleSnapshot(): SampleSnapshot {
  const vars = buildVariables();
  const kit: Kit = { vars, styles: buildStyles(vars) };
  const lib = new Library();
  const at = (block: number) => nodeFactory(kit, idSpace(block));
  const ctx = (block: number): Ctx => ({ lib, f: at(block), icons });
  const icons = buildIcons(lib, at(10), [0, 0]);

  const button = buildButton(ctx(11), [0, 0]);
  const iconButton = buildIconButton(ctx(12), [0, 0]);
  const textField = buildTextField(ctx(13), [0, 0]);
  const checkbox = buildCheckbox(ctx(14), [0, 0]);
  const toggle = buildSwitch(ctx(15), [0, 0]);
  const badge = buildBadge(ctx(16), [0, 0]);
  const avatar = buildAvatar(ctx(17), [0, 0]);
  const alert = buildAlert(ctx(18), [0, 0]);
  const card = buildCard(ctx(19), { button, badge }, [0, 0]);
  const { tab, tabs } = buildTabs(ctx(20), [0, 0], [400, 0]);
  const iconNodes = Object.values(icons);

  const foundations = buildFoundations(at(5));
  const examples = buildExamples(lib, at(6), { textField, checkbox, button });
  // Icons sit in one row; everything else stacks below them.
  for (const icon of iconNodes) layoutTopLevel(icon);
  const components = stack([button, iconButton, textField, checkbox, toggle, badge, avatar, alert, card, tab], 24 + 120);
  const tabRow = tab.relativeTransform as number[][];
  tabs.relativeTransform = [[1, 0, 400], [0, 1, tabRow[1]?.[2] ?? 0]];
  layoutTopLevel(tabs);
  for (const node of foundations) layoutTopLevel(node);
  stack(examples, 0);

  const document: SNode = {
    id: '0:0', name: 'Document', type: 'DOCUMENT', scrollBehavior: 'SCROLLS',
    children: [
      canvas('0:1', 'Foundations', foundations),
      canvas('1:0', 'Components', [...iconNodes, ...components, tabs]),
      canvas('1:1', 'Examples', examples),
    ],
  };
  const componentsMap = lib.componentsMap();
  const componentSets = lib.componentSetsMap();
  stripDescriptions(document);
  const assets = sampleAssets(document, SAMPLE_FRAMES);
  const file = {
    document: orderKeys(document),
    components: componentsMap,
    componentSets,
    schemaVersion: 0,
    styles: kit.styles.map,
    name: NAME,
    lastModified: LAST_MODIFIED,
    version: VERSION,
    role: 'owner',
    editorType: 'figma',
    linkAccess: 'view',
  } as unknown as GetFileResponse;
  const meta: SnapshotMeta = {
    fileKey: SAMPLE_FILE_KEY,
    name: NAME,
    version: VERSION,
    lastModified: LAST_MODIFIED,
    fetchedAt: LAST_MODIFIED,
    files: { file: 'file.json', variables: 'variables.json' },
    renders: {},
    assets: assets.assets,
    images: assets.images,
  };
  return { meta, file, variables: vars.response, assets: assets.files };
}

/** Descriptions live in the components/componentSets maps, not on nodes. */
function stripDescriptions(node: SNode) {
  delete node.description;
  node.children?.forEach(stripDescriptions);
}

/** The snapshot files exactly as written to disk (assets as bytes). */
export function sampleSnapshotFiles(): Record<'meta.json' | 'file.json' | 'variables.json', string> & Record<string, string | Uint8Array> {
  const snapshot = buildSampleSnapshot();
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    'meta.json': json(snapshot.meta), 'file.json': json(snapshot.file), 'variables.json': json(snapshot.variables),
    ...snapshot.assets,
  };
}
