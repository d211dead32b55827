import { buildSampleSnapshot } from '../../scripts/sample/build-snapshot.ts';

export type Node = { id: string; name: string; type: string; children?: Node[]; [key: string]: unknown };
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The sample, built once per test file (about a second). */
export const sample = buildSampleSnapshot();
export const document = sample.file.document as unknown as Node;

/** Every node with its parent, depth first. */
export function allNodes(root: Node = document): { node: Node; parent: Node | undefined }[] {
  const out: { node: Node; parent: Node | undefined }[] = [];
  const visit = (node: Node, parent: Node | undefined) => {
    out.push({ node, parent });
    node.children?.forEach((c) => visit(c, node));
  };
  visit(root, undefined);
  return out;
}

export const box = (node: Node) => node.absoluteBoundingBox as Box;

export function findByName(name: string, type?: string): Node {
  const found = allNodes().find(({ node }) => node.name === name && (type === undefined || node.type === type));
  if (!found) throw new Error(`no node named ${name}`);
  return found.node;
}
