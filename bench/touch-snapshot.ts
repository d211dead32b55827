import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

type Node = { type?: string; characters?: string; children?: Node[] };

/**
 * A designer's one-component edit, applied to a snapshot in place: every text of the LAST component
 * set in the file gets " (edited)" appended (or removed again), and the version moves on. The last set
 * is one no other component nests, so exactly one component changes.
 */
export function touchFile(file: { version: string; document: Node }): { version: string; document: Node } {
  const sets: Node[] = [];
  const walk = (node: Node) => {
    if (node.type === 'COMPONENT_SET') sets.push(node);
    else node.children?.forEach(walk);
  };
  walk(file.document);
  const last = sets.at(-1);
  const edit = (node: Node) => {
    if (node.type === 'TEXT' && node.characters !== undefined) {
      node.characters = node.characters.endsWith(' (edited)') ? node.characters.slice(0, -' (edited)'.length) : `${node.characters} (edited)`;
    }
    node.children?.forEach(edit);
  };
  if (last) edit(last);
  return { ...file, version: `${file.version}1` };
}

/** Applies `touchFile` to a snapshot folder's file.json and meta.json. */
export async function touchSnapshot(folder: string): Promise<void> {
  const filePath = join(folder, 'file.json');
  const metaPath = join(folder, 'meta.json');
  const file = touchFile(JSON.parse(await readFile(filePath, 'utf8')) as Parameters<typeof touchFile>[0]);
  const meta = JSON.parse(await readFile(metaPath, 'utf8')) as { version: string };
  await writeFile(filePath, `${JSON.stringify(file)}\n`);
  await writeFile(metaPath, `${JSON.stringify({ ...meta, version: file.version })}\n`);
}

/** Restores a snapshot folder from a pristine copy. */
export async function restoreSnapshot(pristine: string, folder: string): Promise<void> {
  await cp(pristine, folder, { recursive: true, force: true });
}
